"""Every entry the timeline can show, kept as a few parallel lists: pure Python, no Qt.

The timeline filters and lays out lanes from when, who, how intense, which themes and which
repairs; it keeps nothing else of an entry. At 100,000 entries a summary object per entry
(a named tuple, an aware datetime, tuples of words) was most of the window's memory; these
lists cost a few machine words per entry, and equal tuples are shared.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from healdesk.core.analysis.pattern_columns import DAY_SECONDS, Clock, Columns
from healdesk.core.conflict import ConflictSummary


@dataclass(slots=True)
class TimelineEntries:
    """Oldest first (as `Journal.summaries`). `times` are real epoch seconds (marks never jump
    at DST changes); `walls` the writer's own wall clock (`Clock.seconds`), for the days and
    times the timeline names."""

    ids: list[int]
    times: list[float]
    walls: list[float]
    people: list[str | None]
    intensities: list[int | None]
    themes: list[tuple[str, ...]]
    repair_ids: list[tuple[int, ...]]

    @classmethod
    def of_columns(cls, clock: Clock, columns: Columns) -> TimelineEntries:
        """From `Journal.pattern_columns` (read without a summary per entry)."""
        return cls(
            columns.ids,
            columns.stamps,
            clock.seconds,
            columns.people,
            columns.intensities,
            columns.themes,
            columns.repair_ids,
        )

    @classmethod
    def of(cls, summaries: Sequence[ConflictSummary]) -> TimelineEntries:
        """From summaries (a few saved entries, or a test's), put in time order."""
        summaries = sorted(summaries, key=lambda s: (s.happened_at.timestamp(), s.id))
        return cls(
            [s.id for s in summaries],
            [s.happened_at.timestamp() for s in summaries],
            [Clock.wall_seconds(s.happened_at) for s in summaries],
            [s.person for s in summaries],
            [s.intensity for s in summaries],
            [s.themes for s in summaries],
            [s.repair_ids for s in summaries],
        )

    def __len__(self) -> int:
        return len(self.ids)

    def replaced(self, gone: Collection[int], fresh: TimelineEntries) -> TimelineEntries:
        """These entries without those in `gone`, with `fresh` in their places in time."""
        kept = [i for i, id_ in enumerate(self.ids) if id_ not in gone]
        fields = [
            [column[i] for i in kept] + fresh_column
            for column, fresh_column in zip(self._columns(), fresh._columns(), strict=True)
        ]
        ids, times = fields[0], fields[1]
        order = sorted(range(len(ids)), key=lambda i: (times[i], ids[i]))
        return TimelineEntries(*([column[i] for i in order] for column in fields))

    def day(self, index: int) -> date:
        """The writer's own calendar day of an entry."""
        return date.fromordinal(int(self.walls[index] // DAY_SECONDS))

    def wall_time(self, index: int) -> datetime:
        """When an entry happened on the writer's wall clock (no time zone: shown as is)."""
        wall = self.walls[index]
        return datetime.fromordinal(int(wall // DAY_SECONDS)) + timedelta(
            seconds=wall % DAY_SECONDS
        )

    def _columns(self) -> tuple[list, ...]:
        return (
            self.ids,
            self.times,
            self.walls,
            self.people,
            self.intensities,
            self.themes,
            self.repair_ids,
        )
