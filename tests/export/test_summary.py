"""The summary figures, computed from a real journal's summaries (no entry text read)."""

from __future__ import annotations

import pytest

from healdesk.export.pdf.summary import RecurringTheme, summarize


def test_figures_of_the_sample_journal(journal, sample_ids):
    figures = summarize(journal.summaries(), journal.repair_summaries(), journal.commitments())
    assert (figures.first.isoformat(), figures.last.isoformat()) == ("2026-01-06", "2026-03-08")
    assert figures.entries == 6 and figures.repaired == 3 and figures.repairs == 2
    assert figures.talked == 1
    assert figures.theme_counts[:2] == (("Chores", 3), ("Family and in-laws", 2))
    assert figures.people_counts == (("Sam Rivera", 5), ("Elena", 1))
    # first repairs: 8 Jan 19:00 for 6 Jan 21:40 and 14 Feb 09:15 (clamped to 0), 4 Feb 18:00
    # for 2 Feb 18:30 -> waits 1.89, 0.0 and 1.98 days
    assert figures.median_days_to_repair == pytest.approx(1.889, abs=0.01)
    assert (figures.commitments, figures.kept, figures.partly, figures.unchecked) == (1, 1, 0, 0)
    assert figures.settled_average == pytest.approx(2.5)
    assert figures.recurring == (RecurringTheme("Chores", 3, 2, 1),)


def test_only_the_chosen_entries_count(journal, sample_ids):
    chosen = journal.summaries(ids=[sample_ids[1], sample_ids[4]])
    figures = summarize(chosen, journal.repair_summaries(), journal.commitments())
    assert figures.entries == 2 and figures.repaired == 0 and figures.repairs == 0
    assert figures.commitments == 0 and figures.recurring == ()
    assert figures.median_days_to_repair is None
