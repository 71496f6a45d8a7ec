"""`healdesk salvage OUT_DIR`: copy every readable row of a damaged journal into a new one.

The damaged journal is only read (from a copy): it stays exactly as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import UserError, vault_folder
from healdesk.cli.progress import terminal_progress
from healdesk.cli.secrets import add_secret_option, read_secret


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "salvage",
        parents=[common],
        help="copy everything readable from a damaged journal into a new folder",
        description="Copy every readable entry, repair and setting of a damaged journal into "
        "a new journal in OUT_DIR (same passphrase and recovery key) and report what could "
        "not be read. The damaged journal is left untouched.",
    )
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="folder for the new journal")
    add_secret_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import VaultError
    from healdesk.vault.salvage import salvage_vault

    folder = vault_folder(args)
    secret = read_secret(args)
    try:
        report = salvage_vault(folder, args.out, secret, terminal_progress("Salvaging"))
    except VaultError as error:
        raise UserError(str(error)) from None
    total = sum(report.copied.values())
    print(f"Copied {total} rows into a new journal in {args.out}.")
    for loss in report.lost:
        print(f"could not read: {loss.describe()}")
    for table, count in report.dropped_links.items():
        print(f"dropped {count} link(s) in {table} to rows that could not be read")
    if report.complete:
        print("Everything could be read.")
    print(f"The damaged journal in {folder} was left as it was.")
    return 0
