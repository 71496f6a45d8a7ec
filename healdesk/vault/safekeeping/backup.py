"""Verified, self-contained backups: the encrypted database plus the key slots that open it.

A backup is a zip (stored, not compressed: its contents are already ciphertext) holding
keys.json and journal.db. It is built beside its destination, verified by opening and
integrity-checking the copy, then renamed into place, so a half backup never exists. Reading
one back unpacks it into a temporary folder beside the backup: ciphertext only, removed after
(or, when the job was killed, at the vault's next unlock: see `layout.remove_work_folders`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from healdesk.core.progress import ProgressCallback, check_cancelled, no_progress
from healdesk.fileio import sync_folder
from healdesk.i18n import _
from healdesk.vault.access import keyfile
from healdesk.vault.errors import (
    BackupFailed,
    KeyFileDamaged,
    NotABackup,
    VaultDamaged,
)
from healdesk.vault.storage import database, layout

SUFFIX = layout.BACKUP_SUFFIX
PAGES_PER_STEP = 1024  # 4 MiB a step: progress often enough, few round trips
ZIP_CHUNK = 1 << 22  # the database goes into the zip 4 MiB at a time, cancellable between


def write_backup(
    connection: database.Connection,
    keys: keyfile.KeyFile,
    data_key: bytes,
    out: Path,
    progress: ProgressCallback = no_progress,
) -> None:
    """Copy the open database into a verified backup file at `out` (replaced atomically)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.TemporaryDirectory(prefix=layout.WORK_PREFIX, dir=out.parent) as work:
            copy_path = Path(work) / layout.DB_NAME
            copy_database(connection, copy_path, data_key, progress, seal=False)
            partial = Path(work) / "backup.zip"
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(keyfile.PRIMARY, keys.encode())
                _add_file(archive, copy_path, layout.DB_NAME, progress)
            _seal(partial)
            check_cancelled(progress)  # the last safe point: after it, the backup is in place
            os.replace(partial, out)
        sync_folder(out.parent)
    except OSError as error:
        raise BackupFailed(out.parent, error) from None
    except database.DatabaseError as error:
        raise BackupFailed(out.parent, error) from None


def copy_database(
    source: database.Connection,
    out: Path,
    key: bytes,
    progress: ProgressCallback = no_progress,
    seal: bool = True,
) -> None:
    """A consistent, integrity-checked copy of `source` in a new file encrypted with `key`
    (the same data key for a backup, a new one when the key is replaced). `seal=False`: the
    copy is only a step (a backup zips it and syncs the zip), so it is not synced to disk:
    syncing it too doubled the backup's disk flushes, which saves and locks then wait for."""
    target = database.connect(out, key)
    try:
        source.backup(
            target,
            pages=PAGES_PER_STEP,
            progress=lambda _status, remaining, total: progress(total - remaining, total),
        )
        with database.stops_when_cancelled(target, progress):
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
            cipher = target.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        target.close()
    if check != "ok" or cipher:
        raise VaultDamaged(_("the copy did not pass its integrity check"))
    check_cancelled(progress)
    if seal:
        _seal(out)


def write_raw_backup(folder: Path, out: Path) -> None:
    """Keep the vault's files as they are (even damaged, even a leftover WAL) in backup form:
    used before a restore replaces them, when the vault may not open at all."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.TemporaryDirectory(prefix=layout.WORK_PREFIX, dir=out.parent) as work:
            partial = Path(work) / "backup.zip"
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
                try:
                    archive.writestr(keyfile.PRIMARY, keyfile.load(folder).encode())
                except KeyFileDamaged:
                    pass  # keep what can be kept: the database may still be salvaged
                for name in (layout.DB_NAME, layout.WAL_NAME):
                    if (folder / name).exists() and (folder / name).stat().st_size:
                        archive.write(folder / name, name)
            _seal(partial)
            os.replace(partial, out)
        sync_folder(out.parent)
    except OSError as error:
        raise BackupFailed(out.parent, error) from None


@dataclass(frozen=True, slots=True)
class UnpackedBackup:
    """A backup's files in a temporary folder: its key file and the path of its database."""

    keys: keyfile.KeyFile
    database: Path


@contextmanager
def unpacked(path: Path, work_dir: Path | None = None) -> Iterator[UnpackedBackup]:
    """Unpack a backup for reading; NotABackup when the file is not one (or is damaged)."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError):
        raise NotABackup(path) from None
    with (
        archive,
        tempfile.TemporaryDirectory(prefix=layout.WORK_PREFIX, dir=work_dir or path.parent) as work,
    ):
        names = set(archive.namelist())
        if not {keyfile.PRIMARY, layout.DB_NAME} <= names:
            raise NotABackup(path)
        try:
            keys = keyfile.KeyFile.decode(archive.read(keyfile.PRIMARY))
            for name in (layout.DB_NAME, layout.WAL_NAME):
                if name in names:
                    with archive.open(name) as src, open(Path(work) / name, "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
        except (ValueError, KeyError, TypeError, zipfile.BadZipFile, EOFError):
            raise NotABackup(path) from None
        yield UnpackedBackup(keys, Path(work) / layout.DB_NAME)


def _add_file(archive: zipfile.ZipFile, path: Path, name: str, progress: ProgressCallback) -> None:
    """`archive.write`, in chunks with a look at the cancel flag between them."""
    info = zipfile.ZipInfo.from_file(path, name)
    with open(path, "rb") as source, archive.open(info, "w") as target:
        while chunk := source.read(ZIP_CHUNK):
            check_cancelled(progress)
            target.write(chunk)


def _seal(path: Path) -> None:
    """Owner-only and on disk before it is renamed into place."""
    os.chmod(path, 0o600)
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
