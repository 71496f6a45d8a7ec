"""The timeline keeps its entries as a few lists, never a summary object per entry (at
100,000 entries those were most of the window's memory), and saved entries take their
places in time."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import ConflictSummary
from healdesk.gui.patterns.timeline import TimelineView
from healdesk.gui.patterns.timeline_entries import TimelineEntries
from tests.helpers.journals import berlin, monthly_firsts, weekly_sundays

START = datetime(2026, 1, 4, 19, tzinfo=UTC)


def summary(id_: int, when: datetime, themes=("Chores",)) -> ConflictSummary:
    return ConflictSummary(id_, when, "Sam", 5, None, tuple(themes), ())


def test_a_filled_timeline_holds_no_summary(qtbot, journal):
    weekly_sundays(journal)
    monthly_firsts(journal)
    gc.collect()
    # Earlier tests in the same process may still hold summaries of their own: count only new.
    known = {id(o) for o in gc.get_objects() if isinstance(o, ConflictSummary)}
    view = TimelineView(journal)
    qtbot.addWidget(view)
    gc.collect()
    assert len(view._entries) == 32 and len(view.canvas.data.conflicts) == 32
    assert not [
        o for o in gc.get_objects() if isinstance(o, ConflictSummary) and id(o) not in known
    ]


def test_days_and_wall_times_are_the_writers_own(journal):
    ids = weekly_sundays(journal, weeks=2)
    entries = TimelineEntries.of_columns(*journal.pattern_columns())
    assert entries.ids == ids
    assert entries.day(0) == berlin(2026, 2, 1).date()
    assert entries.wall_time(1) == datetime(2026, 2, 8, 19, 0)
    assert entries.times[0] == berlin(2026, 2, 1).timestamp()


def test_saved_entries_take_their_places_in_time():
    entries = TimelineEntries.of([summary(i, START + timedelta(days=i)) for i in (1, 2, 3)])
    moved = summary(1, START + timedelta(days=5), ("Money",))
    new = summary(9, START)
    changed = entries.replaced({1, 9}, TimelineEntries.of([moved, new]))
    assert changed.ids == [9, 2, 3, 1]
    assert changed.themes[-1] == ("Money",) and entries.ids == [1, 2, 3]
