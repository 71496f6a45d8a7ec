"""`healdesk rekey`: replace the data key, re-encrypting the whole journal (after a suspected
compromise). The passphrase stays; a new recovery key is printed and the old one stops working."""

from __future__ import annotations

import argparse

from healdesk.cli.common import SecretReader, UserError, vault_folder
from healdesk.cli.progress import terminal_progress


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "rekey",
        parents=[common],
        help="re-encrypt the journal with a new key (gives a new recovery key)",
        description="Re-encrypt the whole journal under a new random key, for when a key or "
        "a copy of the journal may have fallen into other hands. Your passphrase stays the "
        "same; the recovery key is replaced and old backups keep their old keys.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import Vault, VaultError

    passphrase = SecretReader(getattr(args, "passphrase_file", None)).passphrase()
    try:
        with Vault.unlock(vault_folder(args), passphrase=passphrase) as vault:
            recovery_key = vault.replace_data_key(passphrase, terminal_progress("Re-encrypting"))
    except VaultError as error:
        raise UserError(str(error)) from None
    print("The journal was re-encrypted with a new key. Your passphrase is unchanged.")
    print()
    print("Your NEW recovery key (the old one no longer works; write this one down):")
    print()
    print(f"    {recovery_key}")
    return 0
