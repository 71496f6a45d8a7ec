"""The entry form's fields: what its widgets hold, as plain JSON-able values (the shape drafts
are kept in), and back; and the form's tab order.

Kept apart from the dialog (`entry_dialog`), which decides when to read, save and keep drafts.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from healdesk.core.analysis import moves
from healdesk.core.language import vocabulary
from healdesk.gui.base.quiet import quietly
from healdesk.gui.forms.ui_conflict_entry import Ui_ConflictDialog

#: Picker widget name -> (Conflict field, suggested words as stored keys, how a key is shown).
PICKERS = {
    "myFeelingsPicker": ("my_feelings", vocabulary.EMOTIONS, vocabulary.shown),
    "myPartPicker": ("my_part", vocabulary.MY_PART_BEHAVIOURS, vocabulary.shown),
    "theirFeelingsPicker": ("their_feelings", vocabulary.EMOTIONS, vocabulary.shown),
    "theirMovesPicker": ("their_moves", tuple(m.key for m in moves.THEIR_MOVES), moves.their_word),
    "myWishPicker": ("my_wish", vocabulary.WISHES, vocabulary.shown),
    "theirWishPicker": ("their_wish", vocabulary.WISHES, vocabulary.shown),
}
#: Picked words stored as keys: the key a shown word stands for.
KEY_OF = {"their_moves": moves.their_key}
#: Free-text field -> its QPlainTextEdit in the form.
TEXT_EDITS = {
    "what_happened": "whatHappenedEdit",
    "my_feelings_note": "myFeelingsNoteEdit",
    "my_part_note": "myPartNoteEdit",
    "their_feelings_note": "theirFeelingsNoteEdit",
    "private_notes": "privateNotesEdit",
}


def read_fields(ui: Ui_ConflictDialog, happened: datetime) -> dict[str, Any]:
    """What the form holds, as JSON-able fields (`happened` is the moment the entry is about)."""
    fields: dict[str, Any] = {
        "happened_at": happened.isoformat(),
        "person": " ".join(ui.personCombo.currentText().split()),
        "role": vocabulary.key_of(" ".join(ui.roleCombo.currentText().split())),
        "intensity": ui.intensitySlider.value(),
        "settled": ui.settledSlider.value(),
        "themes": ui.themePicker.themes(),
    }
    for name, (field, _words, _shown) in PICKERS.items():  # keys kept, never shown words
        key_of = KEY_OF.get(field, vocabulary.key_of)
        fields[field] = [key_of(w) for w in getattr(ui, name).selected()]
    fields["move_order"] = ui.moveOrderPicker.steps()
    fields.update({f: getattr(ui, name).toPlainText() for f, name in TEXT_EDITS.items()})
    return fields


def write_fields(ui: Ui_ConflictDialog, fields: dict[str, Any]) -> datetime:
    """Fill the form from JSON-able fields; returns the moment the entry is about."""
    at = datetime.fromisoformat(fields["happened_at"])
    with quietly(ui.happenedEdit):
        ui.happenedEdit.setDateTime(
            QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second))
        )
    ui.personCombo.setEditText(fields["person"])
    ui.roleCombo.setEditText(vocabulary.shown(fields["role"]))
    ui.intensitySlider.set_value(fields["intensity"])
    ui.settledSlider.set_value(fields["settled"])
    ui.themePicker.set_themes(fields["themes"])
    for name, (field, _words, shown) in PICKERS.items():
        getattr(ui, name).set_selected([shown(w) for w in fields.get(field, [])])
    for field, name in TEXT_EDITS.items():
        edit: QPlainTextEdit = getattr(ui, name)
        edit.setPlainText(fields[field])
        edit.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it ended
    return at


def link_tab_order(ui: Ui_ConflictDialog) -> None:
    """Tab order in reading order. Set here, not in the .ui file: the pickers are compound
    widgets whose inner chips Designer's tab stops cannot name."""
    chain: list[QWidget] = [ui.happenedEdit, ui.personCombo, ui.roleCombo, ui.whatHappenedEdit]
    for compound in (
        ui.intensitySlider,
        ui.themePicker,
        ui.myFeelingsPicker,
        ui.myFeelingsNoteEdit,
        ui.myPartPicker,
        ui.myPartNoteEdit,
        ui.theirFeelingsPicker,
        ui.theirFeelingsNoteEdit,
        ui.theirMovesPicker,
        ui.moveOrderPicker,
        ui.myWishPicker,
        ui.theirWishPicker,
        ui.settledSlider,
        ui.privateNotesEdit,
    ):
        chain += getattr(compound, "focus_chain", lambda c=compound: [c])()
    chain += [ui.saveButton, ui.closeButton, ui.trashButton]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
