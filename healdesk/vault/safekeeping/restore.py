"""Restoring a journal from a backup file: check first, keep the current vault, then swap.

A backup is opened with the passphrase or recovery key it was made with and fully verified
before anything in the vault folder changes. The vault it replaces is kept, as it is (even
damaged), as a backup of its own; the swap itself is crash-safe (see `swap`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from healdesk.core.language.vocabulary import counted
from healdesk.core.progress import ProgressCallback, no_progress
from healdesk.hardening import protect_process
from healdesk.i18n import _, format_local_pattern
from healdesk.vault.access import keyfile, slots
from healdesk.vault.access.slots import Secret
from healdesk.vault.errors import (
    KeyFileDamaged,
    NewerVault,
    NotABackup,
    OtherJournal,
    VaultDamaged,
    VaultError,
)
from healdesk.vault.safekeeping.backup import (
    UnpackedBackup,
    copy_database,
    unpacked,
    write_raw_backup,
)
from healdesk.vault.storage import database, layout, swap
from healdesk.vault.storage.instance_lock import InstanceLock
from healdesk.vault.storage.schema import LATEST
from healdesk.vault.stores.journal import Journal

__all__ = ["BackupSummary", "Secret", "inspect_backup", "restore_backup"]


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, shown before restoring it (never any entry text)."""

    entries: int
    repairs: int
    first: datetime | None
    last: datetime | None
    format_version: int
    vault_id: str = ""

    def describe(self) -> str:
        """E.g. "7 entries from 1 January 2025 to 7 January 2025, and 1 repair"."""
        entries = counted(self.entries, "{n} entry", "{n} entries")
        repairs = counted(self.repairs, "{n} repair", "{n} repairs")
        if self.first and self.last:
            return _("{entries} from {first} to {last}, and {repairs}").format(
                entries=entries, first=_day(self.first), last=_day(self.last), repairs=repairs
            )
        return _("{entries}, and {repairs}").format(entries=entries, repairs=repairs)


def inspect_backup(path: Path, secret: Secret) -> BackupSummary:
    """Open and verify a backup; VaultError (NotABackup, WrongPassphrase, ...) if it fails."""
    with unpacked(Path(path)) as backup:
        connection, data_key = _open_verified(backup, secret)
        slots.wipe(data_key)
        try:
            return _summary(connection, backup.keys.vault_id)
        finally:
            connection.close()


def restore_backup(
    path: Path,
    folder: Path,
    secret: Secret,
    keep_in: Path | None = None,
    progress: ProgressCallback = no_progress,
    other_journal: bool = False,
) -> Path | None:
    """Replace the vault in `folder` with the backup at `path`. The vault must be locked.

    A backup of another journal (another vault id) is refused with OtherJournal unless the
    person said yes to exactly that (`other_journal`). Returns where the replaced vault was
    kept (None when the folder held no vault). After a restore the journal opens with the
    secrets the backup was made with.
    """
    protect_process()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        swap.finish(folder)
        layout.remove_work_folders(folder, layout.backup_folder(folder))
        with unpacked(Path(path), work_dir=folder) as backup:
            if not other_journal and _current_id(folder) not in (None, backup.keys.vault_id):
                raise OtherJournal
            connection, data_key = _open_verified(backup, secret)
            try:
                restored = _newest_generation(folder, backup.keys).sealed(data_key)
                copy_database(connection, swap.pending_db(folder), data_key, progress)
            except BaseException:
                swap.discard(folder)
                raise
            finally:
                connection.close()
                slots.wipe(data_key)
        kept = None
        try:
            if layout.present(folder):
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = layout.replaced_journal(keep_in or layout.backup_folder(folder), stamp)
                write_raw_backup(folder, kept)
            swap.stage_keys(folder, restored)
        except BaseException:
            swap.discard(folder)
            raise
        swap.commit(folder, restored)
        return kept
    finally:
        lock.release()


def is_other_journal(folder: Path, summary: BackupSummary) -> bool:
    """True when the folder holds a journal and the backup is of another one."""
    return _current_id(Path(folder)) not in (None, summary.vault_id)


def _newest_generation(folder: Path, keys: keyfile.KeyFile) -> keyfile.KeyFile:
    """The backup's key file numbered after the one it replaces, so that no leftover copy
    of the replaced file can ever look newer."""
    current = max((k.generation for _n, k, _w in keyfile.copies(folder) if k), default=0)
    return keyfile.KeyFile(keys.vault_id, keys.slots, max(current, keys.generation))


def _current_id(folder: Path) -> str | None:
    """The id of the journal now in `folder`, None when there is none or it is unreadable."""
    try:
        return keyfile.load(folder).vault_id
    except KeyFileDamaged:
        return None


def _open_verified(backup: UnpackedBackup, secret: Secret) -> tuple[database.Connection, bytearray]:
    opened = slots.open_keys(backup.keys, secret)
    if opened is None:
        raise NotABackup(backup.database.name)
    data_key = opened.data_key
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
            raise VaultDamaged(_("the backup file itself is damaged"))
    except BaseException:
        connection.close()
        raise
    return connection, data_key


def _summary(connection: database.Connection, vault_id: str) -> BackupSummary:
    journal = Journal(connection)
    span = journal.date_range()
    repairs = connection.execute("SELECT count(*) FROM repair").fetchone()[0]
    return BackupSummary(
        journal.count(),
        repairs,
        span[0] if span else None,
        span[1] if span else None,
        connection.execute("PRAGMA user_version").fetchone()[0],
        vault_id,
    )


def _day(moment: datetime) -> str:
    return format_local_pattern(moment, "d MMMM y")
