"""The connection every part of the Journal shares, with nested transactions and time helpers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from typing import Any

from healdesk.vault.database import Connection
from healdesk.vault.errors import VaultError


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("The journal is locked. Unlock it to continue.")


class EntryNotFound(VaultError):
    def __init__(self, kind: str, entry_id: int) -> None:
        super().__init__(f"There is no {kind} number {entry_id} in this journal.")


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


class Store:
    """Base of the Journal's parts: one long-lived connection, closed when the vault locks."""

    def __init__(self, connection: Connection) -> None:
        self._connection: Connection | None = connection
        self._depth = 0

    @property
    def db(self) -> Connection:
        if self._connection is None:
            raise VaultLocked
        return self._connection

    def detach(self) -> None:
        """Forget the connection (the vault closes it); later calls raise VaultLocked."""
        self._connection = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside land together or not at all; nesting uses savepoints."""
        db = self.db
        name = f"sp{self._depth}"
        db.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            db.execute("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
            if self._depth:
                db.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        db.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
