"""The UI thread's garbage collector holds full collections while the person is at work
(about 50 ms each with 100,000 entries open), never younger ones, and never for long."""

from __future__ import annotations

import gc

import pytest

from healdesk.gui.base import background
from healdesk.gui.base.background import collect_on_ui_thread


@pytest.fixture
def collections(qapp):
    """The generations collected from here on, in order; the collector unhooked after."""
    seen: list[int] = []

    def note(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)
    collect_on_ui_thread().hold_full_collections_while(None)


def _full_collection_due() -> None:
    gc.collect()
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)  # each one counts towards the next full collection


def test_a_full_collection_waits_while_the_person_is_busy(collections):
    collector = collect_on_ui_thread()
    busy = [True]
    collector.hold_full_collections_while(lambda: busy[0])
    collector.collect_everything_next()
    collector.collect_due()  # a full one (after a lock, say) starts the clock
    _full_collection_due()
    collections.clear()
    collector.collect_due()
    assert 2 not in collections
    busy[0] = False
    collector.collect_due()
    assert collections[-1] == 2


def test_a_held_full_collection_runs_once_it_is_overdue(collections, monkeypatch):
    collector = collect_on_ui_thread()
    collector.hold_full_collections_while(lambda: True)
    _full_collection_due()
    monkeypatch.setattr(background, "FULL_COLLECTION_AT_LATEST_S", 0.0)
    collections.clear()
    collector.collect_due()
    assert collections == [2]


def test_the_open_journal_holds_full_collections_while_keys_are_pressed(
    open_session, clock, qtbot, collections
):
    from healdesk.gui.app.session import INPUT_PAUSE_S

    collector = collect_on_ui_thread()
    clock.advance(INPUT_PAUSE_S)  # nothing typed since the journal opened
    qtbot.keyClick(open_session.window.filters.search, "a")
    _full_collection_due()
    collections.clear()
    collector.collect_due()
    assert 2 not in collections
    clock.advance(INPUT_PAUSE_S)
    collector.collect_due()
    assert collections[-1] == 2
    qtbot.keyClick(open_session.window.filters.search, "b")
    open_session.lock()  # locked: nothing large held any more, nothing waits
    collector.collect_due()  # the lock's own full collection
    _full_collection_due()
    collections.clear()
    collector.collect_due()
    assert collections[-1] == 2
