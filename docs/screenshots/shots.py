"""What every screenshot module does to take one picture of a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def grab(app: QApplication, window: QWidget, size: tuple[int, int], target: Path) -> None:
    """Show `window` at `size`, let it paint, save it as `target`, and close it (a window
    left open would be restyled, and could crash, when the next area changes the theme)."""
    window.resize(*size)
    window.show()
    app.processEvents()
    window.grab().save(str(target))
    window.close()
