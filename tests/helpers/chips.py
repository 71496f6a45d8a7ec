"""A chip (or a text box) as a person sees it: the colour it is filled with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from tests.helpers.contrast import contrast


def chip_fill(image: QImage) -> QColor:
    """The chip's fill: the colour in the middle of its left padding, above the word."""
    return image.pixelColor(image.width() // 8, 3)


def painted_in(chip: QWidget, colour: QColor) -> bool:
    """Whether `chip` (or a text box) is now filled with `colour`, as near as the eye can
    tell."""
    return contrast(chip_fill(chip.grab().toImage()), colour) < 1.05
