"""The summary figures: core/patterns' analysis of the chosen entries, checked on journals
whose answers are known by construction, and against `healdesk stats --json`."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from healdesk.core.repairs.repair import Repair, RepairStatus
from healdesk.core.selection import Selection
from healdesk.export.pdf import export_pdf, gather
from healdesk.export.pdf.summary import ExportSummary, summarize
from tests.helpers.cli import stats
from tests.helpers.journals import add, all_repaired, berlin, repair
from tests.helpers.vaults import PASSPHRASE


def figures(journal, selection: Selection | None = None) -> ExportSummary:
    """The summary exactly as the export computes it, from what `gather` reads."""
    material = gather(journal, selection or Selection())
    return summarize(
        material.summaries,
        material.repair_summaries,
        material.repair_times,
        material.commitment_summaries,
    )


def same_fight_themes(pdf) -> list[str]:
    """The theme names listed under "The same fight again" on the summary page, one a line."""
    page = PdfReader(pdf).pages[0].extract_text().split("The same fight again", 1)[1]
    return re.findall(r"^(.+?): \d+ entries, \d+ followed by a repair", page, re.MULTILINE)


def test_figures_of_the_sample_journal(journal, sample_ids):
    s = figures(journal)
    assert (s.first.isoformat(), s.last.isoformat()) == ("2026-01-06", "2026-03-08")
    assert s.entries == 6 and s.repaired == 3 and s.repairs == 2 and s.talked == 1
    assert s.theme_counts[:2] == (("Chores", 3), ("Family and in-laws", 2))
    assert s.people_counts == (("Sam Rivera", 5), ("Elena", 1))
    # first repairs: 8 Jan 19:00 for 6 Jan 21:40 and 14 Feb 09:15 (clamped to 0), 4 Feb 18:00
    # for 2 Feb 18:30 -> 45.3, 0 and 47.5 hours
    assert s.median_days_to_repair == pytest.approx(45.3 / 24)
    assert (s.commitments, s.kept, s.partly, s.not_yet, s.unchecked) == (1, 1, 0, 0, 0)
    assert s.settled_average == pytest.approx(2.5)  # 4, 3, 2, 2, 1, 3
    # Chores: 6 Jan, 14 Feb, 8 Mar (median gap 30.5 days); repaired twice, settled 4 and 2
    [chores] = s.same_fight_again
    assert (chores.name, chores.count, chores.repaired, chores.unsettled_after_repair) == (
        "Chores",
        3,
        2,
        1,
    )


def test_only_the_chosen_entries_count(journal, sample_ids):
    s = figures(journal, Selection(ids=(sample_ids[1], sample_ids[4])))
    assert s.entries == 2 and s.repaired == 0 and s.repairs == 0 and s.talked == 0
    assert s.commitments == 0 and s.same_fight_again == ()
    assert s.median_days_to_repair is None and s.settled_average == pytest.approx(2.0)


def talked_repair(journal, conflict_id: int, created) -> int:
    return journal.add_repair(
        Repair(
            "repair-after-fight",
            1,
            "Repair after a fight",
            (),
            conflict_ids=[conflict_id],
            status=RepairStatus.TALKED,
            created_at=created,
        )
    )


def constructed(journal) -> None:
    """Chores: six weekly fights from 3 May 2026, each repaired (after 24, 24, 48, 48, 72 and
    12 hours) and still raw or unsettled (1, 2, 1, 2, 1, 2); five commitments: three kept, one
    partly, one not checked in on (tests/helpers/journals.py).
    Money: three fights months apart (not recurring), each repaired and talked about after 48
    hours, settled 1: the PDF's old "three or more entries" rule would call it the same fight.
    Plans: four weekly fights from 14 June, two repaired after 6 hours and settled 4 (recurring,
    but settled after repair), two without a repair and no settled value."""
    all_repaired(journal)
    for month, day in ((1, 10), (4, 20), (8, 30)):
        when = berlin(2026, month, day)
        conflict_id = add(journal, when, ["Money"], person="Alex", settled=1)
        talked_repair(journal, conflict_id, when + timedelta(hours=48))
    for week in range(4):
        when = berlin(2026, 6, 14) + timedelta(weeks=week)
        conflict_id = add(journal, when, ["Plans"], settled=4 if week < 2 else None)
        if week < 2:
            repair(journal, [conflict_id], when + timedelta(hours=6))


def test_figures_of_a_constructed_journal(journal):
    constructed(journal)
    s = figures(journal)
    assert (s.first, s.last) == (date(2026, 1, 10), date(2026, 8, 30))
    assert s.entries == 13 and s.repaired == 11 and s.repairs == 11 and s.talked == 3
    assert s.theme_counts == (("Chores", 6), ("Plans", 4), ("Money", 3))
    assert s.people_counts == (("Sam", 10), ("Alex", 3))
    # 6, 6, 12, 24, 24, 48, 48, 48, 48, 48, 72 hours: the median is 48 hours, two days
    assert s.median_days_to_repair == pytest.approx(2.0)
    assert (s.commitments, s.kept, s.partly, s.not_yet, s.unchecked) == (5, 3, 1, 0, 1)
    assert s.settled_average == pytest.approx((9 + 3 + 8) / 11)
    assert [
        (t.name, t.count, t.repaired, t.unsettled_after_repair) for t in s.same_fight_again
    ] == [("Chores", 6, 6, 6)]


def test_a_date_range_gives_that_range_alone(journal):
    constructed(journal)
    s = figures(journal, Selection(start=date(2026, 5, 20), end=date(2026, 7, 31)))
    # Chores 24 May, 31 May, 7 Jun (repaired after 48, 72, 12 hours, no commitments made)
    # and all four Plans (two repaired after 6 hours); Money's fights are outside the range.
    assert s.theme_counts == (("Plans", 4), ("Chores", 3))
    assert s.repaired == 5 and s.median_days_to_repair == pytest.approx(12 / 24)
    assert s.commitments == 0 and s.talked == 0
    assert [t.name for t in s.same_fight_again] == ["Chores"]


#: (--from, --to) and the same-fight themes known by construction for each.
RANGES = [
    (None, None, ["Chores"]),
    ("2026-05-20", "2026-07-31", ["Chores"]),
    ("2026-05-01", "2026-05-12", []),  # two Chores fights: not yet the same fight again
    ("2026-06-10", "2026-12-31", []),  # Plans recurs but feels settled; one Money fight
]


def test_the_pdf_names_the_same_fights_as_healdesk_stats(vault, tmp_path):
    constructed(vault.journal)
    listed = []
    for index, (start, end, _known) in enumerate(RANGES):
        selection = Selection(
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
        )
        out = tmp_path / f"range-{index}.pdf"
        export_pdf(vault.journal, out, selection)
        listed.append(same_fight_themes(out))
    vault.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    options = ["--data-dir", str(vault.folder), "--passphrase-file", str(secret)]
    for (start, end, known), in_pdf in zip(RANGES, listed, strict=True):
        extra = [*(["--from", start] if start else []), *(["--to", end] if end else [])]
        from_stats = json.loads(stats(options, "--json", *extra))["same_fight_again"]
        assert in_pdf == from_stats == known, (start, end)
