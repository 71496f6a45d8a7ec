"""Every file name in a vault folder, in one place.

A vault folder holds journal.db (SQLCipher), keys.json and its spare keys.json.bak (the wrapped
data key), healdesk.lock (one writer), backups/ and, after a failed unlock,
unlock-attempts.json (the times only). Key changes and restores stage
journal.db.next and keys.json.next beside them; backups and restores unpack into temporary
folders whose names start with WORK_PREFIX, so a killed job's leftovers are recognised and
removed at the next start. Light on purpose (no SQLCipher, no cryptography): the app's start-up
asks `present` before anything else is loaded.
"""

from __future__ import annotations

import shutil
from pathlib import Path

DB_NAME = "journal.db"
WAL_NAME = DB_NAME + "-wal"
SHM_NAME = DB_NAME + "-shm"
KEYS = "keys.json"
SPARE_KEYS = "keys.json.bak"
LOCK_NAME = "healdesk.lock"
#: Times of failed unlocks while locked (nothing else); moved into the vault at the next unlock.
UNLOCK_ATTEMPTS = "unlock-attempts.json"
BACKUP_FOLDER = "backups"
NEXT_DB = DB_NAME + ".next"
NEXT_KEYS = KEYS + ".next"
#: Backup files, in the vault's backups/ and wherever the person keeps them.
BACKUP_SUFFIX = ".healdesk-backup"
#: Temporary folders of backups and restores (ciphertext only; removed after, or at next start).
WORK_PREFIX = ".healdesk-work-"


def database(folder: Path) -> Path:
    return Path(folder) / DB_NAME


def wal(folder: Path) -> Path:
    return Path(folder) / WAL_NAME


def unlock_attempts(folder: Path) -> Path:
    return Path(folder) / UNLOCK_ATTEMPTS


def backup_folder(folder: Path) -> Path:
    """The folder of the vault's own backups (automatic, before a migration or a restore)."""
    return Path(folder) / BACKUP_FOLDER


def migration_backup(folder: Path, version: int, latest: int, stamp: str) -> Path:
    """The backup taken before the schema moves from `version` to `latest`."""
    return backup_folder(folder) / f"before-format-{version}-to-{latest}-{stamp}{BACKUP_SUFFIX}"


def replaced_journal(keep_in: Path, stamp: str) -> Path:
    """Where a restore keeps the journal it replaces (in `keep_in`, by default backups/)."""
    return Path(keep_in) / f"before-restore-{stamp}{BACKUP_SUFFIX}"


def present(folder: Path) -> bool:
    """A vault is here: a key file or a database file (even a damaged one)."""
    folder = Path(folder)
    return any((folder / name).exists() for name in (KEYS, SPARE_KEYS, DB_NAME))


def remove_work_folders(*folders: Path) -> list[Path]:
    """Temporary folders and files a killed backup, restore or key change left in `folders`;
    returns what went.

    Called while holding the vault's lock, so no job of this vault is still running; the
    older prefix `.healdesk-backup-` is removed too (left by earlier versions)."""
    removed = []
    for folder in folders:
        for prefix in (WORK_PREFIX, ".healdesk-backup-"):
            for work in Path(folder).glob(f"{prefix}*"):
                if work.is_dir():
                    shutil.rmtree(work, ignore_errors=True)
                else:
                    work.unlink(missing_ok=True)
                removed.append(work)
    return removed
