"""OK, Cancel and Close look the same in every dialog: on KDE and GNOME, Qt gives a dialog's
standard buttons icons while buttons made by hand have none, so some dialogs showed icons and
others did not. The platform's desktop theme decides this, which the offscreen platform never
asks, so this runs on a real X display that says it is KDE (and again as GNOME)."""

from __future__ import annotations

import pytest

from tests.helpers.desktop import on_desktop

SHOW_BUTTONS = """
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
app = QApplication([])
from healdesk.gui.base import appearance
appearance.apply(app, "light")
box = QDialogButtonBox(
    QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    | QDialogButtonBox.StandardButton.Close
)
box.show()
message = QMessageBox(QMessageBox.Icon.Question, "HealDesk", "Discard?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
message.show()
app.processEvents()
print(sorted({b.icon().isNull() for b in box.buttons() + message.buttons()}))
"""


@pytest.mark.parametrize("desktop", ["KDE", "GNOME"])
def test_standard_buttons_show_no_icons_on_any_desktop(desktop):
    shown = on_desktop(SHOW_BUTTONS, env={"XDG_CURRENT_DESKTOP": desktop})
    assert shown.split() == ["[True]"]
