"""Light and dark palettes: readable contrast, and the preference switches them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from healdesk.gui.base import appearance

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_text_meets_wcag_aa_contrast(dark):
    palette = appearance.palette_for(dark)
    for text, background in (
        (Role.Text, Role.Base),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
    ):
        assert contrast(palette.color(text), palette.color(background)) >= 4.5, (text, dark)
    assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 3.0


@pytest.fixture
def restored_look():
    """Other tests share the QApplication: put its style, palette and sheet back."""
    app = QApplication.instance()
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    yield app
    app.setStyle(style)
    app.setPalette(palette)
    app.setStyleSheet(sheet)


def test_the_appearance_preference_switches_the_palette(open_session, preferences, restored_look):
    app = restored_look
    preferences.appearance = "dark"
    open_session.apply_preferences()
    assert luminance(app.palette().color(Role.Window)) < 0.1
    preferences.appearance = "light"
    open_session.apply_preferences()
    assert luminance(app.palette().color(Role.Window)) > 0.8
