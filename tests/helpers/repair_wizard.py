"""Driving the repair wizard like a person: open it, answer each kind of field, go on."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt

from healdesk.core.repairs.templates import FieldKind, Template
from healdesk.gui.repair.repair_fields import (
    ChecklistField,
    ChipsField,
    ChoiceField,
    DateField,
    FromConflictField,
    ScaleField,
)
from healdesk.gui.repair.repair_wizard import RepairWizard

TODAY_ISO = QDate.currentDate().toString(Qt.DateFormat.ISODate)


def open_wizard(qtbot, journal, template, conflict_ids, repair_id=None) -> RepairWizard:
    wizard = RepairWizard(journal, template, conflict_ids, repair_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def click_next(qtbot, wizard: RepairWizard) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def fill_field(qtbot, widget, item, key: str) -> object:
    """Answer one field like a person would; returns the answer expected to be stored."""
    kind = item.kind
    if kind is FieldKind.SHORT_TEXT:
        words = "Sam" if item.id == "first" else "Alex" if item.id == "second" else f"short {key}"
        qtbot.keyClicks(widget.edit, words)
        return words
    if kind is FieldKind.LONG_TEXT:
        qtbot.keyClicks(widget.edit, f"long answer for {key}")
        return f"long answer for {key}"
    if kind is FieldKind.CHOICE:
        assert isinstance(widget, ChoiceField)
        radio = widget.buttons()[-1]
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        return item.options[-1]
    if kind is FieldKind.CHECKLIST:
        assert isinstance(widget, ChecklistField)
        for button in widget.buttons()[:2]:
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
        return list(item.options[:2])
    if kind is FieldKind.SCALE:
        assert isinstance(widget, ScaleField)
        qtbot.keyClick(widget.scale.slider, Qt.Key.Key_End)
        qtbot.keyClick(widget.scale.slider, Qt.Key.Key_Left)
        return item.maximum - 1
    if kind is FieldKind.DATE:
        assert isinstance(widget, DateField)
        assert widget.value() is None and widget.edit.text() == DateField.NO_DATE
        widget.edit.setFocus()
        qtbot.keyClick(widget.edit, Qt.Key.Key_Up)  # from "no date yet" to today
        return TODAY_ISO
    assert isinstance(widget, ChipsField)
    before = list(widget.value() or [])
    if isinstance(widget, FromConflictField):
        assert before == widget.prefill and before  # picked from the linked conflict
        qtbot.mouseClick(widget.chips()[0], Qt.MouseButton.LeftButton)  # toggle a suggestion
        toggled = widget.chips()[0].text()
        before = [w for w in before if w != toggled] if toggled in before else [*before, toggled]
    else:
        qtbot.mouseClick(widget.chips()[1], Qt.MouseButton.LeftButton)
        before = [widget.chips()[1].text()]
    qtbot.keyClicks(widget.picker.own_words, "my own words")
    qtbot.keyClick(widget.picker.own_words, Qt.Key.Key_Return)  # adds a chip, not Next
    assert widget.chips()[-1].isChecked() and widget.chips()[-1].text() == "my own words"
    assert widget.chips()[-1].accessibleName() == f"{widget.label}: my own words"
    return [*before, "my own words"]  # in the order picked


def fill_flow(qtbot, wizard: RepairWizard) -> dict[str, object]:
    expected: dict[str, object] = {}
    click_next(qtbot, wizard)  # past the introduction
    for number, page in enumerate(wizard.pages, 1):
        assert wizard.index() == number
        assert wizard.progress.value() == number
        assert f"Step {number} of {len(wizard.pages)}" in wizard.progress_label.text()
        for item in page.step.fields:
            key = Template.key(page.step, item)
            expected[key] = fill_field(qtbot, page.fields[item.id], item, key)
        click_next(qtbot, wizard)
    return expected
