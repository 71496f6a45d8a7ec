"""One translation system for every layer: gettext catalogues, usable without Qt.

The CLI, the PDF and the Qt-free core translate through `_` and `ngettext` here; the app
installs a QTranslator (healdesk.gui.base.translator) that answers from the same catalogue, so
Designer forms and self.tr() read the same words. Catalogues are standard gettext files
(resources/locale/<language>/LC_MESSAGES/healdesk.po, compiled to .mo) that Poedit, Weblate
or Qt-free tools edit; docs/translating.md says how to add a language.

Two pseudo-languages exist for tests: `x-pseudo` (accented, about 40% longer) and
`x-pseudo-rtl` (the same, written right to left). Text that went through translation carries
their brackets, so a test can find every string that did not.
"""

from __future__ import annotations

import gettext
import os
import re
from functools import cache

DOMAIN = "healdesk"
SOURCE_LANGUAGE = "en"
PSEUDO = "x-pseudo"
PSEUDO_RTL = "x-pseudo-rtl"
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "yi", PSEUDO_RTL})

#: In the config folder, beside journal-location.json: the language chosen in Preferences,
#: read by the app and every command alike (the PDF follows the app's language).
LANGUAGE_FILE = "language.json"

#: Opening and closing marks of pseudo-translated text (tests look for them).
PSEUDO_OPEN = "⟦"
PSEUDO_CLOSE = "⟧"


def N_(message: str) -> str:
    """Mark a constant for extraction; it is translated where it is shown, with `_`."""
    return message


def NP_(context: str, message: str) -> str:
    """Mark a constant whose words depend on where it is shown; shown with pgettext."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural pair kept in a table; shown with `ngettext(*pair, n)` (or counted)."""
    return singular, plural


