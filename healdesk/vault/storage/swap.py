"""Replacing the database and its key file together, so that a crash never leaves them apart.

Used by "replace the data key" and by restore. Both new files are first written beside the
live ones (journal.db.next, keys.json.next), fsynced and verified. Renaming journal.db.next over
journal.db is the single commit point; the key file is written after it. `finish` runs before
every unlock and completes or undoes whatever a crash interrupted:

- journal.db.next still there: the swap never committed; drop both pending files.
- only keys.json.next there: the database was swapped; the pending key file is the truth.
"""

from __future__ import annotations

import os
from pathlib import Path

from healdesk.fileio import sync_folder, write_atomically
from healdesk.vault.access import keyfile
from healdesk.vault.storage.layout import DB_NAME, NEXT_DB, NEXT_KEYS


def pending_db(folder: Path) -> Path:
    return folder / NEXT_DB


def stage_keys(folder: Path, keys: keyfile.KeyFile) -> None:
    """Write the key file that belongs to journal.db.next (call once that file is complete)."""
    write_atomically(folder / NEXT_KEYS, keys.encode())


def commit(folder: Path, keys: keyfile.KeyFile) -> None:
    """Swap in the staged database, then its key file. No connection may be open on either.

    A WAL left beside the old database belongs to it (a restore kept it in its backup of
    the old vault): replayed onto the new one it would corrupt it, so it goes first.
    """
    for suffix in ("-wal", "-shm"):
        (folder / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    os.replace(folder / NEXT_DB, folder / DB_NAME)
    sync_folder(folder)
    _finish_keys(folder, keys)


def finish(folder: Path) -> None:
    """Complete or undo an interrupted swap; a no-op when none is pending."""
    if not pending_db(folder).exists() and not (folder / NEXT_KEYS).exists():
        return
    if pending_db(folder).exists() or not (folder / NEXT_KEYS).exists():
        discard(folder)
        return
    staged = keyfile.KeyFile.decode((folder / NEXT_KEYS).read_bytes())  # written atomically
    _finish_keys(folder, staged)


def discard(folder: Path) -> None:
    """Undo a swap that did not commit. The pending key file goes first: were it left alone
    after journal.db.next is gone, `finish` would take the swap for committed."""
    (folder / NEXT_KEYS).unlink(missing_ok=True)
    sync_folder(folder)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{pending_db(folder)}{suffix}").unlink(missing_ok=True)


def _finish_keys(folder: Path, keys: keyfile.KeyFile) -> None:
    keyfile.save(folder, keys)
    (folder / NEXT_KEYS).unlink(missing_ok=True)
    sync_folder(folder)
