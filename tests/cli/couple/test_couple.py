"""Couple mode through the real CLI: two real vaults paired, a repair shared there and back,
and every kind of bad file refused in one sentence with both vaults left byte for byte."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.helpers.couple import (
    A_MARKERS,
    B_MARKERS,
    cli_repair,
    copied,
    make_cli,
    pair,
    paired_vaults,
)


@pytest.fixture(scope="module")
def paired(vault_template, tmp_path_factory):
    """Pairing costs eight CLI runs: done once per module, then copied for each test."""
    return paired_vaults(vault_template, tmp_path_factory.mktemp("paired"))


@pytest.fixture
def trio(paired, tmp_path):
    return copied(paired, tmp_path)


@pytest.fixture
def couple(trio):
    a, b, _ = trio
    return a, b


def answer_in_b(b, repair_id: int) -> None:
    with b.journal() as journal:
        repair = journal.get_repair(repair_id)
        repair.answers["my-part.in-my-words"] = "BRAMBLE-REPLY, I went quiet"
        repair.answers["feelings.felt"] = "NETTLE-VIEW"
        journal.update_repair(repair)
        made_together = journal.commitments(repair_id)[0]
        from datetime import UTC, datetime

        from healdesk.core.repairs.repair import CheckIn, CheckInResult

        journal.add_check_in(
            made_together.id, CheckIn(datetime(2026, 3, 9, tzinfo=UTC), CheckInResult.KEPT)
        )


def test_fingerprint_words_match_on_both_sides(vault_template, tmp_path):
    a, b = (make_cli(vault_template[0], tmp_path, n, vault_template[1]) for n in "ab")
    words_a, words_b = pair(a, "Alex", b, "Sam")
    assert len(words_a) == 8 and words_a == words_b
    (listed_a,) = a.ok("partner", "list").splitlines()
    (listed_b,) = b.ok("partner", "list").splitlines()
    assert listed_a.startswith("Sam ") and listed_b.startswith("Alex ")
    assert listed_a.split()[-8:] == listed_b.split()[-8:] == words_a


def test_a_repair_goes_to_b_and_the_reply_comes_back_to_the_same_repair(couple, tmp_path):
    a, b = couple
    repair_id = cli_repair(a)
    listed = json.loads(a.ok("repairs", "--json"))
    assert [(r["id"], r["title"], r["status"]) for r in listed] == [
        (repair_id, "After the dinner", "planned")
    ]
    assert set(listed[0]) >= {"id", "title", "status", "created_at"}
    out = tmp_path / "to-b.healdesk-share"
    a.ok("share", str(repair_id), "--with", "Sam", str(out))

    arrived = b.ok("receive", str(out))
    assert "From Alex" in arrived and "PLUMTREE-OWN" in arrived and "QUINCE-FEEL" in arrived
    assert "MARIGOLD-PRIVATE" not in arrived and "HAWTHORN-WHAT" not in arrived
    (b_repair,) = json.loads(b.ok("repairs", "--json"))
    assert b_repair["title"] == "After the dinner"
    answer_in_b(b, b_repair["id"])

    back = tmp_path / "to-a.healdesk-share"
    b.ok("share", str(b_repair["id"]), "--with", "Alex", str(back))
    assert "BRAMBLE-REPLY" in a.ok("receive", str(back))
    with a.journal() as journal:
        shared = journal.shared_repair(repair_id)
        assert shared is not None and shared.partner == "Sam"
        theirs = shared.theirs
        assert theirs.answers["my-part.in-my-words"] == "BRAMBLE-REPLY, I went quiet"
        assert journal.get_repair(repair_id).answers["feelings.felt"] == "QUINCE-FEEL and tired"
        assert len(journal.repairs()) == 1
        (together,) = theirs.commitments
        assert together.text == "Walk after dinner on Sundays"
        assert [str(k.result) for k in together.check_ins] == ["kept"]
        assert len(journal.commitments(repair_id)) == 1


def there_and_back(a, b, tmp_path):
    """A shares its repair with B, B answers and shares back: (A's repair id, both files)."""
    repair_id = cli_repair(a)
    out = tmp_path / "to-b.healdesk-share"
    a.ok("share", str(repair_id), "--with", "Sam", str(out))
    b.ok("receive", str(out))
    (b_repair,) = json.loads(b.ok("repairs", "--json"))
    answer_in_b(b, b_repair["id"])
    back = tmp_path / "to-a.healdesk-share"
    b.ok("share", str(b_repair["id"]), "--with", "Alex", str(back))
    return repair_id, out, back


def test_share_files_hold_no_journal_words_in_clear(couple, tmp_path):
    _, out, back = there_and_back(*couple, tmp_path)
    for path in (out, back):
        data = path.read_bytes().lower()
        for marker in (*A_MARKERS, *B_MARKERS, "after the dinner", "sam", "alex", "walk after"):
            assert marker.lower().encode() not in data, (path.name, marker)


def test_step_picks_only_that_steps_answers(couple, tmp_path):
    a, b = couple
    repair_id = cli_repair(a)
    out = tmp_path / "one-step.healdesk-share"
    a.ok("share", str(repair_id), "--with", "Sam", str(out), "--step", "feelings")
    arrived = b.ok("receive", str(out))
    assert "QUINCE-FEEL" in arrived and "PLUMTREE-OWN" not in arrived
    code, _, err = a("share", str(repair_id), "--with", "Sam", str(out), "--force", "--step", "x")
    assert code != 0 and "no step called 'x'" in err


def refused(cli, path, sentence: str) -> None:
    code, out, err = cli("receive", str(path))
    assert code != 0 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and sentence in lines[0], err
    assert "nothing in your journal changed" in lines[0]


@pytest.mark.parametrize(
    "attack", ["flipped", "truncated", "third_signer", "for_third", "replayed"]
)
def test_bad_files_change_nothing_in_either_vault(trio, tmp_path, attack):
    a, b, c = trio
    repair_id = cli_repair(a)
    good = tmp_path / "good.healdesk-share"
    a.ok("share", str(repair_id), "--with", "Sam", str(good))
    bad = tmp_path / "bad.healdesk-share"
    data = good.read_bytes()
    if attack == "flipped":
        middle = len(data) // 2
        bad.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
        sentence = "changed or damaged"
    elif attack == "truncated":
        bad.write_bytes(data[: len(data) - 40])
        sentence = "changed or damaged"
    elif attack == "third_signer":  # C holds B's public code; B never paired C
        c_repair = cli_repair(c)
        c.ok("share", str(c_repair), "--with", "Sam", str(bad))
        sentence = "not paired with"
    elif attack == "for_third":
        other = cli_repair(a)
        a.ok("share", str(other), "--with", "Cleo", str(bad))
        sentence = "made for someone else"
    else:
        b.ok("receive", str(good))
        bad.write_bytes(data)
        sentence = "already opened this file"
    before = a.journal_rows(), b.journal_rows()
    refused(b, bad, sentence)
    assert (a.journal_rows(), b.journal_rows()) == before


def test_a_file_that_is_not_a_share_is_refused(couple, tmp_path):
    _, b = couple
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    before = b.journal_rows()
    refused(b, other, "not a file shared from HealDesk")
    assert b.journal_rows() == before


def test_pairing_survives_backup_and_restore(couple, tmp_path):
    a, b = couple
    listed = a.ok("partner", "list")
    code_before = a.ok("partner", "id").splitlines()[0]
    backup = tmp_path / "a-backup.zip"
    a.ok("backup", str(backup))
    restored = copied((a,), tmp_path / "elsewhere")[0]
    shutil.rmtree(restored.folder)
    restored.ok("restore", str(backup), "--yes")
    assert restored.ok("partner", "id").splitlines()[0] == code_before
    assert restored.ok("partner", "list") == listed
    with b.journal() as journal:
        from healdesk.core.repairs.repair import Repair
        from tests.helpers.couple import SNAPSHOT

        journal.add_repair(
            Repair("repair-after-fight", 1, "From B", SNAPSHOT, {"feelings.felt": "hi"})
        )
    out = tmp_path / "to-restored.healdesk-share"
    b.ok("share", "1", "--with", "Alex", str(out))
    assert "From Sam" in restored.ok("receive", str(out))


def test_export_json_carries_both_sides(couple, tmp_path):
    a, _ = couple
    repair_id, _, back = there_and_back(*couple, tmp_path)
    a.ok("receive", str(back))
    exported = tmp_path / "a.json"
    a.ok("export-json", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    (shared,) = document["shared_repairs"]
    assert shared["repair_id"] == repair_id and shared["partner"] == "Sam"
    (mine,) = [r for r in document["repairs"] if r["id"] == repair_id]
    assert mine["answers"]["feelings.felt"] == "QUINCE-FEEL and tired"
    assert shared["partner_side"]["answers"]["feelings.felt"] == "NETTLE-VIEW"
