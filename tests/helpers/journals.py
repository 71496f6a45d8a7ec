"""Constructed journals whose patterns are known by construction, written into real vaults.

Times are in Europe/Berlin so the weekly and monthly journals cross DST changes (29 March and
25 October 2026) and, for the monthly one, a new year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment, Repair
from healdesk.vault.stores.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
#: Intensities of the weekly journal, in turn: 7 x 4, 7 x 6, 6 x 8 over 20 weeks = mean 5.9.
WEEKLY_INTENSITIES = (4, 6, 8)


def berlin(year: int, month: int, day: int, hour: int = 19, minute: int = 0, fold: int = 0):
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def add(
    journal: Journal,
    when: datetime,
    themes: Sequence[str],
    *,
    person: str | None = "Sam",
    intensity: int | None = None,
    settled: int | None = None,
    my_part: Sequence[str] = (),
) -> int:
    return journal.add_conflict(
        Conflict(
            when,
            "What happened stays private.",
            person=person,
            intensity=intensity,
            settled=settled,
            themes=list(themes),
            my_part=list(my_part),
        )
    )


def repair(journal: Journal, conflict_ids: Iterable[int], created: datetime) -> int:
    return journal.add_repair(
        Repair(
            "repair-after-fight",
            1,
            "Repair after a fight",
            (),
            conflict_ids=list(conflict_ids),
            created_at=created,
        )
    )


def commitment(journal: Journal, repair_id: int, due: date, *results: CheckInResult) -> int:
    commitment_id = journal.add_commitment(Commitment("A small promise", due, repair_id))
    for day, result in enumerate(results, start=1):
        journal.add_check_in(
            commitment_id,
            CheckIn(
                datetime.combine(due + timedelta(days=day), datetime.min.time(), BERLIN), result
            ),
        )
    return commitment_id


def weekly_sundays(journal: Journal, weeks: int = 20, first: date = date(2026, 2, 1)) -> list[int]:
    """Chores every Sunday at 19:00, 1 Feb to 14 Jun 2026 (across the spring DST change)."""
    return [
        add(
            journal,
            berlin(day.year, day.month, day.day),
            ["Chores"],
            intensity=WEEKLY_INTENSITIES[i % 3],
            my_part=["raising my voice"] if i % 2 else ["raising my voice", "sarcasm"],
        )
        for i, day in enumerate(first + timedelta(weeks=w) for w in range(weeks))
    ]


def monthly_firsts(journal: Journal) -> list[int]:
    """Money on the 1st of every month at 09:00, Aug 2025 to Jul 2026 (across a new year)."""
    days = [date(2025 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(8, 20)]
    return [
        add(journal, berlin(d.year, d.month, d.day, 9), ["Money"], person="Alex", intensity=3)
        for d in days
    ]


def all_repaired(journal: Journal) -> list[int]:
    """Six weekly Chores fights, each repaired (after 24, 24, 48, 48, 72, 12 hours), all still
    unsettled; four commitments checked in on: kept, kept, kept (after partly), partly."""
    delays = (24, 24, 48, 48, 72, 12)
    ids = []
    for week, hours in enumerate(delays):
        when = berlin(2026, 5, 3) + timedelta(weeks=week)
        conflict_id = add(journal, when, ["Chores"], intensity=6, settled=1 + week % 2)
        repair_id = repair(journal, [conflict_id], when + timedelta(hours=hours))
        ids.append(conflict_id)
        if week == 0:
            commitment(journal, repair_id, date(2026, 5, 10), CheckInResult.KEPT)
            commitment(journal, repair_id, date(2026, 5, 11), CheckInResult.KEPT)
        if week == 1:
            commitment(
                journal, repair_id, date(2026, 5, 17), CheckInResult.PARTLY, CheckInResult.KEPT
            )
            commitment(journal, repair_id, date(2026, 5, 18), CheckInResult.PARTLY)
            journal.add_commitment(Commitment("Not checked yet", date(2026, 5, 20), repair_id))
    return ids