class _PseudoTranslations(gettext.NullTranslations):
    """Accented and lengthened text that keeps placeholders, markup and accelerators."""

    _ACCENTS = str.maketrans("aceinosuyACEINOSUYz", "áçéîñöšüýÁÇÉÎÑÖŠÜÝž")
    # {name}, {0:>3}, %s, %(name)d, %n, <b>, </b>, &amp; and a & before an accelerator letter.
    _KEEP = re.compile(r"(\{[^{}]*\}|%\([^)]*\)[a-z]|%[a-zn%]|<[^<>]*>|&[a-z]+;|&(?=\w))")

    def __init__(self, right_to_left: bool) -> None:
        super().__init__()
        self._right_to_left = right_to_left

    def _pseudo(self, message: str) -> str:
        if not message:
            return message
        parts = self._KEEP.split(message)
        text = "".join(
            part if index % 2 else part.translate(self._ACCENTS) for index, part in enumerate(parts)
        )
        padding = "·" * max(1, (len(message) * 2) // 5)
        if self._right_to_left:
            # An explicit right-to-left embedding, so the text itself reads RTL everywhere.
            text = f"\u202b{text}\u202c"
        return f"{PSEUDO_OPEN}{text}{padding}{PSEUDO_CLOSE}"

    def gettext(self, message: str) -> str:
        return self._pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return self._pseudo(message)


_translations: gettext.NullTranslations = gettext.NullTranslations()
_language: str = SOURCE_LANGUAGE


def locale_dir() -> str:
    """Folder of the compiled catalogues, wherever the app runs from (a str, as gettext takes
    it: `healdesk --help` needs no pathlib)."""
    from healdesk.locations import find_asset

    return find_asset("resources", "locale")


def available_languages() -> list[str]:
    """Languages with a compiled catalogue, plus the source language, sorted."""
    try:
        folder = locale_dir()
        names = os.listdir(folder)
    except OSError:  # FileNotFoundError too: no catalogue shipped
        return [SOURCE_LANGUAGE]
    found = {
        name
        for name in names
        if not name.startswith(".")
        and os.path.isfile(os.path.join(folder, name, "LC_MESSAGES", f"{DOMAIN}.mo"))
    }
    return sorted(found | {SOURCE_LANGUAGE})


def system_languages() -> list[str]:
    """The person's languages in order of preference, as POSIX environments name them.

    LANGUAGE (a colon list) comes first, then LC_ALL, LC_MESSAGES, LANG, as gettext reads
    them; "C" and "POSIX" mean the source language. On systems without these variables
    (Windows, macOS app bundles) the OS user-interface language is asked for.
    """
    found: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for item in value.split(":") if variable == "LANGUAGE" else [value]:
            tag = _normalise(item)
            if tag and tag not in found:
                found.append(tag)
        if found and variable != "LANGUAGE":
            break
    if not found:
        found = _os_ui_languages()
    return found or [SOURCE_LANGUAGE]


def _os_ui_languages() -> list[str]:
    import locale

    try:
        tag = _normalise(locale.getlocale()[0] or "")
    except ValueError:
        return []
    return [tag] if tag else []


def _normalise(item: str) -> str:
    """'de_DE.UTF-8@euro' -> 'de_DE'; 'C'/'POSIX'/'' -> ''."""
    tag = item.split(".")[0].split("@")[0].strip().replace("-", "_")
    if tag in ("", "C", "POSIX"):
        return ""
    return tag


def _candidates(tag: str) -> list[str]:
    """'de_AT' -> ['de_AT', 'de']: a regional catalogue, else the language's own."""
    return [tag, tag.split("_")[0]] if "_" in tag else [tag]


def saved_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system (an unreadable file
    counts as no choice)."""
    from healdesk.locations import read_choice

    return read_choice(LANGUAGE_FILE, "language")


def save_language(tag: str | None) -> None:
    """Remember `tag` for the app and the commands (None: follow the system again)."""
    from healdesk.locations import write_choice

    write_choice(LANGUAGE_FILE, "language", tag)


def language_name(tag: str) -> str:
    """A language in its own words ("Deutsch", "English"), for the Preferences list."""
    from babel import Locale

    try:
        return Locale.parse(tag).get_display_name(tag).capitalize()
    except (ValueError, LookupError):
        return tag


def choose_language(override: str | None = None) -> str:
    """The language to show: an explicit choice (the caller's, HEALDESK_LANGUAGE, then
    Preferences) if it has a catalogue, else the first system language that has one, else
    English."""
    wanted: list[str] = []
    for explicit in (override, os.environ.get("HEALDESK_LANGUAGE"), saved_language()):
        if explicit:
            wanted.append(explicit)
    wanted += system_languages()
    available = set(available_languages()) | {PSEUDO, PSEUDO_RTL}
    for tag in wanted:
        for candidate in _candidates(tag):
            if candidate in available:
                return candidate
            if candidate.split("_")[0] == SOURCE_LANGUAGE:
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_language(override: str | None = None) -> str:
    """Install the catalogue for `choose_language(override)` and return that language."""
    global _translations, _language
    language = choose_language(override)
    if language in (PSEUDO, PSEUDO_RTL):
        translations: gettext.NullTranslations = _PseudoTranslations(language == PSEUDO_RTL)
    elif language == SOURCE_LANGUAGE:
        translations = gettext.NullTranslations()
    else:
        translations = gettext.translation(DOMAIN, locale_dir(), [language], fallback=True)
    _translations, _language = translations, language
    _babel_locale.cache_clear()
    return language


def language() -> str:
    """The language now shown, e.g. 'de' or 'en'."""
    return _language


def is_right_to_left() -> bool:
    return _language.split("_")[0] in RIGHT_TO_LEFT or _language in RIGHT_TO_LEFT


def _(message: str) -> str:
    """Translate one user-visible sentence."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a sentence that depends on a count, by the language's own plural rules."""
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate a short word whose meaning depends on where it is shown."""
    return _translations.pgettext(context, message)


def translate(context: str, message: str) -> str | None:
    """Qt's lookup (context, source text), None when the catalogue has no translation.
    gettext uses the source text alone, so the same words read the same in a Designer form
    and in Python code."""
    translated = _translations.gettext(message)
    return translated if translated != message else None


@cache
def _babel_locale():
    from babel import Locale

    tag = _language if _language not in (PSEUDO, PSEUDO_RTL) else SOURCE_LANGUAGE
    try:
        return Locale.parse(tag)
    except (ValueError, LookupError):
        return Locale.parse(SOURCE_LANGUAGE)


def format_date(value, form: str = "medium") -> str:
    """A date in the shown language, e.g. '2. Dez. 2026' (CLDR data via babel)."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=form, locale=_babel_locale())


def format_datetime(value, form: str = "medium") -> str:
    """A date and time in the shown language."""
    from babel.dates import format_datetime as babel_format_datetime

    return babel_format_datetime(value, format=form, locale=_babel_locale())


def format_pattern(value, pattern: str) -> str:
    """A date (or a moment, times included) by a CLDR pattern such as 'EEEE' (the weekday's
    full name) or 'd MMM y, HH:mm'. A moment is shown in its own time zone."""
    from datetime import datetime

    from babel.dates import format_date as babel_format_date
    from babel.dates import format_datetime as babel_format_datetime

    if isinstance(value, datetime):
        return babel_format_datetime(value, format=pattern, locale=_babel_locale())
    return babel_format_date(value, format=pattern, locale=_babel_locale())


def local_pattern(pattern: str) -> str:
    """A date pattern (CLDR's, or Qt's for a date editor) as the catalogue reorders it for its
    language, e.g. "d MMM yyyy" becomes "d. MMM yyyy" in German (the pseudo-locales keep the
    source pattern: a bracketed pattern would print its brackets)."""
    if _language in (PSEUDO, PSEUDO_RTL):
        return pattern
    return _translations.gettext(pattern)


def format_local_pattern(value, pattern: str) -> str:
    """A date by a CLDR pattern the catalogue may reorder for its language, e.g. "d MMMM y"
    becomes "d. MMMM y" in German."""
    return format_pattern(value, local_pattern(pattern))


def format_skeleton(value, skeleton: str) -> str:
    """A date by a CLDR skeleton such as 'yMMMM' (month and year, in the language's order)."""
    from babel.dates import format_skeleton as babel_format_skeleton

    return babel_format_skeleton(skeleton, value, locale=_babel_locale())


def weekday_name(index: int, width: str = "wide") -> str:
    """Monday is 0: "Monday"/"Montag" ("abbreviated": "Mon"/"Mo.")."""
    return _babel_locale().days["format"][width][index]


def month_name(number: int, width: str = "abbreviated") -> str:
    """January is 1: "Jan"/"Jan." ("wide": "January"/"Januar")."""
    return _babel_locale().months["format"][width][number]


def format_number(value: float | int, pattern: str | None = None) -> str:
    """A number with the shown language's separators ("0.0": always one decimal)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=_babel_locale())


def format_list(items: list[str]) -> str:
    """Words joined the shown language's way: "a, b and c", "a, b und c"."""
    from babel.lists import format_list as babel_format_list

    return babel_format_list(items, locale=_babel_locale())
