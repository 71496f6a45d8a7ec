"""Patterns: what keeps coming back, when, with whom, and how repairs go.

Computed from summaries only (ConflictSummary, RepairSummary, CommitmentSummary), which the
vault builds without reading any entry text, so looking at a decade of entries never decrypts
a single body. Weekdays and times of day use the writer's own wall clock (the offset stored with
each entry): a Sunday-evening fight stays a Sunday-evening fight across DST changes and travel.

Nothing here scores the relationship or ranks anyone: the figures describe how often themes
recur and how repairs went, so the writer can see the pattern rather than the person.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Protocol

from healdesk.core.conflict import ConflictSummary
from healdesk.core.repair import CheckInResult, CommitmentSummary, RepairSummary

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Times of day in display order, each with the wall-clock hours it covers.
TIMES_OF_DAY = (
    ("morning", range(5, 12)),
    ("afternoon", range(12, 17)),
    ("evening", range(17, 22)),
    ("night", (*range(22, 24), *range(5))),
)
_TIME_OF_DAY_BY_HOUR = {hour: name for name, hours in TIMES_OF_DAY for hour in hours}

#: A theme recurs when it came up at least this often ...
RECURRING_MIN_COUNT = 3
#: ... with a typical (median) gap of at most this many days: weekly and monthly fights recur,
#: three fights spread over a year do not.
RECURRING_MAX_MEDIAN_DAYS = 45.0
#: "Lately" in sentences and the rolling window for "busiest stretch".
RECENT_DAYS = 56
ROLLING_WINDOW_DAYS = 28
#: Settled 1 (raw) and 2 (unsettled) count as still unsettled.
UNSETTLED_MAX = 2
#: The same-fight-again note needs this many repaired entries with a settled value.
SAME_FIGHT_MIN_REPAIRED = 2
#: A weekday "clusters" a theme when it holds at least this share of the theme's entries.
CLUSTER_SHARE = 0.4
#: A trend needs this many entries, and a change of at least this factor between halves.
TREND_MIN_COUNT = 4
TREND_FACTOR = 1.5
INTENSITY_TREND_STEP = 1.5


def time_of_day(hour: int) -> str:
    return _TIME_OF_DAY_BY_HOUR[hour]


def wall_clock(moment: datetime) -> datetime:
    """The writer's local time without its offset: DST-proof day and hour arithmetic."""
    return moment.replace(tzinfo=None)


