"""What the entry list shows while searching: a ranked page, not every match.

The first page costs about a page however many entries match (Journal.search_entries);
entries found through their repairs come first; `more(offset)` gives the next page as the
list scrolls. Counting every match is left to the caller, for a moment later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from healdesk.core.conflict import ConflictSummary
from healdesk.core.selection import Selection
from healdesk.i18n import N_, _
from healdesk.vault import Journal
from healdesk.vault.stores.snippets import MATCH_END, MATCH_START

#: Entries per page of search results (the list asks for the next page near its end): more
#: than a 1280x720 window shows. Each is read whole and its snippet cut, about 0.4 ms apiece
#: at 100,000 entries, while the person is still typing.
SEARCH_PAGE = 30
#: Said before a snippet that comes from a repair linked to the entry.
IN_A_REPAIR = N_("in a repair: {}")

Page = Sequence[tuple[ConflictSummary, str]]


def plain(snippet: str) -> str:
    """A snippet on one line, without match marks (the list shows it as found words)."""
    return " ".join(snippet.replace(MATCH_START, "").replace(MATCH_END, "").split())


class SearchResults:
    """The first page of `query` within `selection`: `rows`, `snippets` by id, and `more`
    (None when the first page already holds every match)."""

    def __init__(self, journal: Journal, query: str, selection: Selection) -> None:
        self._journal, self._query, self._selection = journal, query, selection
        linked = self._through_repairs()
        self._linked = {s.id for s, _ in linked}
        page = journal.search_entries(query, selection, limit=SEARCH_PAGE)
        rows = linked + [(s, plain(text)) for s, text in page if s.id not in self._linked]
        self.rows = [s for s, _ in rows]
        self.snippets = {s.id: text for s, text in rows}
        self.more: Callable[[int], Page] | None = self._next if len(page) == SEARCH_PAGE else None

    def _next(self, shown: int) -> Page:
        offset = shown - len(self._linked)
        page = self._journal.search_entries(
            self._query, self._selection, limit=SEARCH_PAGE, offset=offset
        )
        return [(s, plain(text)) for s, text in page if s.id not in self._linked]

    def _through_repairs(self) -> list[tuple[ConflictSummary, str]]:
        """Entries whose repairs match (repairs are few: one ranked page of them)."""
        linked: dict[int, str] = {}
        for hit in self._journal.repair_hits(self._query, SEARCH_PAGE):
            for conflict_id in self._journal.get_repair(hit.id).conflict_ids:
                linked.setdefault(conflict_id, _(IN_A_REPAIR).format(plain(hit.snippet)))
        if not linked:
            return []
        return [(s, linked[s.id]) for s in self._journal.summaries(self._selection.within(linked))]
