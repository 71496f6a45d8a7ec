"""A picked chip shows a check mark, not only a faint tint (state never by colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QWidget

from healdesk.gui.widgets.chip_picker import ChipPicker
from tests.helpers.chips import chip_fill
from tests.helpers.contrast import contrast
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs


def _marked(image: QImage, x: int, y: int) -> bool:
    return contrast(image.pixelColor(x, y), chip_fill(image)) >= 3.0


def test_a_picked_chip_shows_a_check_mark(qtbot, looks):
    host = QWidget()
    qtbot.addWidget(host)
    picker = ChipPicker()
    picker.set_vocabulary(["hurt", "tired"])
    picker.set_selected(["hurt"])
    QHBoxLayout(host).addWidget(picker)
    host.show()
    qtbot.waitExposed(host)
    picked, unpicked = picker.chip("hurt"), picker.chip("tired")
    assert picked.isChecked() and not unpicked.isChecked()
    on = picked.grab().toImage()
    picked.setChecked(False)
    off = picked.grab().toImage()
    assert on.size() == off.size()  # the mark's room is kept: chips never jump when picked
    # Where the picked chip draws a clear (3:1) mark, the unpicked one shows only its fill.
    mark = [
        (x, y)
        for x in range(on.width())
        for y in range(on.height())
        if _marked(on, x, y) and contrast(off.pixelColor(x, y), chip_fill(off)) < 1.5
    ]
    assert len(mark) >= 6, len(mark)
