"""The journal window: the entry list, the selected entry and its repairs, search and
filters, the timeline and insights tabs, and the menus.

It shows one unlocked Journal and asks the session (via signals) to lock, hide or change
preferences. `clear_for_lock()` forgets every word it shows. The title is always just the
app's name (plus "demo"), never anything from the journal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.gui.base import prompts
from healdesk.gui.base.windows import open_dialog
from healdesk.gui.couple.receive import ShareDrop, open_share
from healdesk.gui.journal.entry_model import (
    FOUND,
    INTENSITY,
    SETTLED,
    THEMES,
    WHEN,
    WITH,
    EntryTableModel,
)
from healdesk.gui.journal.entry_pane import EntryPane
from healdesk.gui.journal.filter_bar import FilterBar
from healdesk.gui.journal.journal_tabs import ENTRIES, INSIGHTS, TIMELINE, JournalTabs
from healdesk.gui.widgets.undo_bar import UndoBar
from healdesk.vault import Journal

ROW_HEIGHT = 28
SNIPPETS = 200  # search hits that get their matching words shown
SAFETY_NOTE = (
    "If you are afraid of your partner or for your safety, repair exercises are not the "
    "answer. Please contact local emergency services or a domestic violence helpline. "
    "HealDesk is a companion for reflection, not therapy."
)


class JournalWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()
    preferences_requested = Signal()
    quit_requested = Signal()

    def __init__(self, journal: Journal, demo: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.journal_closed = False
        self._last_trashed: int | None = None
        self.setObjectName("JournalWindow")
        self.setWindowTitle(f"{APP_NAME} (demo)" if demo else APP_NAME)
        self.resize(1100, 700)

        self.filters = FilterBar(self._date_span)
        self.filters.changed.connect(self.refresh)
        self.filters.search.returnPressed.connect(self.filters.search_now)
        self.model = EntryTableModel(self)
        self.table = self._build_table()
        self.pane = EntryPane(journal)
        self.pane.setMinimumWidth(340)
        self.pane.changed.connect(self._repairs_changed)
        self.detail = self.pane.detail
        self.empty = self._build_empty_page()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        entries = QWidget()
        column = QVBoxLayout(entries)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.filters)
        column.addWidget(splitter, 1)
        self.tabs = JournalTabs(journal, entries)
        self.tabs.conflict_activated.connect(self.show_entry)
        self.tabs.export_requested.connect(self.export_for_therapist)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 6)
        if demo:
            banner = QLabel("DEMO journal: invented entries, deleted when you quit.")
            banner.setProperty("role", "demo")
            banner.setAccessibleName("Demo journal")
            outer.addWidget(banner)
        outer.addWidget(self.tabs, 1)
        self.undo_bar = UndoBar()
        outer.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Entries shown")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(False)
        self._build_menus()
        self.share_drop = ShareDrop(self, journal, lambda _id: self._repairs_changed())
        self.reload()

    # --- building -------------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName("Entries")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(THEMES, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (WHEN, 175),
            (WITH, 85),
            (INTENSITY, 125),
            (SETTLED, 115),
            (FOUND, 260),
        ):
            table.setColumnWidth(column, width)
        table.setColumnHidden(FOUND, True)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self.edit_entry())
        table.activated.connect(lambda _index: self.edit_entry())
        return table

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.empty_title = QLabel()
        self.empty_title.setProperty("role", "title")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setProperty("role", "subtitle")
        self.empty_button = QPushButton("Write an entry")
        self.empty_button.setProperty("accent", True)
        self.empty_button.clicked.connect(self.new_entry)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _action(self, menu, text: str, slot, *keys, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        journal = bar.addMenu("&Journal")
        a = self._action
        self.new_action = a(journal, "&New entry\u2026", self.new_entry, "Ctrl+N")
        self.edit_action = a(journal, "&Edit entry\u2026", self.edit_entry, "Ctrl+E")
        self.trash_action = a(journal, "Move to &trash", self.delete_entry, "Delete")
        self.undo_trash_action = a(journal, "&Undo move to trash", self.undo_delete, "Ctrl+Z")
        self.undo_trash_action.setEnabled(False)
        journal.addSeparator()
        self.repair_action = a(journal, "Start a &repair\u2026", self.start_repair, "Ctrl+R")
        self.import_flow_action = a(journal, "&Import a repair flow\u2026", self.import_flow)
        self.receive_action = a(
            journal, "&Open a file from my partner\u2026", self.open_partner_file
        )
        self.commitments_action = a(
            journal, "&Commitments\u2026", self.show_commitments, "Ctrl+Shift+C"
        )
        self.export_action = a(
            journal,
            "E&xport for a therapist\u2026",
            lambda: self.export_for_therapist(),
            "Ctrl+Shift+E",
        )
        journal.addSeparator()
        self.labels_action = a(
            journal, "Themes and &people\u2026", self.manage_labels, "Ctrl+Shift+P"
        )
        self.open_trash_action = a(journal, "T&rash\u2026", self.open_trash, "Ctrl+Shift+T")
        journal.addSeparator()
        a(journal, "Pre&ferences\u2026", self.preferences_requested.emit, "Ctrl+,")
        journal.addSeparator()
        self.lock_action = a(journal, "&Lock", self.lock_requested.emit, "Ctrl+L")
        self.hide_action = a(
            journal, "&Hide and lock", self.hide_requested.emit, "Ctrl+H", "Ctrl+Shift+H"
        )
        a(journal, "&Quit", self.quit_requested.emit, "Ctrl+Q")

        view = bar.addMenu("&View")
        a(view, "&Search", self.focus_search, "Ctrl+F")
        a(view, "Filter by &theme", lambda: self._popup(self.filters.theme), "Ctrl+T")
        a(view, "Filter by &person", lambda: self._popup(self.filters.person), "Ctrl+P")
        a(view, "Filter by p&eriod", lambda: self._popup(self.filters.period), "Ctrl+D")
        a(view, "&Clear search and filters", self.filters.reset, "Ctrl+Shift+F")
        view.addSeparator()
        a(view, "Entry &list", self.show_entries, "Ctrl+1")
        a(view, "Ti&meline", lambda: self.tabs.setCurrentIndex(TIMELINE), "Ctrl+2")
        a(view, "&Insights", lambda: self.tabs.setCurrentIndex(INSIGHTS), "Ctrl+3")
        a(view, "Read the selected &entry", self.detail.setFocus, "F6")

        self.help_menu = help_menu = bar.addMenu("&Help")
        a(help_menu, "&Keyboard shortcuts", self.show_shortcuts, "F1", "Ctrl+/")
        a(help_menu, "If you do not feel &safe", self.show_safety_note)
        a(help_menu, f"&About {APP_NAME}", self.show_about)

    # --- showing the journal -------------------------------------------------------------
    def add_data_menu(self, actions: list[QAction]) -> None:
        """The Data menu (backups, keys, import and export), before Help."""
        menu = QMenu("&Data", self)
        for action in actions:
            if not action.isSeparator():
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addActions(actions)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)

    def reload(self) -> None:
        """Re-read themes and people (after labels changed), then the list."""
        themes = self.journal.themes()
        self.filters.set_labels([t.name for t in themes], [p.name for p in self.journal.people()])
        self._colours = {t.name: t.colour for t in themes}
        self.refresh()

    def _date_span(self) -> tuple[date, date] | None:
        span = self.journal.date_range()
        return (span[0].date(), span[1].date()) if span else None

    def refresh(self, select: int | None = None) -> None:
        criteria = self.filters.criteria()
        keep = select if select is not None else self.current_id()
        ids, snippets = None, {}
        if criteria.query.strip():
            ids, snippets = self._search(criteria.query)
        summaries = self.journal.summaries(
            criteria.start,
            criteria.end,
            (criteria.theme,) if criteria.theme else (),
            (criteria.person,) if criteria.person else (),
            ids,
        )
        self.model.set_entries(summaries, snippets, self._colours)
        self.table.setColumnHidden(FOUND, not self.model.searching)
        total = len(summaries) if not criteria.filtered else self.journal.count()
        self._show_counts(len(summaries), total, criteria.filtered)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.pane.show_nothing()

    def _search(self, query: str) -> tuple[set[int], dict[int, str]]:
        """Conflicts matching `query`, and those whose repairs match it, with the words found
        (for the best-ranked ones)."""
        ids = self.journal.matching_conflict_ids(query)
        snippets: dict[int, str] = {}
        hits = self.journal.search(query, limit=SNIPPETS)
        repair_links = None
        for hit in hits:
            text = " ".join(hit.plain_snippet().split())
            if hit.kind == "conflict":
                snippets.setdefault(hit.id, text)
                continue
            if repair_links is None:
                repair_links = {r.id: r.conflict_ids for r in self.journal.repair_summaries()}
            for conflict_id in repair_links.get(hit.id, ()):
                ids.add(conflict_id)
                snippets.setdefault(conflict_id, f"in a repair: {text}")
        return ids, snippets

    def _show_counts(self, shown: int, total: int, filtered: bool) -> None:
        noun = "entry" if total == 1 else "entries"
        self.count_label.setText(f"{shown} of {total} {noun}" if filtered else f"{total} {noun}")
        if shown:
            self.list_stack.setCurrentWidget(self.table)
            return
        if total:
            self.empty_title.setText("Nothing matches")
            self.empty_text.setText("Try other words, or clear the filters (Ctrl+Shift+F).")
            self.empty_button.hide()
        else:
            self.empty_title.setText("A quiet place for hard moments")
            self.empty_text.setText(
                "When something happens, write it down here. A few words are enough; "
                "everything else can wait. Press Ctrl+N to begin."
            )
            self.empty_button.show()
        self.list_stack.setCurrentWidget(self.empty)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        return summary.id if summary else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            self.pane.show_nothing()
        else:
            self.pane.show_conflict(conflict_id)

    # --- timeline and insights ------------------------------------------------------------
    def show_entries(self) -> None:
        self.tabs.setCurrentIndex(ENTRIES)
        self.table.setFocus()

    def show_entry(self, conflict_id: int) -> None:
        """Open one entry in the list (from the timeline), clearing filters that hide it."""
        self.tabs.setCurrentIndex(ENTRIES)
        if self.model.row_of(conflict_id) < 0:
            self.filters.blockSignals(True)
            self.filters.reset()
            self.filters.blockSignals(False)
        self.refresh(select=conflict_id)
        self.table.setFocus()

    def _journal_changed(self) -> None:
        """After a save anywhere: the views built so far show the journal as it is now."""
        self.tabs.reload()

    def _repairs_changed(self) -> None:
        self.refresh()
        self._journal_changed()

    def offer_due_commitments(self) -> None:
        """The gentle follow-through reminder, only when something is due."""
        from healdesk.gui.repair.commitments_panel import DueCommitmentsDialog

        if self.journal_closed or not DueCommitmentsDialog.has_due(self.journal):
            return
        dialog = DueCommitmentsDialog(self.journal, parent=self)
        dialog.finished.connect(lambda _code: self._repairs_changed())
        open_dialog(dialog)

    # --- actions --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    @staticmethod
    def _popup(combo) -> None:
        combo.setFocus()
        combo.showPopup()

    def new_entry(self) -> None:
        self._open_entry(None)

    def edit_entry(self) -> None:
        conflict_id = self.current_id()
        if conflict_id is not None:
            self._open_entry(conflict_id)

    def _open_entry(self, conflict_id: int | None) -> None:
        from healdesk.gui.entry.entry_dialog import open_entry

        self.watch_entry_dialog(open_entry(self.journal, conflict_id, parent=self))

    def watch_entry_dialog(self, dialog) -> None:
        """Keep the list in step with an entry dialog (new, edited or reopened from a draft)."""
        unique = Qt.ConnectionType.UniqueConnection
        dialog.saved.connect(self._entry_saved, unique)
        dialog.deleted.connect(self._entry_trashed, unique)

    def reopen_drafts(self) -> None:
        """After unlock: unsaved entries (from a crash or a lock) open again as they were."""
        from healdesk.gui.entry.entry_dialog import reopen_entry_drafts

        for dialog in reopen_entry_drafts(self.journal, self):
            self.watch_entry_dialog(dialog)

    def _entry_saved(self, conflict_id: int) -> None:
        self.reload()
        self.refresh(select=conflict_id)
        self._journal_changed()

    def delete_entry(self) -> None:
        """Straight to the trash, no question in the way; the undo bar (or Ctrl+Z) brings it
        back."""
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        row = self.model.row_of(conflict_id)
        self.journal.delete_conflict(conflict_id)
        self._entry_trashed(conflict_id)
        if self.model.rowCount():  # the next entry takes its place, for the keyboard
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _entry_trashed(self, conflict_id: int) -> None:
        self._last_trashed = conflict_id
        self.undo_trash_action.setEnabled(True)
        self.undo_bar.offer("Entry moved to the trash.", self.undo_delete)
        self.refresh()
        self._journal_changed()

    def undo_delete(self) -> None:
        if self._last_trashed is None:
            return
        conflict_id, self._last_trashed = self._last_trashed, None
        self.undo_trash_action.setEnabled(False)
        self.undo_bar.dismiss()
        self.journal.restore_conflict(conflict_id)
        self.refresh(select=conflict_id)
        self._journal_changed()

    def start_repair(self) -> None:
        """Go to the guided flows of the selected entry (the repairs panel's own button)."""
        if self.pane.repairs is None:
            self.statusBar().showMessage("Choose an entry first.", 4000)
            return
        self.pane.repairs.start_button.setFocus()
        self.statusBar().showMessage("Press Space to choose a guided repair.", 6000)

    def import_flow(self) -> None:
        from healdesk.gui.repair.template_import import import_template

        if import_template(self, self.journal) is not None:
            self.pane.forget_templates()

    def open_partner_file(self) -> None:
        """Take in a `.healdesk-share` file (also dropped on the window: ShareDrop)."""
        if open_share(self, self.journal) is not None:
            self._repairs_changed()

    def show_commitments(self) -> None:
        from healdesk.gui.journal.entry_pane import CommitmentsDialog

        dialog = CommitmentsDialog(self.journal, self)
        dialog.finished.connect(lambda _code: self._repairs_changed())
        open_dialog(dialog)

    def export_for_therapist(self, preselected: list[int] | None = None) -> None:
        """The PDF export; from the insights' gentle note it starts with that theme's entries."""
        from healdesk.gui.export.export_dialog import ExportDialog

        self._open_dialog(ExportDialog(self.journal, preselected, self))

    def manage_labels(self) -> None:
        from healdesk.gui.data.labels_dialog import LabelsDialog

        self._open_dialog(LabelsDialog(self.journal, self))

    def open_trash(self) -> None:
        from healdesk.gui.data.trash_dialog import TrashDialog

        self._open_dialog(TrashDialog(self.journal, self))

    def _open_dialog(self, dialog) -> None:
        dialog.finished.connect(lambda _code: (self.reload(), self._journal_changed()))
        open_dialog(dialog)

    def show_shortcuts(self) -> None:
        from healdesk.gui.journal.shortcuts_dialog import KeyboardShortcutsDialog

        open_dialog(KeyboardShortcutsDialog(self.findChildren(QAction), self))

    def show_safety_note(self) -> None:
        prompts.inform(self, "If you do not feel safe", SAFETY_NOTE)

    def show_about(self) -> None:
        from healdesk import __version__

        prompts.inform(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}: a private, "
            "encrypted journal for working through conflicts in close relationships. "
            + SAFETY_NOTE,
        )

    # --- locking --------------------------------------------------------------------------
    def clear_for_lock(self) -> None:
        """Forget every word shown: list, entry, search text, label names."""
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.set_labels([], [])
        self.filters.blockSignals(False)
        self.journal_closed = True
        self.table.clearSelection()
        self.model.clear()
        self.pane.show_nothing()
        self._last_trashed = None
