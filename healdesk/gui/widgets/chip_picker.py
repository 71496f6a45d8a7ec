"""ChipPicker: suggested words as checkable chips, plus the writer's own words.

The vocabulary is a suggestion, never a closed list (core/language/vocabulary.py, or a repair
template's suggestions): a word typed into the "own words" field becomes a checked chip of its
own. The order in which words were picked is kept, so an entry or a repair reads back exactly
as it was written. The one chip of HealDesk (gui/widgets/chip.py) serves the entry dialog, the
theme picker and the repair flows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from healdesk.gui.base.quiet import quietly
from healdesk.gui.widgets.chip import Chip
from healdesk.gui.widgets.flow_layout import FlowLayout
from healdesk.gui.widgets.keyboard import PassesFocusOn

_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class _OwnWordsEdit(QLineEdit):
    """Return with words typed adds them and is consumed, so it never presses the dialog's
    default button (Save, or Next in a repair flow); Return in the empty field still does."""

    words_entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.words_entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _PickerChip(Chip):
    """A chip of a ChipPicker: it tells the picker when it gets focus and when an arrow key
    asks for the next or previous chip. Overriding these two handlers runs Python for those
    events only; an event filter ran it for every event of every chip (a dialog's hiding
    alone sent a few hundred)."""

    def __init__(self, word: str, picker: ChipPicker) -> None:
        super().__init__(word, picker)
        self._picker = picker

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusInEvent(event)
        self._picker.make_current(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        step = 1 if event.key() in _NEXT_KEYS else -1 if event.key() in _PREVIOUS_KEYS else 0
        if step:
            self._picker.step_from(self, step)
        else:
            super().keyPressEvent(event)


class ChipPicker(PassesFocusOn):
    """Checkable chips for a word list, one Tab stop for all of them (arrow keys move between
    chips, Space toggles), then a field for free additions (Enter adds; commas separate
    several). Its accessible name is the question; each chip is named "<question>: <word>"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[str, Chip] = {}  # folded word -> chip
        self._picked: list[str] = []  # picked words, in the order they were picked
        self._current: Chip | None = None
        self._flow = FlowLayout(self)
        self.own_words = _OwnWordsEdit(self)
        self.own_words.setPlaceholderText(self.tr("Your own words…"))
        self.own_words.setClearButtonEnabled(True)
        self.own_words.setMinimumWidth(150)
        self.own_words.setMaximumWidth(220)
        self.own_words.words_entered.connect(self._add_own_words)
        self._flow.addWidget(self.own_words)

    # --- public -------------------------------------------------------------------------
    def widen_own_words(self, width: int) -> None:
        """Give the own-words field room for a phrase, not just a word (a repair flow's page
        is wide and asks for sentences); the entry form keeps the compact field."""
        self.own_words.setMinimumWidth(width)
        self.own_words.setMaximumWidth(width)

    def relabel(self, label: str) -> None:
        """New words for the question; the chips' and own-words field's names follow."""
        self.setAccessibleName(label)
        self._update_accessible_name()

    def set_vocabulary(self, words: Sequence[str]) -> None:
        """Offer `words` as chips (the picked words stay picked)."""
        for word in words:
            if word.strip():
                self._chip_for(word)
        self._update_accessible_name()

    def selected(self) -> list[str]:
        return list(self._picked)

    def set_selected(self, words: Sequence[str]) -> None:
        """Pick exactly `words`, in that order; words outside the vocabulary become chips."""
        self._picked = []
        with quietly(*self._chips.values()):
            for chip in self._chips.values():
                chip.setChecked(False)
        for word in filter(str.strip, words):
            chip = self._chip_for(word)
            if chip.text() not in self._picked:
                with quietly(chip):
                    chip.setChecked(True)
                self._picked.append(chip.text())
        self.changed.emit()

    def chip(self, word: str) -> Chip | None:
        """The chip showing `word` (any case), for keyboard tests and screen readers."""
        return self._chips.get(word.casefold())

    def chips(self) -> list[Chip]:
        """Every chip, in display order."""
        return list(self._chips.values())

    def words(self) -> list[str]:
        """Every chip's word, in display order."""
        return [chip.text() for chip in self._chips.values()]

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab passes through, in order (the parent dialog links them up)."""
        return [*self._chips.values(), self.own_words]

    def focus_part(self) -> QWidget:
        """The current chip (the one Tab reaches), else the own-words field."""
        return self._current or self.own_words

    def clear(self, vocabulary: Sequence[str] = ()) -> None:
        """Forget free words and picks, and the own-words field's text and undo history."""
        for chip in list(self._chips.values()):
            self._flow.removeWidget(chip)
            chip.discard()
        self._chips.clear()
        self._picked.clear()
        self._current = None
        self.own_words.setText("")  # setText also drops the undo/redo history
        self.set_vocabulary(vocabulary)

    # --- internals ----------------------------------------------------------------------
    def _chip_for(self, word: str) -> Chip:
        word = " ".join(word.split())
        found = self._chips.get(word.casefold())
        if found is not None:
            return found
        chip = _PickerChip(word, self)
        chip.setAccessibleName(self._chip_name(word))
        chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chip.toggled.connect(lambda on, c=chip: self._toggled(c, on))
        if self._chips:
            QWidget.setTabOrder(list(self._chips.values())[-1], chip)
        self._flow.insertWidget(self._flow.count() - 1, chip)  # before the own-words field
        self._chips[word.casefold()] = chip
        if self._current is None:
            self.make_current(chip)
        return chip

    def _toggled(self, chip: Chip, on: bool) -> None:
        if on and chip.text() not in self._picked:
            self._picked.append(chip.text())
        elif not on and chip.text() in self._picked:
            self._picked.remove(chip.text())
        self.changed.emit()

    def _add_own_words(self) -> None:
        for word in self.own_words.text().split(","):
            if word.strip():
                chip = self._chip_for(word)
                chip.setChecked(True)
        self.own_words.clear()
        self._update_accessible_name()

    def make_current(self, chip: Chip) -> None:
        """Roving Tab stop: only the current chip is reached by Tab."""
        if self._current is not None and self._current is not chip:
            self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._current = chip

    def step_from(self, chip: Chip, step: int) -> None:
        """Arrow keys: focus the next (+1) or previous (-1) chip, round the group."""
        chips = list(self._chips.values())
        chips[(chips.index(chip) + step) % len(chips)].setFocus(Qt.FocusReason.TabFocusReason)

    def _chip_name(self, word: str) -> str:
        group = self.accessibleName()
        return f"{group}: {word}" if group else word

    def _update_accessible_name(self) -> None:
        """Each chip says which question it answers; the own-words field says whose words."""
        group = self.accessibleName()
        if group:
            self.own_words.setAccessibleName(self.tr("%s: your own words") % group)
        for chip in self._chips.values():
            chip.setAccessibleName(self._chip_name(chip.text()))
