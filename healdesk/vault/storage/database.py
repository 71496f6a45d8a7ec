"""Opening and closing the SQLCipher database with the vault's pragmas.

The data key is given raw (no KDF at open: the slow KDF already guarded the key slot),
through the binding's set_key with a bytearray wiped right after: no Python str holds it,
and no cached statement keeps its text. SQLCipher wipes its own copies when it frees them
(cipher_memory_security).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from healdesk.core.progress import Cancelled, ProgressCallback, cancelled
from healdesk.fileio import private_file
from healdesk.vault.errors import NoEncryption, NotAVault

DatabaseError = sqlcipher3.DatabaseError
Connection = sqlcipher3.Connection


_HEX = b"0123456789abcdef"
#: SQLite virtual-machine steps between two looks at a job's cancel flag (well under 1 ms).
CANCEL_CHECK_STEPS = 10_000


#: SQLite's own WAL size for a checkpoint on commit, and SQLCipher 4's page size.
CHECKPOINT_PAGES = 1000
PAGE_BYTES = 4096


def connect(path: Path, data_key: bytes | bytearray) -> Connection:
    """A keyed connection, checked to be real SQLCipher and to hold the right key.

    Journal mode and durability pragmas are set by `configure` after the schema check, so
    a vault that is refused (newer schema) is never written to.
    """
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        private_file(path)  # before the first write: the -wal and -shm files inherit it
        # Process-wide: otherwise SQLCipher prints "hmac check failed" lines to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA cipher_memory_security = ON")
        _set_raw_key(connection, data_key)
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NoEncryption
        connection.execute("PRAGMA temp_store = MEMORY")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as error:
            raise NotAVault from error
    except BaseException:
        connection.close()
        raise
    return connection


def _set_raw_key(connection: Connection, data_key: bytes | bytearray) -> None:
    """SQLCipher's raw-key form x'<hex>', built in a buffer that is wiped after use."""
    text = bytearray(len(data_key) * 2 + 3)
    try:
        text[0:2], text[-1:] = b"x'", b"'"
        for index, byte in enumerate(data_key):
            text[2 + 2 * index] = _HEX[byte >> 4]
            text[3 + 2 * index] = _HEX[byte & 15]
        connection.set_key(text)
    finally:
        text[:] = bytes(len(text))


def configure(connection: Connection, checkpoints_on_commit: bool = True) -> None:
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    checkpoint_on_commit(connection, checkpoints_on_commit)


def checkpoint_on_commit(connection: Connection, on: bool) -> None:
    """Whether a commit on `connection` that takes the WAL past CHECKPOINT_PAGES also copies
    the WAL into the database (SQLite's default), or leaves that to a checkpoint elsewhere."""
    connection.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES if on else 0}")


def close(connection: Connection) -> None:
    """Empty the WAL into the database first, so nothing but the database rests on disk."""
    try:
        connection.execute("PRAGMA optimize")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        pass  # a damaged vault still gets closed; verify/salvage deal with the damage
    finally:
        connection.close()


@contextmanager
def stops_when_cancelled(connection: Connection, progress: ProgressCallback) -> Iterator[None]:
    """SQL run on `connection` inside the block stops soon after the job that handed out
    `progress` is cancelled, even in one long statement (an integrity check, a big read),
    and raises `Cancelled`: the statement is interrupted, its transaction rolled back."""
    connection.set_progress_handler(lambda: cancelled(progress), CANCEL_CHECK_STEPS)
    try:
        yield
    except DatabaseError:
        if cancelled(progress):
            raise Cancelled from None
        raise
    finally:
        connection.set_progress_handler(None, 0)


def attach_read_only(
    connection: Connection, path: Path, alias: str, data_key: bytes | bytearray
) -> bool:
    """Attach the encrypted database at `path` to `connection` as `alias`, read-only and
    untouched on disk; False (nothing attached) when `data_key` does not open it."""
    if not alias.isidentifier():
        raise ValueError(f"not a database name: {alias!r}")
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        connection.execute(
            f"ATTACH DATABASE ? AS {alias} KEY \"x'{bytes(data_key).hex()}'\"", (uri,)
        )
    except DatabaseError:
        return False
    try:
        connection.execute(f"SELECT count(*) FROM {alias}.sqlite_master").fetchone()
    except DatabaseError:
        connection.execute(f"DETACH DATABASE {alias}")
        return False
    return True
