"""Validating a repair template: TOML text in, a Template out, or every problem found (file,
step and field), never only the first. No file access here (see template_loader).
"""

from __future__ import annotations

import tomllib
from typing import Any

from healdesk.core.repairs.templates import (
    CONFLICT_SOURCES,
    ID_PATTERN,
    OPTION_KINDS,
    PLACEHOLDERS,
    SUGGESTIONS,
    TEXT_KINDS,
    FieldKind,
    Template,
    TemplateError,
    TemplateField,
    TemplateProblem,
    TemplateStep,
)
from healdesk.i18n import _

#: A template is a page of prompts: anything bigger is a mistake (or not a template at all).
MAX_TEMPLATE_BYTES = 256 * 1024
#: The highest template version (what the vault and HealDesk JSON keep for a repair).
MAX_VERSION = 2**31 - 1
#: How far from zero a scale's ends may lie.
SCALE_LIMIT = 100


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
        message = _("is not valid TOML ({error})").format(error=error)
    except ValueError:
        message = _("holds a number with too many digits to read")
    except RecursionError:
        message = _("is nested too deeply to read")
    raise TemplateError([TemplateProblem(source, message)])


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
    return _("is {size:,} bytes; a template may be at most {MAX_TEMPLATE_BYTES:,} bytes").format(
        size=size, MAX_TEMPLATE_BYTES=MAX_TEMPLATE_BYTES
    )


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
    "options": (*OPTION_KINDS, FieldKind.CHIPS, FieldKind.FROM_CONFLICT),
    "suggest": (FieldKind.CHIPS,),
    "source": (FieldKind.FROM_CONFLICT,),
    "placeholder": TEXT_KINDS,
    "commitment": TEXT_KINDS,
    "due_field": TEXT_KINDS,
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
            self.fail(_("{key!r} must be text").format(key=key), step, item)
            return ""
        if required and not value.strip():
            self.fail(_("is missing its {key!r}").format(key=key), step, item)
        return value.strip()

    def words(
        self, data: dict[str, Any], key: str, step: str = "", item: str = ""
    ) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(_("{key!r} must be a list of non-empty texts").format(key=key), step, item)
            return ()
        if len(set(value)) != len(value):
            self.fail(_("{key!r} lists the same text twice").format(key=key), step, item)
        return tuple(v.strip() for v in value)

    def flag(self, data: dict[str, Any], key: str, step: str = "", item: str = "") -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.fail(_("{key!r} must be true or false").format(key=key), step, item)
            return False
        return value

    def identifier(self, data: dict[str, Any], what: str, step: str = "", item: str = "") -> str:
        value = data.get("id")
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.fail(
                _("{what} needs an 'id' of lower-case letters, digits and dashes").format(
                    what=what
                ),
                step,
                item,
            )
            return ""
        return value

    def unknown(
        self, data: dict[str, Any], allowed: set[str], step: str = "", item: str = ""
    ) -> None:
        for key in sorted(set(data) - allowed):
            self.fail(_("has an unknown key {key!r}").format(key=key), step, item)

    def template(self, data: dict[str, Any]) -> Template:
        self.unknown(data, _TEMPLATE_KEYS)
        template_id = self.identifier(data, _("the template"))
        version = data.get("version")
        if not _whole(version, 1, MAX_VERSION):
            self.fail(
                _("'version' must be a whole number from 1 to {MAX_VERSION}").format(
                    MAX_VERSION=MAX_VERSION
                )
            )
            version = 1
        title = self.text(data, "title", required=True)
        intro = self.text(data, "intro", required=True)
        raw_steps = data.get("steps")
        steps: list[TemplateStep] = []
        if not isinstance(raw_steps, list) or not raw_steps:
            self.fail(_("needs at least one [[steps]] table"))
        else:
            seen: set[str] = set()
            for index, raw in enumerate(raw_steps, 1):
                step = self.step(raw, index)
                if step is None:
                    continue
                if step.id in seen:
                    self.fail(_("uses a step id that an earlier step already has"), step.id)
                seen.add(step.id)
                steps.append(step)
        if self.problems:
            raise TemplateError(self.problems)
        return Template(template_id, version, title, intro, tuple(steps), self.source)

    def step(self, raw: Any, index: int) -> TemplateStep | None:
        if not isinstance(raw, dict):
            self.fail(_("step number {index} must be a table").format(index=index))
            return None
        name = _named(raw, _("number {index}").format(index=index))
        self.unknown(raw, _STEP_KEYS, name)
        step_id = self.identifier(raw, _("the step"), name)
        section = self.text(raw, "section", required=True, step=name)
        prompt = self.text(raw, "prompt", required=True, step=name)
        help_text = self.text(raw, "help", required=False, step=name)
        starters = self.words(raw, "starters", name)
        examples = self.words(raw, "examples", name)
        optional = self.flag(raw, "optional", name)
        raw_fields = raw.get("fields")
        fields: list[TemplateField] = []
        if not isinstance(raw_fields, list) or not raw_fields:
            self.fail(_("needs at least one [[steps.fields]] table"), name)
        else:
            for number, item in enumerate(raw_fields, 1):
                parsed = self.field(item, name, number)
                if parsed is None:
                    continue
                if any(f.id == parsed.id for f in fields):
                    self.fail(_("uses a field id that this step already has"), name, parsed.id)
                fields.append(parsed)
            self.due_fields(fields, name)
            if optional and any(f.required for f in fields):
                self.fail(_("an optional step cannot hold a required field"), name)
        return TemplateStep(
            step_id, section, prompt, tuple(fields), help_text, starters, examples, optional
        )

    def field(self, raw: Any, step: str, number: int) -> TemplateField | None:
        if not isinstance(raw, dict):
            self.fail(_("field number {number} must be a table").format(number=number), step)
            return None
        name = _named(raw, _("number {number}").format(number=number))
        self.unknown(raw, _FIELD_KEYS, step, name)
        field_id = self.identifier(raw, _("the field"), step, name)
        label = self.text(raw, "label", required=True, step=step, item=name)
        self.placeholders(label, step, name)
        kind = self.kind(raw.get("kind"), step, name)
        if kind is None:
            return None
        for key, kinds in _KIND_KEYS.items():
            if key in raw and kind not in kinds:
                used_by = " or ".join(k.value for k in kinds)
                self.fail(
                    _("{key!r} only applies to {used_by} fields").format(key=key, used_by=used_by),
                    step,
                    name,
                )
        options = self.words(raw, "options", step, name)
        suggest = self.text(raw, "suggest", required=False, step=step, item=name)
        source = self.text(raw, "source", required=False, step=step, item=name)
        if kind in OPTION_KINDS and len(options) < 2:
            self.fail(
                _("a {kind} field needs at least two 'options'").format(kind=kind), step, name
            )
        if suggest and suggest not in SUGGESTIONS:
            self.fail(
                _("'suggest' must be one of {join}").format(join=", ".join(SUGGESTIONS)), step, name
            )
        if kind is FieldKind.FROM_CONFLICT and source not in CONFLICT_SOURCES:
            self.fail(
                _("'source' must be one of {join}").format(join=", ".join(CONFLICT_SOURCES)),
                step,
                name,
            )
        minimum, maximum = raw.get("min", 1), raw.get("max", 5)
        if kind is FieldKind.SCALE:
            if not (
                _whole(minimum, -SCALE_LIMIT, SCALE_LIMIT)
                and _whole(maximum, -SCALE_LIMIT, SCALE_LIMIT)
                and minimum < maximum
                and maximum - minimum <= 10
            ):
                self.fail(
                    _(
                        "'min' and 'max' must be whole numbers from -{SCALE_LIMIT} to {SCALE_LIMIT}, min below max, at most 10 apart"
                    ).format(SCALE_LIMIT=SCALE_LIMIT),
                    step,
                    name,
                )
                minimum, maximum = 1, 5
            for end in ("low", "high"):
                self.text(raw, end, required=True, step=step, item=name)
        commitment = self.flag(raw, "commitment", step, name)
        if raw.get("due_field") and not commitment:
            self.fail(_("'due_field' needs commitment = true"), step, name)
        talked = self.text(raw, "talked_option", required=False, step=step, item=name)
        if talked and kind is FieldKind.CHOICE and talked not in options:
            self.fail(_("'talked_option' must be one of this choice field's options"), step, name)
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
        self.fail(
            _("has an unknown kind{shown} (known kinds: {known})").format(shown=shown, known=known),
            step,
            item,
        )
        return None

    def due_fields(self, fields: list[TemplateField], step: str) -> None:
        kinds = {f.id: f.kind for f in fields}
        for item in fields:
            if item.due_field and kinds.get(item.due_field) is not FieldKind.DATE:
                self.fail(_("'due_field' must name a date field of the same step"), step, item.id)

    def placeholders(self, label: str, step: str, item: str) -> None:
        try:
            label.format_map({k: "" for k in PLACEHOLDERS})
        except (KeyError, ValueError, IndexError):
            names = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
            self.fail(
                _(
                    "the label may only use the placeholders {names} (write {{{{ for a brace)"
                ).format(names=names),
                step,
                item,
            )
