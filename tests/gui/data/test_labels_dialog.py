"""LabelsDialog: rename, merge (entries follow), colour, role, delete when unused."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from healdesk.core.conflict import Conflict, Person
from healdesk.core.selection import Selection
from healdesk.gui.data.labels_dialog import LabelsDialog
from healdesk.vault.stores.labels import THEME_COLOURS
from tests.helpers.keyboard import offscreen_window_limits, show_active

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


@pytest.fixture
def labels(qtbot, journal):
    now = datetime.now().astimezone()
    journal.add_person(Person("Sam", "Partner"))
    journal.add_person(Person("Mum"))
    journal.add_person(Person("Samuel"))
    journal.add_conflict(Conflict(now, "one", person="Sam", themes=["money", "chores"]))
    journal.add_conflict(Conflict(now, "two", person="Samuel", themes=["finances"]))
    journal.add_conflict(Conflict(now, "three", person="Sam", themes=["finances", "money"]))
    journal.add_theme("unused")
    dialog = LabelsDialog(journal)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def select(table, name):
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.setFocus()
    table.selectRow(row)
    return row


def edit_cell(qtbot, table, text):
    """F2 on the selected row's current cell, type, Enter: as a keyboard user would."""
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def names(table):
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_rename_a_theme_with_f2_and_entries_follow(qtbot, journal, labels):
    table = labels.ui.themesTable
    select(table, "chores")
    with qtbot.waitSignal(labels.changed):
        edit_cell(qtbot, table, "housework")
    assert [t.name for t in journal.themes()] == ["finances", "housework", "money", "unused"]
    assert journal.summaries(Selection(themes=("housework",)))[0].themes == ("money", "housework")
    assert names(table) == ["housework", "finances", "money", "unused"]  # renamed in place
    labels.refresh()
    assert names(table) == ["finances", "housework", "money", "unused"]


def test_renaming_onto_an_existing_name_explains_and_changes_nothing(
    qtbot, journal, labels, prompt_queue
):
    table = labels.ui.themesTable
    select(table, "chores")
    edit_cell(qtbot, table, "Money")
    assert "already exists" in prompt_queue.asked[-1][1]
    assert names(table) == ["chores", "finances", "money", "unused"]


def test_merge_themes_after_asking_moves_every_entry(qtbot, journal, labels, prompt_queue):
    ui = labels.ui
    select(ui.themesTable, "finances")
    ui.themeMergeCombo.setCurrentText("money")
    prompt_queue.confirm = [False]
    qtbot.mouseClick(ui.themeMergeButton, Qt.MouseButton.LeftButton)
    assert journal.theme_usage()["finances"] == 2
    prompt_queue.confirm = [True]
    with qtbot.waitSignal(labels.changed):
        qtbot.mouseClick(ui.themeMergeButton, Qt.MouseButton.LeftButton)
    assert prompt_queue.asked[-1][0] == "Merge “finances” into “money”?"
    assert journal.theme_usage() == {"chores": 1, "money": 3, "unused": 0}
    assert names(ui.themesTable) == ["chores", "money", "unused"]


def test_delete_only_when_unused(qtbot, journal, labels):
    ui = labels.ui
    select(ui.themesTable, "money")
    assert not ui.deleteThemeButton.isEnabled()
    assert "merge" in ui.deleteThemeButton.toolTip()
    select(ui.themesTable, "unused")
    assert ui.deleteThemeButton.isEnabled()
    qtbot.mouseClick(ui.deleteThemeButton, Qt.MouseButton.LeftButton)
    assert "unused" not in [t.name for t in journal.themes()]
    ui.tabs.setCurrentWidget(ui.peoplePage)
    select(ui.peopleTable, "Sam")
    assert not ui.deletePersonButton.isEnabled()
    select(ui.peopleTable, "Mum")
    qtbot.mouseClick(ui.deletePersonButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in journal.people()] == ["Sam", "Samuel"]


def test_theme_colour_from_the_palette(qtbot, journal, labels):
    select(labels.ui.themesTable, "money")
    swatch = next(b for b in labels._swatches.buttons() if b.accessibleName() == "sage")
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert {t.name: t.colour for t in journal.themes()}["money"] == THEME_COLOURS[-1]
    assert swatch.isChecked()


@offscreen_window_limits
def test_people_rename_role_and_merge(qtbot, journal, labels, prompt_queue):
    ui = labels.ui
    ui.tabs.setCurrentWidget(ui.peoplePage)
    table = ui.peopleTable
    select(table, "Mum")
    qtbot.mouseClick(ui.editRoleButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert editor.completer() is not None  # suggested roles are offered
    qtbot.keyClicks(editor, "Mother")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert {p.name: p.role for p in journal.people()}["Mum"] == "Mother"
    show_active(qtbot, labels)  # offscreen, the completion popup kept the activation
    select(table, "Samuel")
    qtbot.mouseClick(ui.renamePersonButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Sammy")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert journal.person_usage() == {"Mum": 0, "Sam": 2, "Sammy": 1}
    select(table, "Sammy")
    ui.personMergeCombo.setCurrentText("Sam")
    prompt_queue.confirm = [True]
    qtbot.mouseClick(ui.personMergeButton, Qt.MouseButton.LeftButton)
    assert journal.person_usage() == {"Mum": 0, "Sam": 3}
    assert {s.person for s in journal.summaries()} == {"Sam"}


def test_every_input_is_named(labels):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableWidget

    widgets = [
        w
        for cls in (QAbstractButton, QComboBox, QTableWidget)
        for w in labels.findChildren(cls)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.parent() is not None
    ]
    assert [w.objectName() for w in widgets if not w.accessibleName()] == []


@offscreen_window_limits
def test_a_role_shows_in_german_and_is_stored_as_its_key(qtbot, journal, qapp):
    from tests.helpers.language import speaking

    journal.add_person(Person("Sam", "Partner"))
    journal.add_person(Person("Mum"))
    with speaking(qapp, "de"):
        dialog = LabelsDialog(journal)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        ui = dialog.ui
        ui.tabs.setCurrentWidget(ui.peoplePage)
        table = ui.peopleTable
        row = select(table, "Sam")
        assert table.item(row, 1).text() == "Partner"
        select(table, "Mum")
        table.setCurrentCell(table.currentRow(), 1)
        edit_cell(qtbot, table, "Mutter")
        assert {p.name: p.role for p in journal.people()}["Mum"] == "Mother"
        row = select(table, "Mum")
        assert table.item(row, 1).text() == "Mutter"
