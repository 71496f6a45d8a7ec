"""ChipPicker, ThemePicker and WordSlider on their own, driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLayout, QPushButton, QVBoxLayout, QWidget

from healdesk.core.conflict import Theme
from healdesk.core.language.vocabulary import EMOTIONS, SUGGESTED_THEMES, settled_word
from healdesk.gui.base import appearance
from healdesk.gui.base.appearance import palette_for
from healdesk.gui.widgets.chip_picker import ChipPicker
from healdesk.gui.widgets.theme_picker import ThemePicker
from healdesk.gui.widgets.word_slider import WordSlider
from healdesk.vault.stores.labels import THEME_COLOURS
from tests.helpers.chips import painted_in
from tests.helpers.keyboard import offscreen_window_limits, show_active, type_text

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


def shown(qtbot, widget: QWidget, prepare=lambda w: None) -> QWidget:
    """Show `widget` inside a fixed-size window (so growing chips never resize a top level)."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(600, 300)
    widget.setParent(host)
    widget.setGeometry(0, 0, 600, 300)
    prepare(widget)
    show_active(qtbot, host)
    widget.host = host  # qtbot holds windows weakly: keep the host alive with the test's widget
    return widget


def test_chips_toggle_from_the_keyboard_and_keep_the_picking_order(qtbot):
    picker = shown(qtbot, ChipPicker(), lambda p: p.set_vocabulary(EMOTIONS))
    picker.setFocus()
    assert QApplication.focusWidget() is picker.chip("hurt")
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space):  # sad
        qtbot.keyClick(QApplication.focusWidget(), key)
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Space):  # hurt
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert picker.selected() == ["sad", "hurt"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert picker.selected() == ["sad"]
    # The last chip focused is the picker's one Tab stop; Tab moves on to the own-words field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is picker.own_words


def test_own_words_become_checked_chips_without_duplicates(qtbot):
    picker = shown(qtbot, ChipPicker())
    picker.set_vocabulary(EMOTIONS)
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClicks(picker.own_words, "  left   out , HURT,")
        qtbot.keyClick(picker.own_words, Qt.Key.Key_Return)
    assert picker.selected() == ["left out", "hurt"]  # "HURT" is the suggested chip
    assert picker.own_words.text() == ""
    assert picker.words().count("hurt") == 1 and "left out" in picker.words()
    type_text(picker.own_words, "غاضب 😤")
    qtbot.keyClick(picker.own_words, Qt.Key.Key_Return)
    assert picker.selected() == ["left out", "hurt", "غاضب 😤"]
    # A free chip is an ordinary chip: unchecking and re-picking work the same way.
    qtbot.mouseClick(picker.chip("left out"), Qt.MouseButton.LeftButton)
    assert picker.selected() == ["hurt", "غاضب 😤"]
    picker.set_selected(["never seen", "sad"])
    assert picker.selected() == ["never seen", "sad"]
    assert picker.chip("never seen").isChecked()


def test_clear_forgets_free_words_and_the_undo_history(qtbot):
    picker = shown(qtbot, ChipPicker())
    picker.set_vocabulary(EMOTIONS)
    picker.set_selected(["private word"])
    qtbot.keyClicks(picker.own_words, "half typed")
    picker.clear(EMOTIONS)
    assert picker.selected() == [] and picker.chip("private word") is None
    assert picker.own_words.text() == "" and not picker.own_words.isUndoAvailable()
    assert picker.words() == list(EMOTIONS)


def themes_picker(qtbot, known=("money", "chores")):
    picker = shown(qtbot, ThemePicker())
    themes = [Theme(n, THEME_COLOURS[i], i + 1) for i, n in enumerate(known)]
    picker.set_known(themes, THEME_COLOURS, SUGGESTED_THEMES)
    return picker


@offscreen_window_limits
def test_autocomplete_offers_matching_themes_and_enter_takes_the_highlighted_one(qtbot):
    picker = themes_picker(qtbot, known=("money", "chores", "in-laws visiting"))
    qtbot.keyClicks(picker.name_edit, "LAWS")
    completions = picker.completer.completionModel()
    found = [completions.index(r, 0).data() for r in range(completions.rowCount())]
    assert found == ["in-laws visiting", "family and in-laws"]  # journal's first, any part
    popup = picker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.themes() == ["in-laws visiting"]
    qtbot.waitUntil(lambda: picker.name_edit.text() == "")
    assert picker.new_themes() == []


@offscreen_window_limits
def test_a_new_theme_is_made_inline_with_the_next_palette_colours(qtbot):
    picker = themes_picker(qtbot)
    for name in ("bedtime", "money", "  Bedtime ", "school runs"):
        qtbot.keyClicks(picker.name_edit, name)
        qtbot.keyClick(picker.name_edit, Qt.Key.Key_Return)
    assert picker.themes() == ["bedtime", "money", "school runs"]
    assert picker.new_themes() == [("bedtime", THEME_COLOURS[2]), ("school runs", THEME_COLOURS[3])]
    # Backspace in the empty field takes back the last theme; a chip's click removes it.
    qtbot.keyClick(picker.name_edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(picker.chip("bedtime"), Qt.MouseButton.LeftButton)
    assert picker.themes() == ["money"]
    assert picker.chip("money").accessibleName() == "Remove theme money"


def test_word_slider_is_unanswered_until_moved_and_speaks_words(qtbot):
    slider = shown(qtbot, WordSlider())
    slider.configure(1, 5, settled_word, "How settled I feel now")
    assert slider.value() is None and slider.word_label.text() == "not noted"
    qtbot.keyClick(slider.slider, Qt.Key.Key_Home)
    assert slider.value() == 1 and slider.word_label.text().startswith("raw")
    assert "raw" in slider.slider.accessibleDescription()
    qtbot.keyClick(slider.slider, Qt.Key.Key_Home)  # already there: still answered
    assert slider.value() == 1
    qtbot.mouseClick(slider.reset_button, Qt.MouseButton.LeftButton)
    assert slider.value() is None


def test_chips_are_named_by_their_question_and_follow_a_relabel(qtbot):
    picker = shown(qtbot, ChipPicker(), lambda p: p.relabel("What Sam felt"))
    picker.set_vocabulary(["hurt"])
    picker.set_selected(["tired"])
    assert [c.accessibleName() for c in picker.chips()] == [
        "What Sam felt: hurt",
        "What Sam felt: tired",
    ]
    picker.relabel("What Alex felt")
    assert picker.chip("tired").accessibleName() == "What Alex felt: tired"
    assert picker.own_words.accessibleName() == "What Alex felt: your own words"


def test_return_adds_own_words_and_only_an_empty_field_presses_the_default_button(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = ChipPicker(dialog)
    default = QPushButton("Next", dialog)
    default.setDefault(True)
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # a new chip, no resize
    layout.addWidget(picker)
    layout.addWidget(default)
    show_active(qtbot, dialog)
    pressed = []
    default.clicked.connect(lambda: pressed.append(True))
    qtbot.keyClicks(picker.own_words, "mine")
    qtbot.keyClick(picker.own_words, Qt.Key.Key_Return)
    assert picker.selected() == ["mine"] and pressed == []
    qtbot.keyClick(picker.own_words, Qt.Key.Key_Return)
    assert pressed == [True]


def test_chips_repaint_in_the_palette_their_window_switches_to(qtbot, restored_look):
    words, themes = ChipPicker(), ThemePicker()
    for picker in (words, themes):
        shown(qtbot, picker)  # inside a window, where a palette switch reaches them
    words.set_vocabulary(["hurt"])
    themes.set_themes(["Chores"])
    chips = [words.chip("hurt"), themes.chip("Chores")]
    base = QPalette.ColorRole.Base
    for scheme in ("light", "dark", "light"):
        appearance.apply(restored_look, scheme)
        colour = palette_for(dark=scheme == "dark").color(base)
        for chip in chips:
            qtbot.waitUntil(lambda c=chip, colour=colour: painted_in(c, colour))
