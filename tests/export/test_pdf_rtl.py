"""Hebrew, Arabic and mixed lines in the therapist PDF, read back with poppler: shaped, in
reading order, right-to-left paragraphs flush right, punctuation on the side it belongs."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from healdesk import i18n
from healdesk.core.conflict import Conflict, Person
from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from healdesk.export.pdf.pieces import pieces
from healdesk.export.pdf.styles import FRAME_WIDTH, MARGIN_X
from tests.helpers.pdf_readback import placed_words, poppler_text

HEBREW = "אמרתי שלום, ואז הלכתי. היא אמרה (בשקט) שזה בסדר."
ARABIC = "قلت له: لماذا تأخرت؟ قال إنه كان في العمل حتى الساعة 9."
MIXED = "I said שלום, then she left quietly."
RIGHT_TO_LEFT_WORD = re.compile("[\u0590-\u05ff\u0600-\u06ff]+")


def right_to_left_words(text: str) -> list[str]:
    """Hebrew and Arabic words in order; presentation forms read as the letters they show."""
    return RIGHT_TO_LEFT_WORD.findall(unicodedata.normalize("NFKC", text))


def contains_in_order(found: list[str], wanted: list[str]) -> bool:
    return any(found[i : i + len(wanted)] == wanted for i in range(len(found)))


@pytest.fixture
def rtl_pdf(journal, tmp_path: Path) -> Path:
    ids = [
        journal.add_conflict(
            Conflict(datetime(2026, 5, day, 20, tzinfo=UTC), words, themes=["money"])
        )
        for day, words in ((1, HEBREW), (2, ARABIC), (3, MIXED))
    ]
    out = tmp_path / "rtl.pdf"
    export_pdf(journal, out, Selection(ids=tuple(ids)), ExportOptions(include_summary=False))
    return out


def test_hebrew_and_arabic_read_back_in_typing_order(rtl_pdf):
    """Poppler rebuilds reading order itself; on a page of mostly English it may order the
    clauses of a Hebrew line left to right, but inside each clause the words (and letters)
    come back as typed only when the PDF draws them in display order."""
    found = right_to_left_words(poppler_text(rtl_pdf))
    for sentence in (HEBREW, ARABIC, MIXED):
        for clause in re.split(r"[.,:()]", sentence):
            if words := right_to_left_words(clause):
                assert contains_in_order(found, words), clause


def test_arabic_letters_are_joined(rtl_pdf):
    """Shaped Arabic is drawn with the joined (initial, medial, final) glyphs, which the
    text font maps to Unicode's presentation forms; unshaped text has none of them."""
    text = poppler_text(rtl_pdf)
    joined = [ch for ch in text if "\ufe70" <= ch <= "\ufefe"]
    assert len(joined) >= 20
    assert "لا" not in text or "\ufefb" in text  # lam-alef, when present, as one ligature


def _line_of(words, first: str):
    top = next(top for top, _l, _r, word in words if word == first)
    return sorted((left, right, word) for t, left, right, word in words if abs(t - top) < 1)


def test_right_to_left_paragraphs_are_flush_right_with_punctuation_on_their_left(rtl_pdf):
    words = placed_words(rtl_pdf)
    hebrew = _line_of(words, "יתרמא")  # "אמרתי" as it sits on the page, left to right
    assert hebrew[-1][2] == "יתרמא"  # the first word is the rightmost
    assert hebrew[-1][1] == pytest.approx(MARGIN_X + FRAME_WIDTH, abs=1)
    seen = [w for _l, _r, w in hebrew]
    assert seen[-2:] == [",םולש", "יתרמא"]  # the comma on the left
    assert "(טקשב)" in seen  # brackets mirrored
    assert seen[0] == ".רדסב"  # the full stop ends at the left


def test_mixed_line_keeps_its_english_order_and_the_comma_after_the_hebrew(rtl_pdf):
    mixed = [w for _l, _r, w in _line_of(placed_words(rtl_pdf), "said")]
    assert mixed[:4] == ["I", "said", "םולש,", "then"]


def test_the_document_language_follows_the_app(journal, tmp_path):
    conflict = journal.add_conflict(Conflict(datetime(2026, 5, 1, tzinfo=UTC), "words"))
    out = tmp_path / "lang.pdf"
    try:
        for language, tag in (("en", "en"), (i18n.PSEUDO_RTL, "x-pseudo-rtl"), ("de", "de")):
            i18n.set_language(language)
            export_pdf(journal, out, Selection(ids=(conflict,)))
            assert PdfReader(out).trailer["/Root"]["/Lang"] == tag
    finally:
        i18n.set_language("en")


def test_long_arabic_fills_its_lines_and_stays_inside_the_margins(journal, tmp_path):
    """Lines are broken for the joined (narrower) letters, across two pages."""
    sentence = "رفعت صوتي ثم ندمت كثيرا بعد ذلك، وأريد أن أبدأ الحديث بهدوء في المرة القادمة. "
    conflict = journal.add_conflict(
        Conflict(datetime(2026, 5, 1, 20, tzinfo=UTC), sentence * 90, themes=["money"])
    )
    out = tmp_path / "long.pdf"
    export_pdf(journal, out, Selection(ids=(conflict,)), ExportOptions(include_summary=False))
    assert len(PdfReader(out).pages) == 2
    lines: dict[tuple[int, float], list[tuple[float, float]]] = {}
    page = 0
    for top, left, right, word in placed_words(out):
        if word == "Page":
            page += 1
        if RIGHT_TO_LEFT_WORD.search(unicodedata.normalize("NFKC", word)):
            lines.setdefault((page, round(top)), []).append((left, right))
    assert len(lines) > 40
    right_edge = MARGIN_X + FRAME_WIDTH
    short = 0
    for placed in lines.values():
        assert min(left for left, _r in placed) >= MARGIN_X - 1
        assert max(right for _l, right in placed) == pytest.approx(right_edge, abs=1)
        short += min(left for left, _r in placed) > MARGIN_X + 0.1 * FRAME_WIDTH
    assert short <= len(pieces(sentence * 90))  # the last line of each piece of the text


@pytest.mark.parametrize(
    "name", ["\ufb39", "\u05d9\u05bc", "\ufb390"], ids=["yod-dagesh", "yod+dagesh", "and-digit"]
)
def test_a_name_that_starts_with_a_raised_mark_exports(journal, tmp_path, name):
    """HarfBuzz raises the dagesh of a yod; a line starting with it broke reportlab's setRise
    (found by tests/export/test_pdf_property.py)."""
    journal.add_person(Person(name, "Partner"))
    conflict_id = journal.add_conflict(
        Conflict(datetime(2026, 5, 1, tzinfo=UTC), "x", person=name, themes=[name])
    )
    out = tmp_path / "raised.pdf"
    result = export_pdf(journal, out, Selection(ids=(conflict_id,)), ExportOptions())
    assert result.pages >= 1
    assert "\u05d9" in unicodedata.normalize("NFD", poppler_text(out))
