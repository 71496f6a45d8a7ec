"""`healdesk backup OUT`: one verified, encrypted backup file (opens with today's secrets)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from healdesk.cli.common import UserError, open_vault
from healdesk.cli.progress import terminal_progress


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "backup",
        parents=[common],
        help="write an encrypted backup of the journal to a file",
        description="Write a verified backup: the encrypted journal and its key slots, so the "
        "current passphrase or recovery key opens it. OUT may be a folder.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="backup file or folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault.layout import BACKUP_SUFFIX as SUFFIX

    out: Path = args.out
    if out.is_dir():
        out = out / f"healdesk-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
    if out.exists():
        raise UserError(f"{out} already exists; choose another name (nothing was written)")
    with open_vault(args) as vault:
        vault.backup_to(out, terminal_progress("Backing up"))
    print(f"Backup written to {out} ({out.stat().st_size // 1024} KiB).")
    return 0
