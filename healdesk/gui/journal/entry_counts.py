"""The count beside the entry list ("12 of 340 entries"), counted in SQL.

A count passes over the whole date index (milliseconds per 20,000 entries), and counting
every match of a common word takes longer than showing its first page: after a save or a
search the count is made off the UI thread and shown a moment later, dropped if the list
changed meanwhile. Choosing a filter counts at once (the list is read anew then anyway).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from healdesk.core.language.vocabulary import counted
from healdesk.core.selection import Selection
from healdesk.gui.base.reads import JournalReads, Opener
from healdesk.i18n import _, ngettext
from healdesk.vault import Journal


def list_counts(journal: Journal, selection: Selection, filtered: bool) -> tuple[int, int]:
    """(entries listed, entries outside the trash)."""
    total = journal.count()
    return (journal.count(selection) if filtered else total), total


class EntryCounts(QObject):
    """Owns the count `label`; `shown(listed, total)` is told each count shown (the window
    shows the list, or the page for no entries)."""

    def __init__(
        self,
        journal: Journal,
        opener: Opener | None,
        shown: Callable[[int, int], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._journal, self._shown = journal, shown
        self.reads = JournalReads(journal, opener, self)
        self.total = 0  # entries outside the trash, as last counted
        self.label = QLabel()
        self.label.setAccessibleName(_("Entries shown"))
        self.label.setContentsMargins(0, 0, 10, 0)  # off the window's edge

    def now(self, selection: Selection, filtered: bool) -> None:
        self.show(*list_counts(self._journal, selection, filtered), filtered)

    def later(self, selection: Selection, filtered: bool) -> None:
        """The list's counts, off the UI thread (after a save)."""
        self.reads.request(
            lambda journal: list_counts(journal, selection, filtered),
            lambda found: self.show(*found, filtered),
        )

    def search(self, query: str, selection: Selection, listed: int, complete: bool) -> None:
        """A search listed its first `listed` matches (`complete`: every one of them). How many
        match in all is counted off the UI thread; until then the label says it is counting,
        as the page's size is not the number of matches."""
        if complete:
            self.show(listed, self.total, True)
        else:
            self.label.setText(_("Counting matches…"))
            self._shown(listed, self.total)
        self.reads.request(
            lambda journal: (
                listed if complete else journal.search_count(query, selection),
                journal.count(),
            ),
            lambda found: self.show(*found, True),
        )

    def show(self, listed: int, total: int, filtered: bool) -> None:
        self.total = total
        self.label.setText(
            ngettext("{shown} of {n} entry", "{shown} of {n} entries", total).format(
                shown=listed, n=total
            )
            if filtered
            else counted(total, "{n} entry", "{n} entries")
        )
        self._shown(listed, total)

    def forget(self) -> None:
        """A count on its way was for the list as it was."""
        self.reads.forget()
