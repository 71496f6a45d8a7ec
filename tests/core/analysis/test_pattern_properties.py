"""Invariants of the analysis and the timeline layout over arbitrary journals (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from healdesk.core.analysis.patterns import analyse
from healdesk.core.conflict import ConflictSummary
from healdesk.gui.patterns.timeline_entries import TimelineEntries
from healdesk.gui.patterns.timeline_layout import ZOOMS, Viewport, build_data, layout

THEMES = ["Chores", "Money", "Plans", "Work"]
START = datetime(2025, 12, 20, tzinfo=UTC)


@st.composite
def journals(draw):
    count = draw(st.integers(0, 60))
    offsets = sorted(draw(st.lists(st.floats(0, 400 * 24), min_size=count, max_size=count)))
    entries = []
    for i, hours in enumerate(offsets):
        zone = timezone(timedelta(hours=draw(st.sampled_from([-5, 0, 1, 2, 9]))))
        entries.append(
            ConflictSummary(
                i + 1,
                (START + timedelta(hours=hours)).astimezone(zone),
                draw(st.sampled_from([None, "Sam", "Mum"])),
                draw(st.one_of(st.none(), st.integers(0, 10))),
                draw(st.one_of(st.none(), st.integers(1, 5))),
                tuple(draw(st.lists(st.sampled_from(THEMES), max_size=3, unique=True))),
                tuple(draw(st.lists(st.sampled_from(["sarcasm", "going silent"]), max_size=2))),
                (i + 1,) if draw(st.booleans()) else (),
            )
        )
    repair_times = {
        c.repair_ids[0]: c.happened_at.timestamp() + draw(st.floats(-3600, 72 * 3600))
        for c in entries
        if c.repair_ids
    }
    return entries, repair_times


@settings(max_examples=60, deadline=None)
@given(journals())
def test_analysis_counts_add_up(journal):
    entries, repair_times = journal
    report = analyse(entries, repair_times)
    tagged = sum(len(c.themes) for c in entries)
    assert sum(t.count for t in report.themes) == tagged
    assert sum(sum(row) for row in report.weekday_hours) == len(entries)
    for theme in report.themes:
        assert sum(theme.weekday_counts) == theme.count == len(set(theme.conflict_ids))
        assert sum(report.theme_months[theme.name]) == theme.count
        assert not theme.recurring or theme.count >= 3
        assert not theme.same_fight_again or theme.recurring
        assert 1 <= theme.busiest_four_weeks <= theme.count
    assert 0.0 <= report.repair_rate <= 1.0
    assert report.median_hours_to_repair is None or report.median_hours_to_repair >= 0
    assert sum(report.settled_counts.values()) == len(entries)


@settings(max_examples=60, deadline=None)
@given(journals(), st.sampled_from(range(len(ZOOMS))), st.floats(-200, 600))
def test_every_entry_in_view_is_in_exactly_one_mark_of_its_lane(journal, zoom, centre_day):
    entries, repair_times = journal
    data = build_data(TimelineEntries.of(entries), {}, repair_times)
    view = Viewport.for_zoom(ZOOMS[zoom], START.timestamp() + centre_day * 86400, 700)
    frame = layout(data, view)
    for lane, marks in zip(data.lanes, frame.marks, strict=True):
        shown = [i for m in marks for i in m.ids]
        inside = [
            i for t, i in zip(lane.times, lane.ids, strict=True) if view.start <= t <= view.end
        ]
        assert len(shown) == len(set(shown)) and set(inside) <= set(shown)
        assert all(m.first <= m.last for m in marks)
        assert [m.x for m in marks] == sorted(m.x for m in marks)
