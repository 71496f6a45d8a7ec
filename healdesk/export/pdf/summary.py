"""The figures on the export's first page, from entry summaries only (no entry text is read).

The pattern figures are core/patterns' own analysis of the chosen entries, so the PDF a
therapist reads says exactly what the app's insights and `healdesk stats` say about the same
entries. Only what a PatternReport does not hold is counted here: how many linked repairs
reached a conversation, and how many entries were with each person.

Shared by the PDF and the export dialog's preview, so both always show the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from healdesk.core.analysis.patterns import PatternReport, analyse, talked_repairs
from healdesk.core.analysis.theme_patterns import ThemePattern
from healdesk.core.conflict import ConflictSummary
from healdesk.core.repairs.repair import CommitmentSummary, RepairSummary
from healdesk.i18n import _


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What a therapist reads first: the period, what it was about, and how repair went."""

    patterns: PatternReport
    people_counts: tuple[tuple[str, int], ...]
    #: Repairs linked to a chosen entry, and how many of them reached a conversation.
    repairs: int
    talked: int

    @property
    def first(self) -> date:
        return self.patterns.first.date()  # type: ignore[union-attr]  # never empty

    @property
    def last(self) -> date:
        return self.patterns.last.date()  # type: ignore[union-attr]

    @property
    def entries(self) -> int:
        return self.patterns.conflict_count

    @property
    def theme_counts(self) -> tuple[tuple[str, int], ...]:
        return tuple((t.name, t.count) for t in self.patterns.themes)

    @property
    def repaired(self) -> int:
        return self.patterns.repaired_count

    @property
    def median_days_to_repair(self) -> float | None:
        hours = self.patterns.median_hours_to_repair
        return None if hours is None else hours / 24

    @property
    def commitments(self) -> int:
        return sum(self.patterns.commitment_results.values())

    @property
    def kept(self) -> int:
        return self.patterns.commitment_results["kept"]

    @property
    def partly(self) -> int:
        return self.patterns.commitment_results["partly"]

    @property
    def not_yet(self) -> int:
        return self.patterns.commitment_results["not_yet"]

    @property
    def unchecked(self) -> int:
        return self.patterns.commitment_results["unchecked"]

    @property
    def settled_average(self) -> float | None:
        """Mean "how settled" of the entries that noted one (1 = raw ... 5 = at peace)."""
        noted = {value: n for value, n in self.patterns.settled_counts.items() if value}
        total = sum(noted.values())
        return sum(value * n for value, n in noted.items()) / total if total else None

    @property
    def same_fight_again(self) -> tuple[ThemePattern, ...]:
        """Themes that keep coming back and mostly still feel unsettled after a repair."""
        return tuple(t for t in self.patterns.themes if t.same_fight_again)


def summarize(
    entries: Sequence[ConflictSummary],
    repairs: Sequence[RepairSummary],
    repair_times: Mapping[int, float],
    commitments: Iterable[CommitmentSummary],
    roles: Mapping[str, str] | None = None,
) -> ExportSummary:
    """Figures for the chosen `entries` (date order, as `Journal.summaries` gives them);
    repairs and commitments of other entries are ignored. `entries` must not be empty."""
    if not entries:
        raise ValueError(_("a summary needs at least one entry"))
    chosen = {e.id for e in entries}
    linked = [r for r in repairs if chosen.intersection(r.conflict_ids)]
    people = Counter(e.person for e in entries if e.person)
    talked = talked_repairs(linked)
    return ExportSummary(
        patterns=analyse(entries, repair_times, commitments, None, talked, roles or {}),
        people_counts=tuple(sorted(people.items(), key=lambda p: (-p[1], p[0].casefold()))),
        repairs=len(linked),
        talked=len(talked),
    )
