"""Where every mark of the timeline goes: pure arithmetic, no Qt.

Kept apart from the widget so the geometry is tested directly and one frame at 20,000 entries
stays cheap: entries are sorted per lane once (`TimelineData`), and each frame only bisects to
the visible stretch and merges marks that would overlap into one aggregated mark.
Times are epoch seconds (real time, so marks never jump at DST changes); labels and weekend
shading use the local calendar.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from healdesk.core.repairs.repair import CheckInResult, CommitmentSummary
from healdesk.gui.patterns.timeline_entries import TimelineEntries
from healdesk.i18n import N_

DAY = 86400.0
NO_THEME = N_("No theme")


@dataclass(frozen=True, slots=True)
class Zoom:
    """A zoom level by the days it shows across the plot, so marks scale with the window."""

    name: str
    days: int


#: From weeks to years; each level shows about this many days across the plot.
ZOOMS: tuple[Zoom, ...] = (
    Zoom("2 weeks", 14),
    Zoom(N_("Month"), 31),
    Zoom(N_("Quarter"), 92),
    Zoom(N_("Year"), 366),
    Zoom("5 years", 5 * 366),
)
#: Marks closer than this (px) in one lane merge into one aggregated mark.
MERGE_PX = 14.0
MIN_RADIUS, MAX_RADIUS = 3.0, 8.0
#: A merged mark is a capsule this wide (its "radius" is half of it) and taller with more
#: entries, up to GROUP_MAX_HEIGHT: a dense stretch reads like a bar chart along the lane.
GROUP_HALF_WIDTH = MERGE_PX / 2 - 1
GROUP_MIN_HEIGHT, GROUP_MAX_HEIGHT = 10.0, 28.0
#: Commitment marks with the same result closer than this (px) are drawn once.
COMMITMENT_PX = 6.0


@dataclass(frozen=True, slots=True)
class Viewport:
    """The visible stretch of time mapped onto `width` pixels starting at x = `left`."""

    start: float
    seconds_per_px: float
    width: float
    left: float = 0.0

    @classmethod
    def for_zoom(cls, zoom: Zoom, centre: float, width: float, left: float = 0.0) -> Viewport:
        seconds_per_px = zoom.days * DAY / max(width, 1.0)
        return cls(centre - width * seconds_per_px / 2, seconds_per_px, width, left)

    @property
    def end(self) -> float:
        return self.start + self.width * self.seconds_per_px

    @property
    def centre(self) -> float:
        return self.start + self.width * self.seconds_per_px / 2

    def x(self, moment: float) -> float:
        return self.left + (moment - self.start) / self.seconds_per_px

    def time_at(self, x: float) -> float:
        return self.start + (x - self.left) * self.seconds_per_px

    def panned(self, pixels: float) -> Viewport:
        return Viewport(
            self.start + pixels * self.seconds_per_px, self.seconds_per_px, self.width, self.left
        )


@dataclass(slots=True)
class Lane:
    """One theme's entries, sorted by time, as parallel lists (cheap to bisect and walk)."""

    name: str
    colour: str
    times: list[float] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    intensities: list[int | None] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CommitmentItem:
    """A commitment on the time axis: when it was due (or made) and its latest check-in."""

    time: float
    result: CheckInResult | None


@dataclass(slots=True)
class TimelineData:
    """What the timeline shows after filtering: built once per filter change, not per frame."""

    lanes: list[Lane]
    #: Each shown entry's place in `entries`, by entry id.
    conflicts: dict[int, int] = field(default_factory=dict)
    entries: TimelineEntries | None = None
    #: When each shown conflict's repairs were made (epoch seconds).
    repairs_of: dict[int, list[float]] = field(default_factory=dict)
    commitments: list[CommitmentItem] = field(default_factory=list)
    commitment_times: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.commitment_times = [c.time for c in self.commitments]

    @property
    def span(self) -> tuple[float, float] | None:
        times = [t for lane in self.lanes for t in (lane.times[:1] + lane.times[-1:])]
        return (min(times), max(times)) if times else None


