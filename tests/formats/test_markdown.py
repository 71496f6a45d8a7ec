"""Markdown exports: every entry is in them, readable, and user text never becomes structure."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import Conflict
from healdesk.formats import markdown
from healdesk.formats.jrnl import parse as parse_jrnl
from healdesk.vault.stores.exporter import journal_bundle
from tests.helpers.format_samples import fill_journal
from tests.helpers.strategies import texts


def test_the_document_holds_every_entry_repair_and_commitment(journal):
    fill_journal(journal)
    text = markdown.journal_markdown(journal_bundle(journal))
    assert text.startswith("# HealDesk journal\n\n2 entries, 1 repair, 2 commitments.")
    assert "## Sunday 29 March 2026, 21:15 UTC+02:00" in text
    assert "With: Sam · Intensity: intense (7 of 10) · Settled now: unsettled (2 of 5)" in text
    assert "Themes: Chores, Feeling unheard" in text
    assert 'They said <b>never</b> & I said "always" — שלום 😢  \n\\# not a heading' in text
    assert "### What I felt\n\nhurt, tired\n\na knot in my stomach" in text
    assert "## Thursday 2 April 2026, 08:00 UTC+00:00" in text and "Loan again" in text
    assert "binned" not in text  # the trash stays out
    assert "## After the door" in text and "Status: we talked" in text
    assert "**What I own**" not in text and "**What I did that I own**" in text
    assert "- raising my voice\n- walking away" in text and "to understand, not to win" in text
    assert "### Commitments\n\n- Ask before I leave the room (by 10 April 2026)" in text
    assert "  - Sunday 5 April 2026, 20:00 UTC+02:00, partly kept: once" in text
    assert "## Commitments\n\n- Ask before I leave the room" in text
    assert "- Weekly money walk" in text


def test_one_file_per_entry_names_files_by_date_and_number_only(journal):
    ids = fill_journal(journal)
    files = dict(markdown.entry_files(journal_bundle(journal)))
    assert sorted(files) == [
        f"2026-03-29_2115_entry-{ids['first']}.md",
        f"2026-03-30_0900_repair-{ids['repair']}.md",
        f"2026-04-02_0800_entry-{ids['second']}.md",
        "commitments.md",
    ]
    first = files[f"2026-03-29_2115_entry-{ids['first']}.md"]
    assert first.startswith("# Sunday 29 March 2026, 21:15 UTC+02:00\n")
    assert "only for me" in first and "## Private notes" in first


def test_a_large_jrnl_journal_exports_every_entry_once():
    document = {
        "tags": {},
        "entries": [
            {"title": f"Entry number {i}.", "body": "", "date": "2024-01-01", "time": "10:00"}
            for i in range(300)
        ],
    }
    text = markdown.journal_markdown(parse_jrnl(document))
    assert all(text.count(f"Entry number {i}.\n") == 1 for i in range(300))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(texts | st.sampled_from(["\r# x", "   # y", "\n\n## z\r\n#"]), min_size=1, max_size=4)
)
def test_user_text_never_adds_headings(words):
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    bundle = JournalBundle(
        conflicts=[Conflict(moment, w, my_feelings=[w], id=i) for i, w in enumerate(words)]
    )
    text = markdown.journal_markdown(bundle)
    # CommonMark: a line ends at \n, \r or \r\n; an ATX heading is 0-3 spaces, 1-6 #, then
    # a space or the end of the line.
    lines = re.split(r"\r\n|\r|\n", text)
    headings = [line for line in lines if re.match(r" {0,3}#{1,6}([ \t]|$)", line)]
    assert len(headings) == 1 + sum(3 if w.strip() else 2 for w in words)
