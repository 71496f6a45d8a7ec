"""What merging copies of a journal needs at run time: the kinds of records with a stable
identity (see identity_schema for the columns and triggers) and the tombstones' lifetime."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from healdesk.vault.database import Connection

#: How long a deletion is remembered so a copy that was away meanwhile does not bring the
#: record back. A copy kept apart longer than this may return what was deleted here.
TOMBSTONE_DAYS = 400

#: Kinds in the order records may refer to each other (a conflict names a theme and a person,
#: a repair conflicts, a commitment a repair, a check-in a commitment).
KINDS = ("theme", "person", "conflict", "repair", "commitment", "check_in")


def purge_tombstones(connection: Connection, now: datetime) -> int:
    """Forget deletions older than TOMBSTONE_DAYS; returns how many."""
    cutoff = (now.astimezone(UTC) - timedelta(days=TOMBSTONE_DAYS)).isoformat(timespec="seconds")
    return connection.execute("DELETE FROM tombstone WHERE deleted_at < ?", (cutoff,)).rowcount
