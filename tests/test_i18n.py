"""One translation system: language choice, plural rules, locale dates, the pseudo-locales and
Qt's lookups answered from the same catalogue."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from healdesk import i18n


@pytest.fixture(autouse=True)
def source_language_after(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "HEALDESK_LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    yield
    i18n.set_language("en")


def test_the_system_language_is_followed_when_a_catalogue_exists(monkeypatch):
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert i18n.set_language() == "de"
    monkeypatch.setenv("LANG", "xx_YY.UTF-8")
    assert i18n.set_language() == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.set_language() == "en"


def test_language_list_order_and_an_explicit_choice_win(monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "fr:en_GB:de")
    assert i18n.set_language() == "en"  # English comes before German in LANGUAGE
    assert i18n.set_language("de") == "de"
    monkeypatch.setenv("HEALDESK_LANGUAGE", "x-pseudo")
    assert i18n.set_language() == "x-pseudo"


def test_plurals_follow_the_languages_rules_not_a_count_of_one():
    i18n.set_language("en")
    assert i18n.ngettext("{n} entry", "{n} entries", 1) == "{n} entry"
    assert i18n.ngettext("{n} entry", "{n} entries", 0) == "{n} entries"


def test_dates_and_numbers_come_from_the_locale():
    day = datetime.date(2026, 12, 2)
    i18n.set_language("de")
    assert i18n.format_pattern(day, "EEEE") == "Mittwoch"
    assert i18n.format_skeleton(day, "yMMMM") == "Dezember 2026"
    assert i18n.format_number(1234.5) == "1.234,5"
    i18n.set_language("en")
    assert i18n.format_pattern(day, "EEEE") == "Wednesday"
    assert i18n.format_number(1234.5) == "1,234.5"


def test_pseudo_text_is_marked_longer_and_keeps_what_code_fills_in():
    i18n.set_language(i18n.PSEUDO)
    shown = i18n._("Save {name} with %(count)d <b>themes</b> &now")
    assert shown.startswith(i18n.PSEUDO_OPEN) and shown.endswith(i18n.PSEUDO_CLOSE)
    assert len(shown) >= 1.4 * len("Save {name} with %(count)d <b>themes</b> &now")
    for kept in ("{name}", "%(count)d", "<b>", "</b>", "&"):
        assert kept in shown
    assert shown.format(name="Sam") != shown
    assert "Šávé" in shown


def test_pseudo_right_to_left_reads_right_to_left():
    i18n.set_language(i18n.PSEUDO_RTL)
    assert i18n.is_right_to_left()
    assert "\u202b" in i18n._("Journal")


def test_qt_asks_the_same_catalogue_and_mirrors_for_right_to_left(qapp):
    from PySide6.QtCore import QCoreApplication, Qt

    from healdesk.gui.base import translator

    installed = []
    try:
        assert translator.install(qapp, i18n.PSEUDO_RTL) == i18n.PSEUDO_RTL
        installed = qapp.findChildren(translator.CatalogueTranslator)
        shown = QCoreApplication.translate("Preferences", "&Appearance")
        assert shown.startswith(i18n.PSEUDO_OPEN)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        for item in installed:
            qapp.removeTranslator(item)
            item.deleteLater()
        i18n.set_language("en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert QCoreApplication.translate("Preferences", "&Appearance") == "&Appearance"


def test_with_the_translator_installed_untranslated_words_stay_the_source_text(qapp):
    from PySide6.QtCore import QCoreApplication

    from healdesk.gui.base import translator

    try:
        translator.install(qapp, "en")
        assert QCoreApplication.translate("WordSlider", "Leave %s unanswered") == (
            "Leave %s unanswered"
        )
        i18n.set_language("de")
        assert QCoreApplication.translate("WordSlider", "Leave %s unanswered") == (
            "%s unbeantwortet lassen"
        )
    finally:
        for item in qapp.findChildren(translator.CatalogueTranslator):
            qapp.removeTranslator(item)
            item.deleteLater()


# --- German: complete, and every placeholder kept ------------------------------------------

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([^)]*\)[a-z]|%[a-z%]|%\d|<[^<>]+>")
_ACCELERATOR = re.compile(r"&(?=\w)")


def _german():
    from babel.messages.pofile import read_po

    path = Path(i18n.locale_dir()) / "de" / "LC_MESSAGES" / "healdesk.po"
    with path.open("rb") as handle:
        return [m for m in read_po(handle, locale="de") if m.id]


def _pairs(message):
    if isinstance(message.id, str):
        return [(message.id, message.string)]
    return [(message.id[1], form) for form in message.string]  # each form against the plural


def test_the_german_catalogue_translates_every_string():
    empty = [
        m.id for m in _german() if not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    assert empty == []


def test_german_keeps_every_placeholder_markup_and_one_accelerator():
    wrong = []
    for message in _german():
        for source, translated in _pairs(message):
            if sorted(set(_PLACEHOLDER.findall(source)) - {"{n}"}) != sorted(
                set(_PLACEHOLDER.findall(translated)) - {"{n}"}
            ):
                wrong.append((source, translated))
            if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(translated)):
                wrong.append((source, translated))
    assert wrong == []


def test_the_checks_catch_a_lost_placeholder_and_a_missing_accelerator():
    assert _PLACEHOLDER.findall("Saved {entries} on %(n)d <b>pages</b>") == [
        "{entries}",
        "%(n)d",
        "<b>",
        "</b>",
    ]
    assert len(_ACCELERATOR.findall("&Open")) == 1 and not _ACCELERATOR.findall("Öffnen")


# --- the language chosen in Preferences --------------------------------------------------


def test_the_preferences_language_is_followed_by_app_and_commands(monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.saved_language() is None
    i18n.save_language("de")
    assert i18n.set_language() == "de"
    assert i18n._("Export") == "Exportieren"
    monkeypatch.setenv("HEALDESK_LANGUAGE", "en")  # an explicit choice for one run still wins
    assert i18n.set_language() == "en"
    monkeypatch.delenv("HEALDESK_LANGUAGE")
    i18n.save_language(None)
    assert i18n.set_language() == "en"


def test_a_damaged_language_file_means_follow_the_system(monkeypatch):
    from healdesk.locations import config_dir

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / i18n.LANGUAGE_FILE).write_text("{not json", "utf-8")
    assert i18n.saved_language() is None
    assert i18n.set_language() == "de"
