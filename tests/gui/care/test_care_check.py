"""The care check in the app: offered at first run, after a frightened intense entry and from
Help; any "yes" steps the repair flows back for that person, the safety page explains why and
keeps a private plan, and the answers can be changed later."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication, QWidget

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.templates import BUILTIN_IDS
from healdesk.core.safety.care import AFTER_ENTRY_OFFER, FIRST_RUN_OFFER, STEP_BACK_WHY
from healdesk.gui.care.care_check import CareCheckDialog
from healdesk.gui.care.opening import OFFERED
from healdesk.gui.care.safety_page import SafetyPage
from healdesk.gui.repair.conflict_repairs import ConflictRepairsPanel
from healdesk.gui.repair.repair_wizard import RepairWizard
from tests.helpers.shown_text import shown_text


def open_windows(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def panel_for(qtbot, journal, catalog, conflict_id) -> ConflictRepairsPanel:
    host = QWidget()
    qtbot.addWidget(host)
    panel = ConflictRepairsPanel(journal, conflict_id, [catalog[i] for i in BUILTIN_IDS], host)
    host.show()
    panel.host = host  # the panel lives as long as the test holds it
    return panel


def sams_entry(journal) -> int:
    return journal.add_conflict(
        Conflict(datetime(2026, 3, 3, 20, tzinfo=UTC), "The dishes again.", person="Sam")
    )


def answer(dialog: CareCheckDialog, person: str | None, *keys: str) -> None:
    dialog.person.setCurrentIndex(dialog.person.findData(person))
    for key, box in dialog.boxes.items():
        box.setChecked(key in keys)
    dialog.save_button.click()


def test_a_yes_from_help_steps_the_flows_back_for_that_person_only(qtbot, open_session, catalog):
    window = open_session.window
    journal = window.journal
    conflict_id = sams_entry(journal)
    mum = journal.add_conflict(
        Conflict(datetime(2026, 3, 4, 9, tzinfo=UTC), "Sunday lunch.", person="Mum")
    )
    window.care_check_action.trigger()
    [check] = open_windows(CareCheckDialog)
    assert check.windowTitle() == "HealDesk"
    answer(check, "Sam", "afraid")
    assert journal.care_checks()["Sam"].steps_back
    [page] = open_windows(SafetyPage)
    assert STEP_BACK_WHY[:40] in shown_text(page) and page.windowTitle() == "HealDesk"
    page.accept()

    assert (
        panel_for(qtbot, journal, catalog, conflict_id).start(catalog["repair-after-fight"]) is None
    )
    assert open_windows(SafetyPage) and not open_windows(RepairWizard)
    open_windows(SafetyPage)[0].accept()
    wizard = panel_for(qtbot, journal, catalog, mum).start(catalog["repair-after-fight"])
    assert isinstance(wizard, RepairWizard) and wizard.isVisible()
    wizard.reject()


def test_a_yes_for_everyone_steps_back_every_flow_and_can_be_changed(qtbot, open_session, catalog):
    journal = open_session.window.journal
    conflict_id = sams_entry(journal)
    journal.save_care_check(None, {"eggshells"})
    panel = panel_for(qtbot, journal, catalog, conflict_id)
    assert panel.start(catalog["understand-together"]) is None
    [page] = open_windows(SafetyPage)
    page.change_button.click()
    [check] = open_windows(CareCheckDialog)
    assert check.boxes["eggshells"].isChecked()  # it starts from what was said
    answer(check, None)
    assert not open_windows(SafetyPage)
    wizard = panel.start(catalog["understand-together"])
    assert isinstance(wizard, RepairWizard)
    wizard.reject()


def test_the_safety_plan_is_kept_in_the_vault_and_before_a_lock(qtbot, open_session):
    window = open_session.window
    journal = window.journal
    window.safety_plan_action.trigger()
    [page] = open_windows(SafetyPage)
    assert not page.stepped_back
    page.parts["people"].setPlainText("Jo next door")
    page.reject()  # Escape keeps it too
    assert journal.safety_plan() == {"people": "Jo next door"}
    window.safety_plan_action.trigger()
    [page] = open_windows(SafetyPage)
    assert page.parts["people"].toPlainText() == "Jo next door"
    page.parts["place"].setPlainText("my sister's flat")
    page.close_for_lock()
    assert journal.safety_plan()["place"] == "my sister's flat"


def test_a_frightened_intense_entry_brings_the_check_once(qtbot, open_session):
    window = open_session.window
    journal = window.journal
    scared = Conflict(
        datetime(2026, 3, 5, 22, tzinfo=UTC),
        "Shouting at night.",
        person="Alex",
        intensity=9,
        my_feelings=["scared"],
    )
    calm = Conflict(datetime(2026, 3, 6, 9, tzinfo=UTC), "Plans.", person="Alex", intensity=3)
    window._entry_saved(journal.add_conflict(calm))
    assert not open_windows(CareCheckDialog)
    window._entry_saved(journal.add_conflict(scared))
    [check] = open_windows(CareCheckDialog)
    assert check.person.currentData() == "Alex"
    assert AFTER_ENTRY_OFFER[:30] in shown_text(check)
    check.later_button.click()
    answer_later = journal.care_checks()
    assert answer_later == {}  # "Not now" keeps nothing
    window._entry_saved(journal.add_conflict(scared))
    assert not open_windows(CareCheckDialog)  # never twice while unlocked, even after "Not now"
    window.setProperty(OFFERED, False)  # as after the next unlock (a new window)
    window._entry_saved(journal.add_conflict(scared))
    [check] = open_windows(CareCheckDialog)
    answer(check, "Alex")
    window.setProperty(OFFERED, False)
    window._entry_saved(journal.add_conflict(scared))
    assert not open_windows(CareCheckDialog)  # answered: never pressed again


def test_first_run_offers_the_check(make_session, vault_folder, recovery_key, tmp_path, qtbot):
    from healdesk.vault import Vault

    session = make_session(tmp_path / "new")
    session.show_setup(session.folder)
    session.setup_wizard.created.emit(Vault.unlock(vault_folder, recovery_key=recovery_key), False)
    [check] = open_windows(CareCheckDialog)
    assert FIRST_RUN_OFFER[:30] in shown_text(check)
    assert check.person.count() == 1  # nobody named yet: "anyone I write about"


def test_my_part_steps_back_in_the_entry_form_for_that_person(qtbot, journal, open_entry):
    journal.save_care_check("Alex", {"threats"})
    conflict_id = journal.add_conflict(
        Conflict(datetime(2026, 3, 5, 22, tzinfo=UTC), "Night.", person="Alex", my_part=["sarcasm"])
    )
    dialog = open_entry(conflict_id)
    form = dialog.ui.insideForm
    assert not form.isRowVisible(dialog.ui.myPartPicker)
    assert not form.isRowVisible(dialog.ui.myPartNoteEdit)
    dialog.ui.personCombo.setEditText("Sam")
    assert form.isRowVisible(dialog.ui.myPartPicker)
    dialog.ui.personCombo.setEditText("alex")
    assert not form.isRowVisible(dialog.ui.myPartPicker)
    assert dialog.ui.myPartPicker.selected() == ["sarcasm"]  # kept, only out of sight
