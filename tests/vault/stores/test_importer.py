"""Importing into a journal that already holds entries: only adds, skips duplicates, and
lands whole or not at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import Conflict, Person, Theme
from healdesk.core.progress import Cancelled
from healdesk.formats import healdesk_json, read_journal_file
from healdesk.vault.stores.exporter import journal_bundle
from healdesk.vault.stores.importer import ImportNotSaved, import_bundle
from tests.helpers.format_samples import fill_journal, normalised
from tests.helpers.paths import FORMAT_FILES


def test_importing_the_same_jrnl_file_twice_skips_and_reports_every_duplicate(journal):
    bundle = read_journal_file(FORMAT_FILES / "jrnl_export.json")[1]
    import_bundle(journal, bundle)
    again = import_bundle(journal, bundle)
    assert (again.conflicts, again.duplicate_conflicts, again.themes) == (0, 6, 0)
    assert journal.count() == 6


def test_reimporting_an_export_adds_nothing_and_links_nothing_twice(journal, tmp_path):
    fill_journal(journal)
    before = journal_bundle(journal)
    path = tmp_path / "journal.json"
    path.write_text(healdesk_json.dumps(before), encoding="utf-8")
    report = import_bundle(journal, read_journal_file(path)[1])
    assert (report.conflicts, report.repairs, report.commitments) == (0, 0, 0)
    assert (report.duplicate_conflicts, report.duplicate_repairs) == (3, 1)
    assert report.duplicate_commitments == 2 and report.duplicates == 6
    assert normalised(journal_bundle(journal)) == normalised(before)


def test_a_partly_new_file_adds_only_what_is_new_and_links_to_what_was_there(journal, tmp_path):
    ids = fill_journal(journal)
    exported = journal_bundle(journal)
    new = Conflict(datetime(2026, 5, 1, 12, 0, tzinfo=UTC), "A new one", themes=["Chores"])
    new.id = 99
    exported.conflicts.append(new)
    exported.repairs[0].conflict_ids.append(99)  # an edited repair is a different repair
    exported.repairs[0].answers["mindset.aim"] = "to reconnect"
    report = import_bundle(journal, exported)
    assert (report.conflicts, report.duplicate_conflicts, report.repairs) == (1, 3, 1)
    added = journal.repairs()[-1]
    assert added.conflict_ids[:2] == [ids["first"], ids["second"]]
    assert journal.get_conflict(added.conflict_ids[2]).what_happened == "A new one"


def test_an_import_never_replaces_entries_colours_or_roles(journal):
    journal.add_conflict(Conflict(datetime(2024, 3, 1, 20, 15, tzinfo=UTC), "Mine, not theirs"))
    journal.add_theme("Money", "#e15759")
    journal.add_person(Person("Sam", "Partner"))
    bundle = JournalBundle(
        conflicts=[Conflict(datetime(2024, 3, 1, 20, 15, tzinfo=UTC), "Same time, other words")],
        themes=[Theme("money", "#000000")],
        people=[Person("sam", "Friend")],
    )
    report = import_bundle(journal, bundle)
    assert (report.conflicts, report.duplicates, report.themes, report.people) == (1, 0, 0, 0)
    assert [c.what_happened for c in journal.conflicts()] == [
        "Mine, not theirs",
        "Same time, other words",
    ]
    assert [(t.name, t.colour) for t in journal.themes()] == [("Money", "#e15759")]
    assert [(p.name, p.role) for p in journal.people()] == [("Sam", "Partner")]


def test_names_without_a_visible_character_are_left_off_rather_than_failing(journal):
    bundle = JournalBundle(
        conflicts=[
            Conflict(datetime(2024, 3, 1, tzinfo=UTC), "x", person="\0", themes=["\0 ", "Work"])
        ],
        themes=[Theme(" ")],
    )
    assert import_bundle(journal, bundle).conflicts == 1
    (entry,) = journal.conflicts()
    assert entry.themes == ["Work"] and entry.person is None


def test_a_failed_import_adds_nothing_at_all(journal):
    journal.add_conflict(Conflict(datetime(2020, 1, 1, tzinfo=UTC), "before"))
    (pages,) = journal.db.execute("PRAGMA page_count").fetchone()
    journal.db.execute(f"PRAGMA max_page_count = {pages + 20}")
    bundle = JournalBundle(
        conflicts=[
            Conflict(
                datetime(2021, 1, 1, tzinfo=UTC),
                f"entry {i} " + "words " * 200,
                themes=[f"theme {i}"],
            )
            for i in range(400)
        ]
    )
    with pytest.raises(ImportNotSaved, match="nothing from the file was added") as caught:
        import_bundle(journal, bundle)
    assert "entry" not in str(caught.value)
    journal.db.execute("PRAGMA max_page_count = 1073741823")
    assert [c.what_happened for c in journal.conflicts()] == ["before"]
    assert journal.themes() == [] and journal.search("words") == []


def test_progress_is_reported_and_a_cancel_adds_nothing(journal):
    bundle = JournalBundle(
        conflicts=[Conflict(datetime(2021, 1, 1, tzinfo=UTC), f"entry {i}") for i in range(450)]
    )
    seen = []
    import_bundle(journal, bundle, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 450), (200, 450), (400, 450), (450, 450)]

    other = JournalBundle(
        conflicts=[Conflict(datetime(2022, 1, 1, tzinfo=UTC), f"later {i}") for i in range(450)]
    )

    def cancel_at_400(done: int, _total: int) -> None:
        if done >= 400:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_bundle(journal, other, progress=cancel_at_400)
    assert journal.count() == 450


def test_names_match_as_the_journal_matches_them(journal):
    """SQLite's NOCASE folds ASCII letters only: "Ärger" and "ärger" are two themes."""
    journal.add_theme("Ärger", "#111111")
    journal.add_theme("Money", "#222222")
    bundle = JournalBundle(
        conflicts=[Conflict(datetime(2024, 1, 1, tzinfo=UTC), "x", themes=["ärger", "MONEY"])],
        themes=[Theme("ärger", "#333333"), Theme(" money ", "#444444")],
    )
    assert import_bundle(journal, bundle).themes == 1
    assert {(t.name, t.colour) for t in journal.themes()} == {
        ("Ärger", "#111111"),
        ("ärger", "#333333"),
        ("Money", "#222222"),
    }


def test_a_kept_time_the_row_already_has_is_not_taken_for_a_change_now(journal):
    """An import saves a record, then gives it its source's times. When the source's time is
    the second the import saved it in, writing it again must not count as a change made
    "now" (the change trigger stamped the clock's next second: a flaky round trip)."""
    conflict_id = journal.add_conflict(Conflict(datetime(2026, 3, 1, tzinfo=UTC), "words"))
    written = datetime(2020, 5, 17, 8, 30, tzinfo=UTC)
    journal.keep_stamps("conflict", conflict_id, written, written)
    journal.keep_stamps("conflict", conflict_id, written, written)  # the same time again
    kept = journal.get_conflict(conflict_id)
    assert (kept.created_at, kept.updated_at) == (written, written)
