"""Journal > Commitments opens with a heading that says what the dialog is (the window title
stays neutral: "HealDesk"), as the due reminder's "Following through" does."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from healdesk.gui.journal.entry_pane import CommitmentsDialog
from tests.helpers.offscreen import shows_dialogs


@shows_dialogs
def test_the_commitments_dialog_has_a_heading(qtbot, journal):
    dialog = CommitmentsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
    heading = min(labels, key=lambda label: label.mapTo(dialog, label.rect().topLeft()).y())
    assert heading.text() == "Commitments"
    assert heading.font().pointSizeF() > dialog.font().pointSizeF() * 1.3
    assert dialog.windowTitle() == "HealDesk"
