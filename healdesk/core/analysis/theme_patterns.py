"""One theme's pattern: how often it comes back, when, with whom, and how repairs went.

The thresholds below decide what "recurring", "clustered", "lately" and a trend mean; the
insights sentences and `healdesk stats` read them from here, so the words and the figures
agree.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, pairwise, repeat
from operator import sub

from healdesk.core.analysis.pattern_columns import (
    DAY_SECONDS,
    UNSETTLED_MAX,
    Clock,
    Columns,
    mean,
    picker,
    ranked,
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Times of day in display order, each with the wall-clock hours it covers.
TIMES_OF_DAY = (
    ("morning", range(5, 12)),
    ("afternoon", range(12, 17)),
    ("evening", range(17, 22)),
    ("night", (*range(22, 24), *range(5))),
)
_TIME_INDEX = {hour: i for i, (_, hours) in enumerate(TIMES_OF_DAY) for hour in hours}

#: A theme recurs when it came up at least this often ...
RECURRING_MIN_COUNT = 3
#: ... with a typical (median) gap of at most this many days: weekly and monthly fights recur,
#: three fights spread over a year do not.
RECURRING_MAX_MEDIAN_DAYS = 45.0
#: "Lately" in sentences and the rolling window for "busiest stretch".
RECENT_DAYS = 56
ROLLING_WINDOW_DAYS = 28
#: The same-fight-again note needs this many repaired entries with a settled value.
SAME_FIGHT_MIN_REPAIRED = 2
#: A weekday "clusters" a theme when it holds at least this share of the theme's entries.
CLUSTER_SHARE = 0.4
#: A trend needs this many entries, and a change of at least this factor between halves.
TREND_MIN_COUNT = 4
TREND_FACTOR = 1.5
INTENSITY_TREND_STEP = 1.5


@dataclass(frozen=True, slots=True)
class ThemePattern:
    """How one theme shows up.

    Counted lists are (word, count), most frequent first, then by name. `my_part` keeps the
    behaviours mentioned at least twice, `their_moves` likewise. Ties for the top weekday or time
    of day go to the earlier one (Monday first; morning, afternoon, evening, night).
    """

    name: str
    count: int
    conflict_ids: tuple[int, ...]
    recurring: bool
    median_days_between: float | None
    busiest_four_weeks: int
    recent_count: int
    weekday_counts: tuple[int, ...]
    month_counts: tuple[int, ...]
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
    their_moves: tuple[tuple[str, int], ...]
    repaired: int
    unsettled_after_repair: int
    same_fight_again: bool


def theme_patterns(
    columns: Columns, clock: Clock, until: datetime | None, by_theme: Mapping[str, list[int]]
) -> tuple[ThemePattern, ...]:
    """Each theme's pattern, the most frequent first."""
    if not by_theme or until is None:
        return ()
    span = (min(clock.seconds), max(Clock.wall_seconds(until), max(clock.seconds)))
    patterns = [
        _theme_pattern(name, columns, clock, indexes, span) for name, indexes in by_theme.items()
    ]
    patterns.sort(key=lambda p: (-p.count, p.name.casefold()))
    return tuple(patterns)


def _theme_pattern(
    name: str,
    columns: Columns,
    clock: Clock,
    indexes: list[int],
    span: tuple[float, float],
) -> ThemePattern:
    pick = picker(indexes)
    count = len(indexes)
    seconds = pick(clock.seconds)
    intensities = pick(columns.intensities)
    gaps = [(b - a) / DAY_SECONDS for a, b in pairwise(seconds)]
    median_gap = round(statistics.median(gaps), 1) if gaps else None
    month_counts = Counter(pick(clock.months))
    weekday_counts = Counter(pick(clock.weekdays))
    weekdays = [weekday_counts[d] for d in range(7)]
    time_counts = Counter(map(_TIME_INDEX.__getitem__, pick(clock.hours)))
    times = [time_counts[t] for t in range(len(TIMES_OF_DAY))]
    top_weekday = max(range(7), key=lambda d: (weekdays[d], -d))
    top_time = max(range(len(times)), key=lambda t: (times[t], -t))
    repaired = [i for i in indexes if columns.repaired[i]]
    settled_after = (
        [s for s in picker(repaired)(columns.settled) if s is not None] if repaired else []
    )
    unsettled = sum(1 for s in settled_after if s <= UNSETTLED_MAX)
    recurring = (
        count >= RECURRING_MIN_COUNT
        and median_gap is not None
        and median_gap <= RECURRING_MAX_MEDIAN_DAYS
    )
    frequency_trend, intensity_trend = _trends(intensities, seconds, span)
    return ThemePattern(
        name=name,
        count=count,
        conflict_ids=pick(columns.ids),
        recurring=recurring,
        median_days_between=median_gap,
        busiest_four_weeks=_busiest_window(seconds, ROLLING_WINDOW_DAYS * DAY_SECONDS),
        recent_count=count - bisect_right(seconds, span[1] - RECENT_DAYS * DAY_SECONDS),
        weekday_counts=tuple(weekdays),
        month_counts=tuple(month_counts[m] for m in clock.month_numbers()),
        top_weekday=WEEKDAYS[top_weekday],
        top_time_of_day=TIMES_OF_DAY[top_time][0],
        clustered=count >= RECURRING_MIN_COUNT and weekdays[top_weekday] / count >= CLUSTER_SHARE,
        time_clustered=count >= RECURRING_MIN_COUNT and times[top_time] / count >= CLUSTER_SHARE,
        mean_intensity=mean(intensities),
        frequency_trend=frequency_trend,
        intensity_trend=intensity_trend,
        people=ranked(Counter(pick(columns.people)), drop=None),
        co_themes=ranked(Counter(chain.from_iterable(pick(columns.themes))), drop=name),
        my_part=_recurring_words(pick(columns.parts)),
        their_moves=_recurring_words(pick(columns.theirs)),
        repaired=len(repaired),
        unsettled_after_repair=unsettled,
        same_fight_again=recurring
        and len(settled_after) >= SAME_FIGHT_MIN_REPAIRED
        and unsettled * 2 >= len(settled_after),
    )


def _recurring_words(lists: Iterable[Sequence[str]]) -> tuple[tuple[str, int], ...]:
    return tuple((word, n) for word, n in ranked(Counter(chain.from_iterable(lists))) if n >= 2)


def _busiest_window(seconds: Sequence[float], width: float) -> int:
    """The most entries in any rolling window of `width` seconds (sorted input): for each
    entry, how many fall in the window ending at it (bisected in C, not walked in Python)."""
    starts = map(bisect_right, repeat(seconds), map(sub, seconds, repeat(width)))
    return max(map(sub, range(1, len(seconds) + 1), starts), default=0)


def _trends(
    intensities: Sequence[int | None], seconds: Sequence[float], span: tuple[float, float]
) -> tuple[str, str]:
    """("more often" | "less often" | "steady" | "", "more intense" | "less intense" |
    "steady" | ""): second half of the span against the first; "" when too few to tell."""
    if len(seconds) < TREND_MIN_COUNT or span[1] <= span[0]:
        return "", ""
    split = bisect_left(seconds, (span[0] + span[1]) / 2)
    early, late = split, len(seconds) - split
    if late >= TREND_FACTOR * early and late - early >= 2:
        frequency = "more often"
    elif early >= TREND_FACTOR * late and early - late >= 2:
        frequency = "less often"
    else:
        frequency = "steady"
    before = [v for v in intensities[:split] if v is not None]
    after = [v for v in intensities[split:] if v is not None]
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
