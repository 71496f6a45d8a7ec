"""The journal window's tabs: the entries, the timeline and the insights.

The timeline and insights read the whole journal, so each is built the first time its tab
is opened, never at unlock. `reload()` brings the ones built so far up to date; a saved
entry only reaches them a moment later (`entry_saved`), once for a burst of saves, and the
timeline then redraws just that entry's mark from its summary.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from healdesk.gui.base.quiet import quietly
from healdesk.i18n import _

ENTRIES, TIMELINE, INSIGHTS = range(3)
#: How long the views wait after a save before catching up (more saves restart the wait).
SETTLE_MS = 400


class JournalTabs(QTabWidget):
    """`conflict_activated(id)`: the timeline or the insights ask for an entry;
    `export_requested(ids)`: the insights offer an export for a therapist."""

    conflict_activated = Signal(int)
    export_requested = Signal(list)

    def __init__(self, journal, entries: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.views: dict[int, QWidget] = {}
        self.setDocumentMode(True)
        self.setAccessibleName(_("Views"))
        self.addTab(entries, _("&Entries"))
        self.addTab(QWidget(), _("Ti&meline"))
        self.addTab(QWidget(), _("&Insights"))
        self.currentChanged.connect(self._shown)
        self._saved: set[int] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._catch_up)

    def _shown(self, index: int) -> None:
        if index in (TIMELINE, INSIGHTS) and index not in self.views:
            view = self._build(index)
            title = self.tabText(index)
            with quietly(self):
                self.removeTab(index)
                self.insertTab(index, view, title)
                self.setCurrentIndex(index)
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
        view.conflict_activated.connect(self.conflict_activated)
        return view

    def reload(self) -> None:
        self.forget_saves()
        for view in self.views.values():
            view.reload()

    def entry_saved(self, conflict_id: int) -> None:
        if self.views:
            self._saved.add(conflict_id)
            self._settle.start()

    def forget_saves(self) -> None:
        """Nothing pending reaches the views (a lock, or a full reload that covers it)."""
        self._settle.stop()
        self._saved.clear()

    def _catch_up(self) -> None:
        saved, self._saved = set(self._saved), set()
        for view in self.views.values():
            view.entries_changed(saved)
