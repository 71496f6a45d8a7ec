"""`healdesk partner id|add|list`: pairing with a partner's journal, for people who prefer a
terminal and for tests. The code is public; the fingerprint words are read aloud together."""

from __future__ import annotations

import argparse

from healdesk.cli.common import UserError, open_vault
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("partner")
    actions = parser.add_subparsers(dest="partner_action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "id", parents=[common], help=_("print this journal's pairing code, then its words")
    )
    show.set_defaults(handler=run_id)
    add = actions.add_parser("add", parents=[common], help=_("pair with a partner's code"))
    add.add_argument("name", help=_("who the partner is (a person in your journal)"))
    add.add_argument("code", help=_("the pairing code their HealDesk shows"))
    add.set_defaults(handler=run_add)
    listing = actions.add_parser(
        "list", parents=[common], help=_("who this journal is paired with")
    )
    listing.set_defaults(handler=run_list)


def run_id(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        code = vault.journal.pairing_code().text()
        words = vault.journal.fingerprint()
    print(code)
    print(" ".join(words))
    return 0


def run_add(args: argparse.Namespace) -> int:
    from healdesk.core.couple.pairing import PairingCode, PairingCodeInvalid

    try:
        code = PairingCode.parse(args.code)
    except PairingCodeInvalid as error:
        raise UserError(str(error)) from None
    with open_vault(args) as vault:
        partner = vault.journal.pair(args.name, code)
        words = vault.journal.fingerprint(partner)
    print(
        _("Paired with {name}. Read these words aloud together; both screens show them:").format(
            name=partner.name
        )
    )
    print(" ".join(words))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = [(p, vault.journal.fingerprint(p)) for p in vault.journal.partners()]
    if not rows:
        print(_("Not paired with anyone yet."))
    for partner, words in rows:
        print(
            _("{name}  paired {day}  {words}").format(
                name=partner.name, day=f"{partner.paired_at:%Y-%m-%d}", words=" ".join(words)
            )
        )
    return 0
