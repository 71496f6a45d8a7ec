"""Calm light and dark palettes that follow the system's colour scheme.

Fusion everywhere, so the app looks the same on every desktop; the palette is ours, soft and
low-contrast in the chrome, with full contrast for text: every pair the sheets draw meets WCAG
2.2 AA (4.5:1 for text, grey text included; 3:1 for input borders and focus), in light and dark
(tests/gui/base/test_contrast.py). BrightText carries the error colour, which must differ
between the two palettes. `scheme` "system" follows the
desktop (and its later changes); "light" and "dark" override it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from healdesk.gui.widgets.combo_looks import COMBO_SHEET

SCHEMES = ("system", "light", "dark")

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f1ec",
    QPalette.ColorRole.WindowText: "#26323d",
    QPalette.ColorRole.Base: "#fffdfa",
    QPalette.ColorRole.AlternateBase: "#f8f5f0",
    QPalette.ColorRole.Text: "#26323d",
    QPalette.ColorRole.PlaceholderText: "#5f6b74",
    QPalette.ColorRole.Button: "#ece7df",
    QPalette.ColorRole.ButtonText: "#26323d",
    QPalette.ColorRole.Highlight: "#3f7f74",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#fffdfa",
    QPalette.ColorRole.ToolTipText: "#26323d",
    QPalette.ColorRole.Link: "#2f6f64",
    QPalette.ColorRole.BrightText: "#a3452f",
    QPalette.ColorRole.Mid: "#d6cfc4",
    QPalette.ColorRole.Midlight: "#e6e0d6",
    QPalette.ColorRole.Dark: "#a99f92",
    QPalette.ColorRole.Light: "#ffffff",
}
_DARK = {
    QPalette.ColorRole.Window: "#1f2428",
    QPalette.ColorRole.WindowText: "#e4e1dc",
    QPalette.ColorRole.Base: "#181c1f",
    QPalette.ColorRole.AlternateBase: "#22272b",
    QPalette.ColorRole.Text: "#e4e1dc",
    QPalette.ColorRole.PlaceholderText: "#8a949b",
    QPalette.ColorRole.Button: "#2a3035",
    QPalette.ColorRole.ButtonText: "#e4e1dc",
    QPalette.ColorRole.Highlight: "#5fa597",
    QPalette.ColorRole.HighlightedText: "#10201c",
    QPalette.ColorRole.ToolTipBase: "#2a3035",
    QPalette.ColorRole.ToolTipText: "#e4e1dc",
    QPalette.ColorRole.Link: "#7cc2b3",
    QPalette.ColorRole.BrightText: "#e08a74",
    QPalette.ColorRole.Mid: "#3a4147",
    QPalette.ColorRole.Midlight: "#323a40",
    QPalette.ColorRole.Dark: "#121517",
    QPalette.ColorRole.Light: "#3d454b",
}

#: Widget sheet shared by both palettes: rounder, quieter inputs and a soft accent button.
_WIDGET_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateTimeEdit, QSpinBox {
    padding: 4px 6px; border-radius: 6px; border: 1px solid palette(placeholder-text);
}
/* No background for QComboBox: its open list would paint the highlighted item with it. */
QLineEdit, QPlainTextEdit, QTextEdit, QDateTimeEdit, QSpinBox { background: palette(base); }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus,
QSpinBox:focus {
    border: 1px solid palette(highlight);
}
QPushButton { padding: 5px 14px; border-radius: 6px; border: 1px solid palette(mid);
    background: palette(button); }
QPushButton:focus { border: 1px solid palette(highlight); }
QPushButton[accent="true"] { background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); font-weight: 600; }
QPushButton[flat="true"] { border: none; background: transparent; color: palette(link);
    padding: 4px 2px; text-align: left; }
QPushButton[flat="true"]:focus { text-decoration: underline; }
QCheckBox::indicator { width: 14px; height: 14px; border: 1px solid palette(placeholder-text);
    border-radius: 4px; background: palette(base); }
QCheckBox::indicator:focus { border: 1px solid palette(highlight); }
QCheckBox::indicator:checked { background: palette(highlight); border: 1px solid palette(highlight); }
QPushButton:disabled { color: palette(placeholder-text); background: transparent;
    border: 1px solid palette(midlight); }
QTableView { border: none; background: palette(base); selection-background-color: palette(highlight); }
QHeaderView::section { background: palette(window); border: none;
    border-bottom: 1px solid palette(mid); padding: 4px 6px; color: palette(placeholder-text); }
QTextBrowser { border: none; background: palette(base); }
QSplitter::handle { background: palette(midlight); }
QLabel[role="title"] { font-size: 20pt; font-weight: 600; }
QLabel[role="subtitle"] { color: palette(placeholder-text); }
QLabel[role="note"] { background: palette(alternate-base); border: 1px solid palette(mid);
    border-left: 4px solid palette(highlight); border-radius: 6px; padding: 8px 12px; }
QLabel[role="error"] { color: palette(bright-text); }
QLabel[role="demo"] { background: #c98b2e; color: #1d1d1d; font-weight: 700;
    padding: 3px 10px; border-radius: 4px; }
/* OK, Cancel, Close: no icons on any desktop (KDE and GNOME add them to standard buttons
   only, so dialogs with buttons made by hand looked different). */
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
"""


#: The whole app's style sheet, as `apply` sets it.
STYLE_SHEET = _WIDGET_SHEET + COMBO_SHEET


def is_dark(scheme: str) -> bool:
    if scheme == "dark":
        return True
    if scheme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    disabled_text = (_DARK if dark else _LIGHT)[QPalette.ColorRole.PlaceholderText]
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def apply(app: QApplication, scheme: str = "system") -> None:
    """Style the whole app; with "system", keep following the desktop's scheme."""
    app.setStyle("Fusion")
    _colour(app, is_dark(scheme))
    global _scheme
    if _scheme is None:
        app.styleHints().colorSchemeChanged.connect(_follow)
    _scheme = scheme


_scheme: str | None = None  # the chosen scheme once `apply` ran


def _colour(app: QApplication, dark: bool) -> None:
    """The palette, then the style sheet set again: under an app style sheet Qt does not pass
    a new app palette into a scroll area's contents (an entry's form stayed light in a dark
    window); setting the sheet again polishes every widget with the new palette."""
    app.setPalette(palette_for(dark))
    app.setStyleSheet(STYLE_SHEET)


def _follow(_changed: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if _scheme == "system" and isinstance(app, QApplication):
        _colour(app, is_dark("system"))
