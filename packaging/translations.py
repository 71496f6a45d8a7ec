"""Keep the gettext catalogues in step with the source: extract, update, compile, check.

    python packaging/translations.py             # extract, merge into every .po, compile .mo
    python packaging/translations.py --check     # fail if any of that would change a file
    python packaging/translations.py --add de    # start a new language from the template

Strings are found in healdesk/ (generated forms included) by the calls that translate them:
_(), N_(), ngettext(), pgettext(), self.tr() and QCoreApplication.translate(). The compiled
.mo files are committed so the wheel and the bundle ship them without a build step.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from generated import outcome, update

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "healdesk"
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "healdesk.pot"
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "counted": (2, 3),
    "NN_": (1, 2),
    "NP_": ((1, "c"), 2),
    "format_local_pattern": (2,),
    "local_pattern": None,
    "pgettext": ((1, "c"), 2),
    "tr": None,
    "translate": (2,),
}


def extract() -> Catalog:
    """Every translatable string in the package, with where it was found."""
    catalog = Catalog(project="HealDesk", domain="healdesk", fuzzy=False)
    found = extract_from_dir(
        str(SOURCE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        path = (SOURCE / filename).relative_to(ROOT).as_posix()
        catalog.add(message, locations=[(path, lineno)], auto_comments=comments, context=context)
    _add_template_words(catalog)
    return catalog


def _add_template_words(catalog: Catalog) -> None:
    """The built-in repair flows' words (healdesk.core.repairs.template_words translates them)."""
    import tomllib

    sys.path.insert(0, str(ROOT))
    from healdesk.core.repairs.template_words import FIELD_TEXT, STEP_TEXT, TEMPLATE_TEXT

    def add(item: dict, keys: tuple[str, ...], where: str) -> None:
        for key in keys:
            value = item.get(key)
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and text:
                    catalog.add(text, locations=[(where, 0)])

    for path in sorted((ROOT / "resources" / "templates").glob("*.toml")):
        where = path.relative_to(ROOT).as_posix()
        data = tomllib.loads(path.read_text("utf-8"))
        add(data, TEMPLATE_TEXT, where)
        for step in data.get("steps", []):
            add(step, STEP_TEXT, where)
            for field in step.get("fields", []):
                add(field, FIELD_TEXT, where)


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # No dates and no locations: the files change only when the words do, not when code moves.
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, no_location=True)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _stable(catalog: Catalog) -> Catalog:
    fixed = datetime(2026, 1, 1, tzinfo=UTC)
    catalog.creation_date = catalog.revision_date = fixed
    return catalog


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/healdesk.po"))


def planned_files(add: str | None = None) -> dict[Path, bytes]:
    """Every catalogue file as it should be, keyed by path."""
    template = _stable(extract())
    files = {TEMPLATE: _po_bytes(template)}
    for language in sorted({*languages(), *([add] if add else [])}):
        po_path = LOCALE / language / "LC_MESSAGES" / "healdesk.po"
        if po_path.exists():
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=language)
        else:
            catalog = Catalog(locale=language, project="HealDesk", domain="healdesk")
        catalog.update(template, update_header_comment=False, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _stable(catalog)
        files[po_path] = _po_bytes(catalog)
        files[po_path.with_suffix(".mo")] = _mo_bytes(catalog)
    return files


def untranslated(language: str) -> list[str]:
    """Source strings the language's catalogue does not translate yet."""
    po_path = LOCALE / language / "LC_MESSAGES" / "healdesk.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return [m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id and not m.string]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a catalogue is stale")
    parser.add_argument("--add", metavar="LANG", help="start a catalogue for a new language")
    args = parser.parse_args()
    stale = update(planned_files(args.add), args.check)
    return outcome(stale, args.check, "translations.py")


if __name__ == "__main__":
    sys.exit(main())
