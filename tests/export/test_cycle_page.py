"""The therapist PDF's agenda (printed first) and cycle page, read back from a real PDF."""

from __future__ import annotations

import re

from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from tests.helpers.loop_journals import entry, pursue_withdraw, with_role
from tests.helpers.pdf_readback import outline_titles, page_texts, pdf_text

AGENDA = "Why the Sunday chores talk <b>keeps</b> going wrong."


def export(journal, tmp_path, **options):
    out = tmp_path / "therapist.pdf"
    export_pdf(journal, out, Selection(), ExportOptions(**options))
    return out


def test_agenda_first_then_summary_then_the_cycle_page(journal, tmp_path):
    with_role(journal, "Alex", "Partner")
    pursue_withdraw(journal, "Alex")
    out = export(journal, tmp_path, agenda=AGENDA)
    pages = page_texts(out)
    assert "What I want to work on" in pages[0] and AGENDA in pages[0]  # printed literally
    assert "Conflict journal: summary" in pages[1]
    cycle = " ".join(pages[2].split())
    for words in (
        "The loop between us",
        "Around Chores",
        "You: pushing to talk",
        "Alex: went quiet",
        "noted together: 4",
        "then you again: 4",
        "Alex often goes quiet; then you push to talk it through again.",
        "protecting the bond",
        "Underneath Chores, you most often wished for: appreciation.",
    ):
        assert words in cycle, words
    assert outline_titles(out)[:3] == ["What I want to work on", "Summary", "The loop between us"]


def test_without_an_agenda_or_a_loop_neither_page_is_added(journal, tmp_path):
    for week in range(3):
        entry(
            journal, 7 * week, mine=["raising my voice"], theirs=["went_quiet"] if week == 0 else []
        )
    out = export(journal, tmp_path, agenda="  \n ")
    pages = page_texts(out)
    assert "Conflict journal: summary" in pages[0]
    assert "The loop between us" not in pdf_text(out)
    assert outline_titles(out)[0] == "Summary"


def test_redacted_names_stay_redacted_on_the_cycle_page(journal, tmp_path):
    with_role(journal, "Alex", "Partner")
    pursue_withdraw(journal, "Alex")
    text = pdf_text(export(journal, tmp_path, redact_names=True))
    assert "Alex" not in text and "Partner: went quiet" in " ".join(text.split())


def test_no_percentages_or_fault_tallies_in_the_pdf_summary(journal, tmp_path):
    with_role(journal, "Alex", "Partner")
    for week in range(13):
        entry(journal, 7 * week, person="Alex", mine=["defending myself"], theirs=["criticised"])
    text = " ".join(pdf_text(export(journal, tmp_path)).split())
    assert "%" not in text
    assert not re.search(r"defending myself\W+\(?\d", text)
