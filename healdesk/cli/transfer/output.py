"""What the export commands share: checking where to write, the plaintext warning, and
crash-safe writes (an export is complete or absent, never half written)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.cli.common import UserError, open_vault
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.core.bundle import JournalBundle


def check_target(path: Path, force: bool, folder: bool = False) -> None:
    """Refuse, before the vault is even unlocked, to write where it would replace something
    unasked or cannot work."""
    if folder:
        if path.exists() and not path.is_dir():
            raise UserError(_("{path} is a file; give a folder for --per-entry").format(path=path))
        if path.is_dir() and any(path.iterdir()) and not force:
            raise UserError(
                _("the folder {path} is not empty; add --force to write into it").format(path=path)
            )
        parent = path.parent
    else:
        if path.is_dir():
            raise UserError(_("{path} is a folder; give a file name").format(path=path))
        if path.exists() and not force:
            raise UserError(_("{path} already exists; add --force to replace it").format(path=path))
        parent = path.parent
    if not parent.is_dir():
        raise UserError(_("the folder {parent} does not exist").format(parent=parent))


def add_target_arguments(parser: argparse.ArgumentParser, out_help: str, force_help: str) -> None:
    """OUT and --force, worded alike by every export command."""
    parser.add_argument("out", type=Path, help=out_help)
    parser.add_argument("--force", action="store_true", help=force_help)


def exported_journal(args: argparse.Namespace, folder: bool = False) -> JournalBundle:
    """The whole journal for `args.out`: the target is checked before the passphrase is asked
    for, and the plaintext warning is given before anything is written."""
    from healdesk.vault.stores.exporter import journal_bundle

    check_target(args.out, args.force, folder=folder)
    with open_vault(args) as vault:
        bundle = journal_bundle(vault.journal)
    warn_plaintext(args.out)
    return bundle


def warn_plaintext(path: Path) -> None:
    """Said on stderr on every export, so a script's output cannot swallow it."""
    print(
        _(
            "healdesk: warning: {path} is not encrypted; anyone who gets it can read your journal."
        ).format(path=path),
        file=sys.stderr,
    )


def write_text(path: Path, text: str) -> None:
    """Write whole or not at all (temp file, fsync, rename); a failure is a one-line error."""
    from healdesk.fileio import write_atomically

    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise UserError(
            _("cannot write {path}: {reason}").format(path=path, reason=reason)
        ) from None
