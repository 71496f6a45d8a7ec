"""The journal window by keyboard alone: Tab goes round it, tabbing into the list selects an
entry, Home, End and the arrows move through entries, Ctrl+R reaches the selected entry's
repairs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from healdesk.core.conflict import Conflict
from tests.helpers.focus_chain import accessible_name, check_chain, tab
from tests.helpers.keyboard import show_active


@pytest.fixture
def window(open_session, qtbot):
    journal = open_session.vault.journal
    now = datetime.now().astimezone()
    for days in (9, 5, 1):
        journal.add_conflict(Conflict(now - timedelta(days=days), f"Entry of {days} days ago"))
    window = open_session.window
    window.reload()
    show_active(qtbot, window)
    return window


def tab_into_list(window) -> None:
    """From the search field, Tab until the list has focus."""
    window.filters.search.setFocus()
    for _ in range(10):
        if tab() is window.table:
            return
    raise AssertionError("Tab never reached the list")


def test_tabbing_into_the_list_selects_the_first_entry_and_keys_move_through_entries(window, qtbot):
    assert window.current_id() is None
    tab_into_list(window)
    newest_first = [window.model.summary(row).id for row in range(3)]
    assert window.current_id() == newest_first[0]
    assert "Entry of 1 days ago" in window.detail.toPlainText()
    for key, row in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_End, 2), (Qt.Key.Key_Home, 0)):
        qtbot.keyClick(window.table, key)
        assert window.current_id() == newest_first[row], key


def test_ctrl_r_after_tabbing_in_goes_to_the_entrys_repairs(window, qtbot):
    tab_into_list(window)
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pane.repairs.start_button
    assert "Choose an entry first" not in window.statusBar().currentMessage()


def test_tab_goes_round_the_window_through_the_list_the_entry_and_its_repairs(window, qtbot):
    tab_into_list(window)
    qtbot.waitUntil(window.pane.repairs.isVisible)  # shown by the event loop, as in the app
    names = [accessible_name(w) for w in check_chain(window)]
    assert names[:3] == ["Entries", "Entry", "Start a repair…"]
    assert "Search entries" in names
