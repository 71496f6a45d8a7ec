"""What the entry list shows without a search: the newest entries, a page at a time.

At 100,000 entries the whole list costs seconds and tens of megabytes before the window can
show; a page costs milliseconds at any size (Journal.summaries_page walks the date index).
More pages come as the list scrolls (`more`), or at once up to an entry asked for by name
(`through`, e.g. an entry opened from the timeline).
"""

from __future__ import annotations

from healdesk.core.conflict import ConflictSummary
from healdesk.core.selection import Selection
from healdesk.gui.journal.search_results import Page
from healdesk.vault import Journal

#: Entries per page of the list (about five screens).
LIST_PAGE = 200
#: An entry asked for is fetched through only when it is at most this many pages further:
#: fetching through 100,000 entries costs what reading the whole journal costs.
THROUGH_PAGES = 5


class EntryPages:
    """The first page (`rows`, newest first) of `selection`, and `more` for the next one
    (None when the first page already holds every entry)."""

    def __init__(self, journal: Journal, selection: Selection) -> None:
        self._journal, self._selection = journal, selection
        self.rows: list[ConflictSummary] = journal.summaries_page(selection, limit=LIST_PAGE)
        self._last = self.rows[-1].id if self.rows else None
        self.more = self._next if len(self.rows) == LIST_PAGE else None

    def _next(self, _shown: int) -> Page:
        """The page after the last entry handed out (by date, so a row put in or taken out
        meanwhile moves nothing)."""
        return self._after(
            self._journal.summaries_page(self._selection, limit=LIST_PAGE, after=self._last)
        )

    def through(self, conflict_id: int) -> Page:
        """Every entry after the last handed out, up to and including `conflict_id`; empty
        when it is not in this list or more than THROUGH_PAGES pages further (the caller
        then shows the entry without its row)."""
        if self.more is None:
            return []
        journal, bounds = self._journal, {"after": self._last, "through": conflict_id}
        if not journal.count(self._selection.within([conflict_id])):
            return []  # not in this list at all
        most = THROUGH_PAGES * LIST_PAGE
        if journal.count_page(self._selection, **bounds, at_most=most + 1) > most:
            return []
        return self._after(journal.summaries_page(self._selection, limit=-1, **bounds))

    def _after(self, page: list[ConflictSummary]) -> Page:
        if page:
            self._last = page[-1].id
        return [(summary, "") for summary in page]
