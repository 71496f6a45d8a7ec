"""The journal window over a real vault: list, entry view, search, filters, shortcuts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from healdesk.core.conflict import Conflict
from healdesk.gui.journal import help_menu
from healdesk.gui.journal.entry_model import FOUND, INTENSITY, SETTLED, THEMES, WITH
from healdesk.gui.journal.shortcuts_dialog import KeyboardShortcutsDialog, shortcut_rows
from tests.helpers.keyboard import NASTY, type_text


def at(days_ago: int) -> datetime:
    return (datetime.now() - timedelta(days=days_ago)).astimezone().replace(microsecond=0)


@pytest.fixture
def filled(open_session):
    journal = open_session.vault.journal
    journal.add_conflict(
        Conflict(
            at(40),
            "Dishes left in the sink",
            person="Alex",
            themes=["chores"],
            intensity=4,
            settled=2,
        )
    )
    journal.add_conflict(
        Conflict(
            at(10), "The phone bill came", person="Alex", themes=["money"], intensity=7, settled=4
        )
    )
    journal.add_conflict(
        Conflict(
            at(2),
            "Sunday lunch at Margaret's",
            person="Margaret",
            themes=["family and in-laws", "chores"],
            intensity=5,
        )
    )
    open_session.window.reload()
    return open_session.window


def shown_ids(window) -> list[int]:
    return [window.model.summary(r).id for r in range(window.model.rowCount())]


def test_list_is_newest_first_and_selection_shows_the_entry(filled):
    window = filled
    assert window.model.rowCount() == 3
    assert window.model.index(0, WITH).data() == "Margaret"
    assert window.model.index(0, THEMES).data() == "family and in-laws, chores"
    assert window.count_label.text() == "3 entries"
    window.table.selectRow(1)
    text = window.detail.toPlainText()
    assert "The phone bill came" in text and "intense (7 of 10)" in text
    assert "mostly settled" in text
    # Only what was written has a heading: no order of moves, no private notes.
    assert "What happened next" not in text and "Private notes" not in text


def test_search_as_you_type_narrows_the_list_after_a_short_pause(filled, qtbot):
    window = filled
    window.resize(1280, 720)
    table = window.table
    qtbot.keyClicks(window.filters.search, "sin")
    assert window.model.rowCount() == 3  # debounced: nothing yet
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    # The words found take the place of How intense and Settled now, within the window.
    assert [table.isColumnHidden(c) for c in (FOUND, INTENSITY, SETTLED)] == [False, True, True]
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert "sink" in window.model.index(0, FOUND).data()
    assert window.count_label.text() == "1 of 3 entries"
    window.filters.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=2000)
    assert [table.isColumnHidden(c) for c in (FOUND, INTENSITY, SETTLED)] == [True, False, False]


def test_filters_by_theme_person_and_period(filled):
    window = filled
    bar = window.filters
    bar.theme.setCurrentIndex(bar.theme.findData("chores"))
    assert window.model.rowCount() == 2
    bar.person.setCurrentIndex(bar.person.findData("Margaret"))
    assert window.model.rowCount() == 1
    bar.reset()
    assert window.model.rowCount() == 3
    bar.period.setCurrentIndex(bar.period.findData(30))
    assert window.model.rowCount() == 2
    bar.period.setCurrentIndex(bar.period.findData(-1))
    bar.start.setDate(date.today() - timedelta(days=12))
    bar.end.setDate(date.today() - timedelta(days=5))
    assert [window.model.summary(0).themes] == [("money",)]
    bar.search.setText("nothing like this")
    bar.search_now()
    assert window.list_stack.currentWidget() is window.empty
    assert window.empty.title.text() == "Nothing matches"


def test_unicode_markup_and_100_kb_round_trip_unchanged(open_session, qtbot):
    journal, window = open_session.vault.journal, open_session.window
    big = (NASTY * (100_000 // len(NASTY) + 1))[:100_000]
    conflict_id = journal.add_conflict(Conflict(at(1), big, private_notes=NASTY))
    assert journal.get_conflict(conflict_id).what_happened == big
    window.reload()
    window.table.selectRow(0)
    shown = window.detail.toPlainText()
    assert big in shown and NASTY.strip() in shown
    assert "<b>not bold</b>" in shown  # shown as typed, never interpreted
    type_text(window.filters.search, "שלום")
    window.filters.search_now()
    assert shown_ids(window) == [conflict_id]
    assert "שלום" in window.model.index(0, FOUND).data()


def test_empty_journal_invites_the_first_entry(open_session):
    window = open_session.window
    assert window.list_stack.currentWidget() is window.empty
    assert "Ctrl+N" in window.empty.text.text()
    assert window.count_label.text() == "0 entries"


def test_delete_goes_straight_to_the_trash_and_undo_brings_it_back(filled):
    window = filled
    window.table.selectRow(0)
    first = window.current_id()
    window.trash_action.trigger()  # no question in the way of someone who is upset
    assert window.model.rowCount() == 2 and window.model.row_of(first) < 0
    assert window.undo_bar.isVisible() and "trash" in window.undo_bar.message.text()
    assert window.current_id() == window.model.summary(0).id  # the next one is selected
    window.undo_bar.undo_button.click()
    assert window.model.rowCount() == 3 and window.current_id() == first
    window.table.selectRow(0)
    window.trash_action.trigger()
    window.undo_trash_action.trigger()  # Ctrl+Z does the same
    assert window.model.rowCount() == 3 and not window.undo_bar.isVisible()


def test_every_action_has_a_shortcut_listed_in_help(filled, qtbot):
    window = filled
    help_menu.show_shortcuts(window)
    dialog = window.findChild(KeyboardShortcutsDialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    for expected in (
        "New entry",
        "Lock",
        "Hide and lock",
        "Search",
        "Filter by theme",
        "Keyboard shortcuts",
        "Themes and people",
        "Trash",
    ):
        assert expected in names
    rows = dict(shortcut_rows(window.findChildren(type(window.lock_action))))
    assert rows["Lock"] == "Ctrl+L"
    dialog.close()


def test_ctrl_f_goes_to_search(filled, qtbot):
    window = filled
    qtbot.waitActive(window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()


def test_every_input_has_an_accessible_name(filled):
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTextEdit,
        QWidget,
    )

    def part_of_another_input(widget) -> bool:  # a combo's popup list, a spin box's editor
        parent = widget.parent()
        while parent is not None:
            if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
                return True
            parent = parent.parent()
        return False

    inputs = [
        w
        for w in filled.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox | QTextEdit | QAbstractItemView)
        and not part_of_another_input(w)
    ]
    assert len(inputs) >= 7
    assert [w for w in inputs if not w.accessibleName()] == []


def test_the_entry_count_keeps_off_the_windows_edge(filled):
    window = filled
    label = window.count_label
    text_right = label.mapTo(window, label.contentsRect().topRight()).x()
    assert text_right <= window.width() - 8


def test_the_status_bar_count_keeps_off_the_window_edge(filled):
    label = filled.count_label
    text_right = label.mapTo(filled, label.contentsRect().topRight()).x()
    assert filled.width() - 1 - text_right >= 8
