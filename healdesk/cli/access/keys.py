"""`healdesk keys`: show the ways to unlock; make a new recovery key; remember or forget
this device. Nothing is re-encrypted (see `healdesk rekey` for that)."""

from __future__ import annotations

import argparse

from healdesk.cli.access.key_change import (
    WORDS,
    add_key_change_options,
    backups_choice,
    confirm_new_recovery_key,
    report_backups,
)
from healdesk.cli.common import UserError, open_vault
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "keys",
        parents=[common],
    )
    parser.add_argument(
        "action",
        nargs="?",
        choices=("list", "new-recovery-key", "remember-device", "forget-device"),
        default="list",
    )
    add_key_change_options(parser, new_recovery_key=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault import Vault

    if args.action == "remember-device" and not Vault.device_slot_available():
        raise UserError(_("this device has no usable keychain; nothing was changed"))
    with open_vault(args) as vault:
        if args.action == "new-recovery-key":
            new = confirm_new_recovery_key(args)
            report_backups(vault.set_recovery_key(new, backups_choice(args)))
            print(_(WORDS["done"]))
        elif args.action == "remember-device":
            vault.remember_on_device()
            print(_("This device now unlocks the journal without a passphrase."))
        elif args.action == "forget-device":
            vault.forget_device()
            print(_("This device no longer unlocks the journal by itself."))
        methods = sorted(Vault.unlock_methods(vault.folder))
        print(_("Ways to unlock: ") + ", ".join(methods))
    return 0
