"""Unlock history: when the journal was opened, and when an attempt to open it failed.

For people who worry that someone tried to read their journal. A failed attempt happens
while the vault is locked, so it cannot go into the encrypted journal: its time, and nothing
else, is added to a small file beside it (`unlock-attempts.json`, written atomically). The
next successful unlock moves those times into the vault (`unlock_event`, with the opening
itself) and removes the file. While locked, the folder reveals at most when a wrong secret
was tried, never anything about the entries.

What this cannot promise: whoever can write to the folder can delete or edit that file, and
the history then misses those attempts (docs/care.md says so). Every way of unlocking goes
through `Vault.unlock`, so the app and every command count alike; the device slot is not a
person guessing and is not counted.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from healdesk.core.safety.unlock_history import UnlockEvent
from healdesk.fileio import write_atomically
from healdesk.vault.errors import WrongPassphrase, WrongRecoveryKey
from healdesk.vault.storage import database, layout
from healdesk.vault.stores.store import Store

#: The newest failed attempts the file keeps: a script guessing passphrases cannot grow it
#: without bound (each write rewrites the whole file).
MAX_FILE_TIMES = 1000
#: The newest events the vault keeps (an opening every few minutes adds up over years).
KEEP_EVENTS = 2000
#: meta key: the id of the last event the person was shown (the notice is shown once).
_SEEN = "unlock.seen"
_UNSEEN = (
    "SELECT at FROM unlock_event WHERE opened = 0 AND id > coalesce("
    "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)"
)


def failed_times(folder: Path) -> list[datetime]:
    """The failed attempts waiting beside a locked vault, oldest first. A damaged or edited
    file gives what can be read of it: it is a hint for the person, never a reason to refuse."""
    try:
        raw = json.loads(layout.unlock_attempts(folder).read_bytes())
    except (OSError, ValueError):
        return []
    times = []
    for item in raw.get("failed", []) if isinstance(raw, dict) else []:
        try:
            moment = datetime.fromisoformat(item)
        except (TypeError, ValueError):
            continue
        if moment.tzinfo is not None:
            times.append(moment.astimezone(UTC))
    return sorted(times)


def record_failure(folder: Path, at: datetime | None = None) -> None:
    """Add one failed attempt's time. A folder that refuses the write is passed over: the
    person is told the secret did not match either way."""
    times = [*failed_times(folder), at or datetime.now(UTC)][-MAX_FILE_TIMES:]
    text = json.dumps({"failed": [_stamp(t) for t in times]}, indent=0)
    with contextlib.suppress(OSError):
        write_atomically(layout.unlock_attempts(folder), text.encode())


@contextlib.contextmanager
def failures_counted(folder: Path) -> Iterator[None]:
    """Count a wrong passphrase or recovery key given inside, then let it pass on."""
    try:
        yield
    except (WrongPassphrase, WrongRecoveryKey):
        record_failure(folder)
        raise


def settle(connection: database.Connection, folder: Path, at: datetime | None = None) -> None:
    """At a successful unlock, on the unlocking thread's raw connection: move the waiting
    failures into the vault with the opening itself, then remove the file. Times not after
    the newest failure already kept are a file seen before (its removal failed) and skipped.
    A journal that refuses the write (a full disk, a damaged page) still opens: the attempts
    then wait in their file for the next opening."""
    moment = _stamp(at or datetime.now(UTC))
    try:
        connection.execute("BEGIN IMMEDIATE")
        (newest,) = connection.execute(
            "SELECT max(at) FROM unlock_event WHERE opened = 0"
        ).fetchone()
        failed = [_stamp(t) for t in failed_times(folder)]
        connection.executemany(
            "INSERT INTO unlock_event (at, opened) VALUES (?, 0)",
            [(t,) for t in failed if newest is None or t > newest],
        )
        connection.execute("INSERT INTO unlock_event (at, opened) VALUES (?, 1)", (moment,))
        connection.execute(
            "DELETE FROM unlock_event WHERE id <= (SELECT max(id) FROM unlock_event) - ?",
            (KEEP_EVENTS,),
        )
        connection.execute("COMMIT")
    except database.DatabaseError:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        return
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    with contextlib.suppress(OSError):
        layout.unlock_attempts(folder).unlink(missing_ok=True)


def add_events(connection: database.Connection, events: list[tuple[str, int]]) -> None:
    """Events (at, opened) of another copy of this journal, merged in. When nothing here was
    waiting to be shown, they count as seen: that copy's app showed its own notice."""
    if not events:
        return
    waiting = connection.execute(_UNSEEN, (_SEEN,)).fetchone()
    connection.executemany("INSERT INTO unlock_event (at, opened) VALUES (?, ?)", events)
    if waiting is None:
        _mark_seen(connection)


def _mark_seen(connection: database.Connection) -> None:
    connection.execute(
        "INSERT INTO meta (key, value) SELECT ?, coalesce(max(id), 0) FROM unlock_event"
        " WHERE true ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_SEEN,),
    )


def _stamp(moment: datetime) -> str:
    """One form for every time kept, so times compare as text (microseconds: two attempts
    in one second are still two)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class UnlockHistoryStore(Store):
    def unlock_events(self) -> list[UnlockEvent]:
        """Every kept opening and failed attempt, newest first."""
        rows = self.db.execute("SELECT at, opened FROM unlock_event ORDER BY at DESC, id DESC")
        return [UnlockEvent(datetime.fromisoformat(at), bool(opened)) for at, opened in rows]

    def unseen_failures(self) -> list[datetime]:
        """Failed attempts the person has not been shown yet, oldest first."""
        rows = self.db.execute(_UNSEEN + " ORDER BY at", (_SEEN,))
        return [datetime.fromisoformat(at) for (at,) in rows]

    def previous_opening(self) -> datetime | None:
        """When the journal was opened before this time, if it ever was."""
        row = self.db.execute(
            "SELECT at FROM unlock_event WHERE opened = 1 ORDER BY id DESC LIMIT 1 OFFSET 1"
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def mark_unlocks_seen(self) -> None:
        """The notice was shown: the attempts so far are not shown again."""
        with self.transaction():
            _mark_seen(self.db)
