"""`healdesk merge [OTHER] [--dry-run]`: merge another copy of the journal into this one.

OTHER is a vault folder, a backup file, or a copy of journal.db (a sync service's conflict
copy). Without OTHER, the conflict copies lying in the vault folder are merged and moved to
its merged/ folder. The plan is printed first; --dry-run stops there.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.cli.common import open_vault
from healdesk.cli.safekeeping.secrets import add_secret_option, read_secret
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.vault import Vault
    from healdesk.vault.sync.merge_plan import Plan


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "merge",
        parents=[common],
        description=_(
            "Merge another copy of this journal into it, entry by entry: new entries "
            "on either side are kept, a change on one side wins, and when both sides changed an "
            "entry the newer change is kept and the other is kept as a note on the entry. "
            "Without OTHER, the conflict copies a sync service left in the journal's folder are "
            "merged and moved to its merged/ folder."
        ),
    )
    parser.add_argument(
        "other",
        nargs="?",
        type=Path,
        metavar="OTHER",
        help=_("a journal folder, a backup file or a copy of journal.db"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("show what would change, change nothing")
    )
    add_secret_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.other is None:
            return _merge_found(vault, args.dry_run)
        _merge_one(vault, args)
    return 0


def _merge_one(vault: Vault, args: argparse.Namespace) -> None:
    from healdesk.vault.sync.merge import merge_copy
    from healdesk.vault.sync.merge_source import SecretNeeded

    try:
        plan = merge_copy(vault, args.other, dry_run=True)
        secret = None
    except SecretNeeded:
        secret = read_secret(args, _("Passphrase of the other copy: "))
        plan = merge_copy(vault, args.other, secret, dry_run=True)
    _print_plan(plan)
    if args.dry_run or plan.empty:
        if args.dry_run:
            print(_("Nothing was changed (dry run)."))
        return
    merge_copy(vault, args.other, secret)
    print(_("Merged."))


def _merge_found(vault: Vault, dry_run: bool) -> int:
    from healdesk.vault.sync.conflict_copies import journal_copies, put_away
    from healdesk.vault.sync.merge import merge_copy

    copies = journal_copies(vault.folder)
    if not copies:
        print(
            _("There are no conflict copies in {folder}: nothing to merge.").format(
                folder=vault.folder
            )
        )
        return 0
    for copy in copies:
        print(f"{copy.path.name}: {copy.describe()}.")
        _print_plan(merge_copy(vault, copy.path, dry_run=True))
        if dry_run:
            continue
        merge_copy(vault, copy.path)
        kept = put_away(vault.folder, copy)
        print(_("Merged; the copy was moved to {kept}.").format(kept=kept))
    if dry_run:
        print(_("Nothing was changed (dry run)."))
    return 0


def _print_plan(plan: Plan) -> None:
    from healdesk.vault.sync.merge import describe

    for line in describe(plan):
        print(f"  {line}")
