"""What every sub-command shares: the vault location, passphrase input and error reporting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class UserError(Exception):
    """A mistake or situation the user can fix: printed as one line, never as a traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def report_error(message: str) -> None:
    print(f"healdesk: {message}", file=sys.stderr)


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """--data-dir and --passphrase-file, accepted both before and after the sub-command.

    The sub-command copy uses SUPPRESS as default so it never overwrites a value given
    before the sub-command with None.
    """
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir", type=Path, default=default, metavar="DIR",
        help="vault folder (default: $HEALDESK_DATA_DIR, else the platform data folder)",
    )
    parser.add_argument(
        "--passphrase-file", type=Path, default=default, metavar="PATH",
        help="read the passphrase from the first line of this file",
    )
