"""`healdesk passwd`: a new passphrase (the data key is rewrapped, nothing re-encrypted)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from healdesk.cli.access.key_change import add_key_change_options, backups_choice, report_backups
from healdesk.cli.common import SecretReader, UserError, vault_folder
from healdesk.core.passphrase import refusal
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "passwd",
        parents=[common],
        description=_(
            "Change the passphrase. Without a terminal, standard input gives the current "
            "passphrase (or recovery key) on the first line and the new one on the second."
        ),
    )
    parser.add_argument(
        "--recovery-key",
        action="store_true",
        help=_("prove it is you with the recovery key instead of the old passphrase"),
    )
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="PATH",
        help=_("read the new passphrase from the first line of this file"),
    )
    add_key_change_options(parser, new_recovery_key=False)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import Vault, VaultError

    reader = SecretReader(getattr(args, "passphrase_file", None))
    folder = vault_folder(args)
    try:
        if args.recovery_key:
            vault = Vault.unlock(folder, recovery_key=reader.ask(_("Recovery key: ")))
        else:
            vault = Vault.unlock(folder, passphrase=reader.passphrase(_("Current passphrase: ")))
    except VaultError as error:
        raise UserError(str(error)) from None
    try:
        new = _new_passphrase(args, reader)
        update = vault.change_passphrase(new, backups_choice(args))
    except VaultError as error:
        raise UserError(str(error)) from None
    finally:
        vault.lock()
    print(_("The passphrase was changed. Your recovery key still works."))
    report_backups(update)
    return 0


def _new_passphrase(args: argparse.Namespace, reader: SecretReader) -> str:
    if args.new_passphrase_file is not None:
        new = reader.from_file(args.new_passphrase_file)
    else:
        new = reader.ask(_("New passphrase: "))
        if sys.stdin.isatty() and reader.ask(_("Type it again: ")) != new:
            raise UserError(_("the two passphrases differ; nothing was changed"))
    if (reason := refusal(new)) is not None:
        raise UserError(_("{reason}; nothing was changed").format(reason=reason))
    return new
