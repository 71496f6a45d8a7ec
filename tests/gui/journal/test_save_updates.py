"""A saved entry updates its own row at once, and the timeline and insights a moment later,
once for a burst of saves: never a re-read of the whole journal per save."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict
from healdesk.core.selection import EVERYTHING, Selection
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE


def filled_window(session):
    journal = session.vault.journal
    for day in range(5):
        journal.add_conflict(
            Conflict(
                datetime(2026, 1, 1, 20, tzinfo=UTC) + timedelta(days=day * 2),
                "the dishes again",
                person="Sam",
                themes=["Chores"],
            )
        )
    window = session.window
    window.reload()
    for tab in (TIMELINE, INSIGHTS):
        window.tabs.setCurrentIndex(tab)
    return window


def count_whole_reads(journal, monkeypatch) -> list[str]:
    """Records every read of the whole journal (summaries without an id list, usage counts)."""
    reads: list[str] = []
    real = journal.summaries

    def summaries(selection: Selection = EVERYTHING) -> list:
        if selection.ids is None:
            reads.append("summaries")
        return real(selection)

    monkeypatch.setattr(journal, "summaries", summaries)
    for name in ("theme_usage", "person_usage", "matching_conflict_ids"):
        real_usage = getattr(journal, name)
        monkeypatch.setattr(
            journal, name, lambda *a, _r=real_usage, _n=name: (reads.append(_n), _r(*a))[1]
        )
    return reads


def save_new(window, journal, day: int, theme: str) -> int:
    dialog = ConflictDialog(journal, parent=window)
    window.watch_entry_dialog(dialog)
    dialog.ui.whatHappenedEdit.setPlainText(f"a new quarrel {day}")
    dialog.ui.themePicker.set_themes([theme])
    dialog.ui.happenedEdit.setDateTime(datetime(2026, 1, day, 12, tzinfo=UTC).astimezone())
    conflict_id = dialog.save()
    dialog.deleteLater()
    return conflict_id


def test_a_save_puts_its_row_in_place_without_reading_the_journal(open_session, monkeypatch, qtbot):
    window = filled_window(open_session)
    journal = open_session.vault.journal
    reads = count_whole_reads(journal, monkeypatch)
    conflict_id = save_new(window, journal, 4, "Money")
    assert reads == []
    shown = [window.model.summary(r) for r in range(window.model.rowCount())]
    assert [s.happened_at for s in shown] == sorted((s.happened_at for s in shown), reverse=True)
    assert window.current_id() == conflict_id
    assert window.filters.theme.findData("Money") >= 0  # the new theme is offered at once
    qtbot.waitUntil(lambda: window.count_label.text() == "6 entries")


def count_whole_counts(journal, monkeypatch) -> list[Selection]:
    """Records every count of the UI thread's journal that is not a count of given ids
    (the window's reads off the UI thread use a journal of their own)."""
    counted: list[Selection] = []
    real = journal.count

    def count(selection: Selection = EVERYTHING) -> int:
        if selection.ids is None:
            counted.append(selection)
        return real(selection)

    monkeypatch.setattr(journal, "count", count)
    return counted


def test_a_save_and_a_search_count_the_journal_off_the_ui_thread(open_session, monkeypatch, qtbot):
    """Counting passes over the whole date index: at 100,000 entries, milliseconds a save
    must not spend while the window waits."""
    window = filled_window(open_session)
    window.tabs.setCurrentIndex(0)
    journal = open_session.vault.journal
    counted = count_whole_counts(journal, monkeypatch)
    save_new(window, journal, 4, "Money")
    assert counted == []
    qtbot.waitUntil(lambda: window.count_label.text() == "6 entries")
    window.filters.theme.setCurrentIndex(window.filters.theme.findData("Money"))
    counted.clear()  # choosing a filter re-reads the list (and counts it) at once
    save_new(window, journal, 6, "Money")
    assert counted == []
    qtbot.waitUntil(lambda: window.count_label.text() == "2 of 7 entries")
    window.filters.search.setText("quarrel")
    window.filters.search_now()
    assert counted == []
    qtbot.waitUntil(lambda: window.count_label.text() == "2 of 7 entries")
    assert window.model.rowCount() == 2


def test_timeline_and_insights_catch_up_once_after_a_burst_of_saves(
    open_session, monkeypatch, qtbot
):
    window = filled_window(open_session)
    journal = open_session.vault.journal
    insights = window.tabs.views[INSIGHTS]
    timeline = window.tabs.views[TIMELINE]
    reloads: list[int] = []
    real_reload = insights.reload
    monkeypatch.setattr(insights, "reload", lambda: (reloads.append(1), real_reload())[1])
    reads = count_whole_reads(journal, monkeypatch)
    ids = [save_new(window, journal, day, "Money") for day in (4, 6, 8)]
    assert reloads == []  # not yet: the views wait for the saves to settle
    qtbot.waitUntil(lambda: reloads == [1], timeout=3000)
    qtbot.waitUntil(lambda: not (insights.reads.pending or timeline.reads.pending), timeout=5000)
    assert reads == []  # the insights' analysis ran on a job's connection; the timeline read 3
    assert set(ids) <= set(timeline._entries.ids)
    assert timeline.theme_box.findText("Money") >= 0


def test_each_window_shows_a_saved_entry_without_reading_the_repair_flows_again(
    open_session, monkeypatch, qtbot
):
    """The shipped flows are read once per app run, not once per journal window (every
    unlock makes a window, and its first save showed the entry after parsing them all)."""
    from healdesk.core.repairs import template_loader
    from healdesk.gui.journal.main_window import JournalWindow

    journal = open_session.vault.journal
    window = filled_window(open_session)
    save_new(window, journal, 3, "Chores")
    assert window.pane.repairs is not None  # the saved entry and its repairs are shown
    read: list[str] = []
    real = template_loader.load_template_file
    monkeypatch.setattr(
        template_loader, "load_template_file", lambda path: (read.append(path.name), real(path))[1]
    )
    another = JournalWindow(journal)
    qtbot.addWidget(another)
    conflict_id = save_new(another, journal, 5, "Chores")
    assert another.pane.conflict_id == conflict_id
    assert another.pane.repairs is not None
    assert read == []


def count_pane_draws(window, monkeypatch) -> list[int]:
    drawn: list[int] = []
    real = window.pane.show_conflict
    monkeypatch.setattr(window.pane, "show_conflict", lambda i: (drawn.append(i), real(i))[1])
    return drawn


def test_a_save_draws_the_entry_pane_once_with_the_saved_words(open_session, monkeypatch):
    """Inserting the new row moved the selection (one draw of the entry it had) before the
    new entry was selected (a second): each draw reads the entry and builds its repairs."""
    window = filled_window(open_session)
    window.tabs.setCurrentIndex(0)
    journal = open_session.vault.journal
    window.table.selectRow(0)
    drawn = count_pane_draws(window, monkeypatch)
    conflict_id = save_new(window, journal, 30, "Money")
    assert drawn == [conflict_id]
    assert "a new quarrel 30" in window.pane.detail.toPlainText()

    drawn.clear()  # an edit of the selected entry in its place: its new words are shown
    dialog = ConflictDialog(journal, conflict_id, parent=window)
    window.watch_entry_dialog(dialog)
    dialog.ui.whatHappenedEdit.setPlainText("the same quarrel, told better")
    dialog.save()
    dialog.deleteLater()
    assert drawn == [conflict_id]
    assert "told better" in window.pane.detail.toPlainText()
    assert window.current_id() == conflict_id


def test_an_entry_saved_outside_the_filters_still_offers_its_new_theme(open_session):
    window = filled_window(open_session)
    window.tabs.setCurrentIndex(0)
    window.filters.theme.setCurrentIndex(window.filters.theme.findData("Chores"))
    shown = window.model.rowCount()
    conflict_id = save_new(window, open_session.vault.journal, 30, "Money")
    assert window.model.rowCount() == shown and window.model.row_of(conflict_id) < 0
    assert window.pane.conflict_id != conflict_id
    assert window.filters.theme.findData("Money") >= 0
    assert window.filters.theme.currentData() == "Chores"
