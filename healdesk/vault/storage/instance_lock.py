"""One writer per vault: locks a second HealDesk process cannot take, even when a sync client
or a cleanup deletes or replaces the lock file.

Two locks, both released by the OS when the holder dies (a crash never locks the vault out):
- healdesk.lock names the holder (computer, process, since when; see lock_holder) and is
  emptied on release, so another computer that syncs the folder sees that the journal is open
  there. After locking it, the path is checked to still name the locked file (inode and
  device): a file replaced between open and lock is locked again, and `intact` tells the
  holder whether its file is still the one at the path.
- the vault folder itself (flock on POSIX): a folder cannot be deleted or swapped while it
  holds the journal, so a second writer is refused even when healdesk.lock was deleted.
  Windows refuses to delete an open lock file, so it needs only the first.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from healdesk.vault.errors import VaultInUse, VaultOpenElsewhere
from healdesk.vault.storage import layout
from healdesk.vault.storage.lock_holder import LockHolder

LOCK_NAME = layout.LOCK_NAME
_ATTEMPTS = 3


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self._folder = Path(folder)
        self._path = self._folder / LOCK_NAME
        self._fd: int | None = None
        self._folder_fd: int | None = None

    def acquire(self, take_stale: bool = False) -> None:
        """Take both locks or neither: VaultInUse when another process holds either,
        VaultOpenElsewhere when the file names another computer. `take_stale`: the person
        confirmed that a lock from another computer older than STALE_AFTER may be taken."""
        self._folder_fd = _lock_folder(self._folder)
        try:
            self._fd = self._lock_file(take_stale)
        except BaseException:
            self._release_folder()
            raise
        self._name_holder()

    def _lock_file(self, take_stale: bool = False) -> int:
        for _ in range(_ATTEMPTS):
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock(fd)
            except OSError:
                holder = self._holder(fd)
                os.close(fd)
                if holder is not None and holder.elsewhere:
                    raise _elsewhere(holder) from None
                raise VaultInUse from None
            if not _same_file(fd, self._path):
                os.close(fd)  # replaced between open and lock: lock the file now at the path
                continue
            holder = self._holder(fd)
            if holder is not None and holder.elsewhere and not (take_stale and holder.stale()):
                os.close(fd)
                raise _elsewhere(holder)
            return fd
        raise VaultInUse

    def _name_holder(self) -> None:
        assert self._fd is not None
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, LockHolder.here().encode())
        os.fsync(self._fd)

    @property
    def intact(self) -> bool:
        """True while the lock file at the path is the one this lock holds."""
        return self._fd is not None and _same_file(self._fd, self._path)

    def renew(self) -> None:
        """Lock the file at the path again when it was deleted or replaced (the folder lock
        kept guarding meanwhile); VaultInUse when someone else now holds that file."""
        if self._fd is None or self.intact:
            return
        os.close(self._fd)
        self._fd = None
        self._fd = self._lock_file()
        self._name_holder()

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)  # no holder named: other computers may open it
                os.fsync(self._fd)
            except OSError:
                pass  # a vanished folder: nothing to tell other computers through it
            os.close(self._fd)  # closing drops the lock
            self._fd = None
        self._release_folder()

    def _release_folder(self) -> None:
        if self._folder_fd is not None:
            os.close(self._folder_fd)
            self._folder_fd = None

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


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_path = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_path.st_dev, on_path.st_ino)


def _elsewhere(holder: LockHolder) -> VaultOpenElsewhere:
    return VaultOpenElsewhere(holder.host, holder.since_text(), holder.stale())


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _lock_folder(folder: Path) -> int | None:
        return None  # an open lock file cannot be deleted on Windows
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _lock_folder(folder: Path) -> int | None:
        """flock on the folder; None where the file system cannot lock folders (the lock
        file still guards there)."""
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise VaultInUse from None
            return None
        return fd
