"""Follow-through: when commitments are due, what check-ins say, and where a repair stands.

A repair is complete only when words were backed by action, so its status follows the
check-ins on its commitments. Pure logic: the journal is passed in (anything with the
Journal's repair and commitment methods), never imported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from healdesk.core.repairs.repair import (
    Answer,
    CheckIn,
    CheckInResult,
    Commitment,
    Repair,
    RepairStatus,
)
from healdesk.core.repairs.templates import Template

#: Commitments due within this many days are shown as "coming up" when the journal opens.
SOON_DAYS = 2


class DueState(StrEnum):
    """Where a commitment stands today: what the calm reminders are worded from."""

    KEPT = "kept"
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"
    LATER = "later"
    UNDATED = "undated"


def due_state(commitment: Commitment, today: date) -> DueState:
    """Where the commitment stands on `today` (passed in, so views and tests agree on "now")."""
    return _state(commitment, today, today + timedelta(days=SOON_DAYS))


def _state(commitment: Commitment, today: date, soon: date) -> DueState:
    checks, due = commitment.check_ins, commitment.due
    if checks and checks[-1].result is CheckInResult.KEPT:
        return DueState.KEPT
    if due is None:
        return DueState.UNDATED
    if due < today:
        return DueState.OVERDUE
    if due == today:
        return DueState.TODAY
    return DueState.SOON if due <= soon else DueState.LATER


_ATTENTION = frozenset((DueState.OVERDUE, DueState.TODAY, DueState.SOON))


def needs_attention(commitments: Iterable[Commitment], today: date) -> list[Commitment]:
    """Open commitments that are overdue, due today or due soon: oldest due date first."""
    soon = today + timedelta(days=SOON_DAYS)
    found = [c for c in commitments if _state(c, today, soon) in _ATTENTION]
    return sorted(found, key=lambda c: (c.due or today, c.id or 0))


@dataclass(slots=True, frozen=True)
class FollowThroughCounts:
    """How commitments stand, by their latest check-in, and how many need attention."""

    total: int
    kept: int
    partly: int
    not_yet: int
    unchecked: int
    overdue: int
    due_soon: int  # due today or within SOON_DAYS

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.total if self.total else None


def counts(commitments: Iterable[Commitment], today: date) -> FollowThroughCounts:
    items = list(commitments)
    soon = today + timedelta(days=SOON_DAYS)
    latest = Counter(c.check_ins[-1].result if c.check_ins else None for c in items)
    states = Counter(_state(c, today, soon) for c in items)
    return FollowThroughCounts(
        total=len(items),
        kept=latest[CheckInResult.KEPT],
        partly=latest[CheckInResult.PARTLY],
        not_yet=latest[CheckInResult.NOT_YET],
        unchecked=latest[None],
        overdue=states[DueState.OVERDUE],
        due_soon=states[DueState.TODAY] + states[DueState.SOON],
    )


def repair_status(repair: Repair, commitments: Iterable[Commitment]) -> RepairStatus:
    """Followed through once every commitment was kept; talked once the talk happened (a time
    was noted, or the status was set by hand); planned before. A later "partly" or "not yet"
    takes a repair back from followed through."""
    items = list(commitments)
    if items and all(c.kept for c in items):
        return RepairStatus.FOLLOWED_THROUGH
    if repair.talked_at is not None or repair.status is RepairStatus.TALKED:
        return RepairStatus.TALKED
    return RepairStatus.PLANNED


class FollowThroughJournal(Protocol):
    """The part of the Journal follow-through needs: core stays free of the vault."""

    def get_repair(self, repair_id: int) -> Repair: ...
    def update_repair(self, repair: Repair) -> None: ...
    def commitments(self, repair_id: int | None = None) -> list[Commitment]: ...
    def add_commitment(self, commitment: Commitment) -> int: ...
    def update_commitment(self, commitment: Commitment) -> None: ...
    def add_check_in(self, commitment_id: int, check_in: CheckIn) -> int: ...


def refresh_status(journal: FollowThroughJournal, repair_id: int) -> RepairStatus:
    """Store the status the repair's commitments and talk call for; returns it."""
    repair = journal.get_repair(repair_id)
    status = repair_status(repair, journal.commitments(repair_id))
    if status is not repair.status:
        repair.status = status
        journal.update_repair(repair)
    return status


def record_check_in(
    journal: FollowThroughJournal, commitment: Commitment, check_in: CheckIn
) -> RepairStatus | None:
    """Save a check-in and update the status of the repair it belongs to (if any)."""
    if commitment.id is None:
        raise ValueError("a commitment must be saved before checking in on it")
    journal.add_check_in(commitment.id, check_in)
    commitment.check_ins.append(check_in)
    if commitment.repair_id is None:
        return None
    return refresh_status(journal, commitment.repair_id)


def mark_talked(journal: FollowThroughJournal, repair_id: int, at: datetime) -> RepairStatus:
    """Record that the conversation happened; a second call keeps the first moment."""
    repair = journal.get_repair(repair_id)
    if repair.talked_at is None:
        repair.talked_at = at
        journal.update_repair(repair)
    return refresh_status(journal, repair_id)


def promised_actions(
    template: Template, answers: Mapping[str, Answer]
) -> list[tuple[str, date | None]]:
    """(text, due date) of every answered action field: what becomes a commitment."""
    actions = []
    for step, item in template.fields():
        text = answers.get(template.key(step, item))
        if not item.commitment or not isinstance(text, str) or not text.strip():
            continue
        due = answers.get(f"{step.id}.{item.due_field}") if item.due_field else None
        actions.append((text.strip(), date.fromisoformat(due) if isinstance(due, str) else None))
    return actions


def sync_commitments(
    journal: FollowThroughJournal, repair_id: int, actions: Iterable[tuple[str, date | None]]
) -> list[Commitment]:
    """Create a commitment for each new action of a repair; an action whose words already
    have one only moves its due date. Nothing is deleted: a promise edited away stays."""
    existing = {c.text: c for c in journal.commitments(repair_id)}
    created = []
    for text, due in actions:
        known = existing.get(text)
        if known is None:
            commitment = Commitment(text, due, repair_id)
            journal.add_commitment(commitment)
            existing[text] = commitment
            created.append(commitment)
        elif known.due != due:
            known.due = due
            journal.update_commitment(known)
    return created
