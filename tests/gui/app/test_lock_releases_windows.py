"""A lock lets go of every window that showed the journal: none of them, and no entry read
into Python, stays in memory until the next unlock (or for good, round after round)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from healdesk.core.conflict import Conflict, ConflictSummary
from healdesk.vault import Vault

ROUNDS = 3
WORDS = "A LEAK CHECK 5512"


def _write_an_entry(session) -> list[QWidget]:
    from healdesk.gui.entry.entry_dialog import ConflictDialog

    window = session.window
    window.new_entry()
    dialogs = window.findChildren(ConflictDialog)  # with the one reopened from the last lock
    dialogs[-1].ui.whatHappenedEdit.setPlainText(WORDS)  # unsaved: the lock keeps a draft
    return dialogs


def _repair_an_entry(session) -> list[QWidget]:
    from healdesk.core.repairs.template_loader import load_catalog

    window = session.window
    window.refresh(select=window.journal.summaries()[0].id)
    return [window.pane.repairs.start(load_catalog().templates["repair-after-fight"])]


def _export(session) -> list[QWidget]:
    from healdesk.gui.export.export_dialog import ExportDialog

    window = session.window
    window.export_for_therapist()
    return window.findChildren(ExportDialog)


def _look_at_patterns(session) -> list[QWidget]:
    from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE

    window = session.window
    window.tabs.setCurrentIndex(TIMELINE)
    window.tabs.setCurrentIndex(INSIGHTS)
    window.filters.search.setText("leak")
    window.filters.search_now()
    return list(window.tabs.views.values())


def _nothing(session) -> list[QWidget]:
    return [session.window]


def _other_dialogs(session) -> list[QWidget]:
    """Themes and people, the trash, commitments, preferences, a break, the care check."""
    from healdesk.gui.care.break_companion import open_break_companion
    from healdesk.gui.care.opening import open_care_check

    window = session.window
    window.manage_labels()
    window.open_trash()
    window.show_commitments()
    session.edit_preferences()
    open_break_companion(window, window.journal)
    open_care_check(window, window.journal)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert len([w for w in shown if w.parentWidget() is window]) == 6
    return shown


def _journal_windows() -> list[tuple[str, weakref.ref]]:
    """Every window of the app's own making now open (the journal and its dialogs)."""
    return [
        (type(top).__name__, weakref.ref(top))
        for top in QApplication.topLevelWidgets()
        if type(top).__module__.startswith("healdesk.")
    ]


def _alive(refs: list[tuple[str, weakref.ref]]) -> list[str]:
    """What is still in memory once Qt's deferred deletes ran and Python collected."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [name for name, ref in refs if ref() is not None]


def _entries_in_memory(known: set[int]) -> list[object]:
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, Conflict | ConflictSummary) and id(o) not in known
    ]


@pytest.mark.parametrize(
    "use",
    [_nothing, _write_an_entry, _repair_an_entry, _export, _look_at_patterns, _other_dialogs],
    ids=["nothing", "entry", "repair wizard", "export", "patterns and search", "other dialogs"],
)
def test_no_journal_window_outlives_a_lock(
    use: Callable, make_session, vault_folder, recovery_key, qtbot
):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        when = datetime(2026, 11, 3, 20, 15).astimezone()
        vault.journal.add_conflict(Conflict(when, "Dishes, a leak check", person="Alex"))
    gc.collect()
    known = {id(o) for o in gc.get_objects() if isinstance(o, Conflict | ConflictSummary)}
    session = make_session(vault_folder)
    used: list[tuple[str, weakref.ref]] = []
    for _round in range(ROUNDS):
        session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
        qtbot.waitExposed(session.window)
        opened = [(type(w).__name__, weakref.ref(w)) for w in use(session)]
        assert opened and all(ref().window().isVisible() for _name, ref in opened)
        used += opened + _journal_windows()
        session.lock()
    assert _alive(used) == []
    assert _entries_in_memory(known) == []


def test_a_locked_window_leaves_memory_without_anyone_collecting(
    make_session, vault_folder, recovery_key, qtbot
):
    """The app collects on a timer (threads forbid the automatic collector): a lock asks for
    a full collection at its next tick, so the window does not wait generations."""
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    qtbot.waitExposed(session.window)
    window = weakref.ref(session.window)
    session.lock()
    qtbot.waitUntil(lambda: window() is None, timeout=10_000)
