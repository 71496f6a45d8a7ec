"""The one secret a command asks for when it opens a backup or a damaged journal itself:
the passphrase, or the recovery key with --recovery-key."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from healdesk.cli.common import SecretReader
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.vault.access.slots import Secret


def add_secret_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-key",
        action="store_true",
        help=_("use the recovery key instead of the passphrase"),
    )


def read_secret(args: argparse.Namespace, prompt: str = "Passphrase: ") -> Secret:
    from healdesk.vault.access.slots import Secret

    reader = SecretReader(getattr(args, "passphrase_file", None))
    if args.recovery_key:
        return Secret(recovery_key=reader.ask(_("Recovery key: ")))
    return Secret(passphrase=reader.passphrase(prompt))
