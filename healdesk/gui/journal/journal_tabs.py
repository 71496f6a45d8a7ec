"""The journal window's tabs: the entries, the timeline and the insights.

The timeline and insights read the whole journal, so each is built the first time its tab
is opened, never at unlock. `reload()` brings the ones built so far up to date.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

ENTRIES, TIMELINE, INSIGHTS = range(3)


class JournalTabs(QTabWidget):
    """`conflict_activated(id)`: the timeline asks for an entry; `export_requested(ids)`: the
    insights offer an export for a therapist."""

    conflict_activated = Signal(int)
    export_requested = Signal(list)

    def __init__(self, journal, entries: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.views: dict[int, QWidget] = {}
        self.setDocumentMode(True)
        self.setAccessibleName("Views")
        self.addTab(entries, "&Entries")
        self.addTab(QWidget(), "Ti&meline")
        self.addTab(QWidget(), "&Insights")
        self.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        if index in (TIMELINE, INSIGHTS) and index not in self.views:
            view = self._build(index)
            title = self.tabText(index)
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, view, title)
            self.setCurrentIndex(index)
            self.blockSignals(False)
            self.views[index] = view

    def _build(self, index: int) -> QWidget:
        if index == TIMELINE:
            from healdesk.gui.patterns.timeline import TimelineView

            view = TimelineView(self.journal)
            view.conflict_activated.connect(self.conflict_activated)
            return view
        from healdesk.gui.patterns.insights_panel import InsightsPanel

        view = InsightsPanel(self.journal)
        view.export_requested.connect(self.export_requested)
        return view

    def reload(self) -> None:
        for view in self.views.values():
            view.reload()
