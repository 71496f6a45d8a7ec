"""Both of the app's looks (palette and style sheet), put back afterwards."""

from __future__ import annotations

import pytest

from healdesk.gui.base.appearance import STYLE_SHEET, palette_for


@pytest.fixture(params=["light", "dark"])
def looks(request, qapp):
    """The app styled as `appearance.apply` would, light then dark; yields the scheme."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setPalette(palette_for(request.param == "dark"))
    qapp.setStyleSheet(STYLE_SHEET)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