@dataclass(frozen=True, slots=True)
class Mark:
    """One drawn mark: a single entry, or several merged because they would overlap."""

    lane: int
    x: float
    radius: float
    intensity: int | None
    ids: tuple[int, ...]
    first: float
    last: float

    @property
    def is_group(self) -> bool:
        return len(self.ids) > 1

    @property
    def height(self) -> float:
        """Drawn height: a circle's diameter, or a capsule growing with its entry count."""
        if not self.is_group:
            return self.radius * 2
        return min(GROUP_MAX_HEIGHT, GROUP_MIN_HEIGHT + 4.5 * math.log2(len(self.ids)))


@dataclass(frozen=True, slots=True)
class Link:
    """A repair drawn as a link from a conflict's mark to the moment the repair was made."""

    lane: int
    x_from: float
    x_to: float


@dataclass(frozen=True, slots=True)
class Frame:
    """Everything one paint needs, laid out for the current viewport (cached until it moves)."""

    marks: list[list[Mark]]
    links: list[Link]
    repair_marks: list[tuple[int, float]]
    commitment_marks: list[tuple[float, CheckInResult | None]]


def build_data(
    entries: TimelineEntries,
    colours: dict[str, str],
    repair_times: Mapping[int, float] | None = None,
    commitments: Iterable[CommitmentSummary] = (),
    themes: Sequence[str] = (),
    people: Sequence[str] = (),
    start: date | None = None,
    end: date | None = None,
) -> TimelineData:
    """Lanes for the entries passing the filters (any of `themes`, any of `people`, local days
    `start`..`end` inclusive), most frequent theme on top; entries without a theme get a lane
    of their own. `repair_times` is `Journal.repair_times()`; only repairs of shown entries and
    their commitments come along."""
    low = day_start(start) if start else -math.inf
    high = day_start(end + timedelta(days=1)) if end else math.inf
    wanted_themes, wanted_people = set(themes), set(people)
    by_name: dict[str, Lane] = {}
    shown: dict[int, int] = {}
    # Entries come in the journal's order, by whole UTC second: real times are out of order
    # only within one second, which whole-second day bounds never split, so bisection holds.
    times = entries.times
    for index in range(bisect_left(times, low), bisect_left(times, high)):
        moment = times[index]
        if wanted_people and entries.people[index] not in wanted_people:
            continue
        names = entries.themes[index] or (NO_THEME,)
        if wanted_themes:
            names = tuple(n for n in names if n in wanted_themes)
            if not names:
                continue
        conflict_id = entries.ids[index]
        shown[conflict_id] = index
        for name in names:
            lane = by_name.get(name)
            if lane is None:
                lane = by_name[name] = Lane(name, colours.get(name, "#8c8c8c"))
            lane.times.append(moment)
            lane.ids.append(conflict_id)
            lane.intensities.append(entries.intensities[index])
    lanes = sorted(
        by_name.values(), key=lambda ln: (ln.name == NO_THEME, -len(ln.ids), ln.name.casefold())
    )
    for lane in lanes:
        if any(b < a for a, b in pairwise(lane.times)):
            order = sorted(range(len(lane.times)), key=lane.times.__getitem__)
            lane.times = [lane.times[i] for i in order]
            lane.ids = [lane.ids[i] for i in order]
            lane.intensities = [lane.intensities[i] for i in order]
    repair_times = repair_times or {}
    repairs_of: dict[int, list[float]] = {}
    repair_ids: set[int] = set()
    for conflict_id, index in shown.items():
        linked = entries.repair_ids[index]
        repair_ids.update(linked)
        made = [repair_times[r] for r in linked if r in repair_times]
        if made:
            repairs_of[conflict_id] = made
    commitment_items = sorted(
        (
            CommitmentItem(
                day_start(c.due) + DAY / 2 if c.due else c.created_at.timestamp(), c.latest
            )
            for c in commitments
            if c.repair_id in repair_ids
        ),
        key=lambda c: c.time,
    )
    return TimelineData(lanes, shown, entries, repairs_of, commitment_items)


def radius_for(intensity: int | None) -> float:
    """Bigger marks for more intense conflicts; unknown intensity sits in the middle."""
    value = 5 if intensity is None else intensity
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * value / 10


