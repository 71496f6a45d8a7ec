"""The Journal over a real SQLCipher vault: entries, trash, filters, names, search, repairs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healdesk.core.conflict import Conflict, Person
from healdesk.core.repairs.repair import (
    CheckIn,
    CheckInResult,
    Commitment,
    FieldSnapshot,
    Repair,
    RepairStatus,
    StepSnapshot,
)
from healdesk.core.selection import Selection
from healdesk.vault.errors import VaultError
from healdesk.vault.stores.store import EntryNotFound, NameInUse
from tests.helpers.entries import BERLIN, full_conflict


def conflict(day: int = 1, text: str = "Dishes again", **fields) -> Conflict:
    return Conflict(datetime(2026, 3, day, 20, 0, tzinfo=BERLIN), text, **fields)


def comparable(c: Conflict) -> Conflict:
    c.id = c.created_at = c.updated_at = None
    return c


def test_a_full_entry_round_trips(journal):
    original = full_conflict()
    conflict_id = journal.add_conflict(original)
    loaded = journal.get_conflict(conflict_id)
    assert comparable(loaded) == comparable(full_conflict())
    assert loaded.happened_at.utcoffset() == timedelta(hours=2)  # the writer's own wall clock


def test_update_replaces_fields_links_and_search_text(journal):
    conflict_id = journal.add_conflict(full_conflict())
    changed = journal.get_conflict(conflict_id)
    changed.what_happened, changed.themes, changed.my_part = "Money, not dishes", ["Money"], []
    changed.person, changed.my_part_note = None, ""
    journal.update_conflict(changed)
    again = journal.get_conflict(conflict_id)
    assert (again.what_happened, again.themes, again.my_part, again.person) == (
        "Money, not dishes",
        ["Money"],
        [],
        None,
    )
    assert [h.id for h in journal.search("money")] == [conflict_id]
    assert journal.search("slammed") == []


def test_missing_entries_raise_a_clear_error(journal):
    with pytest.raises(EntryNotFound, match="no entry number 42"):
        journal.get_conflict(42)
    with pytest.raises(EntryNotFound):
        journal.delete_conflict(42)


def test_trash_restore_and_empty(journal):
    keep, gone = journal.add_conflict(conflict(1)), journal.add_conflict(conflict(2, "Marker"))
    journal.delete_conflict(gone)
    assert [s.id for s in journal.summaries()] == [keep]
    assert [s.id for s in journal.trashed()] == [gone]
    assert [c.what_happened for c in journal.trashed_conflicts()] == ["Marker"]
    assert list(journal.trash_times()) == [gone]
    assert abs(journal.trash_times()[gone] - datetime.now(UTC)) < timedelta(minutes=1)
    assert journal.search("marker") == []
    journal.restore_conflict(gone)
    assert journal.count() == 2
    journal.delete_conflict(gone)
    assert journal.empty_trash() == 1
    with pytest.raises(EntryNotFound):
        journal.get_conflict(gone)
    assert journal.trashed() == [] and journal.trashed_conflicts() == []
    assert journal.trash_times() == {}


def test_summaries_filter_by_dates_themes_and_people(journal):
    a = journal.add_conflict(conflict(1, themes=["Chores"], person="Sam"))
    b = journal.add_conflict(conflict(15, themes=["Money", "Chores"], person="Mum"))
    c = journal.add_conflict(conflict(30, themes=["Money"]))
    assert [s.id for s in journal.summaries()] == [a, b, c]
    assert [s.id for s in journal.summaries(Selection(themes=("Money",)))] == [b, c]
    assert [s.id for s in journal.summaries(Selection(people=("Sam", "Mum")))] == [a, b]
    assert [s.id for s in journal.summaries(Selection(date(2026, 3, 15), date(2026, 3, 15)))] == [b]
    assert [s.id for s in journal.summaries(Selection(start=date(2026, 3, 2)))] == [b, c]
    assert journal.count(Selection(themes=("Chores",), people=("Mum",))) == 1
    assert [s.id for s in journal.summaries(Selection.of([c, a]))] == [a, c]
    summary = journal.summaries(Selection.of([b]))[0]
    assert summary.themes == ("Money", "Chores") and summary.person == "Mum"


def test_dst_change_keeps_wall_clock_and_order(journal):
    # 2026-03-29 02:00 Berlin jumps to 03:00; 2026-10-25 03:00 falls back to 02:00.
    before = journal.add_conflict(Conflict(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN), "before"))
    after = journal.add_conflict(Conflict(datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), "after"))
    fold = journal.add_conflict(
        Conflict(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN), "second 2:30")
    )
    summaries = journal.summaries()
    assert [s.id for s in summaries] == [before, after, fold]
    assert [s.happened_at.hour for s in summaries] == [1, 3, 2]
    assert summaries[1].happened_at - summaries[0].happened_at == timedelta(hours=1)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        Conflict(datetime(2026, 1, 1), "x")


def test_themes_rename_merge_colour_and_delete(journal):
    a = journal.add_conflict(conflict(1, themes=["chores"]))
    b = journal.add_conflict(conflict(2, themes=["Housework", "Chores"]))
    assert journal.theme_usage() == {"chores": 2, "Housework": 1}
    journal.rename_theme("CHORES", "Chores")
    journal.merge_themes("Housework", "Chores")
    assert journal.get_conflict(b).themes == ["Chores"]
    assert journal.get_conflict(a).themes == ["Chores"]
    journal.set_theme_colour("Chores", "#123456")
    assert [(t.name, t.colour) for t in journal.themes()] == [("Chores", "#123456")]
    journal.add_theme("Money")
    with pytest.raises(NameInUse, match="already exists"):
        journal.rename_theme("Money", "chores")
    with pytest.raises(NameInUse, match="still used"):
        journal.delete_theme("Chores")
    journal.delete_theme("Money")
    assert [t.name for t in journal.themes()] == ["Chores"]


def test_new_themes_get_distinct_colours(journal):
    for name in ("One", "Two", "Three"):
        journal.add_theme(name)
    colours = [t.colour for t in journal.themes()]
    assert len(set(colours)) == 3 and all(c.startswith("#") for c in colours)


def test_people_roles_rename_merge_and_delete(journal):
    journal.add_person(Person("Sam", "Partner"))
    a = journal.add_conflict(conflict(1, person="Sammy"))
    journal.merge_people("Sammy", "Sam")
    assert journal.get_conflict(a).person == "Sam"
    journal.rename_person("Sam", "Samira")
    assert [(p.name, p.role) for p in journal.people()] == [("Samira", "Partner")]
    assert journal.person_usage() == {"Samira": 1}
    with pytest.raises(NameInUse):
        journal.delete_person("Samira")
    with pytest.raises(ValueError):
        journal.add_person(Person("   "))


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "NEAR(",
        "a OR",
        "*",
        "-",
        "(((",
        "AND",
        "col:x",
        "^",
        "😀",
        "שלום",
        "\0",
        'a"b',
    ],
)
def test_any_typed_query_is_safe(journal, query):
    journal.add_conflict(conflict(1, "plain words"))
    assert isinstance(journal.search(query), list)


def test_search_is_ranked_prefixed_and_snippets_mark_matches(journal):
    weak = journal.add_conflict(conflict(1, "A long evening. " * 20 + "dishes once"))
    strong = journal.add_conflict(conflict(2, "dishes dishes dishes, the dishes"))
    journal.add_conflict(conflict(3, "money"))
    hits = journal.search("dish")
    assert [h.id for h in hits] == [strong, weak]
    assert ("dishes", True) in hits[0].snippet_parts()
    assert hits[0].plain_snippet("[", "]").startswith("[dishes]")
    assert journal.search("dish ") == []  # a finished word is not a prefix
    assert journal.search("evening dish")[0].id == weak  # every word must match
    assert journal.matching_conflict_ids("money") == {3}


def test_search_covers_every_text_field_and_picked_words(journal):
    c = full_conflict()
    conflict_id = journal.add_conflict(c)
    for word in (
        "knot",
        "lonely",
        "slammed",
        "only for me",
        "tired",
        "walked",
        "reminders",
        "שלום",
    ):
        assert [h.id for h in journal.search(word)] == [conflict_id], word


def repair(conflict_ids: list[int]) -> Repair:
    snapshot = (
        StepSnapshot("mindset", "Mindset", (FieldSnapshot("ready", "Am I ready?", "long_text"),)),
    )
    return Repair(
        "repair_after_fight",
        1,
        "Repair after a fight",
        snapshot,
        {"mindset.ready": "Yes, calmer now", "mindset.chips": ["listen"]},
        conflict_ids,
        RepairStatus.PLANNED,
    )


def test_repairs_link_conflicts_and_are_searchable(journal):
    a, b = journal.add_conflict(conflict(1)), journal.add_conflict(conflict(2))
    repair_id = journal.add_repair(repair([a, b]))
    loaded = journal.get_repair(repair_id)
    assert loaded.snapshot[0].fields[0].label == "Am I ready?"
    assert loaded.answers["mindset.chips"] == ["listen"] and loaded.conflict_ids == [a, b]
    assert [r.id for r in journal.repairs(conflict_id=a)] == [repair_id]
    assert journal.summaries(Selection.of([a]))[0].repair_ids == (repair_id,)
    assert [h.kind for h in journal.search("calmer")] == ["repair"]
    loaded.status, loaded.conflict_ids = RepairStatus.TALKED, [b]
    journal.update_repair(loaded)
    assert journal.repair_summaries()[0].conflict_ids == (b,)
    assert journal.repair_summaries()[0].status is RepairStatus.TALKED
    with pytest.raises(EntryNotFound):
        journal.add_repair(repair([999]))
    journal.delete_repair(repair_id)
    assert journal.repairs() == []


def test_commitments_and_check_ins(journal):
    repair_id = journal.add_repair(repair([journal.add_conflict(conflict(1))]))
    later = journal.add_commitment(Commitment("Sunday chores plan", date(2026, 4, 5), repair_id))
    soon = journal.add_commitment(Commitment("Ask before deciding", date(2026, 4, 1)))
    journal.add_commitment(Commitment("Someday"))
    journal.add_check_in(
        later, CheckIn(datetime(2026, 4, 6, tzinfo=UTC), CheckInResult.PARTLY, "half")
    )
    journal.add_check_in(later, CheckIn(datetime(2026, 4, 7, tzinfo=UTC), CheckInResult.KEPT))
    items = journal.commitments()
    assert [c.id for c in items[:2]] == [soon, later] and items[2].due is None
    assert items[1].kept and [ci.note for ci in items[1].check_ins] == ["half", ""]
    assert [c.id for c in journal.commitments(repair_id=repair_id)] == [later]
    journal.delete_repair(repair_id)  # the promise stays, unlinked
    assert journal.commitments()[1].repair_id is None


def test_drafts_and_user_templates_live_in_the_vault(journal):
    journal.save_draft("conflict:new", {"what_happened": "half a thought 🌧"})
    journal.save_draft("conflict:new", {"what_happened": "a whole thought"})
    assert journal.load_draft("conflict:new") == {"what_happened": "a whole thought"}
    assert journal.drafts() == ["conflict:new"]
    journal.discard_draft("conflict:new")
    assert journal.load_draft("conflict:new") is None
    journal.save_user_template("mine", 'id = "mine"')
    assert journal.user_templates() == {"mine": 'id = "mine"'}


def test_a_failed_transaction_leaves_nothing(journal):
    with pytest.raises(RuntimeError), journal.transaction():
        journal.add_conflict(conflict(1))
        with journal.transaction():
            journal.add_theme("Inner")
        raise RuntimeError("boom")
    assert journal.count() == 0 and journal.themes() == []


def test_out_of_range_values_are_refused_by_the_dataclass():
    with pytest.raises(ValueError):
        conflict(1, intensity=11)
    with pytest.raises(ValueError):
        conflict(1, settled=0)


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    what=texts.filter(str.strip), note=texts, words=st.lists(texts.filter(str.strip), max_size=4)
)
def test_any_unicode_round_trips(journal, what, note, words):
    c = Conflict(
        datetime(2026, 1, 1, tzinfo=UTC),
        what,
        my_part_note=note,
        my_feelings=words,
        private_notes=note + "\0" + what,
    )
    loaded = journal.get_conflict(journal.add_conflict(c))
    assert (
        loaded.what_happened,
        loaded.my_part_note,
        loaded.my_feelings,
        loaded.private_notes,
    ) == (what, note, words, note + "\0" + what)


def test_a_megabyte_of_text_round_trips_and_is_found(journal):
    huge = ("Ünïcode ✓ مرحبا 🙂 <tag> " * 45_000)[:1_000_000] + " needle"
    conflict_id = journal.add_conflict(conflict(1, huge))
    assert journal.get_conflict(conflict_id).what_happened == huge
    assert journal.search("needle")[0].id == conflict_id


def test_a_locked_journal_refuses_work(vault):
    journal = vault.journal
    vault.lock()
    with pytest.raises(VaultError, match="locked"):
        journal.add_conflict(conflict(1))


def test_summaries_come_a_page_at_a_time_newest_first(journal):
    base = datetime(2026, 1, 1, 20, tzinfo=UTC)
    ids = [
        journal.add_conflict(
            Conflict(base + timedelta(days=i // 2), "x", person=["Sam", "Mum"][i % 2])
        )
        for i in range(9)
    ]
    newest = [s.id for s in journal.summaries()][::-1]
    first = journal.summaries_page(limit=4)
    second = journal.summaries_page(limit=4, after=first[-1].id)
    rest = journal.summaries_page(limit=4, after=second[-1].id)
    assert [s.id for s in first + second + rest] == newest  # same-day entries by id
    assert [s.id for s in journal.summaries_page(limit=-1, after=first[-1].id, through=ids[2])] == (
        newest[4 : newest.index(ids[2]) + 1]
    )
    assert journal.count_page(after=first[-1].id, through=ids[2]) == newest.index(ids[2]) - 3
    assert journal.count_page(after=first[-1].id, through=ids[2], at_most=2) == 2
    sam = journal.summaries_page(Selection(people=("Sam",)), limit=2, after=ids[6])
    assert [s.id for s in sam] == [ids[4], ids[2]]
