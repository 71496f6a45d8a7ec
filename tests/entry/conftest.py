"""Helpers for driving the entry dialogs like a person would."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from healdesk.gui.base import prompts

#: The offscreen platform cannot raise a window or grab the keyboard, and says so when a
#: completion popup opens or a window is brought to the front; real displays do not warn.
offscreen_window_limits = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character. qtbot.keyClicks aborts the process on
    non-ASCII characters (field notes), so each character is posted with Key_unknown."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """Answer every prompt without a modal: confirm() returns the queued answers in turn (an
    unexpected question fails the test instead of blocking it) and every prompt is recorded."""

    class Answers:
        def __init__(self) -> None:
            self.confirm: list[bool] = []
            self.asked: list[tuple[str, str]] = []

        def _confirm(self, _parent, title, text, _action):
            self.asked.append((title, text))
            assert self.confirm, f"unexpected question: {title}"
            return self.confirm.pop(0)

        def _note(self, _parent, title, text):
            self.asked.append((title, text))

    given = Answers()
    monkeypatch.setattr(prompts, "confirm", given._confirm)
    monkeypatch.setattr(prompts, "warn", given._note)
    monkeypatch.setattr(prompts, "inform", given._note)
    return given


@pytest.fixture
def open_entry(qtbot, journal):
    """Open ConflictDialogs on the test's journal; at the end they close the way the app
    closes them before locking (draft kept, words wiped), while the vault is still open."""
    from healdesk.gui.entry.entry_dialog import ConflictDialog
    from healdesk.gui.entry.entry_lock import close_entry_dialogs_for_lock

    opened = []

    def open_(conflict_id=None, dialog=None):
        dialog = dialog or ConflictDialog(journal, conflict_id)
        opened.append(dialog)
        show_active(qtbot, dialog)
        return dialog

    yield open_
    close_entry_dialogs_for_lock()
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()


def show_active(qtbot, window: QWidget) -> None:
    """Show `window` and wait until it has keyboard focus, as a person's window would."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
