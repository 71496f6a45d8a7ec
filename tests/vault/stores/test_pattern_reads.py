"""Patterns read as columns (`Journal.pattern_columns`) tell exactly what patterns read from
summaries tell: the summaries path (`analyse`, which the therapist export still uses) is the
oracle, over constructed journals with every kind of field, trash, repairs and commitments."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from healdesk.core.analysis.patterns import (
    analyse,
    analyse_journal,
    analyse_selection,
    pattern_context,
)
from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment, Repair, RepairStatus
from healdesk.core.selection import EVERYTHING, Selection
from healdesk.vault.stores.journal import Journal

THEMES = ["Chores", "Money", "money", "In-laws", "Plans", "Straße"]
PARTS = ["raising my voice", "walking away", "sarcasm", "going silent", "Sarcasm", "criticising"]
MOVES = ["pushed to talk", "went quiet", "left the room", "criticised", "defended themselves"]
FEELINGS = ["hurt", "unheard", "Dismissed", "tired", "angry"]
WISHES = ["closeness", "respect", "rest", "being seen"]
OFFSETS = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7))]
UNTIL = datetime(2026, 12, 1, 12, tzinfo=UTC)


def fill(journal: Journal, seed: int, count: int) -> list[int]:
    """`count` entries of made-up but varied fields, some repaired, some in the trash."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    ids = []
    with journal.transaction():
        for i in range(count):
            hours = i * 7200 / count + rng.uniform(-6, 6)
            at = start + timedelta(hours=hours, microseconds=rng.randrange(10**6))
            parts = rng.sample(PARTS, rng.randint(0, 2))
            theirs = rng.sample(MOVES, rng.randint(0, 2))
            order = [f"me: {p}" for p in parts] + [f"them: {t}" for t in theirs]
            rng.shuffle(order)
            ids.append(
                journal.add_conflict(
                    Conflict(
                        at.astimezone(rng.choice(OFFSETS)),
                        "Private words.",
                        person=rng.choice(["Sam", "Alex", None]),
                        intensity=rng.choice([None, *range(11)]),
                        settled=rng.choice([None, 1, 2, 3, 4, 5]),
                        themes=rng.sample(THEMES[:2] + THEMES[3:], rng.randint(0, 3)),
                        my_part=parts,
                        their_moves=theirs,
                        move_order=order if rng.random() < 0.5 else [],
                        my_wish=rng.sample(WISHES, rng.randint(0, 2)),
                        their_wish=rng.sample(WISHES, rng.randint(0, 2)),
                        my_feelings=rng.sample(FEELINGS, rng.randint(0, 2)),
                    )
                )
            )
        for _ in range(count // 4):
            linked = rng.sample(ids, rng.randint(1, 3))
            made = start + timedelta(days=rng.uniform(0, 320))
            repair_id = journal.add_repair(
                Repair(
                    "repair-after-fight",
                    1,
                    "Repair after a fight",
                    (),
                    conflict_ids=linked,
                    created_at=made,
                    status=rng.choice(list(RepairStatus)),
                )
            )
            if rng.random() < 0.5:
                promise = journal.add_commitment(
                    Commitment("A small promise", date(2026, 1, 1), repair_id, created_at=made)
                )
                journal.add_check_in(
                    promise, CheckIn(made + timedelta(days=3), rng.choice(list(CheckInResult)))
                )
        for gone in rng.sample(ids, count // 10):
            journal.delete_conflict(gone)
    return ids


def oracle(journal: Journal, selection: Selection, until: datetime | None):
    """Patterns as they were worked out before columns: from every entry's summary."""
    return analyse(journal.summaries(selection), *pattern_context(journal, until))


@pytest.mark.parametrize(("seed", "count"), [(1, 40), (2, 90), (3, 700)])
def test_columns_tell_what_summaries_tell(vault, seed, count):
    journal = vault.journal
    ids = fill(journal, seed, count)
    for selection in (
        EVERYTHING,
        Selection(date(2025, 6, 1), date(2026, 3, 1)),
        Selection.of(ids[: len(ids) // 2]),
        Selection(themes=("Chores",), people=("Sam",)),
    ):
        for until in (None, UNTIL):
            assert analyse_selection(journal, selection, until) == oracle(journal, selection, until)
    report = analyse_journal(journal, date(2025, 6, 1), None, UNTIL)
    assert report == oracle(journal, Selection(date(2025, 6, 1)), UNTIL)
    assert report.conflict_count and report.themes and report.signs  # something to compare


def test_an_empty_journal_has_empty_columns(vault):
    clock, columns = vault.journal.pattern_columns()
    assert columns.ids == [] and clock.first is None
    assert analyse_journal(vault.journal) == oracle(vault.journal, EVERYTHING, None)


def test_insights_build_no_summary_per_entry(vault, monkeypatch):
    fill(vault.journal, 4, 30)

    def refused(*_args, **_kwargs):
        raise AssertionError("patterns must not read a summary per entry")

    monkeypatch.setattr(Journal, "summaries", refused)
    assert analyse_journal(vault.journal, until=UNTIL).conflict_count
