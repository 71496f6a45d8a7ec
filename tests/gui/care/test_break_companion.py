"""The break companion: at least twenty minutes, back within a day, time read from the wall
clock against the break kept in the vault, so it comes back right after a lock; it never
nags, and a break asked for inside a repair flow keeps the flow's answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from healdesk.core.safety import breaks
from healdesk.gui.care import break_companion
from healdesk.gui.care.break_companion import BreakCompanion
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.repair.repair_wizard import RepairWizard
from healdesk.vault import Vault


class Now:
    def __init__(self) -> None:
        self.at = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def now(monkeypatch) -> Now:
    clock = Now()
    monkeypatch.setattr(break_companion, "wall_clock", clock)
    return clock


def companions() -> list[BreakCompanion]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, BreakCompanion)]


def test_a_break_is_at_least_twenty_minutes_and_back_within_a_day(qtbot, open_session, now):
    window = open_session.window
    window.break_action.trigger()
    [companion] = companions()
    assert companion.windowTitle() == "HealDesk"
    edit = companion.back_at
    earliest = edit.minimumDateTime().toSecsSinceEpoch() - now.at.timestamp()
    latest = edit.maximumDateTime().toSecsSinceEpoch() - now.at.timestamp()
    assert (earliest, latest) == (20 * 60, 24 * 3600)
    assert companion.planned_minutes() == breaks.DEFAULT_MINUTES
    edit.setDateTime(edit.minimumDateTime().addSecs(-600))  # refused below twenty minutes
    assert companion.planned_minutes() == breaks.MIN_MINUTES


def test_the_timer_survives_a_lock_and_ends_quietly(
    qtbot, open_session, now, vault_folder, recovery_key
):
    window = open_session.window
    window.break_action.trigger()
    [companion] = companions()
    companion.start_button.click()
    assert companion.clock_label.text() == "30:00"
    assert open_session.vault.journal.running_break().until == now.at + timedelta(minutes=30)
    now.at += timedelta(minutes=10)
    companion.tick()
    assert companion.clock_label.text() == "20:00"

    open_session.lock()
    QApplication.sendPostedEvents(None, 0)
    assert not [c for c in companions() if c.isVisible()]
    now.at += timedelta(minutes=5)  # time passes while locked
    open_session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    [companion] = [c for c in companions() if c.isVisible()]
    assert companion.clock_label.text() == "15:00"

    now.at += timedelta(minutes=16)
    companion.tick()
    assert companion.clock_label.text() == "0:00"
    assert companion.caption.text() == breaks.OVER
    assert not companion.timer.isActive()  # no more ticking, no sound, nothing raised
    companion.end_button.click()
    assert open_session.vault.journal.running_break() is None


def test_a_break_that_ended_while_locked_is_simply_finished(
    open_session, now, vault_folder, recovery_key
):
    journal = open_session.vault.journal
    journal.start_break(breaks.Break.planned(now.at, 20))
    open_session.lock()
    now.at += timedelta(hours=2)
    open_session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    assert not [c for c in companions() if c.isVisible()]
    assert open_session.vault.journal.running_break() is None


def test_noting_what_happened_opens_a_new_entry(qtbot, open_session, now):
    window = open_session.window
    window.break_action.trigger()
    [companion] = companions()
    companion.start_button.click()
    companion.note_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)]
    assert [d.conflict_id for d in dialogs if d.isVisible()] == [None]
    for dialog in dialogs:
        dialog.close_for_lock()


def test_a_break_from_a_repair_flow_keeps_its_answers(qtbot, open_session, catalog, now):
    from datetime import datetime as dt

    from healdesk.core.conflict import Conflict

    window = open_session.window
    journal = window.journal
    conflict_id = journal.add_conflict(
        Conflict(dt(2026, 3, 3, 20, tzinfo=UTC), "Dishes.", person="Sam")
    )
    wizard = RepairWizard(journal, catalog["repair-after-fight"], [conflict_id], parent=window)
    wizard.open()
    wizard.go_to(3)
    wizard.current_page().fields["impact"].set_value("It felt lonely for you.")
    wizard.break_button.click()
    assert not wizard.isVisible()
    assert len(journal.drafts()) == 1
    assert [c for c in companions() if c.isVisible()]
