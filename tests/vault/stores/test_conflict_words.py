"""Their moves, the order of moves, wishes and my feelings live in a link table, so patterns
read them without any entry body; a journal from before (schema 1) moves them there."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from healdesk.vault.storage.schema import MIGRATIONS
from tests.helpers.make_vault_versions import DATA


def test_words_round_trip_and_summaries_carry_them_without_the_body(journal):
    conflict_id = journal.add_conflict(
        Conflict(
            datetime(2026, 3, 1, 20, tzinfo=UTC),
            "Private words.",
            my_part=["pushing to talk"],
            their_moves=["went_quiet", "their own words"],
            move_order=["me:pushing to talk", "them:went_quiet", "me:pushing to talk"],
            my_wish=["appreciation"],
            their_wish=["rest"],
            my_feelings=["unheard", "tired"],
        )
    )
    saved = journal.get_conflict(conflict_id)
    assert saved.their_moves == ["went_quiet", "their own words"]
    assert saved.move_order == ["me:pushing to talk", "them:went_quiet", "me:pushing to talk"]
    [summary] = journal.summaries()
    assert summary.their_moves == ("went_quiet", "their own words")
    assert summary.move_order == tuple(saved.move_order)
    assert (summary.my_wish, summary.their_wish) == (("appreciation",), ("rest",))
    assert summary.my_feelings == ("unheard", "tired")
    body = json.loads(
        journal.db.execute("SELECT body FROM conflict WHERE id = ?", (conflict_id,)).fetchone()[0]
    )
    assert not {"my_wish", "their_wish", "my_feelings", "their_moves"} & set(body)
    assert [h.id for h in journal.search("quiet")] == [conflict_id]  # shown words are searchable
    saved.their_moves = ["walked_away"]
    journal.update_conflict(saved)
    assert journal.summaries()[0].their_moves == ("walked_away",)


def test_a_schema_1_journal_moves_its_wishes_and_feelings_out_of_the_body(tmp_path):
    folder = tmp_path / "v1"
    shutil.copytree(DATA / "vault-v1", folder)
    recovery_key = (DATA / "vault-v1.recovery-key").read_text().strip()
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        journal = vault.journal
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        whole = {c.id: c for c in journal.conflicts()}
        for summary in journal.summaries():
            assert list(summary.my_wish) == whole[summary.id].my_wish == ["being understood"]
            assert list(summary.my_feelings) == whole[summary.id].my_feelings
            assert whole[summary.id].my_feelings and summary.their_moves == ()
        bodies = [json.loads(b) for (b,) in journal.db.execute("SELECT body FROM conflict")]
        assert all("my_wish" not in b and "my_feelings" not in b for b in bodies)
