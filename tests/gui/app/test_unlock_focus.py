"""After unlock, a recovered unsaved entry is the window the keyboard talks to. Which window
is active is the window manager's word, so this runs on a real X display with openbox."""

from __future__ import annotations

from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.entry.entry_lock import close_entry_dialogs_for_lock
from healdesk.vault import Vault
from tests.helpers.desktop import on_desktop

UNLOCK_AND_PRESS_ESC = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from healdesk.gui.app.session import Session
from healdesk.gui.base import prompts
from healdesk.gui.data.preferences import Preferences
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.vault import Vault

asked = []
prompts.confirm = lambda _parent, title, *_: asked.append(title) or False
folder = Path(sys.argv[1])
session = Session(folder, Preferences())
session.open(Vault.unlock(folder, recovery_key=sys.argv[2]))
for _ in range(50):  # up to 5 s for the window manager
    if isinstance(QApplication.activeWindow(), ConflictDialog):
        break
    QTest.qWait(100)
print(type(QApplication.activeWindow()).__name__)
QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
print(asked)
session.shutdown()
"""


def test_the_recovered_draft_is_the_active_window_and_takes_esc(qtbot, vault_folder, recovery_key):
    vault = Vault.unlock(vault_folder, recovery_key=recovery_key)
    writing = ConflictDialog(vault.journal)
    qtbot.addWidget(writing)
    writing.show()
    qtbot.keyClicks(writing.ui.whatHappenedEdit, "words from before the lock")
    close_entry_dialogs_for_lock()
    vault.lock()

    shown = on_desktop(UNLOCK_AND_PRESS_ESC, str(vault_folder), recovery_key)
    assert shown.splitlines() == ["ConflictDialog", "['Discard this entry?']"]
