"""The built-in repair flows in the person's language.

A built-in template's words (title, prompts, labels, options ...) are in the gettext catalogue,
extracted from resources/templates by packaging/translations.py, and translated as the flow is
loaded. A repair keeps the label snapshot of what its writer saw, so a repair written in German
still reads as written after switching to English. Templates a person imported are their own
words and are shown as written.
"""

from __future__ import annotations

from dataclasses import replace

from healdesk.core.repairs.templates import Template
from healdesk.i18n import _

#: The text keys of a template file, by level: what extraction collects and loading translates.
TEMPLATE_TEXT = ("title", "intro")
STEP_TEXT = ("section", "prompt", "help", "starters", "examples")
FIELD_TEXT = ("label", "help", "placeholder", "options", "low", "high", "talked_option")


def _words(value):
    if isinstance(value, tuple):
        return tuple(_(item) if item else item for item in value)
    return _(value) if value else value


def _translated(item, keys: tuple[str, ...]):
    return replace(item, **{key: _words(getattr(item, key)) for key in keys})


def translated(template: Template) -> Template:
    """`template` with every text in the shown language (ids and settings unchanged)."""
    steps = tuple(
        replace(
            _translated(step, STEP_TEXT),
            fields=tuple(_translated(f, FIELD_TEXT) for f in step.fields),
        )
        for step in template.steps
    )
    return replace(_translated(template, TEMPLATE_TEXT), steps=steps)
