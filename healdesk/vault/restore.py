"""Restoring a journal from a backup file: check first, keep the current vault, then swap.

A backup is opened with the passphrase or recovery key it was made with and fully verified
before anything in the vault folder changes. The vault it replaces is kept, as it is (even
damaged), as a backup of its own; the swap itself is crash-safe (see `swap`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from healdesk.core.progress import ProgressCallback, no_progress
from healdesk.vault import database, keyfile, swap
from healdesk.vault.backup import SUFFIX, UnpackedBackup, copy_database, unpacked, write_raw_backup
from healdesk.vault.backups import BACKUP_FOLDER
from healdesk.vault.errors import NewerVault, NotABackup, VaultDamaged, VaultError
from healdesk.vault.instance_lock import InstanceLock
from healdesk.vault.journal import Journal
from healdesk.vault.schema import LATEST
from healdesk.vault.vault import unwrap_data_key


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, shown before restoring it (never any entry text)."""

    entries: int
    repairs: int
    first: datetime | None
    last: datetime | None
    format_version: int

    def describe(self) -> str:
        """E.g. "7 entries from 1 January 2025 to 7 January 2025, and 1 repair"."""
        entries = f"{self.entries} {'entry' if self.entries == 1 else 'entries'}"
        if self.first and self.last:
            entries += f" from {_day(self.first)} to {_day(self.last)}"
        return f"{entries}, and {self.repairs} {'repair' if self.repairs == 1 else 'repairs'}"


@dataclass(frozen=True, slots=True)
class Secret:
    """How the person proves the backup is theirs: one of the two."""

    passphrase: str | None = None
    recovery_key: str | None = None

    @classmethod
    def typed(cls, text: str) -> Secret:
        """What the person typed in one field: a recovery key if it reads as one."""
        from healdesk.vault.keys import parse_recovery_key

        if parse_recovery_key(text) is not None:
            return cls(recovery_key=text)
        return cls(passphrase=text)


def inspect_backup(path: Path, secret: Secret) -> BackupSummary:
    """Open and verify a backup; VaultError (NotABackup, WrongPassphrase, ...) if it fails."""
    with unpacked(Path(path)) as backup:
        connection, _ = _open_verified(backup, secret)
        try:
            return _summary(connection)
        finally:
            connection.close()


def restore_backup(
    path: Path,
    folder: Path,
    secret: Secret,
    keep_in: Path | None = None,
    progress: ProgressCallback = no_progress,
) -> Path | None:
    """Replace the vault in `folder` with the backup at `path`. The vault must be locked.

    Returns where the replaced vault was kept (None when the folder held no vault). After a
    restore the journal opens with the secrets the backup was made with.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        swap.finish(folder)
        with unpacked(Path(path), work_dir=folder) as backup:
            connection, data_key = _open_verified(backup, secret)
            try:
                copy_database(connection, swap.pending_db(folder), data_key, progress)
            except BaseException:
                swap.discard(folder)
                raise
            finally:
                connection.close()
        kept = None
        try:
            if (folder / swap.DB_NAME).exists() or keyfile.exists(folder):
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = (keep_in or folder / BACKUP_FOLDER) / f"before-restore-{stamp}{SUFFIX}"
                write_raw_backup(folder, kept)
            swap.stage_keys(folder, backup.keys)
        except BaseException:
            swap.discard(folder)
            raise
        swap.commit(folder, backup.keys)
        return kept
    finally:
        lock.release()


def _open_verified(backup: UnpackedBackup, secret: Secret) -> tuple[database.Connection, bytes]:
    data_key = unwrap_data_key(
        backup.keys, passphrase=secret.passphrase, recovery_key=secret.recovery_key
    )
    try:
        connection = database.connect(backup.database, data_key)
    except VaultError:
        raise NotABackup(backup.database.name) from None
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            raise NewerVault(version, LATEST)
        try:
            structure = connection.execute("PRAGMA integrity_check").fetchone()[0]
            pages = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        except database.DatabaseError:
            structure, pages = "unreadable", ["unreadable"]
        if structure != "ok" or pages:
            raise VaultDamaged("the backup file itself is damaged")
    except BaseException:
        connection.close()
        raise
    return connection, data_key


def _summary(connection: database.Connection) -> BackupSummary:
    journal = Journal(connection)
    span = journal.date_range()
    repairs = connection.execute("SELECT count(*) FROM repair").fetchone()[0]
    return BackupSummary(
        journal.count(),
        repairs,
        span[0] if span else None,
        span[1] if span else None,
        connection.execute("PRAGMA user_version").fetchone()[0],
    )


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"
