"""One writer per vault: a lock file that a second HealDesk process cannot take.

The OS releases the lock when the holding process dies, so a crash never leaves the vault
locked out on this computer. The file names the holder (computer, process, since when; see
lock_holder) and is emptied on release, so another computer that syncs the folder sees that
the journal is open there and does not open it too.
"""

from __future__ import annotations

import os
from pathlib import Path

from healdesk.vault.errors import VaultInUse, VaultOpenElsewhere
from healdesk.vault.lock_holder import LockHolder

LOCK_NAME = "healdesk.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, take_stale: bool = False) -> None:
        """Take the lock, or raise VaultInUse (open in another process here) or
        VaultOpenElsewhere (the file names another computer). `take_stale`: the person
        confirmed that a lock from another computer older than STALE_AFTER may be taken."""
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            holder = self._holder(fd)
            os.close(fd)
            if holder is not None and holder.elsewhere:
                raise _elsewhere(holder) from None
            raise VaultInUse from None
        holder = self._holder(fd)
        if holder is not None and holder.elsewhere and not (take_stale and holder.stale()):
            os.close(fd)
            raise _elsewhere(holder)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, LockHolder.here().encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)  # no holder named: other computers may open it
                os.fsync(self._fd)
            except OSError:
                pass  # a vanished folder: nothing to tell other computers through it
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    @staticmethod
    def _holder(fd: int) -> LockHolder | None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            return LockHolder.decode(os.read(fd, 4096))
        except OSError:
            return None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _elsewhere(holder: LockHolder) -> VaultOpenElsewhere:
    return VaultOpenElsewhere(holder.host, holder.since_text(), holder.stale())


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
