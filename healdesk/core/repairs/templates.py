"""Repair templates: guided flows as data. This module holds what a template is (steps,
fields, labels and their placeholders, the snapshot saved with a repair) and the problems that
refuse one; `template_check` validates TOML into a Template and `template_loader` finds, loads
and imports template files. The schema is documented in docs/templates.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from healdesk.core.language.vocabulary import EMOTIONS, MY_PART_BEHAVIOURS, SUGGESTED_THEMES, WISHES
from healdesk.core.repairs.repair import FieldSnapshot, StepSnapshot
from healdesk.i18n import N_, _

#: Built-in flow ids (shared with the app and the exports).
BUILTIN_IDS: tuple[str, ...] = (
    "prepare-conversation",
    "repair-after-fight",
    "understand-together",
    "how-we-fight",
)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

#: Label placeholders a template may use; the wizard fills them from the answers named here.
PLACEHOLDERS: dict[str, str] = {"first": N_("First of you"), "second": N_("Second of you")}


class FieldKind(StrEnum):
    """The kinds of input a template may ask for; each has one widget and one answer shape."""

    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"  # one of the options
    CHIPS = "chips"  # several of the options, plus the writer's own words
    SCALE = "scale"  # a whole number with words at both ends
    DATE = "date"
    CHECKLIST = "checklist"  # several of the options, nothing added
    FROM_CONFLICT = "from_conflict"  # chips pre-filled from the linked conflict


#: Word lists a chips or from_conflict field may offer by name (`suggest = "emotions"`).
SUGGESTIONS: dict[str, tuple[str, ...]] = {
    "emotions": EMOTIONS,
    "behaviours": MY_PART_BEHAVIOURS,
    "wishes": WISHES,
    "themes": SUGGESTED_THEMES,
}

#: Conflict fields a from_conflict field can be filled from, with the word list it offers.
CONFLICT_SOURCES: dict[str, str] = {
    "my_part": "behaviours",
    "my_feelings": "emotions",
    "their_feelings": "emotions",
    "my_wish": "wishes",
    "their_wish": "wishes",
    "themes": "themes",
}

TEXT_KINDS = (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT)
OPTION_KINDS = (FieldKind.CHOICE, FieldKind.CHECKLIST)


@dataclass(slots=True, frozen=True)
class TemplateField:
    """One question's input as the template file declares it (validated on load)."""

    id: str
    kind: FieldKind
    label: str
    help: str = ""
    placeholder: str = ""
    options: tuple[str, ...] = ()
    suggest: str = ""
    source: str = ""
    low: str = ""
    high: str = ""
    minimum: int = 1
    maximum: int = 5
    required: bool = False
    commitment: bool = False
    due_field: str = ""
    talked_option: str = ""

    def suggestions(self) -> tuple[str, ...]:
        """The words a chips-like field offers: its own options, then the named list."""
        named = self.suggest or CONFLICT_SOURCES.get(self.source, "")
        return tuple(dict.fromkeys(self.options + SUGGESTIONS.get(named, ())))


@dataclass(slots=True, frozen=True)
class TemplateStep:
    """One question of a flow: a prompt, a little help, and the fields that answer it."""

    id: str
    section: str
    prompt: str
    fields: tuple[TemplateField, ...]
    help: str = ""
    starters: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    optional: bool = False


@dataclass(slots=True, frozen=True)
class Template:
    """A repair flow: data, not code. `source` says where it came from (a file name), so a
    problem or a clash of ids can name it."""

    id: str
    version: int
    title: str
    intro: str
    steps: tuple[TemplateStep, ...]
    source: str = ""

    @staticmethod
    def key(step: TemplateStep, item: TemplateField) -> str:
        """The answer key of a field: "step.field"."""
        return f"{step.id}.{item.id}"

    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.section for s in self.steps))

    def fields(self) -> Iterable[tuple[TemplateStep, TemplateField]]:
        for step in self.steps:
            for item in step.fields:
                yield step, item

    def snapshot(self, names: Mapping[str, str] | None = None) -> tuple[StepSnapshot, ...]:
        """Steps and labels exactly as the writer saw them, for the saved repair."""
        return tuple(
            StepSnapshot(
                step.id,
                f"{step.section}: {step.prompt}",
                tuple(
                    FieldSnapshot(self.key(step, f), fill_label(f.label, names), str(f.kind))
                    for f in step.fields
                ),
            )
            for step in self.steps
        )


def names_from(template: Template, answers: Mapping[str, Any]) -> dict[str, str]:
    """Names for the label placeholders: the answers of fields whose id is "first"/"second"."""
    names = {}
    for step, item in template.fields():
        value = answers.get(template.key(step, item))
        if item.id in PLACEHOLDERS and isinstance(value, str) and value.strip():
            names[item.id] = value.strip()
    return names


def fill_label(label: str, names: Mapping[str, str] | None) -> str:
    """A label with {first}/{second} replaced by the names given, or gentle defaults."""
    values = {k: ((names or {}).get(k) or "").strip() or _(v) for k, v in PLACEHOLDERS.items()}
    return label.format_map(values)


@dataclass(slots=True, frozen=True)
class TemplateProblem:
    """Why a template cannot be used, and exactly where: file, step and field."""

    file: str
    message: str
    step: str = ""
    field: str = ""

    def __str__(self) -> str:
        where = [self.file]
        if self.step:
            where.append(_("step {step!r}").format(step=self.step))
        if self.field:
            where.append(_("field {field!r}").format(field=self.field))
        return f"{', '.join(where)}: {self.message}"


class TemplateError(Exception):
    """A template was refused; `problems` lists every reason found, not only the first."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def snapshot_for(
    template: Template,
    answers: Mapping[str, Any],
    previous: tuple[StepSnapshot, ...] = (),
) -> tuple[StepSnapshot, ...]:
    """The snapshot to save with a repair: the template's labels as shown now, plus the old
    labels of any answer the current template no longer asks for (an edited old repair)."""
    current = template.snapshot(names_from(template, answers))
    asked = {f.key for s in current for f in s.fields}
    carried = []
    for step in previous:
        kept = tuple(f for f in step.fields if f.key not in asked and f.key in answers)
        if kept:
            carried.append(StepSnapshot(step.key, step.title, kept))
    return current + tuple(carried)
