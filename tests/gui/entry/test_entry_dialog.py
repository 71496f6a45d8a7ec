"""ConflictDialog driven through its real widgets on a real vault."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
)

from healdesk.core.conflict import Conflict, Person
from healdesk.gui.base import appearance
from healdesk.gui.base.appearance import palette_for
from tests.helpers.chips import painted_in
from tests.helpers.keyboard import offscreen_window_limits, type_text

UNICODE_SAMPLES = {
    "emoji": "We both cried 😢👩‍❤️‍👨 then laughed 🙂",
    "rtl": "قلت له إنني متعبة — ואז הוא שתק",
    "markup": "<b>not bold</b> <img src=x onerror=alert(1)> & &amp; ]]> {{braces}} %s \\n",
}

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


def press(qtbot, widget, key, times=1, modifier=Qt.KeyboardModifier.NoModifier):
    for _ in range(times):
        qtbot.keyClick(widget, key, modifier)


def pick_by_keyboard(qtbot, picker, words):
    """Tab-stop into the chips, walk with the arrow keys, toggle with Space."""
    chips = [picker.chip(w) for w in picker.words()]
    for word in words:
        picker.setFocus()
        focused = QApplication.focusWidget()
        steps = chips.index(picker.chip(word)) - chips.index(focused)
        for _ in range(abs(steps)):
            key = Qt.Key.Key_Right if steps > 0 else Qt.Key.Key_Left
            qtbot.keyClick(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is picker.chip(word)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)


def add_own_words(qtbot, picker, text):
    qtbot.keyClicks(picker.own_words, text)
    qtbot.keyClick(picker.own_words, Qt.Key.Key_Return)


@offscreen_window_limits
def test_every_field_filled_through_the_widgets_saves_and_reads_back(qtbot, journal, open_entry):
    journal.add_person(Person("Sam", "Partner"))
    journal.add_theme("money")
    dialog = open_entry()
    ui = dialog.ui
    when = QDateTime(QDate(2026, 3, 14), QTime(21, 40))
    ui.happenedEdit.setDateTime(when)
    qtbot.keyClicks(ui.personCombo.lineEdit(), "Sam")
    assert ui.roleCombo.currentText() == "Partner"  # a known person brings their role
    qtbot.keyClicks(ui.whatHappenedEdit, "He forgot the rent again.")
    qtbot.keyClick(ui.whatHappenedEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.whatHappenedEdit, "I snapped.")
    ui.intensitySlider.setFocus()
    press(qtbot, ui.intensitySlider.slider, Qt.Key.Key_Home)
    press(qtbot, ui.intensitySlider.slider, Qt.Key.Key_Right, 7)
    qtbot.keyClicks(ui.themePicker.name_edit, "money")
    qtbot.keyClick(ui.themePicker.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.themePicker.name_edit, "rent day")
    qtbot.keyClick(ui.themePicker.name_edit, Qt.Key.Key_Return)
    pick_by_keyboard(qtbot, ui.myFeelingsPicker, ["hurt", "angry"])
    add_own_words(qtbot, ui.myFeelingsPicker, "small")
    qtbot.keyClicks(ui.myFeelingsNoteEdit, "Like I am the only adult.")
    pick_by_keyboard(qtbot, ui.myPartPicker, ["raising my voice", "bringing up the past"])
    qtbot.keyClicks(ui.myPartNoteEdit, "I brought up last winter.")
    qtbot.mouseClick(ui.theirFeelingsPicker.chip("ashamed"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.theirFeelingsNoteEdit, "He went quiet.")
    pick_by_keyboard(qtbot, ui.myWishPicker, ["fairness"])
    add_own_words(qtbot, ui.myWishPicker, "a partner in this")
    pick_by_keyboard(qtbot, ui.theirWishPicker, ["reassurance"])
    ui.settledSlider.setFocus()
    press(qtbot, ui.settledSlider.slider, Qt.Key.Key_End)
    press(qtbot, ui.settledSlider.slider, Qt.Key.Key_Left, 3)
    qtbot.keyClicks(ui.privateNotesEdit, "Maybe I was scared about money, not him.")
    assert ui.intensitySlider.word_label.text() == "intense (7 of 10)"  # as everywhere else
    assert ui.settledSlider.word_label.text() == "unsettled (2 of 5)"

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(ui.privateNotesEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    stored = journal.get_conflict(saved.args[0])
    expected = Conflict(
        happened_at=when.toPython().astimezone(),
        what_happened="He forgot the rent again.\nI snapped.",
        person="Sam",
        intensity=7,
        my_feelings=["hurt", "angry", "small"],
        my_feelings_note="Like I am the only adult.",
        their_feelings=["ashamed"],
        their_feelings_note="He went quiet.",
        my_part=["raising my voice", "bringing up the past"],
        my_part_note="I brought up last winter.",
        my_wish=["fairness", "a partner in this"],
        their_wish=["reassurance"],
        themes=["money", "rent day"],
        settled=2,
        private_notes="Maybe I was scared about money, not him.",
        id=saved.args[0],
        created_at=stored.created_at,
        updated_at=stored.updated_at,
    )
    assert stored == expected
    assert [t.name for t in journal.themes()] == ["money", "rent day"]
    assert journal.drafts() == []


def test_reopening_an_entry_shows_it_unchanged_and_saving_changes_nothing(
    qtbot, journal, open_entry
):
    original = Conflict(
        happened_at=datetime.fromisoformat("2025-12-24T19:05:33+02:00"),
        what_happened="Christmas plans",
        person="Mum",
        intensity=4,
        my_feelings=["tired", "my own word"],
        my_part=["walking away"],
        my_wish=["rest"],
        their_wish=["closeness", "being seen"],
        themes=["family and in-laws", "plans"],
        settled=3,
        private_notes="…",
    )
    journal.add_person(Person("Mum", "Mother"))
    conflict_id = journal.add_conflict(original)
    dialog = open_entry(conflict_id)
    assert dialog.ui.whatHappenedEdit.toPlainText() == "Christmas plans"
    assert dialog.ui.roleCombo.currentText() == "Mother"
    assert dialog.ui.myFeelingsPicker.chip("my own word").isChecked()
    assert not dialog.has_changes()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    again = journal.get_conflict(conflict_id)
    original.updated_at = again.updated_at
    assert again == original


@offscreen_window_limits
@pytest.mark.parametrize("sample", sorted(UNICODE_SAMPLES))
def test_unicode_typed_into_every_text_field_round_trips(qtbot, journal, open_entry, sample):
    text = UNICODE_SAMPLES[sample]
    dialog = open_entry()
    edits = dialog.findChildren(QPlainTextEdit)
    for edit in edits:
        edit.setFocus()
        type_text(edit, text)
    type_text(dialog.ui.personCombo.lineEdit(), text[:12])
    for field in (dialog.ui.themePicker.name_edit, dialog.ui.myWishPicker.own_words):
        type_text(field, text[:16])
        qtbot.keyClick(field, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ui.saveButton.click()
    stored = journal.get_conflict(saved.args[0])
    assert {v for v in stored.text_fields().values()} == {text}
    assert stored.person == " ".join(text[:12].split())
    assert stored.themes == stored.my_wish == [" ".join(text[:16].split())]


def test_a_100_kb_paste_round_trips_unchanged(qtbot, journal, open_entry):
    block = "".join(UNICODE_SAMPLES.values()) + "\n\tindent  two  spaces\n"
    pasted = (block * (100_000 // len(block) + 1))[:100_000]
    dialog = open_entry()
    QApplication.clipboard().setText(pasted)
    dialog.ui.whatHappenedEdit.setFocus()
    qtbot.keyClick(dialog.ui.whatHappenedEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.ui.whatHappenedEdit.toPlainText()) == len(pasted)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert journal.get_conflict(saved.args[0]).what_happened == pasted


def test_saving_without_words_says_what_is_needed_and_saves_nothing(qtbot, journal, open_entry):
    dialog = open_entry()
    qtbot.mouseClick(dialog.ui.myFeelingsPicker.chip("sad"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, "   ")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.isVisible()
    assert "few words about what happened" in dialog.ui.messageLabel.text()
    assert QApplication.focusWidget() is dialog.ui.whatHappenedEdit
    assert dialog.ui.myFeelingsPicker.selected() == ["sad"]  # nothing typed is lost
    assert journal.count() == 0


def test_escape_asks_before_discarding_typed_words(qtbot, journal, open_entry, prompt_queue):
    dialog = open_entry()
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, "We argued about the car")
    prompt_queue.confirm = [False]
    qtbot.keyClick(dialog.ui.whatHappenedEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and prompt_queue.asked[0][0] == "Discard this entry?"
    assert dialog.ui.whatHappenedEdit.toPlainText() == "We argued about the car"
    dialog.save_draft()
    prompt_queue.confirm = [True]
    qtbot.keyClick(dialog.ui.whatHappenedEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert journal.count() == 0 and journal.drafts() == []


def test_escape_on_an_untouched_dialog_closes_without_asking(
    qtbot, journal, open_entry, prompt_queue
):
    dialog = open_entry()
    qtbot.keyClick(dialog.ui.whatHappenedEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and prompt_queue.asked == []


def test_every_input_has_an_accessible_name_and_is_reached_by_tab(qtbot, journal, open_entry):
    journal.add_conflict(
        Conflict(datetime.now().astimezone(), "x", themes=["work"], my_feelings=["own word"])
    )
    dialog = open_entry(1)
    inputs = [
        w
        for cls in (
            QPlainTextEdit,
            QLineEdit,
            QComboBox,
            QAbstractSlider,
            QAbstractButton,
            QDateTimeEdit,
        )
        for w in dialog.findChildren(cls)
        if w.isVisibleTo(dialog) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    unnamed = [w.objectName() or type(w).__name__ for w in inputs if not w.accessibleName()]
    assert unnamed == []
    # Walk the whole dialog with Tab: every section's inputs are reached in reading order.
    dialog.ui.happenedEdit.setFocus()
    visited = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    ui = dialog.ui
    wanted = [
        ui.happenedEdit,
        ui.personCombo,
        ui.roleCombo,
        ui.whatHappenedEdit,
        ui.intensitySlider.slider,
        ui.themePicker.name_edit,
        ui.themePicker.chip("work"),
        ui.myFeelingsPicker.chip("hurt"),
        ui.myFeelingsPicker.own_words,
        ui.myFeelingsNoteEdit,
        ui.myPartPicker.chip("shutting down"),
        ui.myPartNoteEdit,
        ui.theirFeelingsPicker.chip("hurt"),
        ui.theirFeelingsNoteEdit,
        ui.myWishPicker.chip("connection"),
        ui.theirWishPicker.chip("connection"),
        ui.settledSlider.slider,
        ui.privateNotesEdit,
        ui.saveButton,
        ui.closeButton,
        ui.trashButton,
    ]
    firsts = [visited.index(w) for w in wanted]
    assert firsts == sorted(firsts)


def test_mnemonics_jump_to_their_fields_and_bring_them_into_view(qtbot, journal, open_entry):
    dialog = open_entry()
    dialog.resize(480, 360)  # a small screen: most questions are scrolled out of view
    alt = Qt.KeyboardModifier.AltModifier
    for key, target in (
        (Qt.Key.Key_P, dialog.ui.whatHappenedEdit),
        (Qt.Key.Key_J, dialog.ui.privateNotesEdit),
        (Qt.Key.Key_T, dialog.ui.themePicker.name_edit),
        (Qt.Key.Key_F, dialog.ui.myFeelingsPicker.chip("hurt")),
    ):
        qtbot.keyClick(dialog, key, alt)
        assert QApplication.focusWidget() is target
        assert not target.visibleRegion().isEmpty()


def test_a_role_alone_names_who_it_was_with(qtbot, journal, open_entry):
    dialog = open_entry()
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, "A short one")
    qtbot.keyClicks(dialog.ui.roleCombo.lineEdit(), "Sister")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert journal.get_conflict(saved.args[0]).person == "Sister"
    assert [(p.name, p.role) for p in journal.people()] == [("Sister", "Sister")]


@offscreen_window_limits
def test_an_entry_open_in_a_dialog_is_not_opened_twice(qtbot, journal, open_entry):
    from healdesk.gui.entry.entry_dialog import open_entry as show_entry

    conflict_id = journal.add_conflict(Conflict(datetime.now().astimezone(), "once"))
    first = open_entry(conflict_id)
    assert show_entry(journal, conflict_id) is first
    fresh = [show_entry(journal), show_entry(journal)]
    assert fresh[0] is not fresh[1] and all(d.isVisible() for d in fresh)
    for dialog in fresh:
        qtbot.addWidget(dialog)


def test_the_dialogs_form_follows_a_light_dark_switch(qtbot, open_entry, restored_look):
    """Chips, and the text boxes in the form's scroll area, all turn dark with the app."""
    appearance.apply(restored_look, "light")
    dialog = open_entry()
    parts = [
        dialog.ui.myFeelingsPicker.chips()[0],
        dialog.ui.theirWishPicker.chips()[0],
        dialog.ui.whatHappenedEdit,
    ]
    dark = palette_for(dark=True).color(QPalette.ColorRole.Base)
    assert not any(painted_in(part, dark) for part in parts)
    appearance.apply(restored_look, "dark")
    for part in parts:
        qtbot.waitUntil(lambda p=part: painted_in(p, dark))
