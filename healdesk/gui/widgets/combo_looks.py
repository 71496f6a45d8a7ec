"""Drop-down buttons that sit inside the inputs' rounded border, and ticks in check boxes.

`appearance.STYLE_SHEET` rounds QComboBox and QDateTimeEdit; left alone, Qt then draws their
drop-down as a square bevelled button that sticks out of the rounded corner. This sheet draws
a flat drop-down and a soft chevron instead (grey, readable on both palettes), and the same
chevrons for a QSpinBox's up and down buttons. A styled check box loses Qt's own tick, so a
checked one gets a white tick on the accent colour (a filled square alone reads as a button).
A styled QComboBox paints its open list's items with its own rule, background included, so
appearance.STYLE_SHEET gives combo boxes no background: their highlighted item then keeps the
highlight colour (with one, it was white text on a white box; a QComboBox::item rule instead
makes Qt swap the list's delegate on every restyle, which crashed the app now and then).
Append it to the app's style sheet (appearance.apply does).
"""

from __future__ import annotations

from healdesk.locations import asset

#: The chevrons (Qt style sheets take images by file path, so they must be real files).
ARROW = asset("resources", "icons", "down-arrow.svg")
UP_ARROW = asset("resources", "icons", "up-arrow.svg")
TICK = asset("resources", "icons", "check.svg")

COMBO_SHEET = f"""
QComboBox::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 18px; border: none; background: transparent; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: url("{ARROW.as_posix()}");
    width: 10px; height: 6px; }}
QSpinBox {{ padding-right: 20px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 18px;
    border: none; background: transparent; }}
QSpinBox::up-button {{ subcontrol-position: top right; margin-top: 4px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; margin-bottom: 4px; }}
QSpinBox::up-arrow {{ image: url("{UP_ARROW.as_posix()}"); width: 10px; height: 6px; }}
QSpinBox::down-arrow {{ image: url("{ARROW.as_posix()}"); width: 10px; height: 6px; }}
QCheckBox::indicator:checked, QListWidget::indicator:checked {{ image: url("{TICK.as_posix()}"); }}
"""
