"""The connection every part of the Journal shares, with nested transactions and time helpers."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from typing import Any

from healdesk.i18n import _
from healdesk.vault.errors import VaultBusy, VaultError, VaultFull, VaultNotWritable
from healdesk.vault.storage.database import Connection, DatabaseError

#: SQLite result codes meaning "the disk refused the write", not "the data is wrong".
_NOT_WRITABLE = ("SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM")


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__(_("The journal is locked. Unlock it to continue."))


class WrongThread(AssertionError):
    """The journal's connection was used by a thread that does not own it: a programming
    error (docs/architecture.md, "Threads"), never something to show a person."""

    def __init__(self) -> None:
        super().__init__(
            "the journal's connection belongs to another thread; a background job opens "
            "its own (Vault.journal_on_this_thread)"
        )


class EntryNotFound(VaultError):
    def __init__(self, kind: str, entry_id: int) -> None:
        super().__init__(
            _("There is no {kind} number {entry_id} in this journal.").format(
                kind=kind, entry_id=entry_id
            )
        )


class NameInUse(VaultError):
    """Renaming onto an existing name, or deleting a theme or person that entries still use."""


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def range_bounds(
    start: date | datetime | None, end: date | datetime | None
) -> tuple[int | None, int | None]:
    """Epoch bounds [low, high) for a range. Dates are whole local days, both inclusive;
    datetimes must be timezone-aware, `end` exclusive."""

    def bound(value: date | datetime | None, day_after: bool) -> int | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            day = date.fromordinal(value.toordinal() + (1 if day_after else 0))
            value = datetime.combine(day, time()).astimezone()
        if value.tzinfo is None:
            raise ValueError("range bounds must carry a time zone")
        return epoch(value)

    return bound(start, False), bound(end, True)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def storage_errors() -> Iterator[None]:
    """A full or unwritable disk becomes VaultFull / VaultNotWritable, a journal busy with a
    key change VaultBusy, so the app can keep the unsaved text on screen and say what to do;
    other database errors pass unchanged."""
    try:
        yield
    except DatabaseError as error:
        code = getattr(error, "sqlite_errorname", "") or ""
        if code == "SQLITE_FULL":
            raise VaultFull from None
        if code.startswith("SQLITE_BUSY"):
            raise VaultBusy from None
        if code.startswith(_NOT_WRITABLE):
            raise VaultNotWritable from None
        raise


#: Tables whose rows carry created_at and updated_at.
_STAMPED = frozenset({"conflict", "repair", "commitment"})


class Store:
    """Base of the Journal's parts: one long-lived connection, closed when the vault locks."""

    def __init__(self, connection: Connection) -> None:
        self._connection: Connection | None = connection
        self._depth = 0
        self._owner: int | None = None

    @property
    def db(self) -> Connection:
        """The connection, for its owner thread only: the first thread to use it after it
        was opened (the UI thread in the app, the main thread in a command). SQLite's own
        check is off so a vault unlocked by a background job can be handed over."""
        if self._connection is None:
            raise VaultLocked
        here = threading.get_ident()
        if self._owner is None:
            self._owner = here
        elif self._owner != here:
            raise WrongThread
        return self._connection

    def attach(self, connection: Connection) -> None:
        """Continue on a new connection (after the vault re-encrypted its database)."""
        self._connection, self._depth, self._owner = connection, 0, None

    def detach(self) -> None:
        """Forget the connection (the vault closes it); later calls raise VaultLocked."""
        self._connection, self._owner = None, None

    def keep_stamps(
        self, table: str, row_id: int, created: datetime | None, updated: datetime | None
    ) -> None:
        """Give a row its source's own bookkeeping times, where it has them, instead of 'now'
        (an import keeps when things were first written). A time the row already has is not
        written again: the change trigger (storage/identity_schema.py) takes an unchanged
        `updated_at` for a change without a time of its own and stamps the clock's 'now'."""
        if table not in _STAMPED:
            raise ValueError(f"{table} has no stamps")
        with self.transaction():
            for column, moment in (("created_at", created), ("updated_at", updated)):
                if moment is not None:
                    self.db.execute(
                        f"UPDATE {table} SET {column} = ?1 WHERE id = ?2 AND {column} IS NOT ?1",
                        (to_iso(moment), row_id),
                    )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside land together or not at all; nesting uses savepoints."""
        db = self.db
        name = f"sp{self._depth}"
        with storage_errors():
            db.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            with storage_errors():
                yield
        except BaseException:
            self._depth -= 1
            if db.in_transaction:  # SQLite may already have rolled back (disk full)
                db.execute("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
                if self._depth:
                    db.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        try:
            with storage_errors():
                db.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
        except BaseException:
            if db.in_transaction and self._depth == 0:
                db.execute("ROLLBACK")
            raise
