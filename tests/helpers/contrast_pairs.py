"""Every foreground/background pair the app's style sheets and painters use, with the
contrast WCAG 2.2 AA asks of it: shared by the contrast test and the table printed for notes
(tests/helpers/contrast_table.py)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

from healdesk.gui.base.appearance import STYLE_SHEET, palette_for
from healdesk.gui.widgets.calm import CALM_STYLE, muted_colour
from healdesk.gui.widgets.chip import checked_chip_fill

Role = QPalette.ColorRole
TEXT, NON_TEXT = 4.5, 3.0

#: Style-sheet role names as Qt spells them in palette(...).
SHEET_ROLES = {"mid": Role.Mid, "placeholder-text": Role.PlaceholderText, "dark": Role.Dark}


def input_border(sheet: str, first_selector: str) -> Role:
    """The palette role of the border a sheet's input rule draws (the rule starting with
    `first_selector`)."""
    rule = re.search(re.escape(first_selector) + r"[^{]*\{([^}]*)\}", sheet)
    assert rule is not None, first_selector
    role = re.search(r"border:\s*1px solid palette\(([a-z-]+)\)", rule.group(1))
    assert role is not None, rule.group(1)
    return SHEET_ROLES[role.group(1)]


def fixed_colours(sheet: str, selector: str) -> tuple[QColor, QColor]:
    """The text and background colours a rule names outright (the same in both looks)."""
    rule = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert rule is not None, selector
    colour = re.search(r"(?<!-)color:\s*(#[0-9a-f]{6})", rule.group(1))
    background = re.search(r"background:\s*(#[0-9a-f]{6})", rule.group(1))
    assert colour is not None and background is not None, rule.group(1)
    return QColor(colour.group(1)), QColor(background.group(1))


def pairs(dark: bool) -> dict[str, tuple[QColor, QColor, float]]:
    """What is drawn on what, and the contrast it needs."""
    p = palette_for(dark)
    c = p.color
    app_border = c(input_border(STYLE_SHEET, "QLineEdit, QPlainTextEdit"))
    calm_border = c(input_border(CALM_STYLE, "QPlainTextEdit, QLineEdit"))
    return {
        "text on base": (c(Role.Text), c(Role.Base), TEXT),
        "window text on window": (c(Role.WindowText), c(Role.Window), TEXT),
        "button text on button": (c(Role.ButtonText), c(Role.Button), TEXT),
        "accent button, highlighted list item": (
            c(Role.HighlightedText),
            c(Role.Highlight),
            TEXT,
        ),
        "placeholder, timeline legend (on base)": (c(Role.PlaceholderText), c(Role.Base), TEXT),
        "column headers, subtitle, empty state, disabled button": (
            c(Role.PlaceholderText),
            c(Role.Window),
            TEXT,
        ),
        "grey text on alternate rows": (c(Role.PlaceholderText), c(Role.AlternateBase), TEXT),
        "form hints, muted help": (muted_colour(p), c(Role.Window), TEXT),
        "note (text on alternate base)": (c(Role.WindowText), c(Role.AlternateBase), TEXT),
        "links, flat buttons (on window)": (c(Role.Link), c(Role.Window), TEXT),
        "links (on base)": (c(Role.Link), c(Role.Base), TEXT),
        "error message": (c(Role.BrightText), c(Role.Window), TEXT),
        "tooltip": (c(Role.ToolTipText), c(Role.ToolTipBase), TEXT),
        "checked chip text": (c(Role.Text), checked_chip_fill(p), TEXT),
        "input border on base": (app_border, c(Role.Base), NON_TEXT),
        "input border on window": (app_border, c(Role.Window), NON_TEXT),
        "guided input border on base": (calm_border, c(Role.Base), NON_TEXT),
        "check box border on base": (c(Role.PlaceholderText), c(Role.Base), NON_TEXT),
        "focus border, checked box on base": (c(Role.Highlight), c(Role.Base), NON_TEXT),
        "focus border on window": (c(Role.Highlight), c(Role.Window), NON_TEXT),
        "demo banner": (*fixed_colours(STYLE_SHEET, 'QLabel[role="demo"]'), TEXT),
    }
