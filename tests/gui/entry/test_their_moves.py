""" "What I noticed them do" and "What happened next" in the entry dialog, driven like a
person: chips clicked, steps added in order, saved as stable keys and read back as words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from healdesk.core.conflict import Conflict


def test_their_moves_and_the_order_save_as_keys_and_show_as_words(qtbot, journal, open_entry):
    dialog = open_entry()
    ui = dialog.ui
    qtbot.keyClicks(ui.whatHappenedEdit, "The dishes again.")
    assert not ui.moveOrderPicker.add_button.isVisibleTo(dialog)  # one move: nothing to order
    qtbot.mouseClick(ui.myPartPicker.chip("pushing to talk"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.theirMovesPicker.chip("went quiet"), Qt.MouseButton.LeftButton)
    order = ui.moveOrderPicker
    assert order.add_button.isVisibleTo(dialog)
    for wanted in ("I: pushing to talk", "They: went quiet", "I: pushing to talk"):
        order.move_box.setCurrentIndex(order.move_box.findText(wanted))
        qtbot.mouseClick(order.add_button, Qt.MouseButton.LeftButton)
    assert order.steps_label.text() == (
        "I: pushing to talk → They: went quiet → I: pushing to talk"
    )
    conflict_id = dialog.save()
    saved = journal.get_conflict(conflict_id)
    assert saved.their_moves == ["went_quiet"]
    assert saved.move_order == ["me:pushing to talk", "them:went_quiet", "me:pushing to talk"]

    again = open_entry(conflict_id)
    assert again.ui.theirMovesPicker.selected() == ["went quiet"]
    assert "went_quiet" not in [c.text() for c in again.ui.theirMovesPicker.chips()]
    assert not again.has_changes()


def test_an_entry_written_before_their_moves_opens_and_saves_unchanged(journal, open_entry):
    conflict_id = journal.add_conflict(Conflict(datetime(2026, 1, 4, tzinfo=UTC), "Old words."))
    dialog = open_entry(conflict_id)
    assert dialog.ui.theirMovesPicker.selected() == [] and dialog.ui.moveOrderPicker.steps() == []
    assert not dialog.has_changes()
