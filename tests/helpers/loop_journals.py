"""Constructed journals for the loop between us: moves, wishes, feelings and repairs whose
signs are known by construction, written into real vaults."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict, Person
from healdesk.core.repairs.repair import Repair, RepairStatus
from healdesk.vault.stores.journal import Journal

START = datetime(2026, 1, 4, 19, tzinfo=UTC)
#: "Now" for analysis: a while after every entry below.
UNTIL = datetime(2026, 9, 1, tzinfo=UTC)


def entry(
    journal: Journal,
    day: int,
    themes: Sequence[str] = ("Chores",),
    *,
    person: str = "Sam",
    settled: int | None = None,
    mine: Sequence[str] = (),
    theirs: Sequence[str] = (),
    order: Sequence[str] = (),
    feelings: Sequence[str] = (),
    wishes: Sequence[str] = (),
    their_wishes: Sequence[str] = (),
) -> int:
    return journal.add_conflict(
        Conflict(
            START + timedelta(days=day),
            "What happened stays private.",
            person=person,
            settled=settled,
            themes=list(themes),
            my_part=list(mine),
            their_moves=list(theirs),
            move_order=list(order),
            my_feelings=list(feelings),
            my_wish=list(wishes),
            their_wish=list(their_wishes),
        )
    )


def repair_of(journal: Journal, conflict_id: int, *, talked: bool, day: int) -> int:
    when = START + timedelta(days=day, hours=20)
    return journal.add_repair(
        Repair(
            "repair-after-fight",
            1,
            "Repair after a fight",
            (),
            conflict_ids=[conflict_id],
            status=RepairStatus.TALKED if talked else RepairStatus.PLANNED,
            created_at=when,
            talked_at=when + timedelta(hours=2) if talked else None,
        )
    )


def with_role(journal: Journal, name: str, role: str) -> None:
    journal.add_person(Person(name, role))


def pursue_withdraw(journal: Journal, person: str = "Sam", weeks: int = 4) -> list[int]:
    """Chores weekly: I push to talk, they go quiet, I push again (in that order)."""
    return [
        entry(
            journal,
            7 * week,
            person=person,
            mine=["pushing to talk"],
            theirs=["went_quiet"],
            order=["me:pushing to talk", "them:went_quiet", "me:pushing to talk"],
            wishes=["appreciation"],
            their_wishes=["rest"],
            feelings=["lonely"],
        )
        for week in range(weeks)
    ]
