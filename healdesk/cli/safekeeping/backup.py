"""`healdesk backup OUT`: one verified, encrypted backup file (opens with today's secrets)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from healdesk.cli.common import UserError, open_vault
from healdesk.cli.progress import terminal_progress
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "backup",
        parents=[common],
        description=_(
            "Write a verified backup: the encrypted journal and its key slots, so the "
            "current passphrase or recovery key opens it. OUT may be a folder."
        ),
    )
    parser.add_argument("out", type=Path, metavar="OUT", help=_("backup file or folder"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault.storage.layout import BACKUP_SUFFIX as SUFFIX

    out: Path = args.out
    if out.is_dir():
        out = out / f"healdesk-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
    if out.exists():
        raise UserError(
            _("{out} already exists; choose another name (nothing was written)").format(out=out)
        )
    with open_vault(args) as vault:
        vault.backup_to(out, terminal_progress(_("Backing up")))
    print(
        _("Backup written to {out} ({st_size} KiB).").format(
            out=out, st_size=out.stat().st_size // 1024
        )
    )
    return 0
