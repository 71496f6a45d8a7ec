"""Patterns: what keeps coming back, when, with whom, and how repairs go.

Computed from summaries only (ConflictSummary, when each repair was made, CommitmentSummary),
which the vault builds without reading any entry text, so looking at a decade of entries never
decrypts a single body. Weekdays and times of day use the writer's own wall clock (the offset stored with
each entry): a Sunday-evening fight stays a Sunday-evening fight across DST changes and travel.

Nothing here scores the relationship or ranks anyone: the figures describe how often themes
recur and how repairs went, so the writer can see the pattern rather than the person.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, compress, pairwise, repeat
from operator import not_, sub
from typing import Protocol

from healdesk.core.analysis.cycles import MovePair, ThemeLoop, move_pairs, pair_counts, theme_loops
from healdesk.core.analysis.felt import kept_but_back
from healdesk.core.analysis.pattern_columns import (
    DAY_SECONDS,
    UNSETTLED_MAX,
    Clock,
    Columns,
    mean,
    picker,
    ranked,
    share,
)
from healdesk.core.analysis.therapy_signs import TherapySign, therapy_signs
from healdesk.core.analysis.underneath import Underneath, underneath
from healdesk.core.conflict import ConflictSummary, Person
from healdesk.core.repairs.repair import (
    CheckInResult,
    CommitmentSummary,
    RepairStatus,
    RepairSummary,
)
from healdesk.core.selection import Selection

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Times of day in display order, each with the wall-clock hours it covers.
TIMES_OF_DAY = (
    ("morning", range(5, 12)),
    ("afternoon", range(12, 17)),
    ("evening", range(17, 22)),
    ("night", (*range(22, 24), *range(5))),
)
_TIME_INDEX = {hour: i for i, (_, hours) in enumerate(TIMES_OF_DAY) for hour in hours}
_TALKED = frozenset({RepairStatus.TALKED, RepairStatus.FOLLOWED_THROUGH})

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
    commitments_checked: int  # commitments with at least one check-in
    commitments_kept: float | None
    settled_counts: dict[int | None, int]
    mean_settled_repaired: float | None
    mean_settled_unrepaired: float | None
    weekday_hours: tuple[tuple[int, ...], ...]
    months: tuple[str, ...]
    theme_months: dict[str, tuple[int, ...]]
    repair_rate_by_month: tuple[float | None, ...]
    same_fight_again: tuple[str, ...]
    move_pairs: tuple[MovePair, ...] = ()
    loops: tuple[ThemeLoop, ...] = ()
    underneath: tuple[Underneath, ...] = ()
    signs: tuple[TherapySign, ...] = ()
    #: Themes whose commitments were kept while the fight still came back.
    kept_but_back: tuple[str, ...] = ()
    #: Person name -> role ("Partner", "Mother" ...), for words that fit the relationship.
    roles: Mapping[str, str] = field(default_factory=dict)
    #: Repairs linked to these entries that reached a conversation.
    talked_repairs: frozenset[int] = frozenset()

    def theme(self, name: str) -> ThemePattern:
        return next(t for t in self.themes if t.name == name)

    def role_of(self, person: str | None) -> str:
        return self.roles.get(person, "") if person else ""


def analyse(
    conflicts: Sequence[ConflictSummary],
    repair_times: Mapping[int, float] | None = None,
    commitments: Iterable[CommitmentSummary] = (),
    until: datetime | None = None,
    talked_repairs: Collection[int] = (),
    roles: Mapping[str, str] | None = None,
) -> PatternReport:
    """Patterns of the given conflicts (date order, as `Journal.summaries` returns them).

    `repair_times` maps repair ids to when they were made (epoch seconds, as
    `Journal.repair_times` gives them). Only repairs linked to these conflicts count, and only
    commitments made in those repairs, so a date range gives figures about that range alone. `until` is "now" for "lately" and
    the trend (default: the last entry). `talked_repairs` are the ids of repairs that reached
    a conversation; `roles` maps people's names to their roles.
    """
    if until is None and conflicts:
        until = conflicts[-1].happened_at
    clock, columns = Clock(conflicts), Columns(conflicts)
    repaired = list(compress(conflicts, columns.repaired))
    by_theme = columns.by_theme()
    for indexes in by_theme.values():
        indexes.sort(key=clock.seconds.__getitem__)  # wall clocks differ in order after travel
    themes = _theme_patterns(columns, clock, until, by_theme)
    linked_repairs = {rid for c in repaired for rid in c.repair_ids}
    linked_commitments = [c for c in commitments if c.repair_id in linked_repairs]
    results = _commitment_results(linked_commitments)
    talked = frozenset(linked_repairs.intersection(talked_repairs))
    until_seconds = Clock.wall_seconds(until) if until is not None else None
    pairs = pair_counts(columns, by_theme)
    checked = sum(results[str(result)] for result in CheckInResult)
    return PatternReport(
        conflict_count=len(conflicts),
        first=conflicts[0].happened_at if conflicts else None,
        last=conflicts[-1].happened_at if conflicts else None,
        until=until,
        themes=themes,
        repaired_count=len(repaired),
        repair_rate=share(len(repaired), len(conflicts)) or 0.0,
        median_hours_to_repair=_median_hours_to_repair(repaired, repair_times or {}),
        commitment_results=results,
        commitments_checked=checked,
        commitments_kept=share(results["kept"], checked),
        settled_counts=_settled_counts(columns.settled),
        mean_settled_repaired=mean(compress(columns.settled, columns.repaired)),
        mean_settled_unrepaired=mean(compress(columns.settled, map(not_, columns.repaired))),
        weekday_hours=clock.weekday_hours(),
        months=clock.month_labels(),
        theme_months={t.name: t.month_counts for t in themes},
        repair_rate_by_month=_repair_rate_by_month(columns, clock),
        same_fight_again=tuple(t.name for t in themes if t.same_fight_again),
        move_pairs=move_pairs(pairs),
        loops=theme_loops(columns, by_theme, pairs),
        underneath=underneath(columns, by_theme),
        signs=therapy_signs(
            columns,
            by_theme,
            {t.name for t in themes if t.recurring},
            clock.seconds,
            until_seconds,
            talked,
        ),
        kept_but_back=kept_but_back(conflicts, by_theme, linked_commitments),
        roles=dict(roles or {}),
        talked_repairs=talked,
    )


class SummarySource(Protocol):
    """What analysis reads from a journal: summaries only, never an entry's text."""

    def summaries(self, selection: Selection = ...) -> list[ConflictSummary]: ...

    def repair_times(self) -> dict[int, int]: ...

    def commitment_summaries(self) -> list[CommitmentSummary]: ...

    def repair_summaries(self) -> list[RepairSummary]: ...

    def people(self) -> list[Person]: ...


