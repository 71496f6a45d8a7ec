"""`healdesk restore IN`: check a backup, show what it holds, then restore it.

The current journal is never overwritten: it is kept as a backup first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from healdesk.cli.common import UserError, vault_folder
from healdesk.cli.progress import terminal_progress
from healdesk.cli.safekeeping.secrets import add_secret_option, read_secret
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "restore",
        parents=[common],
        description=_(
            "Restore from a backup. The backup is opened with the passphrase (or "
            "recovery key) it was made with and checked before anything changes; the current "
            "journal is kept as a backup in its backups/ folder."
        ),
    )
    parser.add_argument("backup", type=Path, metavar="IN", help=_("the backup file"))
    add_secret_option(parser)
    parser.add_argument("--yes", action="store_true", help=_("restore without asking"))
    parser.add_argument(
        "--other-journal",
        action="store_true",
        help=_("allow replacing this journal with a backup of a different journal"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import Vault, VaultError
    from healdesk.vault.errors import OtherJournal
    from healdesk.vault.safekeeping.restore import inspect_backup, is_other_journal, restore_backup

    folder = vault_folder(args)
    if not args.backup.is_file():
        raise UserError(_("there is no backup file at {backup}").format(backup=args.backup))
    secret = read_secret(args, _("Passphrase of the backup: "))
    try:
        summary = inspect_backup(args.backup, secret)
    except VaultError as error:
        raise UserError(str(error)) from None
    print(_("The backup is intact: {describe}.").format(describe=summary.describe()))
    replacing = Vault.exists(folder)
    other = replacing and is_other_journal(folder, summary)
    if other and not args.other_journal:
        if args.yes or not sys.stdin.isatty():
            raise UserError(
                _("{OtherJournal} (add --other-journal to restore it anyway)").format(
                    OtherJournal=OtherJournal()
                )
            )
        print(OtherJournal())
    if replacing and not args.yes and not _confirm(folder):
        print(_("Nothing was changed."))
        return 1
    try:
        kept = restore_backup(
            args.backup,
            folder,
            secret,
            progress=terminal_progress(_("Restoring")),
            other_journal=other,
        )
    except VaultError as error:
        raise UserError(str(error)) from None
    print(_("Restored into {folder}.").format(folder=folder))
    if kept is not None:
        print(_("The journal it replaced was kept as {kept}.").format(kept=kept))
    print(_("Unlock it with the passphrase or recovery key the backup was made with."))
    return 0


def _confirm(folder: Path) -> bool:
    print(
        _(
            "Replace the journal in {folder} with this backup? It is kept as a backup. [y/N] "
        ).format(folder=folder),
        end="",
        flush=True,
    )
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")
