"""`healdesk init`: create a vault and show its recovery key, once."""

from __future__ import annotations

import argparse
import sys

from healdesk.cli.common import SecretReader, UserError, vault_folder
from healdesk.core.passphrase import refusal
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("init", parents=[common])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import Vault, VaultError
    from healdesk.vault.errors import VaultExists, folder_was_open

    folder = vault_folder(args)
    if Vault.exists(folder):
        raise UserError(str(VaultExists(folder)))
    reader = SecretReader(getattr(args, "passphrase_file", None))
    if getattr(args, "passphrase_file", None) is not None or not sys.stdin.isatty():
        passphrase = reader.passphrase()
    else:
        passphrase = reader.ask(_("Choose a passphrase: "))
        if reader.ask(_("Type it again: ")) != passphrase:
            raise UserError(_("the two passphrases differ; nothing was created"))
    if (reason := refusal(passphrase)) is not None:
        raise UserError(_("{reason}; nothing was created").format(reason=reason))
    try:
        vault, recovery_key = Vault.create(folder, passphrase)
    except VaultError as error:
        raise UserError(str(error)) from None
    vault.lock()
    if vault.folder_tightened:
        print(folder_was_open(folder), file=sys.stderr)
    print(_("Created a new journal in {folder}.").format(folder=folder))
    print()
    print(_("Your recovery key (shown only this once; write it down and keep it somewhere safe):"))
    print()
    print(f"    {recovery_key}")
    print()
    print(_("It opens the journal if you ever forget your passphrase. Without both, nobody,"))
    print(_("including you, can read the journal."))
    return 0