def analyse_journal(
    journal: SummarySource,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    until: datetime | None = None,
) -> PatternReport:
    """`analyse` over a journal's entries between `start` and `end` (as `Journal.summaries`)."""
    return analyse(
        journal.summaries(Selection(start, end)),
        journal.repair_times(),
        journal.commitment_summaries(),
        until,
        talked_repairs(journal.repair_summaries()),
        {p.name: p.role for p in journal.people()},
    )


def talked_repairs(repairs: Iterable[RepairSummary]) -> set[int]:
    """Ids of the repairs that reached a conversation."""
    return {r.id for r in repairs if r.status in _TALKED}


# --- per theme ----------------------------------------------------------------------------
def _theme_patterns(
    columns: Columns, clock: Clock, until: datetime | None, by_theme: Mapping[str, list[int]]
) -> tuple[ThemePattern, ...]:
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


# --- overall ------------------------------------------------------------------------------
def _median_hours_to_repair(
    repaired: Sequence[ConflictSummary], repair_times: Mapping[int, float]
) -> float | None:
    """Real elapsed hours from each conflict to its first linked repair (never negative:
    an entry written after the repair it belongs to counts as repaired at once)."""
    hours = []
    for conflict in repaired:
        made = [repair_times[r] for r in conflict.repair_ids if r in repair_times]
        if made:
            elapsed = (min(made) - conflict.happened_at.timestamp()) / 3600
            hours.append(elapsed if elapsed > 0 else 0.0)
    return round(statistics.median(hours), 1) if hours else None


def _commitment_results(commitments: Iterable[CommitmentSummary]) -> dict[str, int]:
    results = dict.fromkeys((*(str(r) for r in CheckInResult), "unchecked"), 0)
    for commitment in commitments:
        results[str(commitment.latest) if commitment.latest else "unchecked"] += 1
    return results


def _settled_counts(settled: Sequence[int | None]) -> dict[int | None, int]:
    counts = Counter(settled)
    return {value: counts[value] for value in (1, 2, 3, 4, 5, None)}


def _repair_rate_by_month(columns: Columns, clock: Clock) -> tuple[float | None, ...]:
    totals = Counter(clock.months)
    repaired = Counter(compress(clock.months, columns.repaired))
    return tuple(share(repaired[m], totals[m]) for m in clock.month_numbers())
