"""Light and dark palettes: readable contrast, and the preference switches them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from healdesk.gui.base import appearance
from tests.helpers.contrast import contrast, luminance

Role = QPalette.ColorRole


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
