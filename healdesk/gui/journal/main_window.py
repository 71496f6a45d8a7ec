"""The journal window: the entry list, the selected entry and its repairs, search and
filters, the timeline and insights tabs, and the menus.

It shows one unlocked Journal and asks the session (via signals) to lock, hide or change
preferences. `clear_for_lock()` forgets every word it shows. The title is always just the
app's name (plus "demo"), never anything from the journal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.selection import Selection
from healdesk.gui.base.announce import ENTRY_SAVED, announce
from healdesk.gui.base.quiet import quietly
from healdesk.gui.base.reads import JournalReads, Opener
from healdesk.gui.base.windows import open_dialog
from healdesk.gui.care.opening import offer_after_entry
from healdesk.gui.couple.receive import ShareDrop, open_share
from healdesk.gui.journal.entry_counts import EntryCounts
from healdesk.gui.journal.entry_list import EmptyJournalPage, build_entry_table, show_found
from healdesk.gui.journal.entry_model import EntryTableModel
from healdesk.gui.journal.entry_pages import EntryPages
from healdesk.gui.journal.entry_pane import EntryPane
from healdesk.gui.journal.filter_bar import FilterBar
from healdesk.gui.journal.journal_menus import build_menus
from healdesk.gui.journal.journal_tabs import ENTRIES, JournalTabs
from healdesk.gui.journal.search_results import SearchResults
from healdesk.gui.widgets.undo_bar import UndoBar
from healdesk.i18n import _
from healdesk.vault import Journal


class JournalWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()
    preferences_requested = Signal()
    quit_requested = Signal()
    # Made by journal_menus.build_menus:
    break_action: QAction
    care_check_action: QAction
    commitments_action: QAction
    edit_action: QAction
    export_action: QAction
    help_menu: QMenu
    hide_action: QAction
    import_flow_action: QAction
    labels_action: QAction
    lock_action: QAction
    receive_action: QAction
    new_action: QAction
    open_trash_action: QAction
    repair_action: QAction
    safety_plan_action: QAction
    trash_action: QAction
    undo_trash_action: QAction

    def __init__(
        self, journal: Journal, demo: bool = False, parent=None, opener: Opener | None = None
    ) -> None:
        """`opener` (`Vault.journal_on_this_thread`) lets long reads run off the UI thread."""
        super().__init__(parent)
        self.journal = journal
        self.counts = EntryCounts(journal, opener, self._counted, self)
        self._pages: EntryPages | None = None
        self.journal_closed = False
        self._last_trashed: int | None = None
        self.setObjectName("JournalWindow")
        # Ends with the app name, so window managers that append it do not say it twice.
        self.setWindowTitle(
            _("Demo journal — {APP_NAME}").format(APP_NAME=APP_NAME) if demo else APP_NAME
        )
        self.resize(1100, 700)

        self.filters = FilterBar(self._date_span)
        self.filters.changed.connect(self.refresh)
        self.filters.search.returnPressed.connect(self.filters.search_now)
        self.model = EntryTableModel(self)
        self.table = build_entry_table(self.model)
        self._pane_held = False  # True while a save moves the selection in several steps
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.table.activated.connect(lambda _index: self.edit_entry())
        self.pane = EntryPane(journal)
        self.pane.setMinimumWidth(340)
        self.pane.changed.connect(self._repairs_changed)
        self.detail = self.pane.detail
        self.empty = EmptyJournalPage(self.new_entry)
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
        self.tabs = JournalTabs(journal, entries, opener=opener)
        self.tabs.conflict_activated.connect(self.show_entry)
        self.tabs.export_requested.connect(self.export_for_therapist)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 6)
        if demo:
            banner = QLabel(_("DEMO journal: invented entries, deleted when you quit."))
            banner.setProperty("role", "demo")
            banner.setAccessibleName(_("Demo journal"))
            outer.addWidget(banner)
        outer.addWidget(self.tabs, 1)
        self.undo_bar = UndoBar()
        outer.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self.count_label = self.counts.label
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(False)
        build_menus(self)
        self.share_drop = ShareDrop(self, journal, lambda _id: self._repairs_changed())
        self.reload()

    # --- showing the journal -------------------------------------------------------------
    def add_data_menu(self, actions: list[QAction]) -> None:
        """The Data menu (backups, keys, import and export), before Help."""
        menu = QMenu(_("&Data"), self)
        for action in actions:
            if not action.isSeparator():
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addActions(actions)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)

    def reload(self) -> None:
        """Re-read themes and people (after labels changed), then the list."""
        if self.journal_closed:
            return
        self._update_labels()
        self.refresh()

    def _date_span(self) -> tuple[date, date] | None:
        span = self.journal.date_range()
        return (span[0].date(), span[1].date()) if span else None

    def refresh(self, select: int | None = None) -> None:
        if self.journal_closed:
            return  # a lock is under way: a late timer or signal must not read the journal
        criteria = self.filters.criteria()
        keep = select if select is not None else self.current_id()
        self.counts.forget()
        if criteria.query.strip():
            self._show_search(criteria.query, criteria.selection)
        else:
            self._pages = EntryPages(self.journal, criteria.selection)
            self.model.set_entries(self._pages.rows, None, self._colours, self._pages.more)
            self.counts.now(criteria.selection, criteria.filtered)
        show_found(self.table, self.model.searching)
        if keep is None or not self._select(keep):
            self.pane.show_nothing()

    def _select(self, conflict_id: int) -> bool:
        row = self.model.row_of(conflict_id)
        if row < 0 and not self.model.searching and self._pages is not None:
            self.model.extend(self._pages.through(conflict_id))  # an older entry, asked for
            row = self.model.row_of(conflict_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _show_search(self, query: str, selection: Selection) -> None:
        """The best-ranked page of matches at once (more pages as the list scrolls); how many
        match is counted a moment later."""
        found = SearchResults(self.journal, query, selection)
        self.model.set_entries(found.rows, found.snippets, self._colours, found.more)
        self.counts.search(query, selection, len(found.rows), complete=not found.more)

    def _counted(self, listed: int, total: int) -> None:
        if listed:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.empty.show_for(total)
            self.list_stack.setCurrentWidget(self.empty)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        summary = self.model.summary(rows[0].row()) if rows else None
        return summary.id if summary else None

    def _selection_changed(self, *_changes: QItemSelection) -> None:
        if self._pane_held:
            return
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
            with quietly(self.filters):
                self.filters.reset()
        self.refresh(select=conflict_id)
        if self.current_id() != conflict_id:
            self.pane.show_conflict(conflict_id)  # far down a long list: shown, not fetched to
        self.table.setFocus()

    def _journal_changed(self) -> None:
        """After a save anywhere: the views built so far show the journal as it is now."""
        if self.journal_closed:
            return
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
        """One entry changed: its row, its names and its mark are updated, never the whole
        journal re-read (a ranked search page is asked again: it costs a page)."""
        if self.journal_closed:
            return
        criteria = self.filters.criteria()
        if criteria.query.strip():
            self.refresh(select=conflict_id)
        else:
            shown = self.journal.summaries(criteria.selection.within([conflict_id]))
            # The selection moves with the shifted rows before the saved entry is selected:
            # the pane (an entry read and its repairs built) is drawn once, after both.
            self._pane_held = True
            try:
                self.model.put(conflict_id, shown[0] if shown else None)
                self._select(conflict_id)
            finally:
                self._pane_held = False
            self._selection_changed()
            if self.model.rowCount():  # shown at once; counted off the UI thread
                self.list_stack.setCurrentWidget(self.table)
            self.counts.later(criteria.selection, criteria.filtered)
        saved = self.pane.shown
        if saved is None or saved.id != conflict_id:  # hidden by the filters: read here
            saved = self.journal.get_conflict(conflict_id)
        if not self.filters.offers(saved.themes, saved.person):
            self._update_labels()  # a save adds names, never removes one
        self.tabs.entry_saved(conflict_id)
        self.statusBar().showMessage(_(ENTRY_SAVED), 4000)
        announce(self, _(ENTRY_SAVED))  # the dialog closed: nothing else tells a screen reader
        offer_after_entry(self, self.journal, saved)

    def _update_labels(self) -> None:
        """Theme and person names (a save may add some) and theme colours: names only."""
        themes = self.journal.themes()
        self.filters.set_labels([t.name for t in themes], [p.name for p in self.journal.people()])
        self._colours = {t.name: t.colour for t in themes}

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
        self.undo_bar.offer(_("Entry moved to the trash."), self.undo_delete)
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
        if self.pane.conflict_id is None:
            self.statusBar().showMessage(_("Choose an entry first."), 4000)
            return
        self.pane.repairs.start_button.setFocus()
        self.statusBar().showMessage(_("Press Space to choose a guided repair."), 6000)

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

    # --- locking --------------------------------------------------------------------------
    def clear_for_lock(self) -> None:
        """Forget every word shown: list, entry, search text, label names."""
        self.journal_closed = True
        for reads in self.findChildren(JournalReads):  # the views' and the search count's
            reads.forget()  # an answer on its way is dropped, never shown
        self.tabs.forget_saves()
        with quietly(self.filters):
            self.filters.reset()
            self.filters.set_labels([], [])
        self.table.clearSelection()
        self.model.clear()
        self.pane.show_nothing()
        self._last_trashed = None
