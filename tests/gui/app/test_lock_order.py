"""Locking at scale: every window leaves the screen before anything slow happens, and the
scrubbing that follows starts no re-read of the journal (signals stay blocked)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication

from healdesk.core.conflict import Conflict
from healdesk.gui.app import scrub as scrub_module
from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE


def open_views(session) -> None:
    journal = session.vault.journal
    for day in range(6):
        journal.add_conflict(
            Conflict(
                datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=day),
                "the dishes",
                person=("Sam", "Mum")[day % 2],
                themes=[("Chores", "Money")[day % 2]],
            )
        )
    window = session.window
    window.reload()
    for tab in (TIMELINE, INSIGHTS):
        window.tabs.setCurrentIndex(tab)
    window.filters.search.setText("dishes")
    window.filters.search_now()


def test_every_window_is_hidden_before_anything_is_scrubbed(open_session, monkeypatch):
    session = open_session
    open_views(session)
    shown_at_scrub: list[str] = []
    real_scrub = scrub_module.scrub

    def watching_scrub(*roots) -> None:
        shown_at_scrub.extend(
            w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()
        )
        real_scrub(*roots)

    monkeypatch.setattr(scrub_module, "scrub", watching_scrub)
    hidden_when_told: list[bool] = []
    session.windows_hidden.connect(
        lambda: hidden_when_told.append(
            not any(w.isVisible() for w in QApplication.topLevelWidgets())
        )
    )
    session.lock()
    assert hidden_when_told == [True]
    assert shown_at_scrub == []


def test_scrubbing_for_a_lock_reads_nothing_from_the_journal(open_session, monkeypatch):
    session = open_session
    open_views(session)
    journal = session.vault.journal
    reads: list[str] = []
    for name in ("summaries", "count", "themes", "people", "search_entries", "search"):
        real = getattr(journal, name)
        monkeypatch.setattr(
            journal,
            name,
            lambda *a, _real=real, _name=name, **k: (reads.append(_name), _real(*a, **k))[1],
        )
    session.lock()
    assert reads == []
