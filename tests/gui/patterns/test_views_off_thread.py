"""In the app, the Timeline and Insights read the journal off the UI thread: the tab opens at
once with a quiet line, and the figures arrive in one step."""

from __future__ import annotations

from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE
from tests.helpers import export_sample


def count_ui_reads(journal, monkeypatch) -> list[str]:
    """Whole-journal reads on the UI thread's journal (a few summaries by id are fine)."""
    reads: list[str] = []

    def recorded(name):
        real = getattr(journal, name)

        def read(*args, **kwargs):
            selection = args[0] if args else kwargs.get("selection")
            if getattr(selection, "ids", None) is None:
                reads.append(name)
            return real(*args, **kwargs)

        return read

    for name in ("summaries", "repair_times", "commitment_summaries", "repair_summaries"):
        monkeypatch.setattr(journal, name, recorded(name))
    return reads


def open_tab(session, monkeypatch, tab: int):
    """The sample journal's window with `tab` just opened: (view, entry ids, UI-thread reads)."""
    window = session.window
    sample_ids = export_sample.fill(window.journal)
    ui_reads = count_ui_reads(window.journal, monkeypatch)
    window.tabs.setCurrentIndex(tab)
    return window.tabs.views[tab], sample_ids, ui_reads


def test_timeline_opens_at_once_and_fills_from_a_job(open_session, qtbot, monkeypatch):
    timeline, sample_ids, ui_reads = open_tab(open_session, monkeypatch, TIMELINE)
    assert timeline.reads.pending and not timeline.gathering.isHidden()
    assert timeline.scroller.isHidden()
    assert timeline._entries.ids == []
    qtbot.waitUntil(lambda: not timeline.reads.pending, timeout=10_000)
    assert timeline.gathering.isHidden() and not timeline.scroller.isHidden()
    assert sorted(timeline._entries.ids) == sorted(sample_ids)
    assert ui_reads == []


def test_insights_open_at_once_and_fill_from_a_job(open_session, qtbot, monkeypatch):
    insights, sample_ids, ui_reads = open_tab(open_session, monkeypatch, INSIGHTS)
    assert insights.report is None
    assert not insights.gathering.isHidden() and insights.body.isHidden()
    with qtbot.waitSignal(insights.reads.settled, timeout=10_000):
        pass
    assert insights.report is not None
    assert insights.report.conflict_count == len(sample_ids)
    assert insights.gathering.isHidden() and not insights.body.isHidden()
    assert ui_reads == []
