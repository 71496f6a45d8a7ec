"""What the export commands share: checking where to write, the plaintext warning, and
crash-safe writes (an export is complete or absent, never half written)."""

from __future__ import annotations

import sys
from pathlib import Path

from healdesk.cli.common import UserError


def check_target(path: Path, force: bool, folder: bool = False) -> None:
    """Refuse, before the vault is even unlocked, to write where it would replace something
    unasked or cannot work."""
    if folder:
        if path.exists() and not path.is_dir():
            raise UserError(f"{path} is a file; give a folder for --per-entry")
        if path.is_dir() and any(path.iterdir()) and not force:
            raise UserError(f"the folder {path} is not empty; add --force to write into it")
        parent = path.parent
    else:
        if path.is_dir():
            raise UserError(f"{path} is a folder; give a file name")
        if path.exists() and not force:
            raise UserError(f"{path} already exists; add --force to replace it")
        parent = path.parent
    if not parent.is_dir():
        raise UserError(f"the folder {parent} does not exist")


def warn_plaintext(path: Path) -> None:
    print(
        f"healdesk: warning: {path} is not encrypted; anyone who gets it can read your journal.",
        file=sys.stderr,
    )


def write_text(path: Path, text: str) -> None:
    from healdesk.vault.atomic import write_atomically

    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise UserError(f"cannot write {path}: {reason}") from None
