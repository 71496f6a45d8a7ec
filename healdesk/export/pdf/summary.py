"""The figures on the export's first page, from entry summaries only (no entry text is read).

Shared by the PDF and the export dialog's preview, so both always show the same numbers.
Kept deliberately small: once healdesk/core/patterns.py lands, recurrence and repair health
should come from there.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from healdesk.core.conflict import ConflictSummary
from healdesk.core.repair import CheckInResult, Commitment, RepairStatus, RepairSummary

#: A theme in at least this many chosen entries counts as "the same fight again".
RECURRING_MIN = 3
#: Settled values at or below this still feel unsettled (1 = raw, 2 = unsettled).
UNSETTLED_MAX = 2

_TALKED = {RepairStatus.TALKED, RepairStatus.FOLLOWED_THROUGH}


@dataclass(frozen=True, slots=True)
class RecurringTheme:
    name: str
    entries: int
    repaired: int
    still_unsettled: int


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What a therapist reads first: the period, what it was about, and how repair went."""

    first: date
    last: date
    entries: int
    theme_counts: tuple[tuple[str, int], ...]
    people_counts: tuple[tuple[str, int], ...]
    repaired: int
    repairs: int
    talked: int
    median_days_to_repair: float | None
    commitments: int
    kept: int
    partly: int
    not_yet: int
    settled_average: float | None
    recurring: tuple[RecurringTheme, ...]

    @property
    def unchecked(self) -> int:
        return self.commitments - self.kept - self.partly - self.not_yet


def summarize(
    entries: Sequence[ConflictSummary],
    repairs: Sequence[RepairSummary],
    commitments: Sequence[Commitment],
) -> ExportSummary:
    """Figures for the chosen `entries` (date order); repairs and commitments of other
    entries are ignored. `entries` must not be empty."""
    if not entries:
        raise ValueError("a summary needs at least one entry")
    chosen = {e.id for e in entries}
    linked = [r for r in repairs if chosen.intersection(r.conflict_ids)]
    linked_ids = {r.id for r in linked}
    first_repair: dict[int, RepairSummary] = {}
    for repair in linked:  # oldest first, as the vault lists them
        for conflict_id in repair.conflict_ids:
            first_repair.setdefault(conflict_id, repair)
    waits = [
        max(0.0, (first_repair[e.id].created_at - e.happened_at).total_seconds() / 86400)
        for e in entries
        if e.id in first_repair
    ]
    promised = [c for c in commitments if c.repair_id in linked_ids]
    latest = Counter(c.latest for c in promised)
    settled = [e.settled for e in entries if e.settled is not None]
    themes = Counter(t for e in entries for t in e.themes)
    return ExportSummary(
        first=entries[0].happened_at.date(),
        last=entries[-1].happened_at.date(),
        entries=len(entries),
        theme_counts=tuple(_ranked(themes)),
        people_counts=tuple(_ranked(Counter(e.person for e in entries if e.person))),
        repaired=sum(1 for e in entries if e.id in first_repair),
        repairs=len(linked),
        talked=sum(1 for r in linked if r.status in _TALKED),
        median_days_to_repair=statistics.median(waits) if waits else None,
        commitments=len(promised),
        kept=latest[CheckInResult.KEPT],
        partly=latest[CheckInResult.PARTLY],
        not_yet=latest[CheckInResult.NOT_YET],
        settled_average=statistics.fmean(settled) if settled else None,
        recurring=tuple(
            _recurring(name, [e for e in entries if name in e.themes], first_repair)
            for name, count in _ranked(themes)
            if count >= RECURRING_MIN
        ),
    )


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def _recurring(
    name: str, entries: list[ConflictSummary], first_repair: dict[int, RepairSummary]
) -> RecurringTheme:
    return RecurringTheme(
        name,
        len(entries),
        sum(1 for e in entries if e.id in first_repair),
        sum(1 for e in entries if e.settled is not None and e.settled <= UNSETTLED_MAX),
    )
