"""Care data when two copies of one journal are merged: the care check's answers, the safety
plan, "Did it make a difference to them?" and the unlock history.

These follow one person between their own computers: a "yes" given on the laptop must step
the repair flows back on the desktop too, and a safety plan written on one must be there on
the other. A break in progress does not follow (it belongs to the moment on one computer),
and none of this goes into exports meant for others (docs/care.md).

These rows have no revision history, so the rules are simpler than for entries:
- the check's answers, per person (by uid, else by name; a person no longer here: for
  everyone, added beside, never replacing): the later answers win;
- the safety plan: the later change wins whole (an emptied plan has no row, so a copy that
  still has one brings it back);
- "Did it make a difference to them?": an answer fills in where this copy has none; where
  both answered differently, this copy's answer stays;
- the unlock history: events of the other copy not here are added (with any merge; alone
  they do not make a merge worth asking for).
Merging again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from healdesk.vault.storage.database import Connection
from healdesk.vault.stores.unlock_history import add_events


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One row of answers: `person` is the person's uid (None: everyone)."""

    person: str | None
    name: str | None
    answers: str
    checked_at: str


@dataclass(slots=True)
class CareSide:
    checks: dict[str | None, list[CheckRow]] = field(default_factory=dict)
    plan: tuple[str, str] | None = None  # (updated_at, body)
    felt: dict[str, str] = field(default_factory=dict)  # check-in uid -> answer
    unlocks: set[tuple[str, int]] = field(default_factory=set)  # (at, opened)


@dataclass(slots=True)
class CareChanges:
    """What the other copy brings: answer rows per person, the plan, felt answers, events."""

    checks: list[list[CheckRow]] = field(default_factory=list)
    plan: tuple[str, str] | None = None
    felt: dict[str, str] = field(default_factory=dict)
    unlocks: list[tuple[str, int]] = field(default_factory=list)

    @property
    def worth_saying(self) -> bool:
        """Care data changes. The unlock history alone is bookkeeping: every copy opened
        apart differs there, and that is no reason to ask for a merge (it is merged along)."""
        return bool(self.checks or self.plan or self.felt)


def read_care(db: Connection) -> CareSide:
    side = CareSide()
    for uid, name, answers, checked_at in db.execute(
        "SELECT p.uid, p.name, c.answers, c.checked_at FROM care_check c"
        " LEFT JOIN person p ON p.id = c.person_id ORDER BY c.id"
    ):
        side.checks.setdefault(uid, []).append(CheckRow(uid, name, answers, checked_at))
    row = db.execute("SELECT updated_at, body FROM safety_plan WHERE id = 1").fetchone()
    side.plan = (row[0], row[1]) if row else None
    side.felt = dict(
        db.execute(
            "SELECT i.uid, f.felt FROM check_in_felt f JOIN check_in i ON i.id = f.check_in_id"
        ).fetchall()
    )
    side.unlocks = set(db.execute("SELECT at, opened FROM unlock_event").fetchall())
    return side


def plan_care(local: CareSide, other: CareSide) -> CareChanges:
    changes = CareChanges()
    kept = {(row.answers, row.checked_at) for rows in local.checks.values() for row in rows}
    for person, rows in sorted(other.checks.items(), key=lambda item: item[0] or ""):
        if all((row.answers, row.checked_at) in kept for row in rows):
            continue  # already here (perhaps under everyone, or under a merged name)
        if _newest(rows) > _newest(local.checks.get(person, [])):
            changes.checks.append(rows)
    if other.plan is not None and (local.plan is None or other.plan > local.plan):
        changes.plan = other.plan
    changes.felt = {uid: felt for uid, felt in other.felt.items() if uid not in local.felt}
    changes.unlocks = sorted(other.unlocks - local.unlocks)
    return changes


def apply_care(db: Connection, changes: CareChanges) -> None:
    """Write `changes` (inside the merge's transaction, after its records were written)."""
    for rows in changes.checks:
        _take_answers(db, rows)
    if changes.plan is not None:
        db.execute(
            "INSERT INTO safety_plan (id, body, updated_at) VALUES (1, ?, ?) ON CONFLICT (id)"
            " DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            (changes.plan[1], changes.plan[0]),
        )
    for uid, felt in changes.felt.items():
        db.execute(
            "INSERT OR IGNORE INTO check_in_felt (check_in_id, felt)"
            " SELECT id, ? FROM check_in WHERE uid = ?",
            (felt, uid),
        )
    add_events(db, changes.unlocks)


def _newest(rows: list[CheckRow]) -> str:
    return max((row.checked_at for row in rows), default="")


def _take_answers(db: Connection, rows: list[CheckRow]) -> None:
    """The other copy's answers for one person replace older ones here; for a person no
    longer here they are added for everyone (stepping back is never lost silently)."""
    first = rows[0]
    person_id, known = None, first.person is None
    if first.person is not None:
        found = db.execute("SELECT id FROM person WHERE uid = ?", (first.person,)).fetchone()
        found = (
            found or db.execute("SELECT id FROM person WHERE name = ?", (first.name,)).fetchone()
        )
        person_id, known = (found[0], True) if found else (None, False)
    if known:
        db.execute(
            "DELETE FROM care_check WHERE person_id IS ? AND checked_at < ?",
            (person_id, _newest(rows)),
        )
    for row in rows:
        db.execute(
            "INSERT INTO care_check (person_id, answers, checked_at) SELECT ?, ?, ?"
            " WHERE NOT EXISTS (SELECT 1 FROM care_check WHERE person_id IS ?"
            " AND answers = ? AND checked_at = ?)",
            (person_id, row.answers, row.checked_at, person_id, row.answers, row.checked_at),
        )
