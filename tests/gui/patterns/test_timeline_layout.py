"""The timeline's geometry, Qt-free: lanes, positions, aggregation, links and ticks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from healdesk.core.conflict import ConflictSummary
from healdesk.core.repairs.repair import CheckInResult, CommitmentSummary
from healdesk.gui.patterns.timeline_axis import ticks
from healdesk.gui.patterns.timeline_entries import TimelineEntries
from healdesk.gui.patterns.timeline_layout import (
    DAY,
    MERGE_PX,
    NO_THEME,
    ZOOMS,
    Viewport,
    build_data,
    layout,
    mark_at,
    nearest,
    neighbour,
    radius_for,
)

START = datetime(2026, 1, 4, 19, tzinfo=UTC)


def summary(id_: int, when: datetime, themes=("Chores",), person="Sam", intensity=5, repairs=()):
    return ConflictSummary(id_, when, person, intensity, None, tuple(themes), (), tuple(repairs))


def weekly(count: int = 10) -> list[ConflictSummary]:
    return [summary(i + 1, START + timedelta(weeks=i), intensity=i % 11) for i in range(count)]


def test_lanes_most_frequent_first_and_entries_without_a_theme_last():
    entries = [
        *weekly(3),
        summary(10, START, ("Money", "Chores")),
        summary(11, START + timedelta(days=1), ()),
        summary(12, START + timedelta(days=2), ("Money",)),
    ]
    data = build_data(TimelineEntries.of(entries), {"Chores": "#f28e2b"})
    assert [lane.name for lane in data.lanes] == ["Chores", "Money", NO_THEME]
    assert data.lanes[0].colour == "#f28e2b" and data.lanes[1].colour == "#8c8c8c"
    assert data.lanes[0].ids == [1, 10, 2, 3]  # sorted by time within the lane
    assert [10 in lane.ids for lane in data.lanes] == [True, True, False]


def test_filters_by_theme_person_and_local_days():
    entries = [*weekly(4), summary(20, START, ("Money",), person="Mum")]
    assert [
        ln.name for ln in build_data(TimelineEntries.of(entries), {}, themes=["Money"]).lanes
    ] == ["Money"]
    assert list(build_data(TimelineEntries.of(entries), {}, people=["Mum"]).conflicts) == [20]
    ranged = build_data(
        TimelineEntries.of(entries), {}, start=date(2026, 1, 10), end=date(2026, 1, 18)
    )
    assert sorted(ranged.conflicts) == [2, 3]


def test_single_marks_sit_at_their_time_and_grow_with_intensity():
    data = build_data(TimelineEntries.of(weekly()), {})
    view = Viewport.for_zoom(ZOOMS[1], START.timestamp() + 15 * DAY, 800, left=100)
    frame = layout(data, view)
    marks = frame.marks[0]
    assert all(not m.is_group for m in marks)
    for mark in marks:
        assert abs(mark.x - (100 + (mark.first - view.start) / view.seconds_per_px)) < 1e-6
    assert radius_for(0) < radius_for(5) < radius_for(10) and radius_for(None) == radius_for(5)


def test_marks_that_would_overlap_merge_and_nothing_is_lost():
    data = build_data(TimelineEntries.of(weekly(200)), {})
    view = Viewport.for_zoom(ZOOMS[-1], START.timestamp() + 700 * DAY, 900)
    marks = layout(data, view).marks[0]
    assert any(m.is_group for m in marks)
    shown = [i for m in marks for i in m.ids]
    assert shown == sorted(shown) and len(shown) == len(set(shown))
    assert all(b.x - a.x >= MERGE_PX * 0.5 for a, b in pairwise(marks))
    group = next(m for m in marks if m.is_group)
    assert group.intensity == max(s % 11 for s in (i - 1 for i in group.ids))


def test_groups_stay_put_while_panning():
    data = build_data(TimelineEntries.of(weekly(200)), {})
    view = Viewport.for_zoom(ZOOMS[-1], START.timestamp() + 700 * DAY, 900)
    before = {m.ids: m.x for m in layout(data, view).marks[0]}
    after = {m.ids: m.x for m in layout(data, view.panned(37)).marks[0]}
    common = set(before) & set(after)
    assert len(common) > 5 and all(abs(before[k] - after[k] - 37) < 1e-6 for k in common)


def test_repairs_link_to_their_conflicts_and_commitments_show_in_view():
    entries = [summary(1, START, repairs=(7,)), summary(2, START + timedelta(days=2))]
    repair_times = {7: START.timestamp() + DAY, 8: START.timestamp()}  # 8: not a shown entry's
    commitments = [
        CommitmentSummary(3, 7, date(2026, 1, 8), START, CheckInResult.KEPT),
        CommitmentSummary(4, None, date(2026, 1, 8), START, None),  # not from a shown repair
    ]
    data = build_data(TimelineEntries.of(entries), {}, repair_times, commitments)
    view = Viewport.for_zoom(ZOOMS[0], START.timestamp() + 3 * DAY, 700)
    frame = layout(data, view)
    [link] = frame.links
    assert link.lane == 0 and link.x_from == frame.marks[0][0].x
    assert abs(link.x_to - view.x(START.timestamp() + DAY)) < 1e-6
    assert frame.repair_marks == [(0, link.x_to)]
    assert [result for _, result in frame.commitment_marks] == [CheckInResult.KEPT]


def test_hit_testing_and_neighbours():
    data = build_data(TimelineEntries.of(weekly(5)), {})
    view = Viewport.for_zoom(ZOOMS[1], START.timestamp() + 14 * DAY, 800)
    frame = layout(data, view)
    second = frame.marks[0][1]
    assert mark_at(frame, 0, second.x + 2) == second
    assert mark_at(frame, 0, second.x + 40) is None and mark_at(frame, 3, second.x) is None
    lane = data.lanes[0]
    assert neighbour(lane, lane.times[1], 1) == lane.times[2]
    assert neighbour(lane, lane.times[1], -1) == lane.times[0]
    assert neighbour(lane, lane.times[-1], 1) is None
    assert nearest(lane, lane.times[2] + 2 * DAY) == lane.times[2]


def test_ticks_follow_the_zoom():
    centre = datetime(2026, 3, 15, 12).astimezone().timestamp()
    year = ticks(Viewport.for_zoom(ZOOMS[3], centre, 1000))
    assert [t.label for t in year] == [
        "Oct 2025",
        "Nov",
        "Dec",
        "Jan 2026",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
    ]
    assert [t.major for t in year].count(True) == 1
    days = ticks(Viewport.for_zoom(ZOOMS[0], centre, 1000))
    assert [t.label for t in days][:3] == ["Mon 09", "Tue 10", "Wed 11"] and len(days) == 14
    years = ticks(Viewport.for_zoom(ZOOMS[4], centre, 1000))
    assert [t.label for t in years if t.label] == ["2024", "2025", "2026", "2027", "2028"]


def test_without_merging_every_entry_keeps_its_own_mark():
    close = [summary(i + 1, START + timedelta(minutes=20 * i)) for i in range(4)]
    view = Viewport.for_zoom(ZOOMS[0], START.timestamp(), 800)
    assert [
        m.ids for m in layout(build_data(TimelineEntries.of(close), {}), view, merge_px=0).marks[0]
    ] == [
        (1,),
        (2,),
        (3,),
        (4,),
    ]
    assert layout(build_data(TimelineEntries.of(close), {}), view).marks[0][0].ids == (1, 2, 3, 4)


def test_an_evening_entry_sits_under_its_own_days_label():
    sunday_evening = datetime(2026, 3, 15, 20, 22).astimezone().timestamp()
    view = Viewport.for_zoom(ZOOMS[0], sunday_evening, 1000)
    days = ticks(view)
    mark_x = view.x(sunday_evening)
    # Where each label is drawn: in the middle of its day, else just after its line.
    nearest_label = min(days, key=lambda t: abs((getattr(t, "centre", None) or t.x) - mark_x))
    assert nearest_label.label == "Sun 15"
