"""WCAG 2.2 contrast between two colours, for the looks tests."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it (sRGB channels linearised)."""

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


def drawn_contrast(image: QImage) -> float:
    """Contrast between the commonest colour of `image` (its background) and the pixel that
    stands out most from it (the core of a glyph stroke): what a reader sees, not pixel-exact."""
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.__getitem__))
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)
