"""Walking a window by keyboard as a person would: Tab (or Shift+Tab) from where focus is,
until focus comes back. A chain that never comes back is a trap; a stop nobody can see or
that a screen reader cannot name is a gap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: More stops than any HealDesk window has: walking further means focus never came back.
LONGEST_CHAIN = 400


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name: its own accessible name, else
    the label Qt relates to it (a buddy label), else the text Qt finds for it (a button's
    text). A drop-down's text is its value, not a name (Qt on Linux announces the value as
    the name and the label through the relation), so a drop-down needs one of the first two."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label, _relation in face.relations(QAccessible.RelationFlag.Label):
        if label.text(QAccessible.Text.Name).strip():
            return label.text(QAccessible.Text.Name).strip()
    if isinstance(widget, QComboBox):
        return ""
    return face.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget | None) -> str:
    """A stop as a failure message names it."""
    if widget is None:
        return "<nothing>"
    return f"{type(widget).__name__}({widget.objectName() or '-'}: {accessible_name(widget)!r})"


def tab(widget: QWidget | None = None, backwards: bool = False) -> QWidget | None:
    """Press Tab (Shift+Tab) where focus is; returns where focus went."""
    widget = widget or QApplication.focusWidget()
    assert widget is not None, "no widget has focus"
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(widget, key, modifier)
    return QApplication.focusWidget()


def walk_tabs(window: QWidget, backwards: bool = False) -> list[QWidget]:
    """Every stop Tab visits in `window`, starting with the focused widget, until focus is
    back where it started. Fails on a trap (focus never comes back, or leaves the window)."""
    start = QApplication.focusWidget()
    assert start is not None and window.isAncestorOf(start), (
        f"focus is not inside the window: {describe(start)}"
    )
    stops = [start]
    for _ in range(LONGEST_CHAIN):
        now = tab(stops[-1], backwards)
        assert now is not None and (now is window or window.isAncestorOf(now)), (
            f"focus left the window after {describe(stops[-1])}: {describe(now)}"
        )
        if now is start:
            return stops
        assert now not in stops, (
            f"Tab cycles without coming back to {describe(start)}: "
            + " -> ".join(describe(w) for w in [*stops[stops.index(now) :], now])
        )
        stops.append(now)
    raise AssertionError(f"Tab never came back to {describe(start)}")


def unusable_stops(stops: list[QWidget]) -> list[str]:
    """The stops a person cannot see, a screen reader cannot name, or that do nothing (a
    scroll area's frame: its fields are the stops)."""
    found = []
    for widget in stops:
        if not widget.isVisible():
            found.append(describe(widget) + " is hidden")
        elif not accessible_name(widget):
            found.append(describe(widget) + " has no name")
        elif isinstance(widget, QScrollArea):
            found.append(describe(widget) + " is a scroll area's frame")
    return found


def check_chain(window: QWidget) -> list[QWidget]:
    """Tab round `window` and Shift+Tab back the same way round: both cycle, each stop is
    visible and named, and Shift+Tab meets the stops in the reverse order. Returns the stops."""
    forward = walk_tabs(window)
    assert unusable_stops(forward) == []
    backward = walk_tabs(window, backwards=True)
    assert [describe(w) for w in backward[1:]] == [describe(w) for w in reversed(forward[1:])]
    return forward


#: Widgets a person operates; each needs a name a screen reader announces.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QTabBar,
)
#: Parts that belong to another control (a combo box's list, a spin box's editor, a scroll
#: bar) are announced as part of it.
_PARTS_OF = (QComboBox, QAbstractSpinBox, QAbstractItemView, QScrollBar)


def _part_of_another(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """The visible controls in `window`, and any other widget Tab stops at (a drawn
    timeline), parts of another control left out."""
    return [
        w
        for w in window.findChildren(QWidget)
        if (isinstance(w, CONTROLS) or w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.isVisibleTo(window)
        and not _part_of_another(w)
    ]


def unnamed_controls(window: QWidget) -> list[str]:
    """The visible controls in `window` a screen reader could announce only by their role."""
    return [describe(w) for w in controls(window) if not accessible_name(w)]
