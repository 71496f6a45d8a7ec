"""GUI test helpers: a controllable clock, answered prompts, sessions on real vaults."""

from __future__ import annotations

import pytest


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
    from healdesk.gui.base import prompts

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