def month_key(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


@dataclass(frozen=True, slots=True)
class ThemePattern:
    """How one theme shows up. Counted lists are (word, count), most frequent first."""

    name: str
    count: int
    conflict_ids: tuple[int, ...]
    recurring: bool
    median_days_between: float | None
    busiest_four_weeks: int
    recent_count: int
    weekday_counts: tuple[int, ...]
    top_weekday: str
    top_time_of_day: str
    clustered: bool
    time_clustered: bool
    mean_intensity: float | None
    frequency_trend: str
    intensity_trend: str
    people: tuple[tuple[str, int], ...]
    co_themes: tuple[tuple[str, int], ...]
    my_part: tuple[tuple[str, int], ...]
    repaired: int
    unsettled_after_repair: int
    same_fight_again: bool


@dataclass(frozen=True, slots=True)
class PatternReport:
    """Everything the insights panel, the timeline and `healdesk stats` show."""

    conflict_count: int
    first: datetime | None
    last: datetime | None
    until: datetime | None
    themes: tuple[ThemePattern, ...]
    repaired_count: int
    repair_rate: float
    median_hours_to_repair: float | None
    commitment_results: dict[str, int]
    commitments_kept: float | None
    settled_counts: dict[int | None, int]
    mean_settled_repaired: float | None
    mean_settled_unrepaired: float | None
    weekday_hours: tuple[tuple[int, ...], ...]
    months: tuple[str, ...]
    theme_months: dict[str, tuple[int, ...]]
    repair_rate_by_month: tuple[float | None, ...]
    same_fight_again: tuple[str, ...]

    def theme(self, name: str) -> ThemePattern:
        return next(t for t in self.themes if t.name == name)


def analyse(
    conflicts: Sequence[ConflictSummary],
    repairs: Iterable[RepairSummary] = (),
    commitments: Iterable[CommitmentSummary] = (),
    until: datetime | None = None,
) -> PatternReport:
    """Patterns of the given conflicts (date order, as `Journal.summaries` returns them).

    Only repairs linked to these conflicts count, and only commitments made in those repairs,
    so a date range gives figures about that range alone. `until` is "now" for "lately" and
    the trend (default: the last entry).
    """
    if until is None and conflicts:
        until = conflicts[-1].happened_at
    walls = [wall_clock(c.happened_at) for c in conflicts]
    repair_by_id = {r.id: r for r in repairs}
    repaired = [c for c in conflicts if c.repair_ids]
    themes = _theme_patterns(conflicts, walls, until)
    linked_repairs = {rid for c in repaired for rid in c.repair_ids}
    results = _commitment_results(c for c in commitments if c.repair_id in linked_repairs)
    checked = results["kept"] + results["partly"] + results["not_yet"]
    months = _months(walls)
    return PatternReport(
        conflict_count=len(conflicts),
        first=conflicts[0].happened_at if conflicts else None,
        last=conflicts[-1].happened_at if conflicts else None,
        until=until,
        themes=themes,
        repaired_count=len(repaired),
        repair_rate=_share(len(repaired), len(conflicts)) or 0.0,
        median_hours_to_repair=_median_hours_to_repair(repaired, repair_by_id),
        commitment_results=results,
        commitments_kept=_share(results["kept"], checked),
        settled_counts=_settled_counts(conflicts),
        mean_settled_repaired=_mean(c.settled for c in repaired),
        mean_settled_unrepaired=_mean(c.settled for c in conflicts if not c.repair_ids),
        weekday_hours=_weekday_hours(walls),
        months=months,
        theme_months=_theme_months(conflicts, walls, months),
        repair_rate_by_month=_repair_rate_by_month(conflicts, walls, months),
        same_fight_again=tuple(t.name for t in themes if t.same_fight_again),
    )


class SummarySource(Protocol):
    """What analysis reads from a journal: summaries only, never an entry's text."""

    def summaries(
        self, start: date | datetime | None = None, end: date | datetime | None = None
    ) -> list[ConflictSummary]: ...

    def repair_summaries(self) -> list[RepairSummary]: ...

    def commitment_summaries(self) -> list[CommitmentSummary]: ...


def analyse_journal(
    journal: SummarySource,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    until: datetime | None = None,
) -> PatternReport:
    """`analyse` over a journal's entries between `start` and `end` (as `Journal.summaries`)."""
    return analyse(
        journal.summaries(start, end),
        journal.repair_summaries(),
        journal.commitment_summaries(),
        until,
    )


# --- per theme ----------------------------------------------------------------------------
def _theme_patterns(
    conflicts: Sequence[ConflictSummary], walls: Sequence[datetime], until: datetime | None
) -> tuple[ThemePattern, ...]:
    by_theme: dict[str, list[int]] = defaultdict(list)
    for index, conflict in enumerate(conflicts):
        for theme in conflict.themes:
            by_theme[theme].append(index)
    if not by_theme or until is None:
        return ()
    span = (walls[0], max(wall_clock(until), walls[-1]))
    patterns = [
        _theme_pattern(name, [conflicts[i] for i in idx], [walls[i] for i in idx], span)
        for name, idx in by_theme.items()
    ]
    patterns.sort(key=lambda p: (-p.count, p.name.casefold()))
    return tuple(patterns)


def _theme_pattern(
    name: str,
    entries: list[ConflictSummary],
    walls: list[datetime],
    span: tuple[datetime, datetime],
) -> ThemePattern:
    count = len(entries)
    gaps = [(b - a).total_seconds() / 86400 for a, b in pairwise(walls)]
    median_gap = round(statistics.median(gaps), 1) if gaps else None
    weekdays = [0] * 7
    times: Counter[str] = Counter()
    for wall in walls:
        weekdays[wall.weekday()] += 1
        times[time_of_day(wall.hour)] += 1
    top_weekday = max(range(7), key=lambda d: (weekdays[d], -d))
    top_time = max(times, key=lambda t: (times[t], -_TIME_ORDER[t]))
    repaired = [e for e in entries if e.repair_ids]
    settled_after = [e.settled for e in repaired if e.settled is not None]
    unsettled = sum(1 for s in settled_after if s <= UNSETTLED_MAX)
    recurring = (
        count >= RECURRING_MIN_COUNT
        and median_gap is not None
        and median_gap <= RECURRING_MAX_MEDIAN_DAYS
    )
    frequency_trend, intensity_trend = _trends(entries, walls, span)
    return ThemePattern(
        name=name,
        count=count,
        conflict_ids=tuple(e.id for e in entries),
        recurring=recurring,
        median_days_between=median_gap,
        busiest_four_weeks=_busiest_window(walls, timedelta(days=ROLLING_WINDOW_DAYS)),
        recent_count=count - bisect_right(walls, span[1] - timedelta(days=RECENT_DAYS)),
        weekday_counts=tuple(weekdays),
        top_weekday=WEEKDAYS[top_weekday],
        top_time_of_day=top_time,
        clustered=count >= RECURRING_MIN_COUNT and weekdays[top_weekday] / count >= CLUSTER_SHARE,
        time_clustered=count >= RECURRING_MIN_COUNT and times[top_time] / count >= CLUSTER_SHARE,
        mean_intensity=_mean(e.intensity for e in entries),
        frequency_trend=frequency_trend,
        intensity_trend=intensity_trend,
        people=_ranked(e.person for e in entries if e.person),
        co_themes=_ranked(t for e in entries for t in e.themes if t != name),
        my_part=tuple(
            (word, n) for word, n in _ranked(b for e in entries for b in set(e.my_part)) if n >= 2
        ),
        repaired=len(repaired),
        unsettled_after_repair=unsettled,
        same_fight_again=recurring
        and len(settled_after) >= SAME_FIGHT_MIN_REPAIRED
        and unsettled * 2 >= len(settled_after),
    )


_TIME_ORDER = {name: i for i, (name, _) in enumerate(TIMES_OF_DAY)}


def _busiest_window(walls: Sequence[datetime], width: timedelta) -> int:
    """The most entries in any rolling window of `width` (walls sorted)."""
    best, low = 0, 0
    for high, wall in enumerate(walls):
        while wall - walls[low] >= width:
            low += 1
        best = max(best, high - low + 1)
    return best


def _trends(
    entries: Sequence[ConflictSummary], walls: Sequence[datetime], span: tuple[datetime, datetime]
) -> tuple[str, str]:
    """("more often" | "less often" | "steady" | "", "more intense" | "less intense" |
    "steady" | ""): second half of the span against the first; "" when too few to tell."""
    if len(entries) < TREND_MIN_COUNT or span[1] <= span[0]:
        return "", ""
    middle = span[0] + (span[1] - span[0]) / 2
    split = bisect_left(walls, middle)
    early, late = split, len(entries) - split
    if late >= TREND_FACTOR * early and late - early >= 2:
        frequency = "more often"
    elif early >= TREND_FACTOR * late and early - late >= 2:
        frequency = "less often"
    else:
        frequency = "steady"
    before = [e.intensity for e in entries[:split] if e.intensity is not None]
    after = [e.intensity for e in entries[split:] if e.intensity is not None]
    intensity = ""
    if len(before) >= 2 and len(after) >= 2:
        change = statistics.fmean(after) - statistics.fmean(before)
        intensity = (
            "more intense"
            if change >= INTENSITY_TREND_STEP
            else "less intense"
            if change <= -INTENSITY_TREND_STEP
            else "steady"
        )
    return frequency, intensity


# --- overall ------------------------------------------------------------------------------
def _median_hours_to_repair(
    repaired: Sequence[ConflictSummary], repairs: dict[int, RepairSummary]
) -> float | None:
    """Real elapsed hours from each conflict to its first linked repair (never negative:
    an entry written after the repair it belongs to counts as repaired at once)."""
    hours = []
    for conflict in repaired:
        made = [repairs[r].created_at for r in conflict.repair_ids if r in repairs]
        if made:
            elapsed = (min(made) - conflict.happened_at).total_seconds() / 3600
            hours.append(max(0.0, elapsed))
    return round(statistics.median(hours), 1) if hours else None


def _commitment_results(commitments: Iterable[CommitmentSummary]) -> dict[str, int]:
    results = dict.fromkeys((*(str(r) for r in CheckInResult), "unchecked"), 0)
    for commitment in commitments:
        results[str(commitment.latest) if commitment.latest else "unchecked"] += 1
    return results


def _settled_counts(conflicts: Sequence[ConflictSummary]) -> dict[int | None, int]:
    counts: dict[int | None, int] = dict.fromkeys((1, 2, 3, 4, 5, None), 0)
    for conflict in conflicts:
        counts[conflict.settled] += 1
    return counts


def _weekday_hours(walls: Sequence[datetime]) -> tuple[tuple[int, ...], ...]:
    grid = [[0] * 24 for _ in range(7)]
    for wall in walls:
        grid[wall.weekday()][wall.hour] += 1
    return tuple(tuple(row) for row in grid)


def _months(walls: Sequence[datetime]) -> tuple[str, ...]:
    """Every month from the first entry's to the last's, gaps included (for charts)."""
    if not walls:
        return ()
    year, month = walls[0].year, walls[0].month
    months = []
    while (year, month) <= (walls[-1].year, walls[-1].month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _theme_months(
    conflicts: Sequence[ConflictSummary], walls: Sequence[datetime], months: Sequence[str]
) -> dict[str, tuple[int, ...]]:
    position = {m: i for i, m in enumerate(months)}
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for conflict, wall in zip(conflicts, walls, strict=True):
        for theme in conflict.themes:
            series[theme][position[month_key(wall)]] += 1
    return {name: tuple(counts) for name, counts in series.items()}


def _repair_rate_by_month(
    conflicts: Sequence[ConflictSummary], walls: Sequence[datetime], months: Sequence[str]
) -> tuple[float | None, ...]:
    position = {m: i for i, m in enumerate(months)}
    totals, repaired = [0] * len(months), [0] * len(months)
    for conflict, wall in zip(conflicts, walls, strict=True):
        i = position[month_key(wall)]
        totals[i] += 1
        repaired[i] += bool(conflict.repair_ids)
    return tuple(_share(r, t) for r, t in zip(repaired, totals, strict=True))


# --- small helpers ------------------------------------------------------------------------
def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _mean(values: Iterable[int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.fmean(present), 1) if present else None


def _ranked(words: Iterable[str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(words)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))
