"""One input widget per template field kind, all answering in the same small vocabulary.

Every field widget has `value()` / `set_value()` in the stored answer format (text, a whole
number, a list of words, an ISO date, or None), a `changed` signal, and accessible names on
every control it holds, so the wizard can be built from data and used with a keyboard alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.conflict import Conflict
from healdesk.core.language.vocabulary import key_of, scale_words, shown
from healdesk.core.repairs.repair import Answer
from healdesk.core.repairs.templates import FieldKind, TemplateField
from healdesk.gui.widgets.chip import Chip
from healdesk.gui.widgets.chip_picker import ChipPicker
from healdesk.gui.widgets.date_edit import CalendarDateEdit
from healdesk.gui.widgets.word_slider import WordSlider
from healdesk.i18n import N_, _, local_pattern


class FieldWidget(QWidget):
    """Base of every field input. `label` is the question's words, used for accessible names."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setAccessibleName(label)

    def value(self) -> Answer:
        raise NotImplementedError

    def set_value(self, value: Answer) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The control keyboard focus goes to when the field's page opens."""
        return self

    def focus_chain(self) -> list[QWidget]:
        """The field's controls in the order Tab passes them."""
        return [self.focus_target()]

    def relabel(self, label: str) -> None:
        """New words for the question (names filled in); accessible names follow."""
        self.label = label
        self.setAccessibleName(label)


class _TextField(FieldWidget):
    """A field that is one text box: the box takes the focus and the question's words."""

    def __init__(
        self, item: TemplateField, edit: QLineEdit | QPlainTextEdit, parent: QWidget | None
    ) -> None:
        super().__init__(item.label, parent)
        self.edit = edit
        edit.setParent(self)
        edit.setPlaceholderText(item.placeholder)
        edit.setAccessibleName(item.label)
        edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)

    def focus_target(self) -> QWidget:
        return self.edit

    def relabel(self, label: str) -> None:
        super().relabel(label)
        self.edit.setAccessibleName(label)


class ShortTextField(_TextField):
    edit: QLineEdit

    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(item, QLineEdit(), parent)

    def value(self) -> Answer:
        return self.edit.text().strip() or None

    def set_value(self, value: Answer) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class LongTextField(_TextField):
    edit: QPlainTextEdit

    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab leaves the box: keyboard-only use
        edit.setMinimumHeight(96)
        super().__init__(item, edit, parent)

    def value(self) -> Answer:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Answer) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")


class _OptionsField(FieldWidget):
    """Radio buttons or check boxes, one per option. An answer naming an option the template
    no longer has gets a button of its own, so editing an old repair loses nothing.

    Only radio buttons share a QButtonGroup (Tab reaches the group, arrows move within it);
    check boxes stay out of any group so that Tab reaches each one.
    """

    def __init__(self, item: TemplateField, exclusive: bool, parent: QWidget | None = None):
        super().__init__(item.label, parent)
        self._exclusive = exclusive
        self._buttons: list[QAbstractButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        for option in item.options:
            self._add(option)

    def _add(self, option: str) -> QAbstractButton:
        button: QAbstractButton = (
            QRadioButton(option, self) if self._exclusive else QCheckBox(option, self)
        )
        button.setAccessibleName(f"{self.label}: {option}")
        button.toggled.connect(lambda *_: self.changed.emit())
        if self._exclusive:
            self.group.addButton(button)
        self._buttons.append(button)
        self._layout.addWidget(button)
        return button

    def buttons(self) -> list[QAbstractButton]:
        return list(self._buttons)

    def _set_checked(self, words: Sequence[str]) -> None:
        known = {b.text(): b for b in self.buttons()}
        for word in words:
            if word not in known:
                known[word] = self._add(word)
        for text, button in known.items():
            button.setChecked(text in words)

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked or (self.buttons()[0] if self.buttons() else self)

    def focus_chain(self) -> list[QWidget]:
        return [*self.buttons()] or [self]

    def relabel(self, label: str) -> None:
        super().relabel(label)
        for button in self.buttons():
            button.setAccessibleName(f"{label}: {button.text()}")


class ChoiceField(_OptionsField):
    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(item, exclusive=True, parent=parent)

    def value(self) -> Answer:
        checked = self.group.checkedButton()
        return checked.text() if checked else None

    def set_value(self, value: Answer) -> None:
        if isinstance(value, str):
            self._set_checked([value])
        else:  # an exclusive group refuses to uncheck its last button directly
            self.group.setExclusive(False)
            for button in self.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)


class ChecklistField(_OptionsField):
    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(item, exclusive=False, parent=parent)

    def value(self) -> Answer:
        return [b.text() for b in self.buttons() if b.isChecked()] or None

    def set_value(self, value: Answer) -> None:
        self._set_checked(value if isinstance(value, list) else [])


