"""Crash-safe file replacement (a reader sees the old file or the new one, never a mix) and
owner-only permissions for the folders and files HealDesk keeps.

Outside every layer (imports nothing of the project), so the vault's key file and backups,
the PDF export and the CLI's exports all write files the same way without depending on
each other.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temp file in the same folder, fsync it, rename over `path`, fsync the folder."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_to_others(folder: Path) -> bool:
    """Whether other users of this computer may list or enter `folder`."""
    try:
        return os.name == "posix" and bool(Path(folder).stat().st_mode & 0o077)
    except FileNotFoundError:
        return False


def private_folder(folder: Path) -> bool:
    """Make `folder` (0700) if missing; tighten it to 0700 if it is open to others. Only for
    folders HealDesk owns (the vault's, its state folder). Returns True when it tightened."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not open_to_others(folder):
        return False
    os.chmod(folder, 0o700)
    return True


def private_file(path: Path) -> None:
    """Owner-only (0600); SQLite gives its -wal and -shm files the database file's mode."""
    if os.name == "posix":
        os.chmod(path, 0o600)
