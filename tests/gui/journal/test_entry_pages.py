"""The entry list holds a page of the newest entries and fetches more as it scrolls, so the
window's cost does not grow with the journal."""

from __future__ import annotations

from datetime import UTC, datetime

from healdesk.core.conflict import Conflict
from healdesk.gui.journal import entry_pages
from tests.helpers import export_sample


def shown_ids(window) -> list[int]:
    return [window.model.summary(r).id for r in range(window.model.rowCount())]


def paged_window(session, monkeypatch) -> tuple[object, list[int]]:
    monkeypatch.setattr(entry_pages, "LIST_PAGE", 5)
    ids = export_sample.fill(session.vault.journal)
    session.window.reload()
    return session.window, ids


def test_the_list_shows_a_page_and_counts_every_entry(open_session, monkeypatch):
    window, ids = paged_window(open_session, monkeypatch)
    newest = [s.id for s in window.journal.summaries()][::-1]
    assert shown_ids(window) == newest[:5]
    assert window.count_label.text() == f"{len(ids)} entries"
    assert window.model.canFetchMore()
    window.model.fetchMore()
    assert shown_ids(window) == newest[:10]


def test_scrolling_to_the_end_fetches_the_rest(open_session, monkeypatch, qtbot):
    window, ids = paged_window(open_session, monkeypatch)
    while window.model.canFetchMore():
        window.table.scrollToBottom()
        window.model.fetchMore()
    assert sorted(shown_ids(window)) == sorted(ids)
    assert len(set(shown_ids(window))) == len(ids)


def test_an_older_entry_asked_for_is_fetched_through(open_session, monkeypatch):
    window, ids = paged_window(open_session, monkeypatch)
    oldest = window.journal.summaries()[0].id
    window.show_entry(oldest)
    assert window.current_id() == oldest
    assert window.model.rowCount() == len(ids)  # every newer entry above it, once


def test_a_save_older_than_the_pages_shown_is_fetched_through_and_selected(
    open_session, monkeypatch
):
    window, ids = paged_window(open_session, monkeypatch)
    old = window.journal.add_conflict(Conflict(datetime(2001, 1, 1, tzinfo=UTC), "long ago"))
    window._entry_saved(old)
    assert window.current_id() == old
    assert shown_ids(window)[-1] == old and len(set(shown_ids(window))) == len(ids) + 1
    assert window.count_label.text() == f"{len(ids) + 1} entries"
    assert not window.model.canFetchMore() or window.model.fetchMore() is None
    assert len(set(shown_ids(window))) == len(shown_ids(window))  # nothing twice
