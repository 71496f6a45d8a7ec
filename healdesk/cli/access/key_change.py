"""What the key-changing commands share: the new recovery key shown and confirmed before
anything is committed, and what became of the journal's backups.

Order matters: a recovery key printed after the key file that needs it was saved can be lost
to a crash in between; so it is printed (and flushed) first, confirmed by typing it back
(or by --confirmed, for a script that captured the output), and only then saved.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from healdesk.cli.common import SecretReader, UserError
from healdesk.i18n import N_, _

if TYPE_CHECKING:
    from healdesk.vault.access.slots import NewRecoveryKey
    from healdesk.vault.safekeeping.backup_keys import BackupsUpdate

#: Every sentence these commands print about keys, in one place.
WORDS = {
    "shown": N_(
        "Your NEW recovery key (write it down now; it replaces the old one once confirmed):"
    ),
    "confirm": N_("Type the new recovery key to confirm you have it: "),
    "mismatch": N_(
        "that is not the new recovery key; nothing was changed and the old one still works"
    ),
    "done": N_("The new recovery key is in place; the old one no longer opens this journal."),
}


def add_key_change_options(parser: argparse.ArgumentParser, *, new_recovery_key: bool) -> None:
    parser.add_argument(
        "--backups",
        choices=("update", "delete"),
        default="update",
        help=_(
            "what to do with the backups in the journal's backups folder: update them to the "
            "new key (default) or delete them"
        ),
    )
    if new_recovery_key:
        parser.add_argument(
            "--confirmed",
            action="store_true",
            help=_(
                "do not ask to type the new recovery key back (for scripts that keep the "
                "printed key)"
            ),
        )


def backups_choice(args: argparse.Namespace) -> str:
    from healdesk.vault.safekeeping.backup_keys import DELETE, REWRAP

    return DELETE if args.backups == "delete" else REWRAP


def confirm_new_recovery_key(args: argparse.Namespace) -> NewRecoveryKey:
    """A new recovery key, printed and confirmed; UserError (nothing changed) otherwise."""
    from healdesk.vault.access.slots import NewRecoveryKey

    new = NewRecoveryKey()
    print(_(WORDS["shown"]))
    print()
    print(f"    {new.text}")
    print(flush=True)
    if not args.confirmed and not new.matches(SecretReader.ask(_(WORDS["confirm"]))):
        raise UserError(_(WORDS["mismatch"]))
    return new


def report_backups(update: BackupsUpdate) -> None:
    print(update.describe())
    sys.stdout.flush()
