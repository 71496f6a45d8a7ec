"""Automatic backups: one verified backup a day on unlock, kept as a rotating set.

Backups go to the vault's backups/ folder or to a folder the person chose (a synced folder,
an external disk): each file is ciphertext plus the wrapped key slots, so it is exactly as
unreadable as the vault. Files carry the vault id in their name, so several journals can share
one folder and each prunes only its own.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from healdesk.core.progress import ProgressCallback, no_progress
from healdesk.vault.storage.layout import (
    BACKUP_SUFFIX,
    WORK_PREFIX,
    backup_folder,
    migration_backup,
)


class Vault(Protocol):
    """What automatic backups need of the vault (a Protocol: the vault imports this module)."""

    @property
    def folder(self) -> Path: ...

    @property
    def vault_id(self) -> str: ...

    def backup_to(self, out: Path, progress: ProgressCallback = no_progress) -> None: ...


_STAMP = "%Y%m%d-%H%M%S"
#: A temporary folder this old was left by a killed backup, not by one still running.
STALE_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many automatic backups to keep: the newest of each of the last N days, ISO weeks
    and months that have one (a backup may count for all three)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6


def default_folder(vault: Vault) -> Path:
    return backup_folder(vault.folder)


def automatic_name(vault_id: str, now: datetime) -> str:
    return f"auto-{vault_id[:8]}-{now.strftime(_STAMP)}{BACKUP_SUFFIX}"


def automatic_backups(folder: Path, vault_id: str) -> list[tuple[datetime, Path]]:
    """This vault's automatic backups in `folder`, newest first."""
    prefix = f"auto-{vault_id[:8]}-"
    found = []
    for path in Path(folder).glob(f"{prefix}*{BACKUP_SUFFIX}"):
        try:
            stamp = datetime.strptime(path.name[len(prefix) : -len(BACKUP_SUFFIX)], _STAMP)
        except ValueError:
            continue  # someone else's file that happens to look similar
        found.append((stamp, path))
    return sorted(found, reverse=True)


def is_due(folder: Path, vault_id: str, now: datetime) -> bool:
    """At most one automatic backup per calendar day."""
    return not any(stamp.date() == now.date() for stamp, _ in automatic_backups(folder, vault_id))


def backup_if_due(
    vault: Vault,
    folder: Path | None = None,
    now: datetime | None = None,
    policy: RetentionPolicy = RetentionPolicy(),
    progress: ProgressCallback = no_progress,
) -> Path | None:
    """Called by the app after unlocking: a verified backup if none was made today, then
    pruning to `policy`. Returns the new backup's path, or None when none was due."""
    folder = Path(folder) if folder is not None else default_folder(vault)
    now = (now or datetime.now()).replace(microsecond=0, tzinfo=None)
    if not is_due(folder, vault.vault_id, now):
        return None
    remove_stale_work(folder)
    out = folder / automatic_name(vault.vault_id, now)
    vault.backup_to(out, progress)
    prune(folder, vault.vault_id, policy)
    return out


def prune(folder: Path, vault_id: str, policy: RetentionPolicy) -> list[Path]:
    """Delete this vault's automatic backups that `policy` does not keep; returns them."""
    backups = automatic_backups(folder, vault_id)
    keep = kept(backups, policy)
    removed = [path for stamp, path in backups if (stamp, path) not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def kept(
    backups: Iterable[tuple[datetime, Path]], policy: RetentionPolicy
) -> set[tuple[datetime, Path]]:
    newest_first = sorted(backups, reverse=True)
    periods: list[tuple[int, Callable[[datetime], object]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    keep = set(newest_first[:1])  # never prune the only recent copy
    for count, period in periods:
        seen: set[object] = set()
        for item in newest_first:
            key = period(item[0])
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(item)
    return keep


def remove_stale_work(folder: Path) -> None:
    """Temporary folders left by a backup that was killed (ciphertext only, but clutter)."""
    limit = time.time() - STALE_SECONDS
    for work in Path(folder).glob(f"{WORK_PREFIX}*"):
        if work.is_dir() and work.stat().st_mtime < limit:
            shutil.rmtree(work, ignore_errors=True)


def migration_backup_path(vault_folder: Path, version: int, latest: int) -> Path:
    stamp = datetime.now().strftime(_STAMP)
    return migration_backup(vault_folder, version, latest, stamp)
