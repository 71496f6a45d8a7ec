"""Tab and Shift+Tab go round each dialog and come back (no traps), and every stop is
visible, named and useful. The entry dialog, the repair flow and the journal window have
their own, more detailed walks (tests/gui/entry, repair, journal)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.focus_chain import check_chain
from tests.helpers.keyboard import show_active

pytestmark = [pytest.mark.usefixtures("prompt_queue"), pytest.mark.qt_log_ignore("This plugin")]


def walked(qtbot, window) -> list[str]:
    qtbot.addWidget(window)
    show_active(qtbot, window)
    if QApplication.focusWidget() is None:
        window.focusNextChild()
    stops = check_chain(window)
    window.close()
    return [type(w).__name__ for w in stops]


def test_the_journals_dialogs(qtbot, journal, preferences):
    from healdesk.gui.data.labels_dialog import LabelsDialog
    from healdesk.gui.data.passphrase_change import ChangePassphraseDialog
    from healdesk.gui.data.preferences_dialog import PreferencesDialog
    from healdesk.gui.data.trash_dialog import TrashDialog
    from healdesk.gui.export.export_dialog import ExportDialog
    from healdesk.gui.journal.entry_pane import CommitmentsDialog

    assert len(walked(qtbot, ExportDialog(journal))) >= 10
    assert len(walked(qtbot, LabelsDialog(journal))) >= 3
    assert walked(qtbot, TrashDialog(journal)) == ["QPushButton"]
    assert "QScrollArea" not in walked(qtbot, CommitmentsDialog(journal))
    assert len(walked(qtbot, PreferencesDialog(preferences))) >= 8
    assert len(walked(qtbot, ChangePassphraseDialog())) >= 4


def test_the_first_run_wizard_and_the_unlock_window(qtbot, tmp_path, vault_folder):
    from healdesk.gui.unlock.setup_wizard import SetupWizard
    from healdesk.gui.unlock.unlock_window import UnlockWindow

    assert len(walked(qtbot, SetupWizard(tmp_path / "journal", rng=random.Random(4)))) >= 2
    assert walked(qtbot, UnlockWindow(vault_folder))[0] == "QLineEdit"  # the passphrase
