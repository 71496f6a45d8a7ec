"""The journal window's menus: every action with its shortcut, in one place so Help > Keyboard
shortcuts (read from the actions themselves) can never go stale."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu

from healdesk.gui.care.break_companion import open_break_companion
from healdesk.gui.journal.help_menu import build_help_menu
from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.gui.journal.main_window import JournalWindow


def _action(
    window: JournalWindow, menu: QMenu, text: str, slot, *keys: str, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window: JournalWindow) -> None:
    """The Journal, View and Help menus, each action with its shortcut (the Data menu is added
    by the data actions; Help > Keyboard shortcuts lists whatever is here)."""
    bar = window.menuBar()
    journal = bar.addMenu(_("&Journal"))
    a = partial(_action, window)
    window.new_action = a(journal, _("&New entry\u2026"), window.new_entry, "Ctrl+N")
    window.edit_action = a(journal, _("&Edit entry\u2026"), window.edit_entry, "Ctrl+E")
    window.trash_action = a(journal, _("Move to &trash"), window.delete_entry, _("Delete"))
    window.undo_trash_action = a(journal, _("&Undo move to trash"), window.undo_delete, "Ctrl+Z")
    window.undo_trash_action.setEnabled(False)
    journal.addSeparator()
    window.repair_action = a(journal, _("Start a &repair\u2026"), window.start_repair, "Ctrl+R")
    window.import_flow_action = a(journal, _("&Import a repair flow\u2026"), window.import_flow)
    window.receive_action = a(
        journal, _("&Open a file from my partner\u2026"), window.open_partner_file
    )
    window.break_action = a(
        journal, _("I need a &break\u2026"), lambda: open_break_companion(window, window.journal)
    )
    window.commitments_action = a(
        journal, _("&Commitments\u2026"), window.show_commitments, "Ctrl+Shift+C"
    )
    window.export_action = a(
        journal,
        _("E&xport for a therapist\u2026"),
        lambda: window.export_for_therapist(),
        "Ctrl+Shift+E",
    )
    journal.addSeparator()
    window.labels_action = a(
        journal, _("Themes and &people\u2026"), window.manage_labels, "Ctrl+Shift+P"
    )
    window.open_trash_action = a(journal, _("T&rash\u2026"), window.open_trash, "Ctrl+Shift+T")
    journal.addSeparator()
    a(journal, _("Pre&ferences\u2026"), window.preferences_requested.emit, "Ctrl+,")
    journal.addSeparator()
    window.lock_action = a(journal, _("&Lock"), window.lock_requested.emit, "Ctrl+L")
    window.hide_action = a(
        journal, _("&Hide and lock"), window.hide_requested.emit, "Ctrl+H", "Ctrl+Shift+H"
    )
    a(journal, _("&Quit"), window.quit_requested.emit, "Ctrl+Q")

    view = bar.addMenu(_("&View"))
    a(view, _("&Search"), window.focus_search, "Ctrl+F")
    a(view, _("Filter by &theme"), lambda: _popup(window.filters.theme), "Ctrl+T")
    a(view, _("Filter by &person"), lambda: _popup(window.filters.person), "Ctrl+P")
    a(view, _("Filter by p&eriod"), lambda: _popup(window.filters.period), "Ctrl+D")
    a(view, _("&Clear search and filters"), window.filters.reset, "Ctrl+Shift+F")
    view.addSeparator()
    a(view, _("Entry &list"), window.show_entries, "Ctrl+1")
    a(view, _("Ti&meline"), lambda: window.tabs.setCurrentIndex(TIMELINE), "Ctrl+2")
    a(view, _("&Insights"), lambda: window.tabs.setCurrentIndex(INSIGHTS), "Ctrl+3")
    a(view, _("Read the selected &entry"), window.detail.setFocus, "F6")

    window.help_menu = build_help_menu(window, a)


def _popup(combo: QComboBox) -> None:
    combo.setFocus()
    combo.showPopup()
