"""What merging copies of a journal needs at run time: the kinds of records with a stable
identity (see identity_schema for the columns and triggers) and the tombstones' lifetime."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from healdesk.vault.storage.database import Connection

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


#: Conflicts and repairs written before migration 2 keep a NULL uid and an empty history;
#: these give them the same uid and first revision in every copy (see identity_schema).
_OLD_UID = {"conflict": "'c'", "repair": "'r'"}


def uid_sql(kind: str, row: str) -> str:
    """SQL for the uid of `row` (a table alias) of `kind`."""
    if kind not in _OLD_UID:
        return f"{row}.uid"
    return f"coalesce({row}.uid, {_OLD_UID[kind]} || {row}.id || '.' || {row}.created_at)"


def revs_sql(kind: str, row: str) -> str:
    """SQL for the revision history of `row` of `kind`."""
    if kind not in _OLD_UID:
        return f"{row}.revs"
    return f"CASE {row}.revs WHEN '' THEN 'm' || {row}.updated_at ELSE {row}.revs END"
