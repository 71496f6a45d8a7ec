"""Care data between one person's own computers: the check's answers, the safety plan and
"Did it make a difference to them?" follow a merge (the later answers win, both ways alike,
twice is once); the unlock history comes along quietly; a running break stays where it was
taken; none of it goes into the HealDesk JSON or Markdown export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from healdesk.core.repairs.attunement import Felt
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
from healdesk.core.safety.breaks import Break
from healdesk.core.safety.care import steps_back_for
from healdesk.formats import healdesk_json, markdown
from healdesk.vault.stores import care
from healdesk.vault.stores.exporter import journal_bundle
from healdesk.vault.stores.unlock_history import record_failure
from healdesk.vault.sync.merge import CARE, FELT, describe, merge_copy
from tests.helpers.copies import Clock, copy_vault, unlocked

PLAN_WORDS = "Jo next door, ORCHID-PLAN-3"


@pytest.fixture
def computers(vault_folder, recovery_key, tmp_path, monkeypatch):
    """Laptop and desktop: one journal (Sam, a commitment with a check-in), copied apart.
    Every care save is one minute later than the one before."""
    clock = Clock(monkeypatch)
    monkeypatch.setattr(care, "now_utc", clock.now)
    with unlocked(vault_folder, recovery_key) as vault:
        journal = vault.journal
        journal.save_care_check("Sam", set())
        promise = journal.add_commitment(Commitment("Ask before plans"))
        check_in = journal.add_check_in(
            promise, CheckIn(datetime(2026, 5, 2, tzinfo=UTC), CheckInResult.KEPT)
        )
    laptop = copy_vault(vault_folder, tmp_path / "laptop")
    desktop = copy_vault(vault_folder, tmp_path / "desktop")
    return laptop, desktop, check_in


def merged(into, other, recovery_key, tmp_path, name: str):
    with unlocked(into, recovery_key) as vault:
        plan = merge_copy(vault, copy_vault(other, tmp_path / name))
        journal = vault.journal
        return plan, journal.care_checks(), journal.safety_plan(), journal.felt_answers()


def test_answers_plan_and_felt_follow_to_the_other_computer(computers, recovery_key, tmp_path):
    laptop, desktop, check_in = computers
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.save_care_check("Sam", {"afraid", "eggshells"})
        vault.journal.save_safety_plan({"people": PLAN_WORDS})
        vault.journal.record_felt(check_in, Felt.A_LITTLE)
    plan, checks, safety_plan, felt = merged(desktop, laptop, recovery_key, tmp_path, "l1")
    assert describe(plan)[-2:] == [CARE, FELT]
    assert checks["Sam"].yes == {"afraid", "eggshells"} and steps_back_for(checks, ["Sam"])
    assert safety_plan == {"people": PLAN_WORDS}
    assert felt == {check_in: Felt.A_LITTLE}
    again, *_rest = merged(desktop, laptop, recovery_key, tmp_path, "l2")
    assert again.empty


def test_the_later_answers_win_in_both_directions(computers, recovery_key, tmp_path):
    laptop, desktop, _check_in = computers
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.save_care_check("Sam", {"afraid"})
        vault.journal.save_safety_plan({"people": "first words"})
    with unlocked(desktop, recovery_key) as vault:
        vault.journal.save_care_check("Sam", set())  # answered again later: no
        vault.journal.save_safety_plan({"place": "later words"})
    _plan, on_desktop, desktop_plan, _felt = merged(desktop, laptop, recovery_key, tmp_path, "a")
    _plan, on_laptop, laptop_plan, _felt = merged(laptop, desktop, recovery_key, tmp_path, "b")
    assert on_desktop["Sam"].yes == on_laptop["Sam"].yes == frozenset()
    assert desktop_plan == laptop_plan == {"place": "later words"}


def test_answers_about_someone_removed_here_count_for_everyone(computers, recovery_key, tmp_path):
    laptop, desktop, _check_in = computers
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.save_care_check("Sam", {"threats"})
    with unlocked(desktop, recovery_key) as vault:
        vault.journal.delete_person("Sam")
    _plan, checks, _safety, _felt = merged(desktop, laptop, recovery_key, tmp_path, "c")
    assert "Sam" not in checks
    assert checks[None].yes == {"threats"} and steps_back_for(checks, ["Alex"])
    again, *_rest = merged(desktop, laptop, recovery_key, tmp_path, "d")
    assert again.empty


def test_a_felt_answer_here_stays(computers, recovery_key, tmp_path):
    laptop, desktop, check_in = computers
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.record_felt(check_in, Felt.YES)
    with unlocked(desktop, recovery_key) as vault:
        vault.journal.record_felt(check_in, Felt.NOT_YET)
    _plan, _checks, _safety, felt = merged(desktop, laptop, recovery_key, tmp_path, "e")
    assert felt == {check_in: Felt.NOT_YET}


def test_the_unlock_history_comes_along_without_asking(computers, recovery_key, tmp_path):
    laptop, desktop, _check_in = computers
    record_failure(laptop, datetime(2026, 6, 3, 2, 10, tzinfo=UTC))
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.mark_unlocks_seen()  # the laptop's notice was shown there
    plan, *_rest = merged(desktop, laptop, recovery_key, tmp_path, "f")
    assert plan.empty  # only bookkeeping: no reason to ask for a merge, merged along
    with unlocked(desktop, recovery_key) as vault:
        failed = [e.at for e in vault.journal.unlock_events() if not e.opened]
        assert failed == [datetime(2026, 6, 3, 2, 10, tzinfo=UTC)]
        assert vault.journal.unseen_failures() == []  # the laptop showed its own notice


def test_a_break_stays_on_the_computer_it_was_taken(computers, recovery_key, tmp_path):
    laptop, desktop, _check_in = computers
    now = datetime.now(UTC).replace(microsecond=0)
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.start_break(Break(now, now + timedelta(minutes=30)))
        vault.journal.save_safety_plan({"people": PLAN_WORDS})
    merged(desktop, laptop, recovery_key, tmp_path, "h")
    with unlocked(desktop, recovery_key) as vault:
        assert vault.journal.running_break() is None


def test_exports_for_others_leave_care_out(vault, tmp_path):
    journal = vault.journal
    journal.save_care_check(None, {"afraid"})
    journal.save_safety_plan({"people": PLAN_WORDS})
    bundle = journal_bundle(journal)
    for text in (healdesk_json.dumps(bundle), markdown.journal_markdown(bundle)):
        assert "ORCHID-PLAN" not in text and "afraid" not in text


def test_attempts_not_yet_shown_here_stay_waiting_with_the_merged_ones(
    computers, recovery_key, tmp_path
):
    laptop, desktop, _check_in = computers
    record_failure(laptop, datetime(2026, 6, 3, 2, 10, tzinfo=UTC))
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.mark_unlocks_seen()
    record_failure(desktop, datetime(2026, 6, 4, 3, 0, tzinfo=UTC))
    merged(desktop, laptop, recovery_key, tmp_path, "i")
    with unlocked(desktop, recovery_key) as vault:
        assert len(vault.journal.unseen_failures()) == 2
