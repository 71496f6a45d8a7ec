"""The look of chips: soft, rounded, derived from the current palette so light and dark both
read calmly (a checked chip is tinted, not shouted in the full highlight colour)."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from healdesk.gui.section_looks import blend


def chip_style_sheet(palette: QPalette) -> str:
    """Style sheet for buttons carrying the dynamic property chip="true"."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    return f"""
QPushButton[chip="true"] {{
    border: 1px solid {blend(base, text, 0.22).name()};
    border-radius: 11px;  /* Qt drops radii over half the height */
    padding: 4px 12px;
    background: {base.name()};
    color: {text.name()};
}}
QPushButton[chip="true"]:hover {{ border-color: {blend(base, accent, 0.7).name()}; }}
QPushButton[chip="true"]:checked {{
    background: {blend(base, accent, 0.22).name()};
    border-color: {blend(base, accent, 0.65).name()};
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {accent.name()}; padding: 3px 11px; }}
"""