def layout(data: TimelineData, view: Viewport, merge_px: float = MERGE_PX) -> Frame:
    """The marks, links and commitment marks visible in `view`.

    Marks merge by fixed time buckets (`merge_px` wide; 0 merges nothing), so groups stay put
    while panning;
    each bucket's end is found by bisection, so a frame costs per mark, not per entry.
    Repairs are drawn only for conflicts shown as single marks (links into a merged mark
    would say nothing and hide it), so they too cost per visible mark.
    """
    bucket = merge_px * view.seconds_per_px
    margin = max(bucket, MAX_RADIUS * view.seconds_per_px)
    low, high = view.start - margin, view.end + margin
    marks: list[list[Mark]] = []
    singles: dict[tuple[int, int], float] = {}
    for index, lane in enumerate(data.lanes):
        times, ids, intensities = lane.times, lane.ids, lane.intensities
        i, hi = bisect_left(times, low), bisect_right(times, high)
        lane_marks: list[Mark] = []
        while i < hi:
            if bucket > 0:
                j = bisect_left(times, (math.floor(times[i] / bucket) + 1) * bucket, i + 1, hi)
            else:
                j = i + 1
            if j - i == 1:
                x = view.x(times[i])
                singles[(index, ids[i])] = x
                mark = Mark(
                    index,
                    x,
                    radius_for(intensities[i]),
                    intensities[i],
                    (ids[i],),
                    times[i],
                    times[i],
                )
            else:
                present = [v for v in intensities[i:j] if v is not None]
                radius = GROUP_HALF_WIDTH
                mark = Mark(
                    index,
                    view.x((times[i] + times[j - 1]) / 2),
                    radius,
                    max(present) if present else None,
                    tuple(ids[i:j]),
                    times[i],
                    times[j - 1],
                )
            lane_marks.append(mark)
            i = j
        marks.append(lane_marks)
    links: list[Link] = []
    repair_marks: dict[tuple[int, float], None] = {}
    for (lane_index, conflict_id), x_from in singles.items():
        for moment in data.repairs_of.get(conflict_id, ()):
            x_to = view.x(moment)
            if x_to - x_from > 1.0:
                links.append(Link(lane_index, x_from, x_to))
            repair_marks[(lane_index, x_to)] = None
    return Frame(marks, links, list(repair_marks), _commitment_marks(data, view))


def _commitment_marks(
    data: TimelineData, view: Viewport
) -> list[tuple[float, CheckInResult | None]]:
    """One mark per result within a few pixels: all the eye can tell apart."""
    times, bucket = data.commitment_times, COMMITMENT_PX * view.seconds_per_px
    i, hi = bisect_left(times, view.start), bisect_right(times, view.end)
    found: list[tuple[float, CheckInResult | None]] = []
    while i < hi:
        j = bisect_left(times, (math.floor(times[i] / bucket) + 1) * bucket, i + 1, hi)
        results = dict.fromkeys(c.result for c in data.commitments[i:j])
        x = view.x(times[i])
        found.extend((x, result) for result in results)
        i = j
    return found


def mark_at(frame: Frame, lane: int, x: float, slack: float = 3.0) -> Mark | None:
    """The mark in `lane` under x (nearest within its radius plus `slack`)."""
    if not 0 <= lane < len(frame.marks):
        return None
    best, best_distance = None, math.inf
    for mark in frame.marks[lane]:
        distance = abs(mark.x - x)
        if distance <= mark.radius + slack and distance < best_distance:
            best, best_distance = mark, distance
    return best


def neighbour(lane: Lane, moment: float, step: int) -> float | None:
    """The time of the next (`step` = 1) or previous (-1) entry in `lane` after/before `moment`."""
    if step > 0:
        i = bisect_right(lane.times, moment)
        return lane.times[i] if i < len(lane.times) else None
    i = bisect_left(lane.times, moment)
    return lane.times[i - 1] if i > 0 else None


def nearest(lane: Lane, moment: float) -> float | None:
    """The entry time in `lane` closest to `moment`."""
    if not lane.times:
        return None
    i = bisect_left(lane.times, moment)
    candidates = lane.times[max(0, i - 1) : i + 1]
    return min(candidates, key=lambda t: abs(t - moment))


def day_start(day: date) -> float:
    """The first moment of a local calendar day, in epoch seconds."""
    return datetime.combine(day, time()).astimezone().timestamp()
