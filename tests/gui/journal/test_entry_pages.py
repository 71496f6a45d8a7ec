"""The entry list holds a page of the newest entries and fetches more as it scrolls, so the
window's cost does not grow with the journal."""

from __future__ import annotations

from datetime import UTC, datetime

from healdesk.core.conflict import Conflict
from healdesk.gui.journal import entry_pages, search_results
from tests.helpers import journal_data


def shown_ids(window) -> list[int]:
    return [window.model.summary(r).id for r in range(window.model.rowCount())]


def paged_window(session, monkeypatch) -> tuple[object, list[int]]:
    monkeypatch.setattr(entry_pages, "LIST_PAGE", 5)
    ids = journal_data.fill(session.vault.journal, entries=40)
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
    window, _ = paged_window(open_session, monkeypatch)
    newest = [s.id for s in window.journal.summaries()][::-1]
    near = newest[20]  # within THROUGH_PAGES pages of 5
    window.show_entry(near)
    assert window.current_id() == near
    shown = shown_ids(window)  # every newer entry above it, once (the view may fetch on)
    assert shown[:21] == newest[:21] and len(set(shown)) == len(shown)


def test_an_entry_far_down_the_list_is_shown_without_fetching_to_it(open_session, monkeypatch):
    window, _ = paged_window(open_session, monkeypatch)
    oldest = window.journal.summaries()[0].id
    window.show_entry(oldest)
    assert window.model.row_of(oldest) < 0  # not 40 rows read to reach it
    assert window.current_id() is None and window.pane.conflict_id == oldest


def test_a_save_far_down_the_list_waits_for_its_page(open_session, monkeypatch, qtbot):
    window, ids = paged_window(open_session, monkeypatch)
    old = window.journal.add_conflict(Conflict(datetime(2001, 1, 1, tzinfo=UTC), "long ago"))
    window._entry_saved(old)
    assert window.model.row_of(old) < 0
    qtbot.waitUntil(lambda: window.count_label.text() == f"{len(ids) + 1} entries")
    while window.model.canFetchMore():
        window.model.fetchMore()
    assert shown_ids(window)[-1] == old
    assert len(set(shown_ids(window))) == len(shown_ids(window)) == len(ids) + 1


def test_a_search_with_more_matches_than_a_page_counts_them_before_saying_how_many(
    open_session, monkeypatch, qtbot
):
    """The first page's size is not the number of matches: until the count arrives the
    label says it is counting, never "5 of 40"."""
    monkeypatch.setattr(search_results, "SEARCH_PAGE", 5)
    window, ids = paged_window(open_session, monkeypatch)
    window.filters.search.setText("dishes")
    window.filters.search_now()
    assert window.model.rowCount() == 5
    assert window.count_label.text() == "Counting matches…"
    qtbot.waitUntil(lambda: window.count_label.text() == f"{len(ids)} of {len(ids)} entries")
    window.filters.search.setText(f"{journal_data.MARKER} 7")  # every match on the first page
    window.filters.search_now()
    assert window.count_label.text() == f"1 of {len(ids)} entries"
