"""Each built-in flow filled end to end through the real widgets, saved, reopened, resumed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from healdesk.core.repairs.repair import CheckInResult, RepairStatus
from healdesk.core.repairs.templates import BUILTIN_IDS, FieldKind, Template, TemplateField
from healdesk.gui.base import appearance
from healdesk.gui.base.appearance import palette_for
from healdesk.gui.repair.repair_fields import (
    ChipsField,
)
from healdesk.gui.widgets.chip import Chip
from healdesk.gui.widgets.chip_picker import ChipPicker
from healdesk.vault import Vault
from tests.helpers.chips import painted_in
from tests.helpers.keyboard import type_text
from tests.helpers.repair_wizard import TODAY_ISO, click_next, fill_flow, open_wizard


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_each_flow_filled_saved_and_reopened(
    qtbot, vault, vault_folder, recovery_key, catalog, conflict_id, template_id
):
    template = catalog[template_id]
    wizard = open_wizard(qtbot, vault.journal, template, [conflict_id])
    with qtbot.waitSignal(wizard.saved) as saved:
        expected = fill_flow(qtbot, wizard)
    repair_id = saved.args[0]
    assert wizard.result() == wizard.DialogCode.Accepted
    vault.lock()

    reopened = Vault.unlock(vault_folder, recovery_key=recovery_key)
    try:
        journal = reopened.journal
        repair = journal.get_repair(repair_id)
        assert repair.answers == expected
        assert repair.conflict_ids == [conflict_id]
        assert [r.id for r in journal.repairs(conflict_id)] == [repair_id]
        assert repair.template_version == template.version
        labels = {f.key: f.label for s in repair.snapshot for f in s.fields}
        assert set(expected) <= set(labels)
        if template_id == "understand-together":
            assert labels["feelings.first-feelings"] == "What Sam felt"
            assert labels["next-time.second-will"] == "Alex will"
        promised = [c for c in journal.commitments(repair_id)]
        assert [c.text for c in promised] == [
            v
            for k, v in expected.items()
            if any(f.commitment and Template.key(s, f) == k for s, f in template.fields())
        ]
        assert all(c.due == date.today() for c in promised)
        talked = template_id == "repair-after-fight"  # its outcome answered "Yes, we talked"
        assert repair.status is (RepairStatus.TALKED if talked else RepairStatus.PLANNED)
        assert journal.drafts() == []

        again = open_wizard(qtbot, journal, template, [], repair_id)
        assert again.answers() == expected
        for page in again.pages:
            for field_id, widget in page.fields.items():
                key = f"{page.step.id}.{field_id}"
                assert widget.value() == expected.get(key)
    finally:
        reopened.lock()


def test_save_and_continue_later_resumes_where_it_stopped(qtbot, journal, catalog, conflict_id):
    template = catalog["repair-after-fight"]
    wizard = open_wizard(qtbot, journal, template, [conflict_id])
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # to "Impact"
    impact = wizard.current_page()
    assert impact.step.id == "impact"
    qtbot.mouseClick(impact.starter_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(impact.fields["impact"].edit, "raised my voice")
    with qtbot.waitSignal(wizard.saved_for_later) as later:
        qtbot.mouseClick(wizard.later_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert journal.repairs() == []
    draft = journal.load_draft(later.args[0])
    assert draft["page"] == 3
    assert (
        draft["answers"]["impact.impact"]
        == "I can see how, when I …, it felt … to you. raised my voice"
    )

    resumed = open_wizard(qtbot, journal, template, [conflict_id])
    assert resumed.index() == 3
    assert resumed.current_page().fields["impact"].value().endswith("raised my voice")
    assert QApplication.focusWidget() is resumed.current_page().fields["impact"].edit


def test_closing_keeps_a_draft_and_an_untouched_wizard_leaves_none(
    qtbot, journal, catalog, conflict_id
):
    template = catalog["prepare-conversation"]
    untouched = open_wizard(qtbot, journal, template, [conflict_id])
    untouched.reject()
    assert journal.drafts() == []
    touched = open_wizard(qtbot, journal, template, [conflict_id])
    click_next(qtbot, touched)
    qtbot.mouseClick(touched.current_page().fields["feel"].chips()[0], Qt.MouseButton.LeftButton)
    qtbot.keyClick(touched, Qt.Key.Key_Escape)
    assert not touched.isVisible()
    assert len(journal.drafts()) == 1


def test_optional_steps_can_be_skipped_and_required_ones_ask_gently(
    qtbot, journal, catalog, conflict_id
):
    template = catalog["understand-together"]
    wizard = open_wizard(qtbot, journal, template, [conflict_id])
    for _ in range(6):
        click_next(qtbot, wizard)
    assert wizard.current_page().step.id == "sore-spots"
    assert wizard.skip_button.isVisible()
    qtbot.mouseClick(wizard.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page().step.id == "owning"
    assert not wizard.skip_button.isVisible()
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page().step.id == "sore-spots"


@pytest.mark.parametrize("template_id", BUILTIN_IDS)
def test_every_input_has_an_accessible_name_and_takes_tab_focus(
    qtbot, journal, catalog, conflict_id, template_id
):
    wizard = open_wizard(qtbot, journal, catalog[template_id], [conflict_id])
    inputs = (QLineEdit, QPlainTextEdit, QAbstractButton, QDateEdit)
    for index in range(1, len(wizard.pages) + 1):
        wizard.go_to(index)
        page = wizard.current_page()
        controls = [
            w
            for w in page.findChildren(QWidget)
            if isinstance(w, inputs)
            and not w.objectName().startswith("qt_")  # Qt's insides
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus  # e.g. a field's clear button
        ]
        assert controls
        for control in controls:
            assert control.accessibleName().strip(), (page.step.id, control)
            group = getattr(control, "group", lambda: None)()
            picker = control.parent() if isinstance(control.parent(), ChipPicker) else None
            reachable = group.buttons() if group else picker.chips() if picker else [control]
            # Tab reaches each control, or one button of a radio group or one chip of a
            # picker (arrows do the rest).
            assert any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in reachable), (
                control.accessibleName()
            )
        assert "{" not in "".join(c.accessibleName() for c in controls)


def test_keyboard_only_from_conflict_to_saved_repair(qtbot, journal, catalog, conflict_id):
    """No mouse: type, Space on chips and boxes, Up on a date, Ctrl+Return to go on."""
    template = catalog["prepare-conversation"]
    wizard = open_wizard(qtbot, journal, template, [conflict_id])

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), k, modifier)

    key(Qt.Key.Key_Return)  # "Begin" is the default button
    saved = []
    wizard.saved.connect(saved.append)
    while not saved:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPlainTextEdit | QLineEdit):
            qtbot.keyClicks(focused, "one small thing")
        elif isinstance(focused, QDateEdit):
            key(Qt.Key.Key_Up)
        elif isinstance(focused, QAbstractButton) and not focused.isChecked():
            key(Qt.Key.Key_Space)
        page = wizard.current_page()
        if page.step.id == "meaningful-action":  # Tab from the action to its date
            key(Qt.Key.Key_Tab)
            key(Qt.Key.Key_Up)
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    repair = journal.get_repair(saved[0])
    assert repair.answers["meaningful-action.action"] == "one small thing"
    assert repair.answers["meaningful-action.by-when"] == TODAY_ISO
    assert repair.answers["intention-feel.feel"] == ["calm"]
    [commitment] = journal.commitments(saved[0])
    assert (commitment.text, commitment.due, commitment.latest) == (
        "one small thing",
        date.today(),
        None,
    )
    assert CheckInResult.KEPT not in [c.result for c in commitment.check_ins]


def test_continuing_a_saved_repair_opens_at_the_outcome_left_for_later(
    qtbot, journal, catalog, conflict_id
):
    template = catalog["repair-after-fight"]
    wizard = open_wizard(qtbot, journal, template, [conflict_id])
    for page in wizard.pages[:-1]:
        first = page.step.fields[0]
        page.fields[first.id].set_value(
            [first.options[0]]
            if first.kind is FieldKind.CHECKLIST
            else "written"
            if first.kind in (FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT)
            else page.fields[first.id].value()  # pre-picked from the conflict
        )
    with qtbot.waitSignal(wizard.saved) as saved:
        wizard.go_to(len(wizard.pages))
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # outcome left empty
    assert journal.get_repair(saved.args[0]).status is RepairStatus.PLANNED
    later = open_wizard(qtbot, journal, template, [], saved.args[0])
    assert later.current_page().step.id == "outcome"
    radio = later.current_page().fields["talked"].buttons()[1]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    qtbot.mouseClick(later.next_button, Qt.MouseButton.LeftButton)
    assert later.current_page().step.id == "let-go"  # the repair ends with what I still need
    qtbot.mouseClick(later.next_button, Qt.MouseButton.LeftButton)
    repair = journal.get_repair(saved.args[0])
    assert repair.status is RepairStatus.TALKED and repair.talked_at is not None
    assert repair.answers["outcome.talked"] == "Yes, we talked"


def test_required_fields_ask_gently_and_unicode_answers_survive(qtbot, journal, conflict_id):
    from healdesk.core.repairs.template_check import parse_template
    from tests.helpers.template_text import VALID

    template = parse_template(
        VALID.replace('label = "What happened"', 'label = "What happened"\nrequired = true'),
        "flow.toml",
    )
    wizard = open_wizard(qtbot, journal, template, [conflict_id])
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.current_page().step.id == "one" and wizard.notice.isVisible()
    edit = wizard.current_page().fields["what"].edit
    assert QApplication.focusWidget() is edit
    words = "Мы поссорились 🙂 עברית"
    type_text(edit, words)
    click_next(qtbot, wizard)
    assert wizard.current_page().step.id == "two" and not wizard.notice.isVisible()
    with qtbot.waitSignal(wizard.saved) as saved:
        click_next(qtbot, wizard)
    assert journal.get_repair(saved.args[0]).answers == {"one.what": words}


def test_a_pre_picked_answer_cleared_by_the_writer_stays_cleared(
    qtbot, journal, catalog, conflict_id
):
    template = catalog["repair-after-fight"]
    wizard = open_wizard(qtbot, journal, template, [conflict_id])
    behaviours = wizard.pages[1].fields["behaviours"]
    assert behaviours.value() == ["raising my voice", "walking away"]
    for chip in behaviours.chips():
        if chip.isChecked():
            qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    wizard.save_for_later()
    resumed = open_wizard(qtbot, journal, template, [conflict_id])
    assert resumed.pages[1].fields["behaviours"].value() is None
    with qtbot.waitSignal(resumed.saved) as saved:
        resumed.go_to(len(resumed.pages))
        resumed.next()
    assert "my-part.behaviours" not in journal.get_repair(saved.args[0]).answers
    edit = open_wizard(qtbot, journal, template, [], saved.args[0])
    assert edit.pages[1].fields["behaviours"].value() is None


def test_a_conflict_gone_meanwhile_gets_a_clear_message_and_loses_nothing(
    qtbot, journal, catalog, conflict_id, monkeypatch
):
    from healdesk.gui.base import prompts

    journal.delete_conflict(conflict_id)
    journal.empty_trash()
    told = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: told.append(text))
    wizard = open_wizard(qtbot, journal, catalog["prepare-conversation"], [conflict_id])
    wizard.go_to(len(wizard.pages))
    qtbot.keyClicks(wizard.current_page().fields["action"].edit, "Bring flowers")
    wizard.next()
    assert told and "could not be saved" in told[0] and "Bring flowers" not in told[0]
    assert wizard.isVisible() and journal.repairs() == []
    wizard.save_for_later()
    assert journal.load_draft(wizard.draft_key)["answers"] == {
        "meaningful-action.action": "Bring flowers"
    }


def test_answers_that_cannot_be_kept_get_a_clear_message_and_the_wizard_stays(
    qtbot, vault, catalog, conflict_id, monkeypatch
):
    from healdesk.gui.base import prompts

    told = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: told.append(text))
    wizard = open_wizard(qtbot, vault.journal, catalog["prepare-conversation"], [conflict_id])
    wizard.go_to(len(wizard.pages))
    qtbot.keyClicks(wizard.current_page().fields["action"].edit, "Bring flowers")
    vault.lock()
    wizard.reject()
    assert told and "could not be kept" in told[0] and "Bring flowers" not in told[0]
    assert wizard.isVisible()


def test_chips_and_text_boxes_follow_a_palette_switch_while_the_wizard_is_open(
    qtbot, journal, catalog, conflict_id, restored_look
):
    appearance.apply(restored_look, "light")
    wizard = open_wizard(qtbot, journal, catalog["understand-together"], [conflict_id])
    chip = wizard.findChildren(Chip)[0]
    edit = next(e for page in wizard.pages for e in page.text_edits())
    dark = palette_for(dark=True).color(QPalette.ColorRole.Base)
    assert not painted_in(chip, dark) and not painted_in(edit, dark)
    appearance.apply(restored_look, "dark")  # as the appearance setting switches the app
    qtbot.waitUntil(lambda: painted_in(chip, dark) and painted_in(edit, dark))


def test_own_words_field_has_room_for_a_phrase_in_a_repair_flow(qtbot):
    """The entry form's compact own-words field is too narrow for a repair's sentences."""
    host = QWidget()
    qtbot.addWidget(host)
    field = ChipsField(
        TemplateField("remember", FieldKind.CHIPS, "Things to remember", options=("Same team",)),
        host,
    )
    host.resize(800, 300)
    field.resize(780, 200)
    host.show()
    qtbot.waitExposed(host)
    assert field.picker.own_words.width() >= 320
    compact = ChipPicker(host)
    assert compact.own_words.maximumWidth() < field.picker.own_words.width()
