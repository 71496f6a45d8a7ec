"""An entry written in German keeps the same stored keys as one written in English: picked
words and the moves of "What happened next" are saved as keys and shown in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers.language import speaking


@pytest.fixture
def german(qapp):
    with speaking(qapp, "de"):
        yield


def test_my_moves_in_the_order_are_stored_as_keys_and_shown_in_german(
    german, qtbot, journal, open_entry
):
    dialog = open_entry()
    ui = dialog.ui
    qtbot.keyClicks(ui.whatHappenedEdit, "Wieder der Abwasch.")
    qtbot.mouseClick(ui.myPartPicker.chip("auf ein Gespräch drängen"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.theirMovesPicker.chip("wurde still"), Qt.MouseButton.LeftButton)
    order = ui.moveOrderPicker
    for wanted in ("Ich: auf ein Gespräch drängen", "Sie: wurde still"):
        index = order.move_box.findText(wanted)
        assert index >= 0, wanted
        order.move_box.setCurrentIndex(index)
        qtbot.mouseClick(order.add_button, Qt.MouseButton.LeftButton)
    saved = journal.get_conflict(dialog.save())
    assert saved.my_part == ["pushing to talk"]
    assert saved.move_order == ["me:pushing to talk", "them:went_quiet"]

    again = open_entry(saved.id)
    assert again.ui.moveOrderPicker.steps_label.text() == (
        "Ich: auf ein Gespräch drängen → Sie: wurde still"
    )
    assert not again.has_changes()


def test_the_entry_view_shows_picked_words_in_german(german):
    from datetime import UTC, datetime

    from healdesk.core.conflict import Conflict
    from healdesk.gui.journal.entry_detail import conflict_html

    html = conflict_html(
        Conflict(
            datetime(2026, 11, 15, 18, 36, tzinfo=UTC),
            "Die Einkäufe standen noch da.",
            my_feelings=["anxious", "wie bestellt und nicht abgeholt"],
            my_part=["pushing to talk"],
            my_wish=["appreciation"],
            their_wish=["closeness"],
        )
    )
    for german_word in ("ängstlich", "auf ein Gespräch drängen", "Wertschätzung", "Nähe"):
        assert german_word in html
    assert "wie bestellt und nicht abgeholt" in html  # the writer's own words, as written
    for english in ("anxious", "pushing to talk", "appreciation", "closeness"):
        assert english not in html
