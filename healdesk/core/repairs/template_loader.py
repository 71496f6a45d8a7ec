"""Finding and loading repair templates: the shipped flows, the writer's imported ones (kept in
the vault), and importing a hand-written file. A broken template is reported and skipped; it
never stops the others (or the app) from loading.
"""

from __future__ import annotations

import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from healdesk.core.repairs.template_check import MAX_TEMPLATE_BYTES, _too_big, parse_template
from healdesk.core.repairs.template_words import translated
from healdesk.core.repairs.templates import BUILTIN_IDS, Template, TemplateError, TemplateProblem
from healdesk.i18n import _, language


def load_template_file(path: Path) -> tuple[Template, str]:
    """Read, size-check and validate one file; returns the template and its source text."""
    name = path.name
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            raise TemplateError(
                [TemplateProblem(name, _("is not a file (a folder, device or pipe)"))]
            )
        size = found.st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError([TemplateProblem(name, _too_big(size))])
        with path.open("rb") as handle:
            raw = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as error:
        raise TemplateError(
            [
                TemplateProblem(
                    name, _("cannot be read ({value})").format(value=error.strerror or error)
                )
            ]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError([TemplateProblem(name, _("is not UTF-8 text"))]) from None
    return parse_template(text, name), text


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
    templates, problems = _shipped(folder or builtin_folder())
    catalog.problems.extend(problems)
    for template in templates:
        _add(catalog, template)
    for template_id, text in dict(user_sources).items():
        try:
            template = parse_template(text, f"imported template {template_id!r}")
        except TemplateError as error:
            catalog.problems.extend(error.problems)
            continue
        _add(catalog, template)
    return catalog


def _shipped(folder: Path) -> tuple[tuple[Template, ...], tuple[TemplateProblem, ...]]:
    """The flows of `folder`, parsed and translated once per language and version of its
    files: each journal window and the insights ask for them (parsing costs ~15 ms)."""
    paths = sorted(folder.glob("*.toml"))
    return _parsed(tuple(paths), tuple(map(_version, paths)), language())


def _version(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None  # loading it says why
    return found.st_mtime_ns, found.st_size


@lru_cache(maxsize=8)
def _parsed(
    paths: tuple[Path, ...], _versions: tuple[object, ...], _language: str
) -> tuple[tuple[Template, ...], tuple[TemplateProblem, ...]]:
    """Templates are frozen, so one parse serves every catalogue (the arguments after
    `paths` only key the cache)."""
    templates: list[Template] = []
    problems: list[TemplateProblem] = []
    for path in paths:
        try:
            template, _warnings = load_template_file(path)
        except TemplateError as error:
            problems.extend(error.problems)
            continue
        templates.append(translated(template))
    return tuple(templates), tuple(problems)


def _add(catalog: TemplateCatalog, template: Template) -> None:
    if template.id in catalog.templates:
        catalog.problems.append(
            TemplateProblem(
                template.source,
                _("uses the id {id!r}, already taken by {source}").format(
                    id=template.id, source=catalog.templates[template.id].source
                ),
            )
        )
    else:
        catalog.templates[template.id] = template


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
                    _(
                        "uses the id {id!r} of a built-in flow; please give it an id of its own"
                    ).format(id=template.id),
                )
            ]
        )
    journal.save_user_template(template.id, text)
    return template
