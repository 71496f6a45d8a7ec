"""Short pick lists that end on a whole row: a list cut through a row reads as broken, and
hides that more rows are a scroll away only half as well as a scroll bar does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget


def show_whole_rows(view: QListWidget, most: int) -> None:
    """Make `view` exactly as tall as its first `most` rows (fewer if it has fewer); the rest
    scroll. Call once it is filled; sizes follow its font and style sheet (150% text too)."""
    if view.count() == 0:
        return
    view.ensurePolished()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # no lost row
    rows = min(view.count(), most)
    view.setFixedHeight(rows * view.sizeHintForRow(0) + 2 * view.frameWidth())
