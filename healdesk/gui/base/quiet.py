"""Changing widgets without their change signals: for filling a widget from data, where a
signal would read as the person's own choice. Each widget gets a QSignalBlocker, so its
signals come back on however the block ends (an exception included) and a block already in
place stays in place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QObject, QSignalBlocker


@contextmanager
def quietly(*objects: QObject) -> Iterator[None]:
    """Block the signals of every one of `objects` for the `with` block."""
    with ExitStack() as stack:
        for obj in objects:
            stack.enter_context(QSignalBlocker(obj))
        yield
