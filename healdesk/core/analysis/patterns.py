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
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import compress
from operator import attrgetter, not_
from typing import Any, Protocol

from healdesk.core.analysis.cycles import MovePair, ThemeLoop, move_pairs, pair_counts, theme_loops
from healdesk.core.analysis.felt import kept_but_back
from healdesk.core.analysis.pattern_columns import (
    Clock,
    Columns,
    mean,
    share,
)
from healdesk.core.analysis.theme_patterns import ThemePattern, theme_patterns
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

_TALKED = frozenset({RepairStatus.TALKED, RepairStatus.FOLLOWED_THROUGH})


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


def analyse(conflicts: Sequence[ConflictSummary], *context: Any, **named: Any) -> PatternReport:
    """Patterns of the given conflicts (date order, as `Journal.summaries` returns them), for
    entries picked by hand (the therapist export); `context` as `analyse_columns` takes it."""
    return analyse_columns(
        Clock(map(attrgetter("happened_at"), conflicts)), Columns(conflicts), *context, **named
    )


def analyse_columns(
    clock: Clock,
    columns: Columns,
    repair_times: Mapping[int, float] | None = None,
    commitments: Iterable[CommitmentSummary] = (),
    until: datetime | None = None,
    talked_repairs: Collection[int] = (),
    roles: Mapping[str, str] | None = None,
) -> PatternReport:
    """Patterns of the entries given as columns (`Journal.pattern_columns`: a decade of
    entries read without a summary object per entry).

    `repair_times` maps repair ids to when they were made (epoch seconds, as
    `Journal.repair_times` gives them). Only repairs linked to these conflicts count, and only
    commitments made in those repairs, so a date range gives figures about that range alone.
    `until` is "now" for "lately" and the trend (default: the last entry). `talked_repairs`
    are the ids of repairs that reached a conversation; `roles` maps people's names to their
    roles.
    """
    if until is None:
        until = clock.last
    count = len(columns.ids)
    repaired_count = sum(columns.repaired)
    by_theme = columns.by_theme()
    for indexes in by_theme.values():
        indexes.sort(key=clock.seconds.__getitem__)  # wall clocks differ in order after travel
    themes = theme_patterns(columns, clock, until, by_theme)
    linked_repairs = {rid for ids in compress(columns.repair_ids, columns.repaired) for rid in ids}
    linked_commitments = [c for c in commitments if c.repair_id in linked_repairs]
    results = _commitment_results(linked_commitments)
    talked = frozenset(linked_repairs.intersection(talked_repairs))
    until_seconds = Clock.wall_seconds(until) if until is not None else None
    pairs = pair_counts(columns, by_theme)
    checked = sum(results[str(result)] for result in CheckInResult)
    return PatternReport(
        conflict_count=count,
        first=clock.first,
        last=clock.last,
        until=until,
        themes=themes,
        repaired_count=repaired_count,
        repair_rate=share(repaired_count, count) or 0.0,
        median_hours_to_repair=_median_hours_to_repair(columns, repair_times or {}),
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
        kept_but_back=kept_but_back(columns, by_theme, linked_commitments),
        roles=dict(roles or {}),
        talked_repairs=talked,
    )


class SummarySource(Protocol):
    """What analysis reads from a journal: summaries only, never an entry's text."""

    def pattern_columns(self, selection: Selection = ...) -> tuple[Clock, Columns]: ...

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
    """Patterns of a journal's entries between `start` and `end` (as `Journal.summaries`)."""
    return analyse_selection(journal, Selection(start, end), until)


def analyse_selection(
    journal: SummarySource, selection: Selection, until: datetime | None = None
) -> PatternReport:
    """Patterns of the entries of `selection`, read as columns."""
    return analyse_columns(*journal.pattern_columns(selection), *pattern_context(journal, until))


def pattern_context(journal: SummarySource, until: datetime | None = None) -> tuple[Any, ...]:
    """What patterns read besides the entries (repair times, commitments, `until`, the
    repairs that reached a conversation, people's roles), in `analyse_columns`' order."""
    return (
        journal.repair_times(),
        journal.commitment_summaries(),
        until,
        talked_repairs(journal.repair_summaries()),
        {p.name: p.role for p in journal.people()},
    )


def talked_repairs(repairs: Iterable[RepairSummary]) -> set[int]:
    """Ids of the repairs that reached a conversation."""
    return {r.id for r in repairs if r.status in _TALKED}


# --- overall ------------------------------------------------------------------------------
def _median_hours_to_repair(columns: Columns, repair_times: Mapping[int, float]) -> float | None:
    """Real elapsed hours from each conflict to its first linked repair (never negative:
    an entry written after the repair it belongs to counts as repaired at once)."""
    hours = []
    for repair_ids, stamp in compress(
        zip(columns.repair_ids, columns.stamps, strict=True), columns.repaired
    ):
        made = [repair_times[r] for r in repair_ids if r in repair_times]
        if made:
            elapsed = (min(made) - stamp) / 3600
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
