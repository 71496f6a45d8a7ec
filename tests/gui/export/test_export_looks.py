"""The export dialog's tick boxes are visible in both looks and their labels are not cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from healdesk.gui.export.export_dialog import ExportDialog
from tests.helpers import export_sample as sample
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs


def open_dialog(qtbot, journal) -> ExportDialog:
    sample.fill(journal)
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_unticked_item_boxes_stand_out_from_the_list(qtbot, journal, looks):
    dialog = open_dialog(qtbot, journal)
    themes = dialog.ui.themesList
    item = themes.item(0)
    assert item.checkState() is Qt.CheckState.Unchecked
    rect = themes.visualItemRect(item)
    image = themes.viewport().grab(rect).toImage()
    base = themes.palette().color(QPalette.ColorRole.Base).lightness()
    # the box sits left of the text, in the item's first 12 px: its outline must stand out
    contrast = max(
        abs(image.pixelColor(x, y).lightness() - base)
        for x in range(12)
        for y in range(image.height())
    )
    assert contrast >= 60


def test_date_check_labels_are_drawn_whole(qtbot, journal, looks):
    """A mnemonic splits a word into separately shaped runs, so a kerned pair ("&To") draws
    wider than its measured box and the last letter is cut: no ink may reach that box's edge."""
    dialog = open_dialog(qtbot, journal)
    for check in (dialog.ui.fromCheck, dialog.ui.toCheck):
        option = QStyleOptionButton()
        check.initStyleOption(option)
        label = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, check)
        image = check.grab().toImage()
        text = check.palette().color(QPalette.ColorRole.WindowText).lightness()
        window = check.palette().color(QPalette.ColorRole.Window).lightness()
        inked = [
            x
            for x in range(label.left(), label.right() + 1)
            for y in range(image.height())
            if abs(image.pixelColor(x, y).lightness() - window) > abs(text - window) / 2
        ]
        assert inked and max(inked) < label.right(), check.text()


def test_the_theme_and_people_lists_show_whole_rows(qtbot, journal, looks):
    """A list that ends in half a row reads as cut off: each shows whole rows (up to five),
    the rest a scroll away."""
    for n in range(8):
        journal.add_theme(f"Theme {n}", "#3f7f74")
    dialog = open_dialog(qtbot, journal)
    for chooser in (dialog.ui.themesList, dialog.ui.peopleList):
        row = chooser.sizeHintForRow(0)
        assert row > 0
        rows = min(chooser.count(), 5)
        assert chooser.viewport().height() == rows * row, chooser.objectName()
