"""The therapist PDF, made from a real vault and read back with pypdf, qpdf and poppler."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from healdesk.core.conflict import Conflict
from healdesk.core.progress import Cancelled
from healdesk.core.selection import Selection
from healdesk.export.pdf import (
    ExportFailed,
    ExportOptions,
    NothingToExport,
    TargetNotWritable,
    export_pdf,
)
from healdesk.export.pdf.document import TITLE
from healdesk.export.pdf.fonts import PLACEHOLDER, font_chain
from tests.helpers import export_sample as sample
from tests.helpers.pdf_readback import dark_pixels, outline_titles, page_texts, pdf_text

FIRST, MARKUP = "dishes were still in the sink", "<b>again</b> & the card bill"
NOT_CHOSEN = ("Laundry piled up", "Mum said I never visit", "bathroom")


def export(journal, tmp_path: Path, selection: Selection | None = None, **options):
    out = tmp_path / "out" / "therapist.pdf"
    out.parent.mkdir(exist_ok=True)
    result = export_pdf(journal, out, selection or Selection(), ExportOptions(**options))
    return out, result


def test_chosen_entries_print_literally_and_nothing_else(journal, sample_ids, tmp_path):
    out, result = export(journal, tmp_path, Selection(ids=tuple(sample_ids[:3])))
    text = pdf_text(out)
    assert FIRST in text and MARKUP in text
    assert "Мама сказала, что мы заняты. Ευχαριστώ." in text and "😔" in text
    if any(name == "HealDesk-CJK" for name, _ in font_chain().fallbacks):
        assert "我们需要谈谈" in text and result.missing_characters == 0
    else:  # no CJK font installed: visible placeholders, and the export says how many
        assert PLACEHOLDER in text and result.missing_characters >= 6
    for phrase in NOT_CHOSEN:
        assert phrase not in text
    assert result.entries == 3 and result.pages == len(PdfReader(out).pages)


def test_markup_in_user_text_never_becomes_tags_links_or_images(journal, tmp_path):
    nasty = (
        '<font name="nope">x</font> <img src="/etc/passwd"/> '
        '<a href="file:///etc/shadow">click</a> &amp; <br/> <para>'
    )
    conflict_id = journal.add_conflict(
        Conflict(datetime(2026, 4, 1, tzinfo=UTC), nasty, themes=["<i>Theme</i>"])
    )
    out, _ = export(journal, tmp_path, Selection(ids=(conflict_id,)))
    text = pdf_text(out)
    assert nasty in text and "<i>Theme</i>" in text
    assert all("/Annots" not in page for page in PdfReader(out).pages)


def test_summary_page_comes_first_and_can_be_left_out(journal, sample_ids, tmp_path):
    out, _ = export(journal, tmp_path)
    first = page_texts(out)[0]
    assert first.startswith("Conflict journal · 6 Jan 2026 – 8 Mar 2026")
    for figure in (
        "Conflict journal: summary",
        "6 entries",
        "Entries followed by a repair: 3 of 6",
        "Chores: 3 entries, 2 followed by a repair, 1 of those still feels unsettled",
        "at least 3 times, usually within 45 days of the time before",
        "Repairs that reached a conversation: 1 of 2",
        "Commitments made: 1 (1 kept",
    ):
        assert figure in first
    assert FIRST not in first  # entries start on the next page
    out, _ = export(journal, tmp_path, include_summary=False)
    assert "Conflict journal: summary" not in pdf_text(out)
    assert outline_titles(out)[0] == "6 Jan 2026 · Chores"


def test_entries_in_date_order_with_repairs_commitments_and_check_ins(
    journal, sample_ids, tmp_path
):
    out, _ = export(journal, tmp_path, include_repairs=True)
    text = pdf_text(out)
    order = [
        text.index(p)
        for p in (FIRST, "holiday budget", "took the call", "bathroom", "never visit", "Laundry")
    ]
    assert order == sorted(order)
    assert "Repair: " not in text  # the repair's own title is its heading
    for phrase in (
        "Repair after a fight Followed through · started 8 January 2026",
        "Mindset What I want from this conversation To understand Sam",
        "By when 20 January 2026",
        "Make a shared chores rota with Sam on Sunday (by 18 January 2026)",
        "19 January 2026, partly kept: Made it, but only stuck to half.",
        "“Repair after a fight” is printed with the entry of 6 January 2026.",
    ):
        assert phrase in text
    assert text.count("Second week went well") == 1  # a repair of two entries prints once


def test_page_numbers_running_header_bookmarks_and_metadata(journal, sample_ids, tmp_path):
    out, _result = export(journal, tmp_path)
    pages = page_texts(out)
    for number, page in enumerate(pages, start=1):
        assert page.startswith("Conflict journal · 6 Jan 2026 – 8 Mar 2026")
        assert f"Page {number} of {len(pages)}" in page
    assert outline_titles(out) == [
        "Summary",
        "6 Jan 2026 · Chores",
        "19 Jan 2026 · Money, Plans",
        "2 Feb 2026 · Family and in-laws, Screens and phones",
        "14 Feb 2026 · Chores",
        "27 Feb 2026 · Family and in-laws",
        "8 Mar 2026 · Chores",
    ]
    meta = PdfReader(out).metadata
    assert meta.title == TITLE and meta.creator == "HealDesk" and not meta.author
    assert meta.subject == "6 January 2026 – 8 March 2026"
    assert meta.creation_date is not None


def test_redacted_names_appear_nowhere(journal, sample_ids, tmp_path):
    out, _ = export(
        journal, tmp_path, redact_names=True, include_private=True, include_repairs=True
    )
    reader = PdfReader(out)
    everything = " ".join(
        [pdf_text(out), *outline_titles(out), *(str(v) for v in reader.metadata.values())]
    )
    for name in ("Sam", "Rivera", "Elena"):
        assert not re.search(rf"\b{name}\b", everything, re.IGNORECASE), name
    assert "With Partner" in everything and "With Mother" in everything
    assert "Partner came home late" in everything  # inside free text too
    assert "Partner (5), Mother (1)" in everything  # and on the summary page
    assert "Mother's calls" in everything


def test_private_notes_stay_out_unless_asked_for(journal, sample_ids, tmp_path):
    note = "I almost said something"
    out, _ = export(journal, tmp_path)
    assert note not in pdf_text(out) and "Private notes" not in pdf_text(out)
    out, _ = export(journal, tmp_path, include_private=True)
    assert f"Private notes {note}" in pdf_text(out)


def test_password_encrypts_with_aes_256_r6(journal, sample_ids, tmp_path):
    password = "tërapia 2026"
    out, result = export(journal, tmp_path, password=password)
    assert result.encrypted
    shown = subprocess.run(
        ["qpdf", "--show-encryption", f"--password={password}", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "R = 6" in shown and "file encryption method: AESv3" in shown  # AESv3 = AES-256
    wrong = subprocess.run(
        ["qpdf", "--check", "--password=not it", str(out)], capture_output=True, text=True
    )
    assert wrong.returncode != 0 and "invalid password" in wrong.stderr
    assert not PdfReader(out).decrypt("not it")
    assert FIRST in pdf_text(out, password=password)
    assert FIRST.encode() not in out.read_bytes()


def test_fonts_are_all_embedded_and_every_page_renders(journal, sample_ids, tmp_path):
    out, result = export(journal, tmp_path, include_private=True)
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing), listing
    inked = dark_pixels(out, tmp_path)
    assert len(inked) == result.pages and all(count > 200 for count in inked)


def test_huge_texts_and_names_still_lay_out(journal, tmp_path):
    long_theme = "theme " * 400
    conflict_id = journal.add_conflict(
        Conflict(
            datetime(2026, 4, 1, tzinfo=UTC),
            "word " * 20000 + "x" * 5000,
            themes=[long_theme],
            person="P" * 3000,
            my_feelings=["hurt"] * 500,
        )
    )
    out, result = export(journal, tmp_path, Selection(ids=(conflict_id,)))
    assert result.pages > 10 and "theme theme" in pdf_text(out)


def test_a_character_no_font_covers_prints_as_a_counted_placeholder(journal, tmp_path):
    conflict_id = journal.add_conflict(
        Conflict(datetime(2026, 4, 1, tzinfo=UTC), "before \U0010fffd\U000f0001 after 👋\u200d")
    )
    out, result = export(journal, tmp_path, Selection(ids=(conflict_id,)))
    assert result.missing_characters == 2
    assert f"before {PLACEHOLDER}{PLACEHOLDER} after" in pdf_text(out)


def test_cancelling_or_failing_leaves_no_file_and_keeps_an_older_one(
    journal, sample_ids, tmp_path, monkeypatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    older = folder / "therapist.pdf"
    older.write_bytes(b"older export")
    calls: list[tuple[int, int]] = []

    def cancel_late(done: int, total: int) -> None:
        calls.append((done, total))
        if done == total:  # the last moment: everything is laid out (and encrypted)
            raise Cancelled

    with pytest.raises(Cancelled):
        export_pdf(journal, older, Selection(), ExportOptions(password="x"), cancel_late)
    assert calls[0] == (0, 13) and calls[-1] == (13, 13)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)

    def cancel_mid_layout(done: int, _total: int) -> None:
        if done == 8:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_pdf(journal, older, Selection(), progress=cancel_mid_layout)

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        export_pdf(journal, older, Selection())
    assert older.read_bytes() == b"older export"
    assert sorted(p.name for p in folder.iterdir()) == ["therapist.pdf"]


def test_bad_targets_and_empty_choices_are_refused_before_any_work(journal, sample_ids, tmp_path):
    with pytest.raises(NothingToExport):
        export_pdf(journal, tmp_path / "x.pdf", Selection(start=date(2030, 1, 1)))
    for target in (tmp_path / "missing" / "x.pdf", tmp_path):
        with pytest.raises(TargetNotWritable) as caught:
            export_pdf(journal, target, Selection())
        assert isinstance(caught.value, ExportFailed)
    assert not (tmp_path / "x.pdf").exists()


def test_filters_choose_by_date_theme_and_person(journal, sample_ids, tmp_path):
    out, result = export(journal, tmp_path, Selection(themes=("Chores",), start=date(2026, 2, 1)))
    text = pdf_text(out)
    assert result.entries == 2 and "bathroom" in text and "Laundry" in text
    assert FIRST not in text
    out, result = export(journal, tmp_path, Selection(people=(sample.MOTHER,)))
    assert result.entries == 1 and "never visit" in pdf_text(out)
