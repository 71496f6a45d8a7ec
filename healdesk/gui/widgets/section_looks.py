"""Calm typography for forms: section titles, soft hints and gentle messages.

Labels opt in with the dynamic property `role` ("title", "hint" or "message") and buttons with
role "primary", set in the .ui file, so forms stay declarative and light and dark palettes both
work. Form labels get a little air above them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from healdesk.gui.widgets.calm import muted_colour


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def soft_panel_style(widget: QWidget, selector: str) -> str:
    """A gently tinted, rounded background for notices, from `widget`'s palette."""
    palette = widget.palette()
    tint = blend(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Highlight), 0.14
    )
    return f"{selector} {{ background: {tint.name()}; border-radius: 8px; padding: 8px 12px; }}"


def apply_section_looks(root: QWidget) -> None:
    """Style every role-tagged label under `root` from `root`'s current palette."""
    palette = root.palette()
    window = palette.color(QPalette.ColorRole.Window)
    accent = palette.color(QPalette.ColorRole.Highlight)
    for label in root.findChildren(QLabel):
        role = label.property("role")
        if role == "title":
            font = QFont(label.font())
            font.setPointSizeF(root.font().pointSizeF() * 1.3)
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
            label.setContentsMargins(0, 14, 0, 0)
        elif role == "hint":
            hint = QPalette(label.palette())
            hint.setColor(QPalette.ColorRole.WindowText, muted_colour(palette))
            label.setPalette(hint)
            label.setContentsMargins(0, 0, 0, 4)
        elif role == "message":
            label.setStyleSheet(soft_panel_style(root, "QLabel"))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setContentsMargins(0, 8, 0, 0)  # air between questions
    for button in root.findChildren(QPushButton):
        if button.property("role") == "primary":
            button.setStyleSheet(
                f"QPushButton {{ background: {blend(window, accent, 0.3).name()};"
                f" border: 1px solid {blend(window, accent, 0.7).name()}; border-radius: 6px;"
                " padding: 5px 16px; }"
                f"QPushButton:focus {{ border: 2px solid {accent.name()}; }}"
            )
