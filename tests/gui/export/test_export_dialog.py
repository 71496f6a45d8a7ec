"""The export dialog, driven like a person with pytest-qt on a real vault."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QListWidget, QPushButton

from healdesk.gui.base import prompts
from healdesk.gui.export import export_dialog
from healdesk.gui.export.export_dialog import ExportDialog
from tests.helpers import export_sample as sample
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.pdf_readback import pdf_text

# The offscreen platform plugin cannot pass size hints on to a window system; only that
# message is tolerated, every other Qt warning still fails the test.
pytestmark = shows_dialogs


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """Every prompt answered and recorded: the save dialog says tmp_path/out/x.pdf."""
    said: list[tuple[str, str]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(prompts, "save_path", lambda *_a: folder / "for-session")
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: said.append(("inform", text)))
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: said.append(("warn", text)))
    return said, folder


def open_dialog(qtbot, journal, preselected=None) -> ExportDialog:
    dialog = ExportDialog(journal, preselected)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tick(widget: QListWidget, label_start: str) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.text().startswith(label_start):
            item.setCheckState(
                Qt.CheckState.Unchecked
                if item.checkState() is Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
            return
    raise AssertionError(label_start)


def test_everything_is_chosen_at_first_and_previewed(qtbot, journal, sample_ids):
    dialog = open_dialog(qtbot, journal)
    assert dialog.chosen_ids() == sample_ids
    assert dialog.ui.countLabel.text() == "6 entries chosen"
    preview = dialog.ui.previewLabel.text()
    assert "6 entries, 6 January 2026 – 8 March 2026" in preview
    assert "Themes: Chores (3), Family and in-laws (2)" in preview
    assert "With: Sam Rivera (5), Elena (1)" in preview
    assert "Same fight again: Chores (3)" in preview and "Private notes stay out." in preview
    assert "you never help" not in preview  # the dialog never shows entry text
    dialog.ui.redactCheck.click()
    assert "With: Partner (5), Mother (1)" in dialog.ui.previewLabel.text()


def test_keyboard_alone_unticks_an_entry(qtbot, journal, sample_ids):
    dialog = open_dialog(qtbot, journal)
    dialog.ui.entriesList.setFocus()
    dialog.ui.entriesList.setCurrentRow(2)
    qtbot.keyClick(dialog.ui.entriesList, Qt.Key.Key_Space)
    assert dialog.ui.countLabel.text() == "5 entries chosen"
    assert sample_ids[2] not in dialog.chosen_ids()


def test_preselected_entries_and_filters_narrow_the_choice(qtbot, journal, sample_ids):
    dialog = open_dialog(qtbot, journal, preselected=[sample_ids[1], sample_ids[3]])
    assert dialog.chosen_ids() == [sample_ids[1], sample_ids[3]]
    assert dialog.ui.countLabel.text() == "2 entries chosen"
    dialog.ui.selectAllButton.click()
    assert len(dialog.chosen_ids()) == 6
    tick(dialog.ui.themesList, "Chores")
    assert dialog.chosen_ids() == [sample_ids[0], sample_ids[3], sample_ids[5]]
    tick(dialog.ui.entriesList, "14 Feb 2026")
    assert dialog.ui.countLabel.text() == "2 entries chosen"
    assert "2 entries, 6 January 2026 – 8 March 2026" in dialog.ui.previewLabel.text()
    dialog.ui.fromCheck.click()
    dialog.ui.fromDate.setDate(QDate(2026, 2, 1))
    assert dialog.chosen_ids() == [sample_ids[5]]
    tick(dialog.ui.peopleList, sample.MOTHER)  # Chores with Elena: none
    assert dialog.chosen_ids() == [] and not dialog.ui.exportButton.isEnabled()
    tick(dialog.ui.peopleList, sample.MOTHER)
    assert dialog.chosen_ids() == [sample_ids[5]]
    dialog.ui.selectNoneButton.click()
    tick(dialog.ui.themesList, "Chores")  # filters off but the date: hand choices are remembered
    assert dialog.chosen_ids() == [sample_ids[2], sample_ids[4]]


def test_export_writes_exactly_the_chosen_entries(qtbot, journal, sample_ids, answers):
    said, folder = answers
    dialog = open_dialog(qtbot, journal, preselected=sample_ids[:2])
    dialog.ui.redactCheck.click()
    dialog.ui.privateCheck.click()
    dialog.ui.summaryCheck.click()
    dialog.ui.repairsList.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.ui.protectCheck.click()
    qtbot.keyClicks(dialog.ui.passwordEdit, "session pw")
    qtbot.keyClicks(dialog.ui.passwordAgainEdit, "session pw")
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    out = folder / "for-session.pdf"
    assert said == [
        (
            "inform",
            "Saved 2 entries on 2 pages as for-session.pdf.\nIt opens only with your password.",
        )
    ]
    text = pdf_text(out, password="session pw")
    assert "Partner came home late" in text and "holiday budget" in text
    assert "took the call" not in text and "Sam" not in text
    assert "I almost said something" in text and "Conflict journal: summary" not in text


def test_password_mistakes_are_caught_before_asking_where(
    qtbot, journal, sample_ids, answers, monkeypatch
):
    said, folder = answers
    monkeypatch.setattr(prompts, "save_path", lambda *_a: pytest.fail("asked for a file"))
    dialog = open_dialog(qtbot, journal)
    dialog.ui.protectCheck.click()
    dialog.ui.exportButton.click()
    qtbot.keyClicks(dialog.ui.passwordEdit, "one")
    qtbot.keyClicks(dialog.ui.passwordAgainEdit, "two")
    dialog.ui.exportButton.click()
    assert said == [
        ("warn", "Please type a password for the PDF."),
        ("warn", "The two passwords are not the same."),
    ]
    assert list(folder.iterdir()) == []


def test_cancel_leaves_no_file(qtbot, journal, sample_ids, answers, monkeypatch):
    said, folder = answers
    gate = threading.Event()
    real = export_dialog.render_pdf

    def held(*args):  # the real render, started only once the person has pressed Cancel
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(export_dialog, "render_pdf", held)
    dialog = open_dialog(qtbot, journal)
    dialog.export()
    progress = dialog._progress
    assert progress is not None and progress.isVisible()
    (cancel,) = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog._task.cancelled, timeout=10000):
        gate.set()
    qtbot.waitUntil(lambda: said != [])
    assert said == [("inform", "Export cancelled. Nothing was saved.")]
    assert list(folder.iterdir()) == [] and dialog.isVisible()


def test_every_input_has_an_accessible_name_and_the_warning_is_plain(qtbot, journal, sample_ids):
    dialog = open_dialog(qtbot, journal)
    inputs = (
        dialog.findChildren(QCheckBox)
        + dialog.findChildren(QLineEdit)
        + dialog.findChildren(QDateEdit)
        + dialog.findChildren(QListWidget)
    )
    unnamed = [
        w
        for w in inputs
        if not w.accessibleName()
        and w.parent() is not None
        and not isinstance(w.parent(), QDateEdit)
    ]
    assert not unnamed, unnamed
    assert "anyone who gets the file can read it" in dialog.ui.warningLabel.text()
    assert dialog.windowTitle() == "Export for therapist"


def test_an_empty_journal_offers_nothing_to_export(qtbot, journal):
    dialog = open_dialog(qtbot, journal)
    assert dialog.chosen_ids() == [] and not dialog.ui.exportButton.isEnabled()
    assert dialog.ui.countLabel.text() == "0 entries chosen"
    assert "Tick at least one" in dialog.ui.previewLabel.text()
