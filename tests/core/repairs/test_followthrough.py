"""Due dates, check-ins and repair status, on a real vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from healdesk.core.repairs.followthrough import (
    DueState,
    counts,
    due_state,
    mark_talked,
    needs_attention,
    promised_actions,
    record_check_in,
    sync_commitments,
)
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment, Repair, RepairStatus
from healdesk.core.repairs.repair_links import link_conflicts, unlink_conflict

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def check(result: CheckInResult, note: str = "") -> CheckIn:
    return CheckIn(NOW, result, note)


def saved_repair(journal, conflict_id: int, template) -> int:
    repair = Repair(
        template.id,
        template.version,
        template.title,
        template.snapshot(),
        {},
        [conflict_id],
        RepairStatus.PLANNED,
    )
    return journal.add_repair(repair)


def test_due_states_are_relative_to_today():
    def state(due, *results):
        return due_state(Commitment("x", due, check_ins=[check(r) for r in results]), TODAY)

    assert state(TODAY - timedelta(days=1)) is DueState.OVERDUE
    assert state(TODAY) is DueState.TODAY
    assert state(TODAY + timedelta(days=2)) is DueState.SOON
    assert state(TODAY + timedelta(days=3)) is DueState.LATER
    assert state(None) is DueState.UNDATED
    assert state(TODAY - timedelta(days=9), CheckInResult.KEPT) is DueState.KEPT
    assert state(TODAY - timedelta(days=9), CheckInResult.KEPT, CheckInResult.NOT_YET) is (
        DueState.OVERDUE
    )


def test_check_ins_move_the_repair_status_and_the_counts(journal, conflict_id, catalog):
    template = catalog["repair-after-fight"]
    repair_id = saved_repair(journal, conflict_id, template)
    late = Commitment("Ask before I defend myself", TODAY - timedelta(days=2), repair_id)
    soon = Commitment("Plan a walk together", TODAY + timedelta(days=1), repair_id)
    for c in (late, soon):
        journal.add_commitment(c)
    journal.add_commitment(Commitment("Call my sister", None))  # not part of a repair

    before = counts(journal.commitments(), TODAY)
    assert (before.total, before.unchecked, before.overdue, before.due_soon) == (3, 3, 1, 1)
    assert [c.text for c in needs_attention(journal.commitments(), TODAY)] == [late.text, soon.text]

    assert record_check_in(journal, late, check(CheckInResult.KEPT, "it helped")) is (
        RepairStatus.PLANNED
    )
    assert record_check_in(journal, soon, check(CheckInResult.PARTLY)) is RepairStatus.PLANNED
    assert mark_talked(journal, repair_id, NOW) is RepairStatus.TALKED
    assert record_check_in(journal, soon, check(CheckInResult.KEPT)) is (
        RepairStatus.FOLLOWED_THROUGH
    )
    assert journal.get_repair(repair_id).status is RepairStatus.FOLLOWED_THROUGH
    after = counts(journal.commitments(), TODAY)
    assert (after.kept, after.partly, after.unchecked, after.overdue, after.due_soon) == (
        2,
        0,
        1,
        0,
        0,
    )
    assert after.kept_share == 2 / 3
    # A later "not yet" is honest: the repair is no longer followed through.
    assert record_check_in(journal, late, check(CheckInResult.NOT_YET)) is RepairStatus.TALKED
    assert journal.get_repair(repair_id).status is RepairStatus.TALKED
    assert [c.note for c in journal.commitments(repair_id)[0].check_ins] == ["it helped", ""]


def test_action_answers_become_commitments_once(journal, conflict_id, catalog):
    template = catalog["understand-together"]
    repair_id = saved_repair(journal, conflict_id, template)
    answers = {
        "next-time.first-will": "Say when I need a pause",
        "next-time.second-will": "Come back after twenty minutes",
        "next-time.check-in-on": "2026-03-20",
    }
    actions = promised_actions(template, answers)
    assert actions == [
        ("Say when I need a pause", date(2026, 3, 20)),
        ("Come back after twenty minutes", date(2026, 3, 20)),
    ]
    assert len(sync_commitments(journal, repair_id, actions)) == 2
    moved = [(text, date(2026, 3, 22)) for text, _ in actions]
    assert sync_commitments(journal, repair_id, moved) == []
    assert [(c.text, c.due) for c in journal.commitments(repair_id)] == moved


def test_repairs_link_to_conflicts_later(journal, conflict_id, catalog):
    repair_id = journal.add_repair(
        Repair("prepare-conversation", 1, "Prepare", catalog["prepare-conversation"].snapshot())
    )
    assert journal.repairs(conflict_id) == []
    link_conflicts(journal, repair_id, [conflict_id, conflict_id])
    assert [r.id for r in journal.repairs(conflict_id)] == [repair_id]
    assert journal.get_repair(repair_id).conflict_ids == [conflict_id]
    unlink_conflict(journal, repair_id, conflict_id)
    assert journal.repairs(conflict_id) == []
