"""The Vault: an encrypted journal folder, locked or unlocked.

Folder contents: journal.db (SQLCipher, keyed with a random data key), keys.json and its
spare copy (the data key wrapped once per way of unlocking), healdesk.lock (one writer) and
backups/. Unlocking derives a wrapping key, unwraps the data key and opens the database with
it raw; locking empties the WAL and closes everything.
"""

from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from healdesk.core.progress import ProgressCallback, no_progress
from healdesk.vault import database, device, keyfile, keys, swap
from healdesk.vault.backup import DB_NAME, copy_database, write_backup
from healdesk.vault.backups import migration_backup_path
from healdesk.vault.errors import (
    DeviceSlotUnavailable,
    NewerVault,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from healdesk.vault.instance_lock import InstanceLock
from healdesk.vault.journal import Journal
from healdesk.vault.salvage import Loss, scan
from healdesk.vault.schema import LATEST, MIGRATIONS
from healdesk.vault.store import storage_errors

PASSPHRASE, RECOVERY, DEVICE = "passphrase", "recovery", "device"


@functools.cache
def _scrypt_params() -> keys.ScryptParams:
    """Calibrated once per process: the machine does not get slower between two key changes."""
    return keys.calibrate_scrypt()


def _disable_core_dumps() -> None:
    """A crash while unlocked must not write the data key and entries into a core file."""
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no core dumps to turn off


def passphrase_slot(
    key_file: keyfile.KeyFile, passphrase: str, data_key: bytes, demo: bool = False
) -> keyfile.Slot:
    """`demo` only for the throwaway demo journal, whose passphrase is public: a cheap KDF."""
    params = keys.ScryptParams(keys.DEMO_LOG2_N) if demo else _scrypt_params()
    salt = os.urandom(16)
    wrapping = params.derive(passphrase, salt)
    marks = {"demo": True} if demo else {}
    return keyfile.Slot(
        PASSPHRASE,
        salt,
        keys.wrap(wrapping, data_key, key_file.context(PASSPHRASE)),
        {"kdf": "scrypt", "log2_n": params.log2_n, "r": params.r, "p": params.p, **marks},
    )


def secret_slot(
    key_file: keyfile.KeyFile, kind: str, secret: bytes, data_key: bytes
) -> keyfile.Slot:
    """A slot for a high-entropy secret (recovery key, device secret): HKDF is enough."""
    salt = os.urandom(16)
    wrapping = keys.hkdf(secret, salt, kind.encode())
    return keyfile.Slot(
        kind, salt, keys.wrap(wrapping, data_key, key_file.context(kind)), {"kdf": "hkdf"}
    )


def open_slot(key_file: keyfile.KeyFile, kind: str, secret: bytes | str) -> bytes:
    """The data key from one slot; UnwrapFailed when the secret is wrong."""
    slot = key_file.slot(kind)
    if slot is None:
        raise keys.UnwrapFailed
    if kind == PASSPHRASE:
        params = keys.ScryptParams(
            int(slot.params["log2_n"]), int(slot.params["r"]), int(slot.params["p"])
        )
        wrapping = params.derive(str(secret), slot.salt)
    else:
        wrapping = keys.hkdf(
            bytes(secret) if not isinstance(secret, str) else secret.encode(),
            slot.salt,
            kind.encode(),
        )
    return keys.unwrap(wrapping, slot.wrapped, key_file.context(kind))


class Vault:
    def __init__(
        self,
        folder: Path,
        connection: database.Connection,
        key_file: keyfile.KeyFile,
        data_key: bytes,
        lock: InstanceLock,
    ) -> None:
        self.folder = folder
        self._connection: database.Connection | None = connection
        self._keys = key_file
        self._data_key = data_key
        self._lock = lock
        self.journal = Journal(connection)

    # --- finding, creating, unlocking --------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        return keyfile.exists(Path(folder)) or (Path(folder) / DB_NAME).exists()

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
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if cls.exists(folder):
            raise VaultExists(folder)
        lock = InstanceLock(folder)
        lock.acquire()
        try:
            data_key, recovery = keys.new_data_key(), keys.new_recovery_key()
            key_file = keyfile.KeyFile(uuid.uuid4().hex, [])
            key_file = key_file.with_slot(passphrase_slot(key_file, passphrase, data_key, demo))
            key_file = key_file.with_slot(secret_slot(key_file, RECOVERY, recovery, data_key))
            connection = database.connect(folder / DB_NAME, data_key)
            database.configure(connection)
            migrate(connection, 0)
            connection.execute(
                "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                (datetime.now().astimezone().isoformat(timespec="seconds"),),
            )
            keyfile.save(folder, key_file)  # last: a vault exists once it can be unlocked
        except BaseException:
            lock.release()
            raise
        _disable_core_dumps()
        return cls(folder, connection, key_file, data_key, lock), keys.format_recovery_key(recovery)

    @classmethod
    def unlock(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        device: bool = False,
    ) -> Vault:
        """Exactly one of passphrase, recovery_key or device=True. Raises a VaultError with a
        message for the person when the folder, the key or the files are not right."""
        folder = Path(folder)
        if not cls.exists(folder):
            raise VaultNotFound(folder)
        lock = InstanceLock(folder)
        lock.acquire()
        try:
            swap.finish(folder)  # a key replacement or restore that a crash interrupted
            key_file = keyfile.load(folder)
            data_key = unwrap_data_key(key_file, passphrase, recovery_key, device)
            if not (folder / DB_NAME).exists():
                raise VaultDamaged("the journal database file is missing")
            connection = database.connect(folder / DB_NAME, data_key)
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version > LATEST:
                    raise NewerVault(version, LATEST)
                if version < LATEST:
                    write_backup(
                        connection,
                        key_file,
                        data_key,
                        migration_backup_path(folder, version, LATEST),
                    )
                database.configure(connection)
                migrate(connection, version)
            except BaseException:
                connection.close()
                raise
        except BaseException:
            lock.release()
            raise
        _disable_core_dumps()
        return cls(folder, connection, key_file, data_key, lock)

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

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewraps the data key under the new passphrase; nothing is re-encrypted."""
        self._save_keys(
            self._keys.with_slot(passphrase_slot(self._keys, new_passphrase, self._data_key))
        )

    def new_recovery_key(self) -> str:
        """Replaces the recovery slot: the old recovery key stops working."""
        raw = keys.new_recovery_key()
        self._save_keys(
            self._keys.with_slot(secret_slot(self._keys, RECOVERY, raw, self._data_key))
        )
        return keys.format_recovery_key(raw)

    def remember_on_device(self) -> None:
        try:
            secret = device.store_new_secret(self._keys.vault_id)
        except device.KeychainUnavailable as error:
            raise DeviceSlotUnavailable from error
        self._save_keys(
            self._keys.with_slot(secret_slot(self._keys, DEVICE, secret, self._data_key))
        )

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

    def replace_data_key(self, passphrase: str, progress: ProgressCallback = no_progress) -> str:
        """Re-encrypt the whole journal under a new random data key, for a suspected
        compromise. Returns the new recovery key: the old one stops working. `passphrase`
        becomes the passphrase; a device slot is made anew for the new key.

        Crash-safe: the journal is copied into a file encrypted with the new key and
        verified, its key file is staged, then both are swapped in (see `swap`). Until that
        swap, a crash or a cancel (from `progress`) leaves the journal as it was.
        """
        connection = self._require_open()
        new_key, raw_recovery = keys.new_data_key(), keys.new_recovery_key()
        staged = keyfile.KeyFile(self._keys.vault_id, [])
        staged = staged.with_slot(passphrase_slot(staged, passphrase, new_key))
        staged = staged.with_slot(secret_slot(staged, RECOVERY, raw_recovery, new_key))
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
        try:
            swap.commit(self.folder, staged)
        finally:
            swap.finish(self.folder)  # after a failed commit: back to one consistent state
            self._keys = keyfile.load(self.folder)
            self._data_key = new_key if self._keys == staged else self._data_key
            self._reopen()
        if had_device:
            try:
                self.remember_on_device()
            except DeviceSlotUnavailable:
                pass  # the keychain went away: unlocking by passphrase still works
        return keys.format_recovery_key(raw_recovery)

    def scan_damage(self) -> list[Loss]:
        """What cannot be read, table by table (for verify, after damaged pages were found).
        Reads through connections of its own; the vault's connection is not disturbed."""
        return scan(self.folder / DB_NAME, self._data_key)

    def lock(self) -> None:
        """Empty the WAL, close the database, release the folder. Safe to call twice."""
        if self._connection is not None:
            self.journal.detach()
            database.close(self._connection)
            self._connection = None
        self._data_key = b""
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    def _require_open(self) -> database.Connection:
        return self.journal.db

    @contextlib.contextmanager
    def _second_connection(self, begin: str) -> Iterator[database.Connection]:
        """Another connection to the journal inside a transaction (`begin`), closed after."""
        connection = database.connect(self.folder / DB_NAME, self._data_key)
        try:
            with storage_errors():
                connection.execute(begin)
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield connection
        finally:
            connection.close()

    def _reopen(self) -> None:
        connection = database.connect(self.folder / DB_NAME, self._data_key)
        database.configure(connection)
        self._connection = connection
        self.journal.attach(connection)

    def _save_keys(self, key_file: keyfile.KeyFile) -> None:
        self._require_open()
        keyfile.save(self.folder, key_file)
        self._keys = key_file


def unwrap_data_key(
    key_file: keyfile.KeyFile,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    use_device: bool = False,
) -> bytes:
    """The data key from exactly one secret; WrongPassphrase, WrongRecoveryKey or
    DeviceSlotUnavailable when it does not open `key_file`."""
    if (
        sum(
            x is not None and x is not False for x in (passphrase, recovery_key, use_device or None)
        )
        != 1
    ):
        raise ValueError("give exactly one of passphrase, recovery_key or device=True")
    try:
        if passphrase is not None:
            try:
                return open_slot(key_file, PASSPHRASE, passphrase)
            except keys.UnwrapFailed:
                raise WrongPassphrase from None
        if recovery_key is not None:
            raw = keys.parse_recovery_key(recovery_key)
            if raw is None:
                raise WrongRecoveryKey
            try:
                return open_slot(key_file, RECOVERY, raw)
            except keys.UnwrapFailed:
                raise WrongRecoveryKey from None
        if key_file.slot(DEVICE) is None:
            raise DeviceSlotUnavailable
        secret = device.load_secret(key_file.vault_id)
        if secret is None:
            raise DeviceSlotUnavailable
        return open_slot(key_file, DEVICE, secret)
    except device.KeychainUnavailable:
        raise DeviceSlotUnavailable from None
    except keys.UnwrapFailed:
        raise DeviceSlotUnavailable from None


def migrate(connection: database.Connection, current: int, target: int | None = None) -> None:
    """Apply each missing migration up to `target` (default: the latest) in its own
    transaction, numbering it in user_version."""
    for number in range(current + 1, (LATEST if target is None else target) + 1):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except database.DatabaseError:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
