"""The Vault: an encrypted journal folder, locked or unlocked.

The folder's files are named in `layout`; the key slots are opened and made in `slots`.
Unlocking unwraps the data key and opens the database with it raw; locking empties the WAL,
closes everything and wipes the data key. Every key change also reaches the backups in the
vault's own backups/ folder (see `backup_keys`).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from healdesk.core.progress import ProgressCallback, no_progress
from healdesk.fileio import private_folder
from healdesk.hardening import protect_process
from healdesk.i18n import _
from healdesk.vault.access import device, keyfile, keys, slots
from healdesk.vault.access.slots import DEVICE, PASSPHRASE, RECOVERY, NewRecoveryKey, Secret
from healdesk.vault.errors import (
    DeviceSlotUnavailable,
    NewerVault,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from healdesk.vault.safekeeping.backup import copy_database, write_backup
from healdesk.vault.safekeeping.backup_keys import REWRAP, BackupsUpdate, update_backups
from healdesk.vault.safekeeping.backups import migration_backup_path
from healdesk.vault.safekeeping.salvage import Loss, scan
from healdesk.vault.storage import database, layout, schema, swap
from healdesk.vault.storage.instance_lock import InstanceLock
from healdesk.vault.storage.migration import migrate
from healdesk.vault.stores import unlock_history as history
from healdesk.vault.stores.identity import purge_tombstones
from healdesk.vault.stores.journal import Journal
from healdesk.vault.stores.store import VaultLocked, storage_errors

__all__ = ["DEVICE", "PASSPHRASE", "RECOVERY", "Vault"]


class Vault:
    def __init__(
        self,
        folder: Path,
        connection: database.Connection,
        key_file: keyfile.KeyFile,
        data_key: bytearray,
        lock: InstanceLock,
    ) -> None:
        self.folder = folder
        self._connection: database.Connection | None = connection
        self._keys = key_file
        self._data_key = data_key
        self._lock = lock
        self.journal = Journal(connection)
        #: The folder was open to other users when unlocked and is now owner-only (say so).
        self.folder_tightened = False
        self._checkpoints_on_commit = True

    # --- finding, creating, unlocking --------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        return layout.present(folder)

    @staticmethod
    def unlock_methods(folder: Path) -> set[str]:
        """Which slots the key file holds ("passphrase", "recovery", "device"), without unlocking."""
        return {slot.kind for slot in keyfile.load(Path(folder)).slots}

    @staticmethod
    def device_slot_available() -> bool:
        return device.available()

    @classmethod
    def create(cls, folder: Path, passphrase: str, *, demo: bool = False) -> tuple[Vault, str]:
        """A new, empty vault; returns it unlocked with the recovery key to show once.
        `demo=True` is for the throwaway demo journal only (public passphrase, cheap KDF)."""
        protect_process()
        folder = Path(folder)
        tightened = private_folder(folder)
        if cls.exists(folder):
            raise VaultExists(folder)
        lock = InstanceLock(folder)
        lock.acquire()
        data_key, recovery = bytearray(keys.new_data_key()), NewRecoveryKey()
        try:
            key_file = keyfile.KeyFile(uuid.uuid4().hex, [])
            key_file = key_file.with_slot(
                slots.passphrase_slot(key_file, passphrase, data_key, demo)
            )
            key_file = key_file.with_slot(
                slots.secret_slot(key_file, RECOVERY, recovery.raw, data_key)
            ).sealed(data_key)
            connection = database.connect(layout.database(folder), data_key)
            database.configure(connection)
            migrate(connection, 0)
            Journal(connection).refill_search_index_if_due()
            connection.execute(
                "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                (datetime.now().astimezone().isoformat(timespec="seconds"),),
            )
            keyfile.save(folder, key_file)  # last: a vault exists once it can be unlocked
        except BaseException:
            slots.wipe(data_key)
            lock.release()
            raise
        finally:
            slots.wipe(recovery.raw)
        vault = cls(folder, connection, key_file, data_key, lock)
        vault.folder_tightened = tightened
        return vault, recovery.text

    @classmethod
    def unlock(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        device: bool = False,
        take_stale_lock: bool = False,
    ) -> Vault:
        """Exactly one of passphrase, recovery_key or device=True. Raises a VaultError with a
        message for the person when the folder, the key or the files are not right.
        `take_stale_lock`: the person confirmed taking over a stale lock of another computer
        (VaultOpenElsewhere with `stale`)."""
        protect_process()
        secret = Secret(passphrase, recovery_key, device)
        folder = Path(folder)
        if not cls.exists(folder):
            raise VaultNotFound(folder)
        tightened = private_folder(folder)
        lock = InstanceLock(folder)
        lock.acquire(take_stale_lock)
        try:
            swap.finish(folder)  # a key replacement or restore that a crash interrupted
            layout.remove_work_folders(folder, layout.backup_folder(folder))
            with history.failures_counted(folder):
                try:
                    opened = slots.open_folder(folder, secret)
                except (WrongPassphrase, WrongRecoveryKey) as refused:
                    # A key file changed on another computer may lie beside as a sync copy.
                    from healdesk.vault.sync.key_copies import adopt_key_copy

                    opened = adopt_key_copy(folder, keyfile.load(folder), secret, refused)
            try:
                connection = cls._open_database(folder, opened)
            except BaseException:
                slots.wipe(opened.data_key)
                raise
        except BaseException:
            lock.release()
            raise
        vault = cls(folder, connection, opened.keys, opened.data_key, lock)
        vault.folder_tightened = tightened
        if opened.stale:
            vault._reseal(secret)
        return vault

    @staticmethod
    def _open_database(folder: Path, opened: slots.Opened) -> database.Connection:
        if not layout.database(folder).exists():
            raise VaultDamaged("the journal database file is missing")
        connection = database.connect(layout.database(folder), opened.data_key)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.LATEST:
                raise NewerVault(version, schema.LATEST)
            if version < schema.LATEST:
                write_backup(
                    connection,
                    opened.keys,
                    opened.data_key,
                    migration_backup_path(folder, version, schema.LATEST),
                )
            database.configure(connection)
            migrate(connection, version)
            Journal(connection).refill_search_index_if_due()  # a store of this thread's
            purge_tombstones(connection, datetime.now(UTC))
            history.settle(connection, folder)
        except BaseException:
            connection.close()
            raise
        return connection

    def _reseal(self, secret: Secret) -> None:
        """Write an old or out-of-step key file anew (version 2, both copies alike); a
        passphrase slot is remade from the normalised passphrase. A folder that refuses the
        write keeps the old file, which still opens."""
        updated = self._keys
        if secret.passphrase is not None:
            updated = updated.with_slot(
                slots.passphrase_slot(updated, secret.passphrase, self._data_key)
            )
        with contextlib.suppress(OSError):
            self._save_keys(updated)

    # --- while unlocked ----------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._connection is not None

    @property
    def vault_id(self) -> str:
        return self._keys.vault_id

    @property
    def has_device_slot(self) -> bool:
        return self._keys.slot(DEVICE) is not None

    def change_passphrase(
        self, new_passphrase: str, backups: str = REWRAP, current: str | None = None
    ) -> BackupsUpdate:
        """Rewraps the data key under the new passphrase; nothing is re-encrypted. The
        backups in the vault's folder follow (`backups`: REWRAP or DELETE). `current`, when
        given, must be the passphrase in use (WrongPassphrase otherwise, nothing changed): the
        app asks for it, since a window left unlocked proves nothing."""
        if current is not None:
            slots.require_passphrase(self._keys, current)
        self._save_keys(
            self._keys.with_slot(slots.passphrase_slot(self._keys, new_passphrase, self._data_key))
        )
        return self._update_backups("passphrase", backups)

    def set_recovery_key(self, new: NewRecoveryKey, backups: str = REWRAP) -> BackupsUpdate:
        """Replace the recovery slot with `new`, a key the person has already seen and
        confirmed: the old recovery key stops working, here and in the vault's backups."""
        self._save_keys(
            self._keys.with_slot(slots.secret_slot(self._keys, RECOVERY, new.raw, self._data_key))
        )
        return self._update_backups(_("recovery key"), backups)

    def remember_on_device(self) -> None:
        try:
            secret = device.store_new_secret(self._keys.vault_id)
        except device.KeychainUnavailable as error:
            raise DeviceSlotUnavailable from error
        try:
            self._save_keys(
                self._keys.with_slot(slots.secret_slot(self._keys, DEVICE, secret, self._data_key))
            )
        finally:
            slots.wipe(secret)

    def forget_device(self) -> None:
        self._save_keys(self._keys.without(DEVICE))
        try:
            device.forget_secret(self._keys.vault_id)
        except device.KeychainUnavailable:
            pass  # the slot is gone from the key file; a leftover keychain secret opens nothing

    def backup_to(self, out: Path, progress: ProgressCallback = no_progress) -> None:
        """A verified backup file at `out`: the database copy and the current key slots.

        Copies from a connection of its own holding one read snapshot, so it may run in the
        background while the app keeps saving: the backup holds whole transactions only."""
        self._require_open()
        with self._second_connection("BEGIN") as snapshot:
            write_backup(snapshot, self._keys, self._data_key, Path(out), progress)

    def replace_data_key(
        self,
        passphrase: str,
        recovery: NewRecoveryKey,
        progress: ProgressCallback = no_progress,
        backups: str = REWRAP,
    ) -> BackupsUpdate:
        """Re-encrypt the whole journal under a new random data key, for a suspected
        compromise. `passphrase` must be the current one and stays; `recovery` (already
        shown to the person and confirmed) replaces the recovery key; a device slot is made
        anew. The vault's own backups are re-encrypted too (or deleted: `backups`).

        Crash-safe: the journal is copied into a file encrypted with the new key and
        verified, its key file is staged, then both are swapped in (see `swap`). Until that
        swap, a crash or a cancel (from `progress`) leaves the journal as it was.
        """
        connection = self._require_open()
        slots.require_passphrase(self._keys, passphrase)
        self._lock.renew()
        new_key = bytearray(keys.new_data_key())
        staged = keyfile.KeyFile(self._keys.vault_id, [], self._keys.generation)
        staged = staged.with_slot(slots.passphrase_slot(staged, passphrase, new_key))
        staged = staged.with_slot(slots.secret_slot(staged, RECOVERY, recovery.raw, new_key))
        staged = staged.sealed(new_key)
        had_device = self.has_device_slot
        swap.discard(self.folder)
        # The write lock is held from the copy to the swap: a save meanwhile waits, then
        # fails with VaultBusy (its text kept), rather than landing in the old file only.
        with (
            self._second_connection("BEGIN IMMEDIATE"),
            self._second_connection("BEGIN") as snapshot,
        ):
            try:
                copy_database(snapshot, swap.pending_db(self.folder), new_key, progress)
                swap.stage_keys(self.folder, staged)
            except BaseException:
                swap.discard(self.folder)
                raise
            self.journal.detach()
            connection.close()  # not the last one: the guard's close empties the WAL
            self._connection = None
        old_key = bytearray(self._data_key)
        try:
            swap.commit(self.folder, staged)
        finally:
            swap.finish(self.folder)  # after a failed commit: back to one consistent state
            self._keys = keyfile.load(self.folder)
            if self._keys == staged:
                slots.wipe(self._data_key)
                self._data_key = new_key
            self._reopen()
        try:
            if had_device:
                with contextlib.suppress(DeviceSlotUnavailable):
                    self.remember_on_device()  # else: unlocking by passphrase still works
            return update_backups(
                self.folder, old_key, self._keys, _("recovery key"), self._data_key, backups
            )
        finally:
            slots.wipe(old_key)

    # --- the write-ahead log -----------------------------------------------------------------
    def checkpoint_elsewhere(self) -> None:
        """Commits on the journal's connection stop copying the WAL into the database
        themselves; `checkpoint` on a worker thread does it instead. SQLite does it inside
        whichever commit takes the WAL past 1,000 pages, and at 100,000 entries that froze a
        save in the app for half a second, about one save in twenty."""
        self._checkpoints_on_commit = False
        database.checkpoint_on_commit(self.journal.db, False)

    def wal_mark(self) -> tuple[int, int] | None:
        """The WAL file's size and last change (None without one): while the mark stays the
        same, nothing was written."""
        try:
            found = layout.wal(self.folder).stat()
        except FileNotFoundError:
            return None
        return found.st_size, found.st_mtime_ns

    def checkpoint(self, progress: ProgressCallback = no_progress) -> bool:
        """Copy what the WAL holds into the database, through a connection of this thread's
        own (PASSIVE: the journal's connection reads and writes on meanwhile). False when
        some of it had to stay (a reader still needed it): the caller tries again later."""
        with self.journal_on_this_thread(progress) as journal:
            _busy, in_wal, copied = journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return copied == in_wal

    def scan_damage(self) -> list[Loss]:
        """What cannot be read, table by table (for verify, after damaged pages were found).
        Reads through connections of its own; the vault's connection is not disturbed."""
        return scan(layout.database(self.folder), self._data_key)

    def lock(self) -> None:
        """Empty the WAL, close the database, release the folder. Safe to call twice."""
        if self._connection is not None:
            self.journal.detach()
            database.close(self._connection)
            self._connection = None
        slots.wipe(self._data_key)
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    def _require_open(self) -> database.Connection:
        """The open connection, without using it: jobs on other threads call this too."""
        if self._connection is None:
            raise VaultLocked
        return self._connection

    def attach_copy(self, connection: database.Connection, path: Path, alias: str) -> bool:
        """Attach another copy of this journal (a sync service's copy, a backup's database)
        read-only to `connection` as `alias`, with this journal's data key, so the person is
        not asked for a secret they already gave; False when that key does not open it (the
        copy's key was replaced). The key itself never leaves the vault."""
        self._require_open()
        return database.attach_read_only(connection, path, alias, self._data_key)

    @contextlib.contextmanager
    def journal_on_this_thread(self, progress: ProgressCallback = no_progress) -> Iterator[Journal]:
        """A Journal over a connection of this thread's own, closed after: how a
        background job (import, export, a refresh of the journal window) reads or writes
        while the app keeps its own. When the job that handed out `progress` is cancelled,
        the statement running on it stops and `Cancelled` is raised (see `database`)."""
        self._require_open()
        connection = database.connect(layout.database(self.folder), self._data_key)
        try:
            database.configure(connection)
            with database.stops_when_cancelled(connection, progress):
                yield Journal(connection)
        finally:
            connection.close()

    @contextlib.contextmanager
    def _second_connection(self, begin: str) -> Iterator[database.Connection]:
        """Another connection to the journal inside a transaction (`begin`), closed after."""
        connection = database.connect(layout.database(self.folder), self._data_key)
        try:
            with storage_errors():
                connection.execute(begin)
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield connection
        finally:
            connection.close()

    def _reopen(self) -> None:
        connection = database.connect(layout.database(self.folder), self._data_key)
        database.configure(connection, self._checkpoints_on_commit)
        self._connection = connection
        self.journal.attach(connection)

    def _save_keys(self, key_file: keyfile.KeyFile) -> None:
        """The next generation of the key file, sealed under the data key, in both copies."""
        self._require_open()
        self._lock.renew()
        sealed = key_file.sealed(self._data_key)
        keyfile.save(self.folder, sealed)
        self._keys = sealed

    def _update_backups(self, secret: str, choice: str) -> BackupsUpdate:
        return update_backups(self.folder, self._data_key, self._keys, secret, choice=choice)
