"""The entry dialog by keyboard alone: Tab goes round every field in reading order and comes
back (Shift+Tab the same way back), each stop visible and named for a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.focus_chain import accessible_name, check_chain, tab
from tests.helpers.keyboard import offscreen_window_limits

pytestmark = [pytest.mark.usefixtures("prompt_queue"), offscreen_window_limits]

#: The named stops of a new entry, from "What happened" (where the dialog opens) round.
NEW_ENTRY_CHAIN = [
    "What happened",
    "How intense it felt",
    "Add a theme",
    "What I felt: hurt",
    "What I felt: your own words",
    "What I felt, in my own words",
    "My part: shutting down",
    "My part: your own words",
    "My part, in my own words",
    "What they may have felt: hurt",
    "What they may have felt: your own words",
    "What they may have felt, in my own words",
    "What I noticed them do: pushed to talk",
    "What I noticed them do: your own words",
    "My wish underneath: connection",
    "My wish underneath: your own words",
    "Their wish, as I guess it: connection",
    "Their wish, as I guess it: your own words",
    "How settled I feel now",
    "Private notes, just for me",
    "Save entry",
    "Close",
    "When it happened",
    "Who it was with",
    "Their role",
]


def test_tab_goes_round_a_new_entry_and_reaches_when_with_and_role(qtbot, open_entry):
    dialog = open_entry()
    assert QApplication.focusWidget() is dialog.ui.whatHappenedEdit
    stops = check_chain(dialog)
    assert [accessible_name(w) for w in stops] == NEW_ENTRY_CHAIN


def test_an_edited_entry_adds_the_trash_button_after_close(qtbot, conflict_id, open_entry):
    dialog = open_entry(conflict_id)
    names = [accessible_name(w) for w in check_chain(dialog)]
    assert names[names.index("Close") + 1 :][:2] == [
        "Move this entry to the trash",
        "When it happened",
    ]


def test_tab_leaves_the_when_field_at_once_and_the_pickers_take_their_labels_focus(
    qtbot, open_entry
):
    dialog = open_entry()
    dialog.ui.happenedEdit.setFocus()
    assert tab() is dialog.ui.personCombo  # not the field's month, year, hour, minute
    assert tab(backwards=True) is dialog.ui.happenedEdit
    dialog.ui.myFeelingsPicker.setFocus()  # as its label's mnemonic does
    assert QApplication.focusWidget() is dialog.ui.myFeelingsPicker.chip("hurt")
    dialog.ui.intensitySlider.setFocus()
    assert QApplication.focusWidget() is dialog.ui.intensitySlider.slider
