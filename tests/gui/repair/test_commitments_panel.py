"""The calm "due commitments" panel: check-ins through real buttons, adding by hand."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from healdesk.core.repairs.followthrough import counts
from healdesk.core.repairs.repair import CheckInResult, Commitment, Repair, RepairStatus
from healdesk.gui.repair.commitments_panel import (
    CommitmentRow,
    CommitmentsPanel,
    DueCommitmentsDialog,
    due_words,
)
from tests.helpers.keyboard import show_active
from tests.helpers.shown_text import shown_text

TODAY = date(2026, 3, 10)


def embedded(qtbot, journal, **options) -> tuple[QWidget, CommitmentsPanel]:
    """The panel inside a host window, as the main window holds it; keep the host alive."""
    host = QWidget()
    qtbot.addWidget(host)
    panel = CommitmentsPanel(journal, today=TODAY, parent=host, **options)
    panel.resize(640, 600)
    host.show()
    return host, panel


def test_due_dialog_shows_only_what_needs_attention_and_checks_in(
    qtbot, journal, conflict_id, catalog
):
    template = catalog["repair-after-fight"]
    repair_id = journal.add_repair(
        Repair(
            template.id,
            1,
            template.title,
            template.snapshot(),
            {},
            [conflict_id],
            RepairStatus.TALKED,
        )
    )
    late = Commitment("Ask before I defend myself", TODAY - timedelta(days=3), repair_id)
    later = Commitment("Plan the holidays together", TODAY + timedelta(days=20), repair_id)
    for c in (late, later):
        journal.add_commitment(c)
    assert DueCommitmentsDialog.has_due(journal, TODAY)
    assert not DueCommitmentsDialog.has_due(journal, TODAY - timedelta(days=30))

    dialog = DueCommitmentsDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert [r.commitment.text for r in panel.rows] == [late.text]
    assert [c.text for c in panel.commitments()] == [late.text]
    assert "“not yet” is an honest answer" in panel.summary.text()
    assert due_words(late, TODAY) == "You had hoped to do this by Saturday 7 March"
    row = panel.rows[0]
    qtbot.keyClicks(row.note, "halfway there")
    with qtbot.waitSignal(panel.checked_in):
        qtbot.mouseClick(row.buttons[CheckInResult.PARTLY], Qt.MouseButton.LeftButton)
    [still] = panel.rows  # partly kept stays in view, calmly
    assert "last check-in: partly kept" in still.findChildren(type(panel.summary))[1].text()
    qtbot.mouseClick(still.buttons[CheckInResult.KEPT], Qt.MouseButton.LeftButton)
    assert panel.rows == [] and panel.summary.text() == "Nothing is due right now."
    tally = counts(journal.commitments(repair_id), TODAY)
    assert (tally.kept, tally.unchecked, tally.overdue) == (1, 1, 0)
    assert journal.get_repair(repair_id).status is RepairStatus.TALKED  # one still open
    assert dialog.windowTitle() == "HealDesk"  # never the commitment's words


def test_commitments_can_be_added_by_hand_with_a_due_date(qtbot, journal):
    _host, panel = embedded(qtbot, journal)
    assert "No commitments yet" in panel.summary.text()
    qtbot.keyClicks(panel.new_text, "Write Sam a note")
    panel.new_due.edit.setFocus()
    qtbot.keyClick(panel.new_due.edit, Qt.Key.Key_Up)
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    [made] = journal.commitments()
    assert (made.text, made.due, made.repair_id) == ("Write Sam a note", date.today(), None)
    assert panel.new_text.text() == "" and panel.new_due.value() is None
    assert [r.commitment.text for r in panel.rows] == ["Write Sam a note"]
    assert panel.summary.text() == "0 of 1 kept so far."


def test_clear_for_lock_forgets_commitments_and_the_one_being_typed(qtbot, journal):
    journal.add_commitment(Commitment("Put my phone away at dinner", TODAY))
    _host, panel = embedded(qtbot, journal)
    qtbot.keyClicks(panel.new_text, "Call my sister")
    assert "phone away" in shown_text(panel) and "sister" in shown_text(panel)
    panel.clear_for_lock()
    qtbot.waitUntil(lambda: not panel.findChildren(CommitmentRow))  # deleted later
    assert "phone away" not in shown_text(panel) and "sister" not in shown_text(panel)
    assert not panel.new_text.isUndoAvailable() and panel.rows == []
    panel.refresh()
    assert [row.commitment.text for row in panel.rows] == ["Put my phone away at dinner"]


def test_many_commitments_scroll_and_keep_the_buttons_on_screen(qtbot, journal):
    """40 due commitments (long titles) fit a normal screen: the rows scroll, "Later" stays."""
    for n in range(40):
        journal.add_commitment(
            Commitment(
                f"Commitment {n}: put my phone away during dinner and ask how the day went, "
                "then listen without planning my answer",
                TODAY - timedelta(days=1),
            )
        )
    dialog = DueCommitmentsDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.panel.rows) == 40
    assert dialog.sizeHint().height() <= 700
    assert dialog.height() <= 700
    later = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Later")
    assert later.isVisible()
    assert dialog.rect().contains(later.geometry())
    assert dialog.panel.scroll.verticalScrollBar().maximum() > 0
    first = dialog.panel.rows[0]
    title = first.findChildren(QLabel)[0]
    assert title.height() >= title.heightForWidth(title.width())  # wrapped, not cut


def test_after_a_check_in_by_keyboard_focus_goes_to_the_next_commitment_then_later(qtbot, journal):
    for text in ("Ask before I defend myself", "Say sorry for the door"):
        journal.add_commitment(Commitment(text, TODAY - timedelta(days=1)))
    dialog = DueCommitmentsDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    panel = dialog.panel
    first, _ = panel.rows
    first.buttons[CheckInResult.KEPT].setFocus()
    qtbot.keyClick(first.buttons[CheckInResult.KEPT], Qt.Key.Key_Space)
    [row] = [r for r in panel.rows if hasattr(r, "note")]
    assert row.commitment.text == "Say sorry for the door"
    assert QApplication.focusWidget() is row.note
    row.buttons[CheckInResult.KEPT].setFocus()
    qtbot.keyClick(row.buttons[CheckInResult.KEPT], Qt.Key.Key_Space)
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().text() == "&Later"


def test_after_a_check_in_in_the_full_list_focus_stays_with_that_commitment(qtbot, journal):
    journal.add_commitment(Commitment("Ask before I defend myself", TODAY - timedelta(days=1)))
    host, panel = embedded(qtbot, journal)
    show_active(qtbot, host)
    [row] = panel.rows
    row.buttons[CheckInResult.NOT_YET].setFocus()
    qtbot.keyClick(row.buttons[CheckInResult.NOT_YET], Qt.Key.Key_Space)
    [row] = panel.rows
    assert QApplication.focusWidget() is row.note
