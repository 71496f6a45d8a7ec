"""`healdesk salvage OUT_DIR`: copy every readable row of a damaged journal into a new one.

The damaged journal is only read (from a copy): it stays exactly as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import UserError, vault_folder
from healdesk.cli.progress import terminal_progress
from healdesk.cli.safekeeping.secrets import add_secret_option, read_secret
from healdesk.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "salvage",
        parents=[common],
        description=_(
            "Copy every readable entry, repair and setting of a damaged journal into "
            "a new journal in OUT_DIR (same passphrase and recovery key) and report what could "
            "not be read. The damaged journal is left untouched."
        ),
    )
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help=_("folder for the new journal"))
    add_secret_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import VaultError
    from healdesk.vault.safekeeping.salvage import salvage_vault

    folder = vault_folder(args)
    secret = read_secret(args)
    try:
        report = salvage_vault(folder, args.out, secret, terminal_progress(_("Salvaging")))
    except VaultError as error:
        raise UserError(str(error)) from None
    total = sum(report.copied.values())
    print(_("Copied {total} rows into a new journal in {out}.").format(total=total, out=args.out))
    for loss in report.lost:
        print(_("could not read: {describe}").format(describe=loss.describe()))
    for table, count in report.dropped_links.items():
        print(
            ngettext(
                "dropped {n} link in {table} to rows that could not be read",
                "dropped {n} links in {table} to rows that could not be read",
                count,
            ).format(n=count, table=table)
        )
    if report.complete:
        print(_("Everything could be read."))
    print(_("The damaged journal in {folder} was left as it was.").format(folder=folder))
    return 0
