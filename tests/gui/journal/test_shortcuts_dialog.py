"""Help > Keyboard shortcuts: the keys column leaves air between its text and the edges."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from healdesk.gui.journal.shortcuts_dialog import CELL_PADDING, KeyboardShortcutsDialog
from tests.helpers.offscreen import shows_dialogs

# Offscreen Qt cannot pass a top-level window's size hints to a window manager.
pytestmark = shows_dialogs


def test_keys_column_has_padding_around_its_text(qtbot):
    action = QAction("&Export…")
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    dialog = KeyboardShortcutsDialog([action])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    keys = table.item(0, 1).text()
    text_width = table.fontMetrics().horizontalAdvance(keys)
    assert table.columnWidth(1) >= text_width + 2 * CELL_PADDING
