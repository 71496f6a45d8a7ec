"""Verified, self-contained backups: the encrypted database plus the key slots that open it.

A backup is a zip (stored, not compressed: its contents are already ciphertext) holding
keys.json and journal.db. It is built beside its destination, verified by opening and
integrity-checking the copy, then renamed into place, so a half backup never exists.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from healdesk.fileio import sync_folder
from healdesk.vault import database, keyfile
from healdesk.vault.errors import VaultDamaged

DB_NAME = "journal.db"


def write_backup(
    connection: database.Connection, keys: keyfile.KeyFile, data_key: bytes, out: Path
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".healdesk-backup-", dir=out.parent) as work:
        copy_path = Path(work) / DB_NAME
        target = database.connect(copy_path, data_key)
        try:
            connection.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
        if check != "ok":
            raise VaultDamaged("the backup copy did not pass its integrity check")
        partial = Path(work) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(keyfile.PRIMARY, keys.encode())
            archive.write(copy_path, DB_NAME)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    sync_folder(out.parent)


def restore_backup(archive: Path, folder: Path) -> None:
    """Unpack a backup into `folder`, which must not hold a vault: restoring never overwrites.

    The database lands first and the key file last, so an interrupted restore leaves no
    folder that looks like a vault.
    """
    from healdesk.vault.errors import NotABackup, VaultExists

    folder = Path(folder)
    if keyfile.exists(folder) or (folder / DB_NAME).exists():
        raise VaultExists(folder)
    try:
        with zipfile.ZipFile(archive) as zipped:
            keys = keyfile.KeyFile.decode(zipped.read(keyfile.PRIMARY))
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            partial = folder / f".{DB_NAME}.restoring"
            with zipped.open(DB_NAME) as source, open(partial, "wb") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError):
        (folder / f".{DB_NAME}.restoring").unlink(missing_ok=True)
        raise NotABackup from None
    os.replace(partial, folder / DB_NAME)
    keyfile.save(folder, keys)
