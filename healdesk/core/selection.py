"""Which entries a list, a search, an export or a count is about: one shape for every filter.

The entry list's filter bar, the therapist export and the command line all describe their
choice as a Selection, and the Journal answers it (Journal.summaries, count, conflicts,
search_entries, search_count), so "between these dates, any of these themes" means the same
everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Selection:
    """Entries outside the trash for which every criterion given holds: dates inclusive (a
    date means that whole local day), any of `themes`, any of `people`, one of `ids`.
    Nothing given means every entry."""

    start: date | datetime | None = None
    end: date | datetime | None = None
    themes: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    ids: tuple[int, ...] | None = None

    @classmethod
    def of(cls, ids: Iterable[int]) -> Selection:
        """Exactly these entries (those still outside the trash)."""
        return cls(ids=tuple(ids))

    def within(self, ids: Iterable[int]) -> Selection:
        """The same criteria, narrowed to `ids`."""
        return replace(self, ids=tuple(ids))

    @property
    def narrowed(self) -> bool:
        """Something is chosen: the selection may leave entries out."""
        return any((self.start, self.end, self.themes, self.people)) or self.ids is not None


#: Every entry outside the trash.
EVERYTHING = Selection()
