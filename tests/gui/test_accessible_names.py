"""Every control of every window has a name a screen reader announces (its own accessible
name, its text, or its label's): the journal window and its tabs, the entry dialog, every
step of every repair flow, the journal's dialogs, the first-run wizard and the unlock window."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from healdesk.core.conflict import Conflict
from tests.helpers.focus_chain import controls, unnamed_controls

pytestmark = [pytest.mark.usefixtures("prompt_queue"), pytest.mark.qt_log_ignore("This plugin")]


def named_everywhere(window, at_least: int) -> None:
    assert len(controls(window)) >= at_least
    assert unnamed_controls(window) == []


def test_the_journal_window_on_every_tab(qtbot, open_session):
    journal = open_session.vault.journal
    when = datetime.now().astimezone() - timedelta(days=1)
    journal.add_conflict(Conflict(when, "We argued", person="Sam", themes=["chores"]))
    window = open_session.window
    window.reload()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.pane.repairs is not None and window.pane.repairs.isVisible())
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        named_everywhere(window, at_least=3)


def test_the_entry_dialog_and_every_repair_step(qtbot, journal, catalog, conflict_id):
    from healdesk.gui.entry.entry_dialog import ConflictDialog
    from healdesk.gui.repair.repair_wizard import RepairWizard

    dialog = ConflictDialog(journal, conflict_id)
    qtbot.addWidget(dialog)
    dialog.show()
    named_everywhere(dialog, at_least=40)
    dialog.close_for_lock()
    for template in catalog.values():
        wizard = RepairWizard(journal, template, [conflict_id])
        qtbot.addWidget(wizard)
        wizard.show()
        for step in range(len(wizard.pages) + 1):
            wizard.go_to(step)
            named_everywhere(wizard, at_least=2)
        wizard.close_for_lock()


def test_the_journals_dialogs(qtbot, journal, preferences):
    from healdesk.gui.data.labels_dialog import LabelsDialog
    from healdesk.gui.data.passphrase_change import ChangePassphraseDialog
    from healdesk.gui.data.preferences_dialog import PreferencesDialog
    from healdesk.gui.data.trash_dialog import TrashDialog
    from healdesk.gui.export.export_dialog import ExportDialog
    from healdesk.gui.journal.entry_pane import CommitmentsDialog

    for make in (ExportDialog, LabelsDialog, TrashDialog, CommitmentsDialog):
        dialog = make(journal)
        qtbot.addWidget(dialog)
        dialog.show()
        named_everywhere(dialog, at_least=2)
        dialog.close()
    for dialog in (PreferencesDialog(preferences), ChangePassphraseDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        named_everywhere(dialog, at_least=3)
        dialog.close()


def test_the_first_run_wizard_and_the_unlock_window(qtbot, tmp_path, vault_folder):
    from healdesk.gui.unlock.setup_wizard import SetupWizard
    from healdesk.gui.unlock.unlock_window import UnlockWindow

    wizard = SetupWizard(tmp_path / "journal", rng=random.Random(4))
    qtbot.addWidget(wizard)
    wizard.show()
    named_everywhere(wizard, at_least=2)
    window = UnlockWindow(vault_folder)
    qtbot.addWidget(window)
    window.show()
    named_everywhere(window, at_least=2)
