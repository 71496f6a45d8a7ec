"""The calm look of the guided screens: large prompts, muted help, soft text boxes.

Colours come from the palette (light or dark alike); nothing here hard-codes a colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

#: Space around and between the parts of a guided page, in pixels.
PAGE_MARGIN = 36
PAGE_SPACING = 18

#: Text boxes and progress bar of the guided screens (chips paint themselves: chip.py).
CALM_STYLE = """
QPlainTextEdit, QLineEdit {
    border: 1px solid palette(placeholder-text);
    border-radius: 6px;
    padding: 6px;
    background: palette(base);
    selection-background-color: palette(highlight);
}
QPlainTextEdit:focus, QLineEdit:focus { border: 1px solid palette(highlight); }
QProgressBar { border: none; background: palette(midlight); max-height: 6px; border-radius: 3px; }
QProgressBar::chunk { background: palette(highlight); border-radius: 3px; }
"""


def muted_colour(palette: QPalette) -> QColor:
    """Text colour between the text and the background: quieter, still readable (>= 4.5:1
    on the usual light and dark palettes)."""
    text, back = (
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
    )
    mix = 0.32
    return QColor(
        round(text.red() * (1 - mix) + back.red() * mix),
        round(text.green() * (1 - mix) + back.green() * mix),
        round(text.blue() * (1 - mix) + back.blue() * mix),
    )


def mute(label: QWidget) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour(palette))
    label.setPalette(palette)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def wrapped_label(text: str, parent: QWidget | None = None, *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().PlainText)
    if muted:
        mute(label)
    return label


def dialog_heading(title: str, parent: QWidget) -> QLabel:
    """A dialog's large heading: says what the dialog is, since the window title stays neutral."""
    heading = wrapped_label(title, parent)
    heading.setFont(scaled_font(heading, 1.6))
    return heading


def add_heading(layout: QBoxLayout, parent: QWidget, title: str, intro: str) -> QLabel:
    """A dialog's large title and the calm sentence under it; returns the title label."""
    heading = wrapped_label(title, parent)
    heading.setFont(scaled_font(heading, 1.4))
    layout.addWidget(heading)
    layout.addWidget(wrapped_label(intro, parent, muted=True))
    return heading
