"""Repair templates: guided flows as data (TOML), validated before anyone fills them in.

A template that cannot be used is reported with its file, step and field, and never stops the
other templates (or the app) from loading. The schema is documented in docs/templates.md.
"""

from __future__ import annotations

import re
import stat
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from healdesk.core.repair import FieldSnapshot, StepSnapshot
from healdesk.core.vocabulary import EMOTIONS, MY_PART_BEHAVIOURS, SUGGESTED_THEMES, WISHES

#: A template is a page of prompts: anything bigger is a mistake (or not a template at all).
MAX_TEMPLATE_BYTES = 256 * 1024

#: Built-in flow ids (shared with the app and the exports).
BUILTIN_IDS: tuple[str, ...] = ("prepare-conversation", "repair-after-fight", "understand-together")

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

#: Label placeholders a template may use; the wizard fills them from the answers named here.
PLACEHOLDERS: dict[str, str] = {"first": "First of you", "second": "Second of you"}


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

#: The highest template version (what the vault and HealDesk JSON keep for a repair).
MAX_VERSION = 2**31 - 1
#: How far from zero a scale's ends may lie.
SCALE_LIMIT = 100

_TEXT_KINDS = (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT)
_OPTION_KINDS = (FieldKind.CHOICE, FieldKind.CHECKLIST)


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
    values = {k: ((names or {}).get(k) or "").strip() or v for k, v in PLACEHOLDERS.items()}
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
            where.append(f"step {self.step!r}")
        if self.field:
            where.append(f"field {self.field!r}")
        return f"{', '.join(where)}: {self.message}"


class TemplateError(Exception):
    """A template was refused; `problems` lists every reason found, not only the first."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


# --- loading ---------------------------------------------------------------------------------


def load_template_file(path: Path) -> tuple[Template, str]:
    """Read, size-check and validate one file; returns the template and its source text."""
    name = path.name
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            raise TemplateError([TemplateProblem(name, "is not a file (a folder, device or pipe)")])
        size = found.st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError([TemplateProblem(name, _too_big(size))])
        with path.open("rb") as handle:
            raw = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as error:
        raise TemplateError(
            [TemplateProblem(name, f"cannot be read ({error.strerror or error})")]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError([TemplateProblem(name, "is not UTF-8 text")]) from None
    return parse_template(text, name), text


def parse_template(text: str, source: str) -> Template:
    """Validate TOML text as a template; raises TemplateError naming every problem found."""
    size = len(text.encode("utf-8"))
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError([TemplateProblem(source, _too_big(size))])
    return _Checker(source).template(_toml(text, source))


def _toml(text: str, source: str) -> dict[str, Any]:
    """Parsed TOML, or a TemplateError with one sentence for each way tomllib can give up:
    a syntax error, a number past Python's 4,300 digits, nesting past its recursion limit."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = f"is not valid TOML ({error})"
    except ValueError:
        message = "holds a number with too many digits to read"
    except RecursionError:
        message = "is nested too deeply to read"
    raise TemplateError([TemplateProblem(source, message)])


@dataclass(slots=True)
class TemplateCatalog:
    """Every usable template by id, and the problems of those that could not be loaded."""

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)

    def ordered(self) -> list[Template]:
        """Built-in flows first, in their fixed order, then the writer's own by title."""
        builtin = [self.templates[i] for i in BUILTIN_IDS if i in self.templates]
        own = sorted(
            (t for i, t in self.templates.items() if i not in BUILTIN_IDS), key=lambda t: t.title
        )
        return builtin + own


def builtin_folder() -> Path:
    """The shipped flows, found alike from source, an installed wheel or a bundle."""
    from healdesk.locations import asset

    return asset("resources", "templates")


