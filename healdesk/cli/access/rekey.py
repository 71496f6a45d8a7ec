"""`healdesk rekey`: replace the data key, re-encrypting the whole journal (after a suspected
compromise). The passphrase stays; a new recovery key is printed and the old one stops working."""

from __future__ import annotations

import argparse

from healdesk.cli.access.key_change import (
    WORDS,
    add_key_change_options,
    backups_choice,
    confirm_new_recovery_key,
    report_backups,
)
from healdesk.cli.common import SecretReader, UserError, vault_folder
from healdesk.cli.progress import terminal_progress
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "rekey",
        parents=[common],
        description=_(
            "Re-encrypt the whole journal under a new random key, for when a key or "
            "a copy of the journal may have fallen into other hands. Your passphrase stays the "
            "same; the recovery key is replaced, and so are the keys of the backups in the journal's "
            "backups folder (or they are deleted, with --backups delete)."
        ),
    )
    add_key_change_options(parser, new_recovery_key=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import Vault, VaultError

    passphrase = SecretReader(getattr(args, "passphrase_file", None)).passphrase()
    try:
        with Vault.unlock(vault_folder(args), passphrase=passphrase) as vault:
            new = confirm_new_recovery_key(args)
            update = vault.replace_data_key(
                passphrase, new, terminal_progress("Re-encrypting"), backups_choice(args)
            )
    except VaultError as error:
        raise UserError(str(error)) from None
    print(_("The journal was re-encrypted with a new key. Your passphrase is unchanged."))
    print(_(WORDS["done"]))
    report_backups(update)
    return 0
