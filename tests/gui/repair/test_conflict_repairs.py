"""From a conflict to its repairs: start a flow, keep a draft, continue it, open the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from healdesk.core.repairs.templates import BUILTIN_IDS
from healdesk.gui.repair.conflict_repairs import ConflictRepairsPanel
from tests.helpers.shown_text import shown_text


def test_start_keep_for_later_continue_and_open(qtbot, journal, catalog, conflict_id):
    host = QWidget()
    qtbot.addWidget(host)
    panel = ConflictRepairsPanel(journal, conflict_id, [catalog[i] for i in BUILTIN_IDS], host)
    host.show()
    assert "No repair yet" in panel.summary.text()
    assert [a.text() for a in panel.start_button.menu().actions()] == [
        catalog[i].title for i in BUILTIN_IDS
    ]
    panel.start_button.menu().actions()[1].trigger()  # "Repair after a fight"
    wizard = panel.wizard
    assert wizard.isVisible() and wizard.conflict_ids == [conflict_id]
    wizard.go_to(3)
    wizard.current_page().fields["impact"].set_value("It felt lonely for you.")
    wizard.save_for_later()
    assert [b.text() for b in panel.buttons] == ["Continue: Repair after a fight (not finished)"]

    panel.buttons[0].click()
    resumed = panel.wizard
    assert resumed is not wizard and resumed.index() == 3
    with qtbot.waitSignal(resumed.saved) as saved:
        resumed.go_to(len(resumed.pages))
        resumed.next()
    assert journal.drafts() == []
    assert len(panel.buttons) == 1 and panel.buttons[0].text().endswith("· Planned, not yet talked")
    assert panel.buttons[0].text().split("\n")[0] == "Repair after a fight"  # status on line 2
    assert panel.summary.text() == "1 repair for this entry."
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.buttons[0].click()
    assert opened.args == [saved.args[0]]
    [hit] = [h for h in journal.search("lonely") if h.kind == "repair"]  # answers are searchable
    assert hit.id == saved.args[0]


def test_clear_for_lock_forgets_the_repairs_listed(qtbot, journal, catalog, conflict_id):
    host = QWidget()
    qtbot.addWidget(host)
    panel = ConflictRepairsPanel(journal, conflict_id, [catalog[i] for i in BUILTIN_IDS], host)
    panel.start(catalog["repair-after-fight"]).save_for_later()
    assert "not finished" in shown_text(panel)
    panel.clear_for_lock()
    qtbot.waitUntil(lambda: "not finished" not in shown_text(panel))
    assert panel.buttons == [] and panel.summary.text() == ""


def test_enter_on_a_listed_repair_opens_it(qtbot, journal, catalog, conflict_id):
    host = QWidget()
    qtbot.addWidget(host)
    panel = ConflictRepairsPanel(journal, conflict_id, [catalog[i] for i in BUILTIN_IDS], host)
    host.show()
    panel.start(catalog["repair-after-fight"]).save_for_later()
    [button] = panel.buttons
    assert button.text().startswith("Continue:")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        panel.wizard = None
        qtbot.keyClick(button, key)
        assert panel.wizard is not None and panel.wizard.isVisible()
        panel.wizard.save_for_later()
        [button] = panel.buttons
