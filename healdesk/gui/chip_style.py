"""The look of chips: soft, rounded, derived from the current palette so light and dark both
read calmly (a checked chip is tinted, not shouted in the full highlight colour)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def _mix(a: QColor, b: QColor, share_of_b: float) -> str:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    ).name()


def chip_style_sheet(palette: QPalette) -> str:
    """Style sheet for buttons carrying the dynamic property chip="true"."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    return f"""
QPushButton[chip="true"] {{
    border: 1px solid {_mix(base, text, 0.22)};
    border-radius: 11px;  /* Qt drops radii over half the height */
    padding: 4px 12px;
    background: {base.name()};
    color: {text.name()};
}}
QPushButton[chip="true"]:hover {{ border-color: {_mix(base, accent, 0.7)}; }}
QPushButton[chip="true"]:checked {{
    background: {_mix(base, accent, 0.22)};
    border-color: {_mix(base, accent, 0.65)};
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {accent.name()}; padding: 3px 11px; }}
"""
