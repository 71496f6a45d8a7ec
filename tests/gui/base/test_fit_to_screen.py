"""The journal window, the entry dialog and the journal's dialogs fit the free part of the screen: on a 1366x768
laptop, and with 150% text (QT_FONT_DPI=144) on 1600x1000. Run on a real X display with a
window manager, so the frame and the screen's free area are the real ones."""

from __future__ import annotations

import pytest

from healdesk.gui.entry.entry_dialog import ConflictDialog
from tests.helpers.desktop import on_desktop

OPEN_AND_MEASURE = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from healdesk.gui.app.session import Session
from healdesk.gui.data.preferences import Preferences
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.vault import Vault

def settled(window):
    # The window manager frames a window a moment after it is shown.
    for _ in range(50):
        QTest.qWait(100)
        if window.isVisible() and window.frameGeometry() != window.geometry():
            break
    return window.frameGeometry()

def report(name, window):
    free = window.screen().availableGeometry()
    frame = settled(window)
    inside = free.contains(frame)
    print(f"{name} {frame.width()}x{frame.height()} in {free.width()}x{free.height()}: {inside}")

folder = Path(sys.argv[1])
session = Session(folder, Preferences())
session.open(Vault.unlock(folder, recovery_key=sys.argv[2]))
report("journal", session.window)
session.window.new_entry()
[dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)]
report("entry", dialog)
dialog.close_for_lock()
for name in ("export_for_therapist", "manage_labels", "open_trash", "show_commitments"):
    before = set(QApplication.topLevelWidgets())
    getattr(session.window, name)()
    [opened] = [w for w in QApplication.topLevelWidgets() if w not in before and w.isWindow() and w.isVisible()] or [None]
    report(name, opened)
    opened.close()
session.shutdown()
"""


@pytest.mark.parametrize(
    ("size", "dpi"), [("1366x768", "96"), ("1600x1000", "144"), ("1280x720", "96")]
)
def test_the_journal_window_and_entry_dialog_fit_the_screen(vault_folder, recovery_key, size, dpi):
    shown = on_desktop(
        OPEN_AND_MEASURE, str(vault_folder), recovery_key, size=size, env={"QT_FONT_DPI": dpi}
    )
    assert len(shown.splitlines()) == 6 and shown.count(": True") == 6, shown


def test_an_entry_dialog_is_never_taller_than_the_free_screen(qtbot, journal):
    dialog = ConflictDialog(journal)
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    assert dialog.height() <= free.height() and dialog.minimumHeight() <= free.height()
