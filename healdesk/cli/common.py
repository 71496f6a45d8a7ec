"""What every sub-command shares: the vault location, passphrase input and error reporting.

`healdesk --help` loads this module for its options, so pathlib and datetime load only when a
command uses them (each costs `--help` a large share of Python's own start).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from healdesk.i18n import _

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (type checkers know it)
if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from healdesk.vault import Vault


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
        "--data-dir",
        type=path_argument,
        default=default,
        metavar="DIR",
        help=_("vault folder (default: $HEALDESK_DATA_DIR, else the platform data folder)"),
    )
    parser.add_argument(
        "--passphrase-file",
        type=path_argument,
        default=default,
        metavar="PATH",
        help=_("read the passphrase from the first line of this file"),
    )


def path_argument(text: str) -> Path:
    """argparse's `type=` for a path: a Path, with pathlib loaded only when one is given."""
    from pathlib import Path

    return Path(text)


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    """--from and --to as whole days, worded alike by every command that takes a period."""
    parser.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help=_("only entries on or after this day")
    )
    parser.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", help=_("only entries on or before this day")
    )


def parse_period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The days given to add_period_arguments' options, or a clear UserError."""
    start, end = _day("--from", args.start), _day("--to", args.end)
    if start and end and start > end:
        raise UserError("--from is after --to, so no entry can match")
    return start, end


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            _("{option} {text!r} is not a date like 2026-03-14 (YYYY-MM-DD)").format(
                option=option, text=text
            )
        ) from None


def vault_folder(args: argparse.Namespace) -> Path:
    from healdesk.locations import data_dir

    return getattr(args, "data_dir", None) or data_dir()


class SecretReader:
    """Passphrases and keys, one per request: from --passphrase-file (first line), a terminal
    prompt, or successive lines of standard input when it is not a terminal (for scripts)."""

    def __init__(self, passphrase_file: Path | None = None) -> None:
        self._file = passphrase_file

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        if self._file is not None:
            return self.from_file(self._file)
        return self.ask(prompt)

    @staticmethod
    def from_file(path: Path, what: str = "passphrase") -> str:
        try:
            with open(path, encoding="utf-8") as file:
                text = file.read()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(
                _("cannot read the {what} file {path}: {name__}").format(
                    what=what, path=path, name__=error.__class__.__name__
                )
            ) from None
        line = text.splitlines()[0] if text else ""
        if not line:
            raise UserError(_("the {what} file {path} is empty").format(what=what, path=path))
        return line

    @staticmethod
    def ask(prompt: str) -> str:
        if sys.stdin.isatty():
            import getpass

            answer = getpass.getpass(prompt)
        else:
            answer = sys.stdin.readline()
            if not answer:
                raise UserError(_("expected a passphrase on standard input, found nothing"))
            answer = answer.rstrip("\r\n")
        if not answer:
            raise UserError(_("an empty passphrase was given"))
        return answer


@contextmanager
def open_vault(args: argparse.Namespace) -> Iterator[Vault]:
    """The unlocked vault for a command, locked again afterwards whatever happens.

    Tries the device slot first when the vault has one and no passphrase file was given.
    Every VaultError becomes a one-line UserError.
    """
    from healdesk.vault import Vault, VaultError
    from healdesk.vault.errors import DeviceSlotUnavailable, VaultNotFound, folder_was_open

    folder = vault_folder(args)
    reader = SecretReader(getattr(args, "passphrase_file", None))
    try:
        if not Vault.exists(folder):
            raise VaultNotFound(folder)
        vault = None
        if getattr(args, "passphrase_file", None) is None and "device" in Vault.unlock_methods(
            folder
        ):
            try:
                vault = Vault.unlock(folder, device=True)
            except DeviceSlotUnavailable:
                pass  # the keychain forgot or is locked: ask instead
        if vault is None:
            vault = Vault.unlock(folder, passphrase=reader.passphrase())
    except VaultError as error:
        raise UserError(str(error)) from None
    if vault.folder_tightened:
        print(folder_was_open(folder), file=sys.stderr)
    try:
        yield vault
    except VaultError as error:
        raise UserError(str(error)) from None
    finally:
        vault.lock()
