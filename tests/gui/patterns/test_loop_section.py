"""The loop between you in the insights panel: the cycle map, its words, the entries behind
each note one click away, and nothing left shown after a lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from healdesk.gui.patterns.insights_panel import InsightsPanel
from tests.helpers.loop_journals import UNTIL, pursue_withdraw, with_role
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.shown_text import shown_text

pytestmark = shows_dialogs


@pytest.fixture
def panel(qtbot, journal):
    with_role(journal, "Alex", "Partner")
    ids = pursue_withdraw(journal, "Alex")
    shown = InsightsPanel(journal, today=UNTIL)
    qtbot.addWidget(shown)
    shown.resize(900, 900)
    shown.show()
    qtbot.waitExposed(shown)
    shown.ids = ids
    return shown


def test_the_cycle_map_draws_the_loop_with_counts(panel):
    [picture] = panel.loop_section.maps
    assert picture.texts() == (
        "You: pushing to talk",
        "Alex: went quiet",
        "noted together: 4",
        "then you again: 4",
    )
    assert picture.accessibleDescription().startswith("When it is about Chores, you often push")
    image = picture.grab().toImage()
    colours = {image.pixelColor(x, picture.height() // 2).name() for x in range(picture.width())}
    assert len(colours) > 2  # boxes and arrows were painted, not just the background
    words = shown_text(panel.loop_section)
    assert "protecting the bond" in words and "Underneath Chores" in words


def test_each_note_lists_its_entries_one_click_away(qtbot, panel):
    links = [
        label
        for label in panel.findChildren(QLabel)
        if label.accessibleName() == "The entries behind this note"
    ]
    assert links
    with qtbot.waitSignal(panel.conflict_activated) as opened:
        links[0].linkActivated.emit(str(panel.ids[0]))
    assert opened.args == [panel.ids[0]]


def test_a_saved_reflection_shows_in_the_writers_words(qtbot, journal, panel):
    from healdesk.core.repairs.repair import Repair

    journal.add_repair(
        Repair(
            "how-we-fight",
            1,
            "How we fight",
            (),
            answers={"start.moves": ["push to talk it through"], "fear.fear": ["being left"]},
        )
    )
    panel.reload()
    said = panel.loop_section.reflection.text()
    assert "When a conflict starts, you tend to: push to talk it through." in said
    assert "What you fear: being left." in said
    assert not any(ch.isdigit() for ch in said)  # never scored


def test_clear_for_lock_forgets_the_loop(qtbot, panel):
    panel.clear_for_lock()
    qtbot.waitUntil(lambda: "Alex" not in shown_text(panel))
    for word in ("Alex", "pushing to talk", "Chores"):
        assert word not in shown_text(panel), word
    assert panel.loop_section.maps == []


def test_the_reflection_opens_without_any_entry(qtbot, panel):
    qtbot.mouseClick(panel.loop_section.reflect_button, Qt.MouseButton.LeftButton)
    assert panel.wizard.conflict_ids == [] and panel.wizard.isVisible()
    panel.wizard.reject()
