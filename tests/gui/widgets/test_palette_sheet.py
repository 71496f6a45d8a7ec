"""A widget's own style sheet follows a light/dark switch of its window."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from healdesk.gui.base.appearance import palette_for
from healdesk.gui.widgets.calm import CALM_STYLE
from healdesk.gui.widgets.palette_sheet import PaletteSheet
from tests.helpers.contrast import contrast
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs


def _filled_with(edit: QLineEdit, role: QPalette.ColorRole, dark: bool) -> bool:
    middle = edit.grab().toImage().pixelColor(edit.width() // 2, edit.height() // 2)
    return contrast(middle, palette_for(dark=dark).color(role)) < 1.05


def test_a_panel_with_its_own_sheet_turns_dark_with_its_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    panel = QWidget(window)  # not the window: a sheet of its own cuts it off palette changes
    edit = QLineEdit(panel)
    QVBoxLayout(panel).addWidget(edit)
    QVBoxLayout(window).addWidget(panel)
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(palette_for(dark=False))
    try:
        PaletteSheet(panel, CALM_STYLE)
        window.show()
        qtbot.waitExposed(window)
        assert _filled_with(edit, QPalette.ColorRole.Base, dark=False)
        app.setPalette(palette_for(dark=True))
        qtbot.waitUntil(lambda: _filled_with(edit, QPalette.ColorRole.Base, dark=True))
    finally:
        app.setPalette(before)
