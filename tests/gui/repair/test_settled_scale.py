"""'How settled I feel now' is one control wherever it is asked: the entry dialog's word
slider, in the repair flow too (it was a row of 1-5 buttons there), saying the same words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from healdesk.core.repairs.template_loader import load_catalog
from healdesk.gui.repair.repair_fields import ScaleField
from healdesk.gui.repair.repair_fields import make_field_widget as field_widget
from healdesk.gui.widgets.word_slider import WordSlider
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs


def settled_item():
    template = load_catalog().templates["repair-after-fight"]
    return next(f for s in template.steps for f in s.fields if f.id == "settled")


def test_the_repair_asks_how_settled_with_the_entrys_slider(qtbot):
    field = field_widget(settled_item())
    qtbot.addWidget(field)
    assert isinstance(field, ScaleField)
    assert isinstance(field.scale, WordSlider)
    assert field.value() is None and field.scale.word_label.text() == "not noted"
    assert field.focus_chain() == [field.scale.slider, field.scale.reset_button]
    assert field.scale.slider.accessibleName() == "How settled I feel now"

    field.set_value(4)
    assert field.value() == 4
    assert field.scale.word_label.text() == "mostly settled (4 of 5)"  # the entry's words
    field.show()
    field.scale.slider.setFocus()
    QTest.keyClick(field.scale.slider, Qt.Key.Key_Right)
    assert field.value() == 5 and field.scale.word_label.text() == "at peace (5 of 5)"
    field.set_value(None)
    assert field.value() is None


def test_another_flows_scale_speaks_its_own_end_words(qtbot):
    from dataclasses import replace

    item = replace(settled_item(), label="How ready I feel", low="not yet", high="ready")
    field = field_widget(item)
    qtbot.addWidget(field)
    field.set_value(1)
    assert field.scale.word_label.text() == "not yet (1 of 5)"
    field.set_value(3)
    assert field.scale.word_label.text() == "3 of 5"
    field.set_value(5)
    assert field.scale.word_label.text() == "ready (5 of 5)"
