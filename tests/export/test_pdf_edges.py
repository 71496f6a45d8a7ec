"""The PDF at the edges of what the journal can hold: any date an import accepts, a theme
colour that should never have been stored, and one very long entry."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from healdesk.core.conflict import Conflict, ConflictSummary, Person
from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf, render_pdf
from healdesk.export.pdf.fonts import escaped, font_chain
from healdesk.export.pdf.material import ExportMaterial
from healdesk.export.pdf.pieces import PIECE_CHARS, pieces
from healdesk.export.pdf.styles import BODY, FRAME_WIDTH
from healdesk.formats import read_journal_file
from healdesk.vault.stores.importer import import_bundle
from tests.helpers.pdf_readback import pdf_text


def exported(journal, tmp_path, **options):
    out = tmp_path / "therapist.pdf"
    result = export_pdf(journal, out, Selection(), ExportOptions(**options))
    return out, result


def test_a_jrnl_typo_year_beside_this_year_exports(journal, tmp_path):
    entries = [
        {"title": "Typed 0024 for 2024", "body": "", "date": "0024-03-01", "time": "09:00"},
        {"title": "The real one", "body": "", "date": "2025-03-01", "time": "09:00"},
    ]
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"tags": {}, "entries": entries}))
    _name, bundle = read_journal_file(source, zone=timezone(timedelta(hours=-5)))
    import_bundle(journal, bundle)
    out, result = exported(journal, tmp_path)
    assert result.entries == 2
    assert "Typed 0024 for 2024" in pdf_text(out) and "The real one" in pdf_text(out)


#: The moments an import accepts: years 2 to 9998 in UTC, at any offset.
accepted = st.datetimes(
    min_value=datetime(2, 1, 2), max_value=datetime(9998, 12, 30), timezones=st.just(UTC)
).flatmap(
    lambda moment: st.integers(-14 * 60, 14 * 60).map(
        lambda minutes: moment.astimezone(timezone(timedelta(minutes=minutes)))
    )
)


def material_of(moments: list[datetime], colours: dict[str, str]) -> ExportMaterial:
    """What `gather` would read for entries at `moments`, without a vault (date order)."""
    moments = sorted(moments)
    themes = sorted(colours)
    summaries = [
        ConflictSummary(i, when, None, i % 11, None, (themes[i % len(themes)],), ())
        for i, when in enumerate(moments, 1)
    ]
    conflicts = [
        Conflict(
            s.happened_at, f"entry {s.id}", intensity=s.intensity, themes=list(s.themes), id=s.id
        )
        for s in summaries
    ]
    return ExportMaterial(
        summaries=summaries,
        conflicts=conflicts,
        repairs_of={},
        repair_summaries=[],
        repair_times={},
        commitment_summaries=[],
        commitments=[],
        people=[],
        theme_colours=colours,
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(accepted, min_size=1, max_size=4))
def test_any_dates_an_import_accepts_export(tmp_path, moments):
    result = render_pdf(material_of(moments, {"Chores": "#4e79a7"}), tmp_path / "any.pdf")
    assert result.entries == len(moments)


@pytest.mark.parametrize(
    "first, last",
    [
        (datetime(2, 1, 1, 12, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)),
        (datetime(2, 1, 1, 12, tzinfo=UTC), datetime(9998, 12, 31, 12, tzinfo=UTC)),
        (datetime(9998, 12, 31, 23, tzinfo=UTC), datetime(9998, 12, 31, 23, tzinfo=UTC)),
    ],
)
def test_the_ends_of_the_calendar_export(tmp_path, first, last):
    render_pdf(material_of([first, last], {"Chores": "#4e79a7"}), tmp_path / "ends.pdf")


@pytest.mark.parametrize("colour", ["javascript:alert(1)", "#12345", "red", "#4e79a7\n"])
def test_a_bad_colour_already_in_a_vault_still_exports(journal, tmp_path, colour):
    journal.add_conflict(
        Conflict(datetime(2026, 4, 1, tzinfo=UTC), "words", intensity=5, themes=["Money"])
    )
    with journal.transaction():  # as an import before colours were checked left it
        journal.db.execute("UPDATE theme SET colour = ?", (colour,))
    out, result = exported(journal, tmp_path)
    assert result.entries == 1 and "Money" in pdf_text(out)


@pytest.mark.parametrize("colour", ["javascript:alert(1)", "#12345", "red", "#4e79a7\n"])
def test_the_journal_refuses_a_colour_that_is_not_rrggbb(journal, colour):
    with pytest.raises(ValueError, match="#4e79a7"):
        journal.add_theme("Money", colour)
    journal.add_theme("Money")
    with pytest.raises(ValueError, match="#4e79a7"):
        journal.set_theme_colour("Money", colour)
    journal.set_theme_colour("Money", "#A0B1C2")
    assert [t.colour for t in journal.themes()] == ["#A0B1C2"]


# --- long entries --------------------------------------------------------------------------
SENTENCE = "We argued about the dishes again and I walked out. "


def test_pieces_give_the_text_back_and_cut_at_lines_then_sentences_then_spaces():
    lines = ("x" * 50 + "\n") * 100
    assert all(p.endswith("x") for p in pieces(lines)[:-1])
    for text in (lines, SENTENCE * 200, "word " * 1_000, "y" * 5_000, "short"):
        parts = pieces(text)
        assert all(0 < len(p) <= PIECE_CHARS for p in parts)
        assert "".join(parts).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
            " ", ""
        )
    assert all(p.endswith("out.") for p in pieces(SENTENCE * 200)[:-1])
    assert pieces("y" * 5_000) == ["y" * 2_000, "y" * 2_000, "y" * 1_000]


def test_pieces_lay_out_exactly_as_one_paragraph(tmp_path):
    font_chain()
    text = "\n".join(
        ("" if n % 7 == 0 else SENTENCE * (n % 5 + 1)) for n in range(300)
    )  # blank lines included, some at cuts
    whole = Paragraph(escaped(text), BODY).wrap(FRAME_WIDTH, 10**6)[1]
    parts = sum(Paragraph(escaped(p), BODY).wrap(FRAME_WIDTH, 10**6)[1] for p in pieces(text))
    assert len(pieces(text)) > 5 and parts == pytest.approx(whole)


def test_a_one_megabyte_entry_exports_whole_with_names_redacted_across_cuts(journal, tmp_path):
    journal.add_person(Person("Sam Lee", "Partner"))
    paragraph = (SENTENCE * 30).strip() + " Sam Lee\nsaid nothing.\n\n"
    text = "FIRST-WORDS " + paragraph * (1_000_000 // len(paragraph)) + "LAST-WORDS"
    journal.add_conflict(Conflict(datetime(2026, 4, 1, tzinfo=UTC), text, person="Sam Lee"))
    out, result = exported(journal, tmp_path, redact_names=True)
    pages = PdfReader(out).pages
    assert result.pages == len(pages) > 200
    first, last = pages[1].extract_text(), pages[-1].extract_text()
    assert "FIRST-WORDS" in first and "LAST-WORDS" in last
    assert "Sam" not in first + last and "Partner" in first
