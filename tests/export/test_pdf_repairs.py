"""Repair answers in the therapist PDF: left out unless chosen, per repair or all, and
redacted like every other word."""

from __future__ import annotations

import re
from pathlib import Path

from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from tests.helpers.pdf_readback import pdf_text

ANSWER = "To understand Sam, not to win."
SECOND_ANSWER = "Agree on phones at dinner"
COMMITMENT = "Make a shared chores rota"


def export(journal, tmp_path: Path, **options) -> str:
    out = tmp_path / "repairs.pdf"
    export_pdf(journal, out, Selection(), ExportOptions(include_summary=False, **options))
    return pdf_text(out)


def repair_ids(journal) -> list[int]:
    return sorted(r.id for r in journal.repairs())


def test_answers_and_commitments_stay_out_by_default(journal, sample_ids, tmp_path):
    text = export(journal, tmp_path)
    assert ANSWER not in text and SECOND_ANSWER not in text and COMMITMENT not in text
    assert text.count("The answers in this repair were left out.") == 2
    assert "Repair after a fight Followed through · started 8 January 2026" in text


def test_only_the_chosen_repair_prints_its_answers(journal, sample_ids, tmp_path):
    first, second = repair_ids(journal)
    text = export(journal, tmp_path, include_repairs=frozenset({second}))
    assert SECOND_ANSWER in text
    assert ANSWER not in text and COMMITMENT not in text
    text = export(journal, tmp_path, include_repairs=frozenset({first}))
    assert ANSWER in text and COMMITMENT in text and SECOND_ANSWER not in text


def test_included_answers_are_redacted_like_the_rest(journal, sample_ids, tmp_path):
    text = export(journal, tmp_path, include_repairs=True, redact_names=True)
    assert "To understand Partner, not to win." in text
    assert "together with Mother's calls" in text
    assert not re.search(r"\b(Sam|Elena)\b", text)
