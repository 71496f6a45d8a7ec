"""The insights panel on real vaults: sentences, charts, the gentle note and its export offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QPushButton

from healdesk.core.analysis.insights import EMPTY
from healdesk.gui.patterns.insights_panel import InsightsPanel
from tests.helpers.journals import all_repaired, berlin, monthly_firsts, weekly_sundays
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.shown_text import shown_text

# Qt's offscreen platform says so whenever a shown window's layout sets its minimum size: a
# limit of the test platform, not of the widget (the desktop platforms support it).
pytestmark = shows_dialogs


def make_panel(qtbot, journal, today=None) -> InsightsPanel:
    panel = InsightsPanel(journal, today=today)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def export_buttons(panel) -> list[QPushButton]:
    return [b for b in panel.findChildren(QPushButton) if b.text().startswith("Prepare an export")]


def test_sentences_and_charts_tell_the_sunday_evening_pattern(qtbot, journal):
    weekly_sundays(journal)
    panel = make_panel(qtbot, journal, today=berlin(2026, 6, 15, 9))
    assert panel.sentence_label.text().startswith(
        "Chores came up 20 times, about every week, mostly on Sunday evenings. "
        "8 of them were in the last 8 weeks."
    )
    assert (
        panel.heat_map.accessibleDescription() == "Most entries fall on Sunday around 19:00 (20)."
    )
    assert panel.theme_chart.accessibleDescription() == "Chores: 20 entries over 5 months"
    assert (
        panel.repair_chart.accessibleDescription() == "0 percent of conflicts had a repair overall."
    )
    # The hot spot is painted where the description says: Sunday row, 19:00 column.
    image = panel.heat_map.grab().toImage()
    cell_w = (panel.heat_map.width() - 140 - 8) / 24
    hot = image.pixelColor(round(140 + 19.5 * cell_w), 4 + 6 * 16 + 8)
    cold = image.pixelColor(round(140 + 3.5 * cell_w), 4 + 6 * 16 + 8)
    assert hot.alpha() == 255 and hot != cold
    # It recurs (a sign that needs no repair); nothing was tried, so nothing "still unsettled".
    assert [
        b.accessibleName()
        for b in panel.notes.parentWidget().findChildren(QFrame)
        if b.accessibleName().startswith("Chores")
    ] == ["Chores keeps coming back"]


def test_the_same_fight_again_note_offers_an_export_of_that_theme(qtbot, journal):
    ids = all_repaired(journal)
    panel = make_panel(qtbot, journal)
    button = export_buttons(panel)[0]
    assert button.accessibleName() == "Prepare an export of these entries"
    note = button.parentWidget().findChildren(type(panel.sentence_label))[1].text()
    assert "very common" in note and "therapist can help" in note
    with qtbot.waitSignal(panel.export_requested) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == [ids]
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.period_box.setFocus()  # keyboard only: Tab from the period box reaches the offer
    for _ in range(20):  # past the reflection's button and each entry's link
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    with qtbot.waitSignal(panel.export_requested) as asked:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert asked.args == [ids]


def test_the_period_narrows_the_figures(qtbot, journal):
    monthly_firsts(journal)
    panel = make_panel(qtbot, journal, today=berlin(2026, 7, 2, 9))
    assert panel.report.conflict_count == 12
    panel.period_box.setCurrentText("Last 3 months")
    assert panel.report.conflict_count == 4  # 1 April to 1 July
    assert "Money came up 4 times" in panel.sentence_label.text()
    assert all(w.accessibleName() for w in panel.findChildren(QComboBox))


def test_an_empty_journal_gets_one_calm_sentence_and_no_charts(qtbot, journal):
    panel = make_panel(qtbot, journal)
    assert panel.sentence_label.text() == EMPTY
    assert not panel.theme_chart.isVisible() and not export_buttons(panel)


def test_clear_for_lock_forgets_sentences_notes_and_charts(qtbot, journal):
    all_repaired(journal)
    monthly_firsts(journal)
    panel = make_panel(qtbot, journal)
    assert "Chores" in shown_text(panel) and export_buttons(panel)
    panel.clear_for_lock()
    qtbot.waitUntil(lambda: not export_buttons(panel))  # the notes are deleted
    for word in ("Chores", "Money", "Sam"):
        assert word not in shown_text(panel), word
    assert panel.report is None and panel.theme_chart.report is None
    assert panel.theme_chart.grab().toImage().pixelColor(5, 5) == panel.palette().base().color()
    panel.reload()
    assert "Chores" in panel.sentence_label.text()
