"""Light and dark palettes: readable contrast, and the preference and the desktop switch them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from healdesk.gui.base import appearance
from tests.helpers.chips import painted_in
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


def test_the_appearance_preference_switches_the_palette(open_session, preferences, restored_look):
    app = restored_look
    preferences.appearance = "dark"
    open_session.apply_preferences()
    assert luminance(app.palette().color(Role.Window)) < 0.1
    preferences.appearance = "light"
    open_session.apply_preferences()
    assert luminance(app.palette().color(Role.Window)) > 0.8


def test_a_desktop_switch_to_dark_reaches_an_open_entry_form(
    qtbot, open_entry, restored_look, monkeypatch
):
    """Following the desktop, the form in the entry dialog's scroll area turns dark too (Qt
    keeps a new app palette out of it while an app style sheet is set). The test platform
    cannot switch its scheme, so the desktop's answer is given and its signal sent here."""
    monkeypatch.setattr(appearance, "is_dark", lambda scheme: False)
    appearance.apply(restored_look, "system")
    dialog = open_entry()
    parts = [dialog.ui.myFeelingsPicker.chips()[0], dialog.ui.whatHappenedEdit]
    dark = appearance.palette_for(True).color(Role.Base)
    assert not any(painted_in(part, dark) for part in parts)
    monkeypatch.setattr(appearance, "is_dark", lambda scheme: scheme == "system")
    restored_look.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    for part in parts:
        qtbot.waitUntil(lambda p=part: painted_in(p, dark))
