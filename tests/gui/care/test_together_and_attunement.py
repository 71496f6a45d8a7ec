"""Understand a fight together: each speaks for themselves (nothing pre-filled from the
writer's guess), and a listening turn where the listener sums up and validates before the
swap. Repair ends by asking what I still need to let it go; a break lasts twenty minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from healdesk.core.repairs.template_loader import builtin_folder
from healdesk.gui.repair.repair_wizard import RepairWizard
from tests.helpers.shown_text import shown_text


def wizard_for(qtbot, journal, template, conflict_ids) -> RepairWizard:
    wizard = RepairWizard(journal, template, conflict_ids)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_nobody_answers_for_the_other_and_the_listener_sums_up(
    qtbot, journal, catalog, conflict_id
):
    wizard = wizard_for(qtbot, journal, catalog["understand-together"], [conflict_id])
    wizard.pages[0].fields["first"].set_value("Robin")
    wizard.pages[0].fields["second"].set_value("Sam")
    feelings = next(p for p in wizard.pages if p.step.id == "feelings")
    assert feelings.fields["second-feelings"].value() in (None, [])  # not the writer's guess
    assert feelings.fields["first-feelings"].value() in (None, [])  # said now, by each
    ids = [p.step.id for p in wizard.pages]
    assert ids.index("views") < ids.index("listen-to-first") < ids.index("listen-to-second")
    wizard.go_to(ids.index("listen-to-first") + 1)
    turn = wizard.current_page()
    shown = shown_text(turn)
    assert "What Sam heard Robin say" in shown and "What makes sense to Sam" in shown
    assert "Robin, was that it?" in shown
    assert turn.starter_buttons[0].text() == "What I heard you say is"
    turn.fields["heard"].set_value("You felt alone with the dishes.")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "What Robin heard Sam say" in shown_text(wizard.current_page())
    assert wizard.answers()["listen-to-first.heard"] == "You felt alone with the dishes."
    wizard.reject()


def test_a_repair_ends_with_what_i_still_need_to_let_it_go(catalog):
    last = catalog["repair-after-fight"].steps[-1]
    assert last.prompt == "What do I still need to let this go?" and last.optional


def test_no_flow_suggests_a_break_shorter_than_twenty_minutes():
    for path in builtin_folder().glob("*.toml"):
        assert "ten minutes" not in path.read_text("utf-8"), path.name
