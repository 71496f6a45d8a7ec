"""A saved repair reads as it was written, even after its template moved on to a new version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from healdesk.core.repairs.repair import RepairStatus
from healdesk.core.repairs.repair_text import rendered_steps
from healdesk.core.repairs.template_check import parse_template
from healdesk.gui.repair.repair_view import RepairView, repair_html
from healdesk.gui.repair.repair_wizard import RepairWizard
from tests.helpers.shown_text import shown_text
from tests.helpers.template_text import VALID

VERSION_2 = (
    VALID.replace("version = 1", "version = 2")
    .replace('label = "What happened"', 'label = "Tell it in your words"')
    .replace('prompt = "What will you do?"', 'prompt = "What is your next step?"')
    .replace(
        '[[steps.fields]]\nid = "by"\nkind = "date"\nlabel = "By when"\n',
        '[[steps.fields]]\nid = "when"\nkind = "date"\nlabel = "When"\n',
    )
    .replace('due_field = "by"', 'due_field = "when"')
)


def write_with(qtbot, journal, template, conflict_ids, repair_id=None, **answers) -> int:
    wizard = RepairWizard(journal, template, conflict_ids, repair_id)
    qtbot.addWidget(wizard)
    for page in wizard.pages:
        for field_id, value in answers.items():
            if field_id in page.fields:
                page.fields[field_id].set_value(value)
    with qtbot.waitSignal(wizard.saved) as saved:
        wizard.go_to(len(wizard.pages))
        wizard.next()
    return saved.args[0]


def test_old_version_repair_renders_from_its_snapshot(qtbot, journal, conflict_id):
    v1, v2 = parse_template(VALID, "flow.toml"), parse_template(VERSION_2, "flow.toml")
    repair_id = write_with(
        qtbot,
        journal,
        v1,
        [conflict_id],
        what="We both got loud <b>",
        do="Ask first",
        by="2026-04-02",
    )
    assert v2.version == 2 and "one.what" in {f"{s.id}.{f.id}" for s, f in v2.fields()}

    repair = journal.get_repair(repair_id)
    steps = rendered_steps(repair)
    assert [s.title for s in steps] == ["First: What happened?", "Second: What will you do?"]
    assert steps[0].answers == (("What happened", "We both got loud <b>"),)
    assert ("By when", "2 April 2026") in steps[1].answers

    view = RepairView(journal, repair_id)
    qtbot.addWidget(view)
    text = view.text.toPlainText()
    assert "What happened" in text and "Tell it in your words" not in text
    assert "We both got loud <b>" in text  # escaped, shown as typed
    assert "&lt;b&gt;" in repair_html(repair)
    assert view.status.text() == "Planned, not yet talked"

    # Editing it with version 2 keeps the answer v2 no longer asks for, with its old label.
    write_with(qtbot, journal, v2, [], repair_id, what="We both got loud")
    edited = journal.get_repair(repair_id)
    assert edited.template_version == 2
    assert edited.answers["two.by"] == "2026-04-02"
    labels = {f.key: f.label for s in edited.snapshot for f in s.fields}
    assert labels["one.what"] == "Tell it in your words" and labels["two.by"] == "By when"
    assert [c.text for c in journal.commitments(repair_id)] == ["Ask first"]


def test_repair_view_marks_talked_and_checks_in(qtbot, journal, conflict_id):
    template = parse_template(VALID, "flow.toml")
    repair_id = write_with(qtbot, journal, template, [conflict_id], what="x", do="Ask first")
    host = QWidget()  # embedded, as in the main window
    qtbot.addWidget(host)
    view = RepairView(journal, repair_id, host)
    view.resize(700, 640)
    host.show()
    assert view.talked_button.isVisible()
    qtbot.mouseClick(view.talked_button, Qt.MouseButton.LeftButton)
    assert journal.get_repair(repair_id).status is RepairStatus.TALKED
    assert view.status.text() == "We talked" and not view.talked_button.isVisible()
    [row] = view.commitments.rows
    qtbot.keyClicks(row.note, "we did it")
    qtbot.mouseClick(row.buttons[next(iter(row.buttons))], Qt.MouseButton.LeftButton)  # Kept
    assert view.status.text() == "Followed through"
    assert journal.commitments(repair_id)[0].check_ins[0].note == "we did it"


def test_a_draft_from_an_older_version_keeps_answers_the_new_one_dropped(
    qtbot, journal, conflict_id
):
    from healdesk.core.repairs.repair_draft import RepairDraft

    v2 = parse_template(VERSION_2, "flow.toml")
    draft = RepairDraft(v2.id, 1, [conflict_id], {"one.what": "x", "two.by": "2026-04-02"}, 2)
    journal.save_draft(draft.key, draft.to_payload())
    repair_id = write_with(qtbot, journal, v2, [conflict_id])
    assert journal.get_repair(repair_id).answers == {"one.what": "x", "two.by": "2026-04-02"}


def test_clear_for_lock_forgets_answers_title_and_commitments(qtbot, journal, conflict_id):
    template = parse_template(VALID, "flow.toml")
    repair_id = write_with(qtbot, journal, template, [conflict_id], what="the sink", do="Ask first")
    host = QWidget()
    qtbot.addWidget(host)
    view = RepairView(journal, repair_id, host)
    host.show()
    assert "the sink" in shown_text(view) and "Ask first" in shown_text(view)
    view.clear_for_lock()
    qtbot.waitUntil(lambda: view.commitments.rows == [] and "Ask first" not in shown_text(view))
    assert "the sink" not in shown_text(view) and template.title not in shown_text(view)