#: Room for a short phrase in a repair flow's own-words field.
OWN_WORDS_WIDTH = 340


class ChipsField(FieldWidget):
    """The template's suggested words as chips, plus the writer's own words (a ChipPicker);
    the answer keeps the order in which the words were picked."""

    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(item.label, parent)
        self.picker = ChipPicker(self)
        self.picker.relabel(item.label)
        self.picker.set_vocabulary([shown(w) for w in item.suggestions()])
        self.picker.widen_own_words(OWN_WORDS_WIDTH)
        self.picker.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)

    def chips(self) -> list[Chip]:
        return self.picker.chips()

    def value(self) -> Answer:
        """Suggested words kept as their stable keys, the writer's own as typed."""
        return [key_of(w) for w in self.picker.selected()] or None

    def set_value(self, value: Answer) -> None:
        self.picker.set_selected([shown(w) for w in value] if isinstance(value, list) else [])

    def focus_target(self) -> QWidget:
        return self.picker

    def focus_chain(self) -> list[QWidget]:
        return self.picker.focus_chain()

    def relabel(self, label: str) -> None:
        super().relabel(label)
        self.picker.relabel(label)


class FromConflictField(ChipsField):
    """Chips already picked from the linked conflicts (e.g. my part), open to change."""

    def __init__(
        self, item: TemplateField, conflicts: Sequence[Conflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(item, parent)
        self.prefill = list(
            dict.fromkeys(w for c in conflicts for w in getattr(c, item.source, []))
        )
        self.set_value(self.prefill or None)


class ScaleField(FieldWidget):
    """The entry dialog's word slider (one control for a scale wherever it is asked), saying
    the flow's words for each point; unanswered until it is moved."""

    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(item.label, parent)
        self._item = item
        self.scale = WordSlider(self)
        words = scale_words(item.minimum, item.maximum, item.low, item.high)
        self.scale.configure(item.minimum, item.maximum, words, item.label)
        self.scale.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scale)

    def relabel(self, label: str) -> None:
        super().relabel(label)
        self.scale.rename(label)

    def focus_target(self) -> QWidget:
        return self.scale.focus_part()

    def focus_chain(self) -> list[QWidget]:
        return self.scale.focus_chain()

    def value(self) -> Answer:
        return self.scale.value()

    def set_value(self, value: Answer) -> None:
        self.scale.set_value(value if isinstance(value, int) else None)


class DateField(FieldWidget):
    """A date with a calendar; "no date yet" sits just before today, so arrow-up picks today."""

    NO_DATE = N_("No date yet")

    def __init__(self, item: TemplateField, parent: QWidget | None = None) -> None:
        super().__init__(item.label, parent)
        self.edit = CalendarDateEdit(self)
        # Translators: a Qt date format (d day, MMMM month, yyyy year); reorder it.
        self.edit.setDisplayFormat(local_pattern("d MMMM yyyy"))
        self.edit.setSpecialValueText(_(self.NO_DATE))
        self.edit.setAccessibleName(item.label)
        self.edit.setMinimumWidth(220)
        self.edit.setMinimumHeight(34)  # as tall as the padded text boxes beside it
        self._floor(QDate.currentDate())
        self.edit.setDate(self.edit.minimumDate())
        self.edit.dateChanged.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def _floor(self, earliest: QDate) -> None:
        self.edit.setMinimumDate(earliest.addDays(-1))

    def value(self) -> Answer:
        chosen = self.edit.date()
        return None if chosen == self.edit.minimumDate() else chosen.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: Answer) -> None:
        chosen = QDate.fromString(value, Qt.DateFormat.ISODate) if isinstance(value, str) else None
        if chosen is not None and chosen.isValid():
            if chosen <= self.edit.minimumDate():
                self._floor(chosen)
            self.edit.setDate(chosen)
        else:
            self.edit.setDate(self.edit.minimumDate())

    def focus_target(self) -> QWidget:
        return self.edit

    def relabel(self, label: str) -> None:
        super().relabel(label)
        self.edit.setAccessibleName(label)


def make_field_widget(
    item: TemplateField, conflicts: Sequence[Conflict] = (), parent: QWidget | None = None
) -> FieldWidget:
    """The input for one template field, by its kind."""
    kind = item.kind
    if kind is FieldKind.FROM_CONFLICT:
        return FromConflictField(item, conflicts, parent)
    widget_class: type[FieldWidget] = {
        FieldKind.SHORT_TEXT: ShortTextField,
        FieldKind.LONG_TEXT: LongTextField,
        FieldKind.CHOICE: ChoiceField,
        FieldKind.CHECKLIST: ChecklistField,
        FieldKind.CHIPS: ChipsField,
        FieldKind.SCALE: ScaleField,
        FieldKind.DATE: DateField,
    }[kind]
    return widget_class(item, parent)  # type: ignore[call-arg]