def load_catalog(
    folder: Path | None = None, user_sources: Mapping[str, str] = ()
) -> TemplateCatalog:
    """Built-in templates from `folder` (default: the shipped ones) and user templates from the
    vault. A broken one is skipped and reported; a user template never replaces a built-in."""
    catalog = TemplateCatalog()
    for path in sorted((folder or builtin_folder()).glob("*.toml")):
        try:
            template, _ = load_template_file(path)
        except TemplateError as error:
            catalog.problems.extend(error.problems)
            continue
        _add(catalog, template)
    for template_id, text in dict(user_sources).items():
        try:
            template = parse_template(text, f"imported template {template_id!r}")
        except TemplateError as error:
            catalog.problems.extend(error.problems)
            continue
        _add(catalog, template)
    return catalog


def _add(catalog: TemplateCatalog, template: Template) -> None:
    if template.id in catalog.templates:
        catalog.problems.append(
            TemplateProblem(
                template.source,
                f"uses the id {template.id!r}, already taken by "
                f"{catalog.templates[template.id].source}",
            )
        )
    else:
        catalog.templates[template.id] = template


def _whole(value: Any, low: int, high: int) -> bool:
    """Whether a TOML value is a whole number from `low` to `high` (true/false are not)."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _named(raw: dict[str, Any], fallback: str) -> str:
    """What a problem calls a step or field: its id when that is short text, else `fallback`."""
    value = raw.get("id")
    return value if isinstance(value, str) and 0 < len(value) <= 64 else fallback


def _stripped(value: Any) -> str:
    """Text as given, trimmed; any other value (already reported) as nothing."""
    return value.strip() if isinstance(value, str) else ""


def _too_big(size: int) -> str:
    return f"is {size:,} bytes; a template may be at most {MAX_TEMPLATE_BYTES:,} bytes"


# --- validation ------------------------------------------------------------------------------

_TEMPLATE_KEYS = {"id", "version", "title", "intro", "steps"}
_STEP_KEYS = {"id", "section", "prompt", "help", "starters", "examples", "optional", "fields"}
_FIELD_KEYS = {
    "id",
    "kind",
    "label",
    "help",
    "placeholder",
    "options",
    "suggest",
    "source",
    "low",
    "high",
    "min",
    "max",
    "required",
    "commitment",
    "due_field",
    "talked_option",
}


#: Keys that only mean something for some kinds: elsewhere they are a mistake worth naming.
_KIND_KEYS: dict[str, tuple[FieldKind, ...]] = {
    "options": (*_OPTION_KINDS, FieldKind.CHIPS, FieldKind.FROM_CONFLICT),
    "suggest": (FieldKind.CHIPS,),
    "source": (FieldKind.FROM_CONFLICT,),
    "placeholder": _TEXT_KINDS,
    "commitment": _TEXT_KINDS,
    "due_field": _TEXT_KINDS,
    "talked_option": (FieldKind.CHOICE,),
    **{key: (FieldKind.SCALE,) for key in ("min", "max", "low", "high")},
}


class _Checker:
    """Walks the parsed TOML once, collecting problems instead of stopping at the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[TemplateProblem] = []

    def fail(self, message: str, step: str = "", item: str = "") -> None:
        self.problems.append(TemplateProblem(self.source, message, step, item))

    def text(
        self, data: dict[str, Any], key: str, *, required: bool, step: str = "", item: str = ""
    ) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            self.fail(f"{key!r} must be text", step, item)
            return ""
        if required and not value.strip():
            self.fail(f"is missing its {key!r}", step, item)
        return value.strip()

    def words(
        self, data: dict[str, Any], key: str, step: str = "", item: str = ""
    ) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{key!r} must be a list of non-empty texts", step, item)
            return ()
        if len(set(value)) != len(value):
            self.fail(f"{key!r} lists the same text twice", step, item)
        return tuple(v.strip() for v in value)

    def flag(self, data: dict[str, Any], key: str, step: str = "", item: str = "") -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.fail(f"{key!r} must be true or false", step, item)
            return False
        return value

    def identifier(self, data: dict[str, Any], what: str, step: str = "", item: str = "") -> str:
        value = data.get("id")
        if not isinstance(value, str) or not _ID.match(value):
            self.fail(f"{what} needs an 'id' of lower-case letters, digits and dashes", step, item)
            return ""
        return value

    def unknown(
        self, data: dict[str, Any], allowed: set[str], step: str = "", item: str = ""
    ) -> None:
        for key in sorted(set(data) - allowed):
            self.fail(f"has an unknown key {key!r}", step, item)

    def template(self, data: dict[str, Any]) -> Template:
        self.unknown(data, _TEMPLATE_KEYS)
        template_id = self.identifier(data, "the template")
        version = data.get("version")
        if not _whole(version, 1, MAX_VERSION):
            self.fail(f"'version' must be a whole number from 1 to {MAX_VERSION}")
            version = 1
        title = self.text(data, "title", required=True)
        intro = self.text(data, "intro", required=True)
        raw_steps = data.get("steps")
        steps: list[TemplateStep] = []
        if not isinstance(raw_steps, list) or not raw_steps:
            self.fail("needs at least one [[steps]] table")
        else:
            seen: set[str] = set()
            for index, raw in enumerate(raw_steps, 1):
                step = self.step(raw, index)
                if step is None:
                    continue
                if step.id in seen:
                    self.fail("uses a step id that an earlier step already has", step.id)
                seen.add(step.id)
                steps.append(step)
        if self.problems:
            raise TemplateError(self.problems)
        return Template(template_id, version, title, intro, tuple(steps), self.source)

    def step(self, raw: Any, index: int) -> TemplateStep | None:
        if not isinstance(raw, dict):
            self.fail(f"step number {index} must be a table")
            return None
        name = _named(raw, f"number {index}")
        self.unknown(raw, _STEP_KEYS, name)
        step_id = self.identifier(raw, "the step", name)
        section = self.text(raw, "section", required=True, step=name)
        prompt = self.text(raw, "prompt", required=True, step=name)
        help_text = self.text(raw, "help", required=False, step=name)
        starters = self.words(raw, "starters", name)
        examples = self.words(raw, "examples", name)
        optional = self.flag(raw, "optional", name)
        raw_fields = raw.get("fields")
        fields: list[TemplateField] = []
        if not isinstance(raw_fields, list) or not raw_fields:
            self.fail("needs at least one [[steps.fields]] table", name)
        else:
            for number, item in enumerate(raw_fields, 1):
                parsed = self.field(item, name, number)
                if parsed is None:
                    continue
                if any(f.id == parsed.id for f in fields):
                    self.fail("uses a field id that this step already has", name, parsed.id)
                fields.append(parsed)
            self.due_fields(fields, name)
            if optional and any(f.required for f in fields):
                self.fail("an optional step cannot hold a required field", name)
        return TemplateStep(
            step_id, section, prompt, tuple(fields), help_text, starters, examples, optional
        )

    def field(self, raw: Any, step: str, number: int) -> TemplateField | None:
        if not isinstance(raw, dict):
            self.fail(f"field number {number} must be a table", step)
            return None
        name = _named(raw, f"number {number}")
        self.unknown(raw, _FIELD_KEYS, step, name)
        field_id = self.identifier(raw, "the field", step, name)
        label = self.text(raw, "label", required=True, step=step, item=name)
        self.placeholders(label, step, name)
        kind = self.kind(raw.get("kind"), step, name)
        if kind is None:
            return None
        for key, kinds in _KIND_KEYS.items():
            if key in raw and kind not in kinds:
                used_by = " or ".join(k.value for k in kinds)
                self.fail(f"{key!r} only applies to {used_by} fields", step, name)
        options = self.words(raw, "options", step, name)
        suggest = self.text(raw, "suggest", required=False, step=step, item=name)
        source = self.text(raw, "source", required=False, step=step, item=name)
        if kind in _OPTION_KINDS and len(options) < 2:
            self.fail(f"a {kind} field needs at least two 'options'", step, name)
        if suggest and suggest not in SUGGESTIONS:
            self.fail(f"'suggest' must be one of {', '.join(SUGGESTIONS)}", step, name)
        if kind is FieldKind.FROM_CONFLICT and source not in CONFLICT_SOURCES:
            self.fail(f"'source' must be one of {', '.join(CONFLICT_SOURCES)}", step, name)
        minimum, maximum = raw.get("min", 1), raw.get("max", 5)
        if kind is FieldKind.SCALE:
            if not (
                _whole(minimum, -SCALE_LIMIT, SCALE_LIMIT)
                and _whole(maximum, -SCALE_LIMIT, SCALE_LIMIT)
                and minimum < maximum
                and maximum - minimum <= 10
            ):
                self.fail(
                    f"'min' and 'max' must be whole numbers from -{SCALE_LIMIT} to "
                    f"{SCALE_LIMIT}, min below max, at most 10 apart",
                    step,
                    name,
                )
                minimum, maximum = 1, 5
            for end in ("low", "high"):
                self.text(raw, end, required=True, step=step, item=name)
        commitment = self.flag(raw, "commitment", step, name)
        if raw.get("due_field") and not commitment:
            self.fail("'due_field' needs commitment = true", step, name)
        talked = self.text(raw, "talked_option", required=False, step=step, item=name)
        if talked and kind is FieldKind.CHOICE and talked not in options:
            self.fail("'talked_option' must be one of this choice field's options", step, name)
        return TemplateField(
            field_id,
            kind,
            label,
            help=self.text(raw, "help", required=False, step=step, item=name),
            placeholder=self.text(raw, "placeholder", required=False, step=step, item=name),
            options=options,
            suggest=suggest,
            source=source,
            low=_stripped(raw.get("low")),
            high=_stripped(raw.get("high")),
            minimum=minimum,
            maximum=maximum,
            required=self.flag(raw, "required", step, name),
            commitment=commitment,
            due_field=self.text(raw, "due_field", required=False, step=step, item=name),
            talked_option=talked,
        )

    def kind(self, value: Any, step: str, item: str) -> FieldKind | None:
        """The field's kind; anything else is named briefly (it may be a huge or nested value)."""
        if isinstance(value, str) and value in set(FieldKind):
            return FieldKind(value)
        known = ", ".join(k.value for k in FieldKind)
        shown = f" {value!r}" if isinstance(value, str) and len(value) <= 40 else ""
        self.fail(f"has an unknown kind{shown} (known kinds: {known})", step, item)
        return None

    def due_fields(self, fields: list[TemplateField], step: str) -> None:
        kinds = {f.id: f.kind for f in fields}
        for item in fields:
            if item.due_field and kinds.get(item.due_field) is not FieldKind.DATE:
                self.fail("'due_field' must name a date field of the same step", step, item.id)

    def placeholders(self, label: str, step: str, item: str) -> None:
        try:
            label.format_map({k: "" for k in PLACEHOLDERS})
        except (KeyError, ValueError, IndexError):
            names = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
            self.fail(
                f"the label may only use the placeholders {names} (write {{{{ for a brace)",
                step,
                item,
            )


class TemplateStore(Protocol):
    """Where imported templates are kept (the Journal): core stays free of the vault."""

    def save_user_template(self, template_id: str, source: str) -> None: ...


def import_template_file(journal: TemplateStore, path: Path) -> Template:
    """Check a hand-written template and keep it in the vault; a built-in id is refused so an
    imported file can never silently change one of the app's own flows."""
    template, text = load_template_file(path)
    if template.id in BUILTIN_IDS:
        raise TemplateError(
            [
                TemplateProblem(
                    path.name,
                    f"uses the id {template.id!r} of a built-in flow; "
                    "please give it an id of its own",
                )
            ]
        )
    journal.save_user_template(template.id, text)
    return template


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
