"""The care check's answers and the safety plan live in the encrypted vault, survive a lock,
and a person merged away never takes their "yes" with them."""

from __future__ import annotations

import pytest

from healdesk.vault import Vault
from healdesk.vault.storage.layout import DB_NAME
from healdesk.vault.storage.schema import MIGRATIONS


def test_answers_are_kept_per_person_and_replaced_when_changed(vault_folder, recovery_key):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.journal.save_care_check("Alex", {"afraid", "watched"})
        vault.journal.save_care_check(None, set())
        vault.journal.save_care_check("Alex", {"eggshells"})
        assert vault.journal.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        checks = vault.journal.care_checks()
    assert checks["Alex"].yes == {"eggshells"} and checks["Alex"].steps_back
    assert not checks[None].steps_back and checks[None].checked_at is not None


def test_unknown_questions_are_refused(journal):
    with pytest.raises(ValueError):
        journal.save_care_check(None, {"made-up"})
    assert journal.care_checks() == {}


def test_a_merged_persons_yes_then_counts_for_everyone(journal):
    journal.save_care_check("Al", {"threats"})
    journal.save_care_check("Alex", set())
    journal.merge_people("Al", "Alex")
    checks = journal.care_checks()
    assert checks[None].steps_back and "Al" not in checks


def test_the_safety_plan_is_kept_whole_and_an_empty_one_is_removed(journal):
    journal.save_safety_plan({"people": "Jo, 0123", "place": "  ", "other": "x"})
    assert journal.safety_plan() == {"people": "Jo, 0123"}
    journal.save_safety_plan({"people": "Jo and Sam", "take": "passport"})
    assert journal.safety_plan() == {"people": "Jo and Sam", "take": "passport"}
    journal.save_safety_plan({"people": ""})
    assert journal.safety_plan() == {}


def test_nothing_of_the_plan_is_readable_on_disk(vault_folder, recovery_key):
    marker = "zebra-safe-place-8812"
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.journal.save_safety_plan({"place": marker})
    for path in vault_folder.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name
    assert (vault_folder / DB_NAME).exists()


def test_a_break_outlives_a_lock_and_ends_when_asked(vault_folder, recovery_key):
    from datetime import UTC, datetime

    from healdesk.core.safety.breaks import Break

    planned = Break.planned(datetime(2026, 3, 3, 21, 0, tzinfo=UTC), 45)
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.running_break() is None
        vault.journal.start_break(planned)
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.running_break() == planned
        vault.journal.end_break()
        assert vault.journal.running_break() is None
