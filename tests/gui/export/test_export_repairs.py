"""Choosing, per repair, whether its answers go into the therapist PDF (off by default)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from healdesk.gui.base import prompts
from healdesk.gui.export.export_dialog import ExportDialog
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.pdf_readback import pdf_text

pytestmark = shows_dialogs

FIRST_REPAIR = "Repair after a fight · 8 Jan 2026 · followed through"
SECOND_REPAIR = "Repair after a fight · 4 Feb 2026 · planned, not yet talked"


@pytest.fixture
def saved_to(monkeypatch, tmp_path):
    monkeypatch.setattr(prompts, "save_path", lambda *_a: tmp_path / "session.pdf")
    monkeypatch.setattr(prompts, "inform", lambda *_a: None)
    return tmp_path / "session.pdf"


def open_dialog(qtbot, journal, preselected) -> ExportDialog:
    dialog = ExportDialog(journal, preselected)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def listed(dialog: ExportDialog) -> list[tuple[str, bool]]:
    shown = dialog.ui.repairsList
    return [
        (shown.item(row).text(), shown.item(row).checkState() is Qt.CheckState.Checked)
        for row in range(shown.count())
    ]


def export(qtbot, dialog: ExportDialog, out) -> str:
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    return pdf_text(out)


def test_repairs_of_the_chosen_entries_are_listed_unticked(qtbot, journal, sample_ids):
    dialog = open_dialog(qtbot, journal, [sample_ids[0]])
    assert listed(dialog) == [(FIRST_REPAIR, False)]
    assert "Your answers in repairs stay out." in dialog.ui.previewLabel.text()
    dialog.ui.selectAllButton.click()
    assert listed(dialog) == [(FIRST_REPAIR, False), (SECOND_REPAIR, False)]
    dialog.ui.selectNoneButton.click()
    assert not dialog.ui.repairsList.isEnabled()
    assert listed(dialog) == [("No repairs for the chosen entries", False)]


def test_by_default_the_pdf_leaves_the_answers_out(qtbot, journal, sample_ids, saved_to):
    text = export(qtbot, open_dialog(qtbot, journal, [sample_ids[0]]), saved_to)
    assert "Repair after a fight" in text and "The answers in this repair were left out." in text
    assert "To understand Sam" not in text and "shared chores rota" not in text


def test_a_ticked_repair_prints_its_answers_redacted(qtbot, journal, sample_ids, saved_to):
    dialog = open_dialog(qtbot, journal, [sample_ids[0], sample_ids[2]])
    shown = dialog.ui.repairsList
    shown.setFocus()
    shown.setCurrentRow(0)
    qtbot.keyClick(shown, Qt.Key.Key_Space)  # the keyboard alone ticks it
    assert listed(dialog) == [(FIRST_REPAIR, True), (SECOND_REPAIR, False)]
    assert "Your answers in 1 repair are included." in dialog.ui.previewLabel.text()
    dialog.ui.selectNoneButton.click()
    dialog.ui.selectAllButton.click()  # ticks are remembered while entries come and go
    assert listed(dialog)[0] == (FIRST_REPAIR, True)
    dialog.ui.redactCheck.click()
    text = export(qtbot, dialog, saved_to)
    assert "To understand Partner, not to win." in text and "shared chores rota" in text
    assert "Agree on phones at dinner" not in text and "Sam" not in text
