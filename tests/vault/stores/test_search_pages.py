"""Search as a page of ranked entries: pages cost a page however many entries match, counts
come separately, and the entry index keeps no second copy of the text."""

from __future__ import annotations

from datetime import UTC, datetime

from healdesk.core.conflict import Conflict
from healdesk.core.selection import Selection
from healdesk.vault.stores import search as search_module
from healdesk.vault.stores.snippets import Terms, snippet


def add(journal, day: int, text: str, **fields) -> int:
    return journal.add_conflict(Conflict(datetime(2026, 3, day, 20, tzinfo=UTC), text, **fields))


def test_pages_cover_every_match_once_in_rank_order_with_snippets(journal):
    ids = [add(journal, 1 + i, "dishes " * (i + 1) + "and the evening") for i in range(7)]
    add(journal, 20, "money only")
    pages = [journal.search_entries("dish", limit=3, offset=n) for n in (0, 3, 6)]
    found = [summary.id for page in pages for summary, _ in page]
    assert found == ids[::-1]  # bm25: the most "dishes" first
    summary, text = pages[0][0]
    assert summary.happened_at.day == 7
    assert "\ue000dishes\ue001" in text
    assert journal.search_count("dish") == 7


def test_pages_follow_the_list_filters_and_leave_out_the_trash(journal):
    sam = add(journal, 1, "dishes", person="Sam", themes=["Chores"])
    add(journal, 2, "dishes", person="Mum", themes=["Chores"])
    trashed = add(journal, 3, "dishes", person="Sam", themes=["Chores"])
    journal.delete_conflict(trashed)
    page = journal.search_entries("dishes", Selection(people=("Sam",), themes=("Chores",)))
    assert [(s.id, s.person, s.themes) for s, _ in page] == [(sam, "Sam", ("Chores",))]
    assert journal.search_count("dishes", Selection(people=("Sam",))) == 1


def test_a_very_common_query_lists_the_newest_written_first(journal, monkeypatch):
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 3)
    ids = [add(journal, 1 + i, "dishes " * (7 - i)) for i in range(6)]
    assert [s.id for s, _ in journal.search_entries("dishes", limit=4)] == ids[::-1][:4]
    assert [h.id for h in journal.search("dishes", limit=2)] == ids[::-1][:2]


def test_a_common_word_typed_in_full_still_lists_its_longer_forms_newest_first(
    journal, monkeypatch
):
    """Counting the whole word alone decides "many" at once; the page is still every word
    so begun, newest first, and a rare word typed in full is still ranked."""
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 3)
    dish = [add(journal, 1 + i, "dish") for i in range(4)]
    dishes = add(journal, 9, "dishes")
    assert [s.id for s, _ in journal.search_entries("dish", limit=2)] == [dishes, dish[-1]]
    ranked = [add(journal, 10 + i, "door " * (1 + 2 * (i == 0))) for i in range(2)]
    assert [s.id for s, _ in journal.search_entries("door")] == ranked  # bm25: 3 doors first


def test_the_entry_index_keeps_no_copy_of_the_text(journal):
    add(journal, 1, "Café au lait went cold while we argued")
    tables = {r[0] for r in journal.db.execute("SELECT name FROM sqlite_master")}
    assert "conflict_search_content" not in tables
    (hit,) = journal.search("cafe")
    assert hit.plain_snippet("[", "]").startswith("[Café] au lait")


def test_edits_and_emptied_trash_leave_the_index(journal):
    entry_id = add(journal, 1, "slammed the door")
    entry = journal.get_conflict(entry_id)
    entry.what_happened = "talked it through"
    journal.update_conflict(entry)
    assert journal.search("slammed") == [] and journal.search("talked")
    journal.delete_conflict(entry_id)
    journal.empty_trash()
    assert journal.search_entries("talked") == [] and journal.search_count("talked") == 0


def test_snippets_mark_whole_words_and_the_prefix_being_typed():
    terms = Terms.of("door sla")
    text = "one two three four five six " + "she slammed the Door. " * 5
    cut = snippet(text, terms)
    assert cut.startswith("…") and cut.endswith("…")
    assert "\ue000slammed\ue001" in cut and "\ue000Door\ue001" in cut
    assert "\ue000the\ue001" not in cut
    assert Terms.of("door ").matches("doors") is False


def test_a_snippet_reaching_an_end_of_the_text_keeps_what_surrounds_the_words():
    assert snippet("«Dinner» plans 🍝", Terms.of("dinner")) == "«\ue000Dinner\ue001» plans 🍝"


def test_newest_first_pages_look_further_back_until_full(journal, monkeypatch):
    """A very common word is walked forwards from near the newest entry (FTS5 walks a prefix
    query backwards very slowly), further back each time, with the filters applied."""
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 2)
    monkeypatch.setattr(search_module, "NEWEST_WINDOW", 1)
    sam = [add(journal, 1 + i, "dishes again", person="Sam") for i in range(5)]
    others = [add(journal, 10 + i, "dishes", person="Mum") for i in range(4)]
    sam_only = Selection(people=("Sam",))
    pages = [journal.search_entries("dish", sam_only, limit=2, offset=n) for n in (0, 2, 4)]
    assert [[s.id for s, _ in page] for page in pages] == [sam[:-3:-1], sam[2:0:-1], sam[:1]]
    newest = journal.search_entries("dishes", limit=3)
    assert [s.id for s, _ in newest] == others[::-1][:3]
    assert [h.id for h in journal.search("dish", limit=None)] == (sam + others)[::-1]


def test_the_entry_index_keeps_word_beginnings_of_up_to_three_letters(journal):
    """A one-letter search (typing has just begun) reads one list, not every word's."""
    (sql,) = journal.db.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'conflict_search'"
    ).fetchone()
    assert "prefix = '1 2 3'" in sql
    door = add(journal, 1, "the door slammed")
    dinner = add(journal, 2, "Dinner went cold")
    add(journal, 3, "money only")
    assert {s.id for s, _ in journal.search_entries("d")} == {door, dinner}
    assert {s.id for s, _ in journal.search_entries("money d")} == set()


def test_an_unfinished_refill_of_the_index_is_done_at_the_next_open(vault_folder, recovery_key):
    from healdesk.vault import Vault
    from healdesk.vault.storage.schema import SEARCH_INDEX_DUE

    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        journal = vault.journal
        kept = add(journal, 1, "the dishes again")
        with journal.transaction():  # as a migration leaves it, or a crash during the refill
            journal.db.execute(
                "INSERT INTO conflict_search (conflict_search) VALUES ('delete-all')"
            )
            journal.db.execute(f"CREATE TABLE {SEARCH_INDEX_DUE} (id INTEGER PRIMARY KEY)")
        assert journal.search_entries("dishes") == []
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        journal = vault.journal
        assert [s.id for s, _ in journal.search_entries("dish")] == [kept]
        assert not journal.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_INDEX_DUE,)
        ).fetchone()
