"""The journal window with the other parts in place: repairs beside an entry, the timeline and
insights tabs (built when first opened), and the follow-through reminder."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import Commitment, Repair, RepairStatus
from healdesk.gui.journal.entry_pane import RepairDialog
from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE
from tests.helpers.widget_text import holders_of


def at(days_ago: int) -> datetime:
    return (datetime.now() - timedelta(days=days_ago)).astimezone().replace(microsecond=0)


@pytest.fixture
def with_repair(open_session):
    journal = open_session.vault.journal
    conflict_id = journal.add_conflict(
        Conflict(at(5), "Dishes again", person="Alex", themes=["chores"], intensity=5)
    )
    journal.add_conflict(Conflict(at(30), "Bills", person="Alex", themes=["money"]))
    repair_id = journal.add_repair(
        Repair(
            "repair-after-fight",
            1,
            "Repair after a fight",
            (),
            {},
            conflict_ids=[conflict_id],
            status=RepairStatus.PLANNED,
        )
    )
    open_session.window.reload()
    return open_session.window, conflict_id, repair_id


def test_selected_entry_shows_its_repairs_and_opens_one(with_repair, qtbot):
    window, conflict_id, repair_id = with_repair
    window.refresh(select=conflict_id)
    panel = window.pane.repairs
    assert panel is not None and panel.conflict_id == conflict_id
    panel.open_requested.emit(repair_id)
    dialog = window.findChild(RepairDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.table.clearSelection()
    assert panel.isHidden() and panel.buttons == []  # nothing of an entry no longer shown
    window.refresh(select=conflict_id)
    assert window.pane.repairs is panel and panel.isVisibleTo(window) and panel.buttons


def test_timeline_and_insights_are_built_when_first_opened(with_repair, qtbot):
    window, conflict_id, _ = with_repair
    assert window.tabs.views == {}
    window.tabs.setCurrentIndex(TIMELINE)
    timeline = window.tabs.views[TIMELINE]
    assert window.tabs.currentWidget() is timeline
    window.table.clearSelection()
    timeline.conflict_activated.emit(conflict_id)
    assert window.tabs.currentIndex() == 0 and window.current_id() == conflict_id
    window.tabs.setCurrentIndex(INSIGHTS)
    assert window.tabs.currentWidget() is window.tabs.views[INSIGHTS]


def test_opening_an_entry_from_the_timeline_clears_filters_that_hide_it(with_repair):
    window, conflict_id, _ = with_repair
    window.filters.theme.setCurrentIndex(window.filters.theme.findData("money"))
    assert window.model.row_of(conflict_id) < 0
    window.show_entry(conflict_id)
    assert window.current_id() == conflict_id


def test_due_commitments_are_offered_after_unlock_only_when_due(with_repair, qtbot):
    from healdesk.gui.repair.commitments_panel import DueCommitmentsDialog

    window, _, repair_id = with_repair
    window.offer_due_commitments()
    assert window.findChild(DueCommitmentsDialog) is None
    window.journal.add_commitment(
        Commitment("Phones in the basket at dinner", date.today() - timedelta(days=2), repair_id)
    )
    window.offer_due_commitments()
    dialog = window.findChild(DueCommitmentsDialog)
    assert dialog is not None and dialog.isVisible()


def test_an_open_repair_wizard_keeps_a_draft_and_forgets_its_words_on_lock(
    with_repair, open_session, recovery_key
):
    from PySide6.QtWidgets import QPlainTextEdit

    from healdesk.core.repairs.repair_draft import repair_drafts
    from healdesk.core.repairs.template_loader import load_catalog
    from healdesk.gui.base.windows import open_dialog
    from healdesk.gui.repair.repair_wizard import RepairWizard
    from healdesk.vault import Vault

    window, conflict_id, _ = with_repair
    template = load_catalog().templates["repair-after-fight"]
    wizard = RepairWizard(window.journal, template, [conflict_id], parent=window)
    open_dialog(wizard)
    edit = next(e for page in wizard.pages for e in page.text_edits())
    words = "I OWN THE SARCASM 4471"
    if isinstance(edit, QPlainTextEdit):
        edit.setPlainText(words)
    else:
        edit.setText(words)
    assert holders_of(words)
    open_session.lock()
    assert holders_of(words) == []
    with Vault.unlock(open_session.folder, recovery_key=recovery_key) as vault:
        assert any(words in str(d.answers) for d in repair_drafts(vault.journal))


def test_ctrl_r_offers_the_repair_flows_for_the_selected_entry(with_repair, qtbot):
    window, conflict_id, _ = with_repair
    window.start_repair()
    assert "Choose an entry" in window.statusBar().currentMessage()
    window.refresh(select=conflict_id)
    qtbot.waitActive(window)
    window.start_repair()
    button = window.pane.repairs.start_button
    assert button.hasFocus()
    assert "Repair after a fight" in [a.text() for a in button.menu().actions()]


def test_commitments_dialog_lists_every_commitment(with_repair):
    from healdesk.gui.journal.entry_pane import CommitmentsDialog

    window, _, repair_id = with_repair
    window.journal.add_commitment(
        Commitment("Text before six when late", date.today() + timedelta(days=9), repair_id)
    )
    window.commitments_action.trigger()
    dialog = window.findChild(CommitmentsDialog)
    assert dialog.isVisible() and len(dialog.panel.commitments()) == 1


def test_an_imported_repair_flow_is_offered_at_once(with_repair, answers, tmp_path):
    from healdesk.locations import asset

    window, conflict_id, _ = with_repair
    source = asset("resources", "templates", "understand-together.toml").read_text("utf-8")
    own = source.replace('id = "understand-together"', 'id = "our-sunday-talk"').replace(
        'title = "Understand a fight together"', 'title = "Our Sunday talk"'
    )
    (tmp_path / "ours.toml").write_text(own, encoding="utf-8")
    window.refresh(select=conflict_id)
    answers["open_path"] = tmp_path / "ours.toml"
    answers["inform"] = None
    window.import_flow_action.trigger()
    menu = window.pane.repairs.start_button.menu()
    assert "Our Sunday talk" in [a.text() for a in menu.actions()]


def test_search_also_finds_entries_through_their_repairs(open_session):
    journal, window = open_session.vault.journal, open_session.window
    conflict_id = journal.add_conflict(Conflict(at(3), "Short words only", themes=["plans"]))
    journal.add_conflict(Conflict(at(4), "Something else entirely"))
    journal.add_repair(
        Repair(
            "repair-after-fight",
            1,
            "Repair after a fight",
            (),
            {"ahead.next_time": "Ask about the calendar before booking"},
            conflict_ids=[conflict_id],
        )
    )
    window.reload()
    window.filters.search.setText("calendar")
    window.filters.search_now()
    assert [window.model.summary(r).id for r in range(window.model.rowCount())] == [conflict_id]
    from healdesk.gui.journal.entry_model import FOUND

    assert window.model.index(0, FOUND).data().startswith("in a repair:")


def test_export_for_a_therapist_from_the_menu_and_from_the_insights(with_repair):
    from healdesk.gui.export.export_dialog import ExportDialog

    window, conflict_id, _ = with_repair
    window.export_action.trigger()
    first = window.findChild(ExportDialog)
    assert first is not None and first.isVisible()
    first.close()
    window.tabs.setCurrentIndex(INSIGHTS)
    window.tabs.views[INSIGHTS].export_requested.emit([conflict_id])
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
