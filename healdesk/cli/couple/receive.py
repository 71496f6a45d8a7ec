"""`healdesk receive FILE`: take in a partner's `.healdesk-share` file and print what arrived.
A file that fails any check gets one sentence and changes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import UserError, open_vault
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("receive", parents=[common])
    parser.add_argument("file", type=Path, help=_("the file your partner gave you"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.core.couple.shared_view import outline
    from healdesk.vault.couple.sharing import receive_share

    data = _read(args.file)
    with open_vault(args) as vault:
        received = receive_share(vault.journal, data)
    where = _("a new repair") if received.new_repair else "repair"
    print(
        _("From {partner}: {title!r}, kept in {where} {repair_id}.").format(
            partner=received.partner,
            title=received.side.title,
            where=where,
            repair_id=received.repair_id,
        )
    )
    for step in outline(received.payload):
        print(f"  {step.title}")
        for label, words in step.rows:
            print(f"    {label}: {words}")
    return 0


def _read(path: Path) -> bytes:
    from healdesk.vault.couple.sharing import read_share_file

    try:
        return read_share_file(path)
    except OSError as error:
        raise UserError(
            _("cannot read {path}: {value}").format(
                path=path, value=error.strerror or error.__class__.__name__
            )
        ) from None
