"""Every step of every built-in repair flow by keyboard alone: Tab goes round the step's
starters and fields in reading order, then Next, and back; no unnamed or hidden stops."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from healdesk.gui.repair.repair_fields import ChipsField
from healdesk.gui.repair.repair_wizard import RepairWizard
from tests.helpers.focus_chain import check_chain, describe, tab
from tests.helpers.keyboard import show_active


def open_wizard(qtbot, journal, template, conflict_id) -> RepairWizard:
    wizard = RepairWizard(journal, template, [conflict_id])
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    return wizard


def test_every_step_of_every_flow_cycles_through_named_visible_stops(
    qtbot, journal, catalog, conflict_id
):
    for template in catalog.values():
        wizard = open_wizard(qtbot, journal, template, conflict_id)
        for index in range(len(wizard.pages) + 1):
            wizard.go_to(index)
            stops = check_chain(wizard)
            page = wizard.current_page()
            if page is None:
                continue
            fields = [w for widget in page.fields.values() for w in widget.focus_chain()]
            typed_in = [w for w in fields if not isinstance(w, QAbstractButton)]
            assert [describe(w) for w in typed_in if w not in stops] == []
            reached = [w for w in stops if w in fields]
            after_fields = stops[stops.index(reached[-1]) + 1]
            assert after_fields is wizard.next_button, describe(after_fields)
        wizard.close()


def test_the_own_words_box_beside_chips_is_one_tab_after_the_chips(
    qtbot, journal, catalog, conflict_id
):
    wizard = open_wizard(qtbot, journal, catalog["repair-after-fight"], conflict_id)
    page_index, field = next(
        (number, widget)
        for number, page in enumerate(wizard.pages, 1)
        for widget in page.fields.values()
        if isinstance(widget, ChipsField)
    )
    wizard.go_to(page_index)
    field.picker.setFocus()
    assert QApplication.focusWidget() in field.picker.chips()
    assert tab() is field.picker.own_words


def test_tab_then_a_space_from_an_answer_never_closes_the_flow(
    qtbot, journal, catalog, conflict_id
):
    wizard = open_wizard(qtbot, journal, catalog["repair-after-fight"], conflict_id)
    for index in range(1, len(wizard.pages)):
        wizard.go_to(index)
        answer = wizard.current_page().text_edits()
        if not answer:
            continue
        answer[-1].setFocus()
        qtbot.keyClick(tab(), Qt.Key.Key_Space)
        assert wizard.isVisible(), f"a space after Tab closed the flow on step {index}"
