"""The guided repair's pages: the introduction, and one page per template step (its fields,
sentence starters and names filled in). The wizard (`repair_wizard`) stacks them and moves
between them; pages know nothing of the vault.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.conflict import Conflict
from healdesk.core.language import words
from healdesk.core.repairs.templates import Template, TemplateField, TemplateStep, fill_label
from healdesk.gui.repair.repair_fields import FieldWidget, make_field_widget
from healdesk.gui.widgets.calm import (
    PAGE_MARGIN,
    PAGE_SPACING,
    scaled_font,
    wrapped_label,
)
from healdesk.gui.widgets.chip import Chip
from healdesk.gui.widgets.flow_layout import FlowLayout
from healdesk.i18n import _, format_local_pattern


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class IntroPage(QWidget):
    """What the flow is for, before the first question."""

    def __init__(
        self, template: Template, conflicts: Sequence[Conflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(PAGE_SPACING)
        title = wrapped_label(template.title, self)
        title.setFont(scaled_font(title, 1.7, bold=True))
        layout.addWidget(title)
        intro = wrapped_label(" ".join(template.intro.split()), self)
        intro.setFont(scaled_font(intro, 1.15))
        layout.addWidget(intro)
        if conflicts:
            days = ", ".join(format_local_pattern(c.happened_at, "d MMMM y") for c in conflicts)
            layout.addWidget(
                wrapped_label(
                    _("About your entry from {days}.").format(days=days), self, muted=True
                )
            )
        layout.addStretch(1)
        layout.addWidget(wrapped_label(_(words.SAFETY_NOTE), self, muted=True))


class StepPage(QWidget):
    """One question: its section, the prompt, quiet help, sentence starters and the fields."""

    def __init__(
        self, step: TemplateStep, conflicts: Sequence[Conflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.fields: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._items: dict[str, TemplateField] = {f.id: f for f in step.fields}
        self.starter_buttons: list[Chip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(PAGE_SPACING)
        self.prompt = wrapped_label(step.prompt, self)
        self.prompt.setFont(scaled_font(self.prompt, 1.75))
        layout.addWidget(self.prompt)
        if step.help:
            layout.addWidget(wrapped_label(step.help, self, muted=True))
        if step.examples:
            examples = _("For example: ") + "; ".join(f"“{e}”" for e in step.examples)
            layout.addWidget(wrapped_label(examples, self, muted=True))
        if step.starters:
            layout.addLayout(self._starters(step.starters))
        for item in step.fields:
            label = wrapped_label(item.label, self)
            label.setFont(scaled_font(label, 1.0, bold=True))
            widget = make_field_widget(item, conflicts, self)
            label.setBuddy(widget.focus_target())
            box = QVBoxLayout()
            box.setSpacing(8)
            box.addWidget(label)
            if item.help:
                box.addWidget(wrapped_label(item.help, self, muted=True))
            box.addWidget(widget)
            layout.addLayout(box)
            self.fields[item.id] = widget
            self.labels[item.id] = label
        layout.addStretch(1)

    def _starters(self, starters: Sequence[str]) -> QHBoxLayout:
        row = QHBoxLayout()
        caption = wrapped_label(_("Start with:"), self, muted=True)
        caption.setAlignment(Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 6, 0, 0)
        row.addWidget(caption)
        flow = FlowLayout(spacing=8)
        for text in starters:
            chip = Chip(text, self, checkable=False)
            chip.setAccessibleName(_("Start with: {text}").format(text=text))
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves focus in the text
            chip.clicked.connect(lambda _=False, t=text: self.insert_starter(t))
            flow.addWidget(chip)
            self.starter_buttons.append(chip)
        row.addLayout(flow, 1)
        return row

    def text_edits(self) -> list[QLineEdit | QPlainTextEdit]:
        return [
            w.edit
            for w in self.fields.values()
            if isinstance(getattr(w, "edit", None), (QLineEdit, QPlainTextEdit))
        ]

    def insert_starter(self, text: str) -> None:
        """Put a sentence starter into the text box being written in (else the first one)."""
        edits = self.text_edits()
        if not edits:
            return
        focused = QApplication.focusWidget()
        target = focused if focused in edits else edits[0]
        if isinstance(target, QPlainTextEdit):
            before, insert = target.textCursor().block().text(), target.insertPlainText
            before = before[: target.textCursor().positionInBlock()]
        else:
            before, insert = target.text()[: target.cursorPosition()], target.insert
        insert(("" if not before or before.endswith(" ") else " ") + text + " ")
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def relabel(self, names: dict[str, str]) -> None:
        for field_id, item in self._items.items():
            words = fill_label(item.label, names)
            self.labels[field_id].setText(words)
            self.fields[field_id].relabel(words)

    def missing(self) -> list[FieldWidget]:
        return [
            self.fields[i]
            for i, item in self._items.items()
            if item.required and self.fields[i].value() in (None, "", [])
        ]

    def focus_chain(self) -> list[QWidget]:
        """Sentence starters, then each field's controls: the order they are read in."""
        chain: list[QWidget] = [*self.starter_buttons]
        for widget in self.fields.values():
            chain += widget.focus_chain()
        return chain

    def first_focus(self) -> QWidget:
        return next(iter(self.fields.values())).focus_target()
