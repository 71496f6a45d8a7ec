"""What a window shows that did not go through translation, and what it clips: in a
pseudo-locale every translated string is bracketed ⟦…⟧, so any other words are English left
behind (a person's data and the app's name aside)."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from healdesk import i18n

#: Pseudo-locales format dates with the source language's CLDR data: those names are fine.
_DATE_WORDS = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
#: The innermost bracketed text: a translated sentence may hold translated words.
_PSEUDO = re.compile(
    f"{i18n.PSEUDO_OPEN}[^{i18n.PSEUDO_OPEN}{i18n.PSEUDO_CLOSE}]*{i18n.PSEUDO_CLOSE}"
)
_TAGS = re.compile(r"<[^>]*>")
#: Words that are never translated: the app's name and keyboard key names.
NEVER_TRANSLATED = {"HealDesk", "Ctrl", "Shift", "Alt", "Esc", "Space", "Enter", "Del", "Tab"}


def left_over(text: str, data: set[str]) -> str:
    """The words of `text` outside pseudo brackets that are neither data nor exempt."""
    rest = unescape(_TAGS.sub(" ", text))
    while _PSEUDO.search(rest):
        rest = _PSEUDO.sub(" ", rest)
    for word in sorted(data, key=len, reverse=True):
        rest = rest.replace(word, " ")
    rest = _DATE_WORDS.sub(" ", rest)
    words = [w for w in re.findall(r"[A-Za-z]{2,}", rest) if w not in NEVER_TRANSLATED]
    return " ".join(words)


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        orientation = widget.orientation()
        texts += [
            str(widget.model().headerData(i, orientation) or "") for i in range(widget.count())
        ]
    if isinstance(widget, QMainWindow) and widget.menuBar() is not None:
        for menu_action in widget.menuBar().actions():
            texts.append(menu_action.text())
            if menu_action.menu() is not None:
                texts += [a.text() for a in menu_action.menu().actions()]
    return texts


def untranslated(root: QWidget, data: set[str] = frozenset()) -> list[str]:
    """'Class: text' for every visible string of `root` with words left untranslated."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for text in _texts(widget):
            if text and left_over(text, data):
                found.append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
    return found


def clipped(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap() is not None):
            continue
        if widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(
                f"{type(widget).__name__} {widget.objectName()}: {widget.text()!r} "
                f"({widget.width()} < {widget.minimumSizeHint().width()})"
            )
    return found
