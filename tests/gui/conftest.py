"""GUI fixtures: a controllable clock, answered prompts, sessions on real vaults, entry
dialogs opened and closed as the app does, and both looks (light and dark)."""

from __future__ import annotations

import pytest
import shiboken6

from healdesk.gui.base import prompts
from healdesk.gui.base.appearance import STYLE_SHEET, palette_for
from tests.helpers.keyboard import show_active


class FakeClock:
    """Wall-clock seconds that only move when a test says so."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def answers(monkeypatch):
    """Every prompt answered from this dict (key: function name), and each call recorded.

    A prompt the test did not expect fails the test instead of blocking on a modal.
    """
    given: dict = {}
    asked: list[tuple[str, tuple]] = []

    def make(name):
        def answer(*args, **_kwargs):
            asked.append((name, args))
            if name not in given:
                raise AssertionError(f"unexpected prompt {name}: {args[1:]}")
            value = given[name]
            return value(*args) if callable(value) else value

        return answer

    for name in (
        "inform",
        "warn",
        "confirm",
        "save_path",
        "open_path",
        "choose_folder",
        "ask_secret",
    ):
        monkeypatch.setattr(prompts, name, make(name))
    given["asked"] = asked
    return given


@pytest.fixture
def preferences():
    from healdesk.gui.data.preferences import Preferences

    return Preferences()


@pytest.fixture
def make_session(qtbot, preferences, clock):
    """Sessions on a folder, shut down (vault locked, windows gone) after the test."""
    from healdesk.gui.app.session import Session

    made = []

    def make(folder, **kwargs):
        session = Session(folder, preferences, clock=clock, **kwargs)
        made.append(session)
        return session

    yield make
    for session in made:
        session.shutdown()


@pytest.fixture
def open_session(make_session, vault_folder, recovery_key, qtbot):
    """A session showing the journal window of the test vault (unlocked by recovery key)."""
    from healdesk.vault import Vault

    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    qtbot.waitExposed(session.window)
    return session


@pytest.fixture
def prompt_queue(monkeypatch):
    """Answer confirm, warn and inform without a modal: confirm() returns the queued answers
    in turn (an unexpected question fails the test instead of blocking it) and every prompt is
    recorded. The entry, trash, labels and picker tests use it for every test (`pytestmark`)."""

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


@pytest.fixture
def restored_look(qapp):
    """The app's style, palette and sheet put back after the test (other tests share the
    QApplication): for tests that switch the appearance as the person does."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.fixture(params=["light", "dark"])
def looks(request, qapp):
    """The app styled as `appearance.apply` would, light then dark; yields the scheme."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setPalette(palette_for(request.param == "dark"))
    qapp.setStyleSheet(STYLE_SHEET)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture(autouse=True)
def collect_garbage_on_the_ui_thread():
    """Once a job ran, the automatic collector is off (docs/architecture.md, "Threads") and
    the app collects from a UI-thread timer, which tests rarely let run: collect after each
    test, on this (the UI) thread, as the running app would soon after."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    # No window outlives its test: a leftover one is re-polished by the next test's
    # app-wide style change (the looks fixture), and a half-deleted one crashed there.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
