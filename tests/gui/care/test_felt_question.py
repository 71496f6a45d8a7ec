"""A check-in also asks whether it made a difference to them; the answer is optional and is
kept with the check-in, inside the vault."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from healdesk.core.repairs.attunement import Felt
from healdesk.core.repairs.repair import CheckInResult, Commitment
from healdesk.gui.repair.commitments_panel import CommitmentsPanel
from tests.helpers.shown_text import shown_text

TODAY = date(2026, 3, 10)


def panel_with(qtbot, journal, *texts: str) -> tuple[QWidget, CommitmentsPanel]:
    for text in texts:
        journal.add_commitment(Commitment(text, TODAY - timedelta(days=1)))
    host = QWidget()
    qtbot.addWidget(host)
    panel = CommitmentsPanel(journal, today=TODAY, parent=host)
    host.show()
    return host, panel


def test_a_check_in_asks_whether_it_made_a_difference_to_them(qtbot, journal):
    _host, panel = panel_with(qtbot, journal, "A walk on Sunday", "Ask before I defend myself")
    assert "Did it make a difference to them?" in shown_text(panel)
    walk = next(r for r in panel.rows if r.commitment.text == "A walk on Sunday")
    walk.felt.options[Felt.A_LITTLE].click()
    walk.buttons[CheckInResult.KEPT].click()
    ask = next(r for r in panel.rows if r.commitment.text == "Ask before I defend myself")
    ask.buttons[CheckInResult.PARTLY].click()  # left unanswered: nothing kept for it
    by_text = {c.text: c for c in journal.commitments()}
    [walked] = by_text["A walk on Sunday"].check_ins
    [asked] = by_text["Ask before I defend myself"].check_ins
    assert journal.felt_answers() == {walked.id: Felt.A_LITTLE}
    assert asked.id not in journal.felt_answers()
