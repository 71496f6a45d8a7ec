"""Every main window in the pseudo-locales: no word that skipped translation, no label or
button clipped by the longer text, and the right-to-left variant mirrors the layout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from healdesk import i18n
from healdesk.core.conflict import Conflict
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.pseudo_text import clipped, left_over, untranslated

#: The test journal's own words: a person's data is shown as written, never translated.
DATA = {"Alex", "chores", "Chores", "Dishes again"}


@pytest.fixture(params=[i18n.PSEUDO, i18n.PSEUDO_RTL])
def pseudo(request, qapp):
    from healdesk.gui.base import appearance, translator

    appearance.apply(qapp, "light")  # the app's own sheet: its padding is what must fit
    try:
        yield translator.install(qapp, request.param)
    finally:
        for item in qapp.findChildren(translator.CatalogueTranslator):
            qapp.removeTranslator(item)
            item.deleteLater()
        i18n.set_language("en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _check(window, qtbot, data: set[str] = DATA) -> None:
    from healdesk.gui.base.windows import present

    if not window.isVisible():
        present(window)  # as the app shows its windows: sized to what their text needs
    qtbot.waitExposed(window)
    assert untranslated(window, data) == []
    assert clipped(window) == []
    if i18n.is_right_to_left():
        assert window.isRightToLeft()


def test_the_check_finds_words_that_skipped_translation():
    i18n.set_language(i18n.PSEUDO)
    try:
        assert left_over(i18n._("Write an entry"), DATA) == ""
        assert left_over("Write an entry", DATA) == "Write an entry"
        assert left_over(f"Alex · {i18n._('Themes')} · Wed 2 Dec 2026, 07:00", DATA) == ""
    finally:
        i18n.set_language("en")


def test_setup_wizard(pseudo, make_session, tmp_path, qtbot):
    session = make_session(tmp_path / "new")
    session.start()
    _check(session.setup_wizard, qtbot)


def test_unlock_window(pseudo, make_session, vault_folder, qtbot):
    session = make_session(vault_folder)
    session.start()
    _check(session.unlock_window, qtbot)


@pytest.fixture
def journal_window(pseudo, open_session):
    journal = open_session.vault.journal
    at = datetime(2026, 11, 20, 19, tzinfo=UTC)
    for days in range(4):
        journal.add_conflict(
            Conflict(
                at - timedelta(days=7 * days),
                "Dishes again",
                person="Alex",
                themes=["chores"],
                intensity=5,
                my_feelings=["hurt"],
                settled=2,
            )
        )
    open_session.window.reload()
    return open_session.window


def test_journal_window_and_its_views(journal_window, qtbot):
    tabs = journal_window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _check(journal_window, qtbot)


def test_entry_dialog(journal_window, qtbot):
    from healdesk.gui.entry.entry_dialog import ConflictDialog

    dialog = ConflictDialog(journal_window.journal, parent=journal_window)
    qtbot.addWidget(dialog)
    _check(dialog, qtbot)


def test_export_dialog(journal_window, qtbot):
    from healdesk.gui.export.export_dialog import ExportDialog

    dialog = ExportDialog(journal_window.journal, None, journal_window)
    qtbot.addWidget(dialog)
    _check(dialog, qtbot)


def test_repair_wizard(journal_window, qtbot):
    from healdesk.core.repairs.template_loader import load_catalog
    from healdesk.gui.repair.repair_wizard import RepairWizard

    template = load_catalog().templates["repair-after-fight"]
    conflict_id = journal_window.journal.summaries()[0].id
    wizard = RepairWizard(journal_window.journal, template, [conflict_id], parent=journal_window)
    qtbot.addWidget(wizard)
    _check(wizard, qtbot)


def test_preferences_mirror_right_to_left(pseudo, preferences, qtbot):
    from healdesk.gui.data.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    names = {i18n.language_name(tag) for tag in i18n.available_languages()}
    _check(dialog, qtbot, names)  # each language is named in its own words
    label, field = dialog.ui.autoLockLabel, dialog.ui.autoLock
    if i18n.is_right_to_left():
        assert label.x() > field.x()  # the label sits right of its field
    else:
        assert label.x() < field.x()


@shows_dialogs
def test_the_timelines_painted_words_went_through_translation(pseudo, journal, qtbot, monkeypatch):
    """The timeline paints its legend and labels itself: no widget text to read, so every
    drawText call is listened to."""
    from PySide6.QtGui import QPainter

    from healdesk.gui.patterns.timeline import TimelineView
    from tests.helpers.journals import berlin, repair, weekly_sundays

    repair(journal, weekly_sundays(journal)[-1:], berlin(2026, 6, 15, 20))
    painted: list[str] = []
    draw_text = QPainter.drawText

    def listening(painter, *args):
        painted.append(next(a for a in reversed(args) if isinstance(a, str)))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", listening)
    view = TimelineView(journal)
    qtbot.addWidget(view)
    view.resize(1100, 360)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.grab()
    assert painted
    assert [t for t in painted if left_over(t, DATA | {"Chores"})] == []
