"""The `healdesk` command in the person's language: every line of its main commands went
through translation (the pseudo-locale shows any that did not), German follows LANG, and the
language chosen in Preferences reaches the command too."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from healdesk import APP_ID
from tests.helpers.cli import healdesk, passphrase_options
from tests.helpers.journals import all_repaired, monthly_firsts
from tests.helpers.pseudo_text import left_over

#: What a command prints that is never translated: option names, metavariables, command names,
#: the program's name, paths, verify's "ok"/"FAIL" markers (scripts read them) and the
#: journal's own words.


def _parser_names() -> set[str]:
    """Every command name, positional name, metavariable and choice the parser knows: argparse
    prints them as they are, in every language."""
    import argparse

    from healdesk.cli import build_parser

    names: set[str] = set()
    parsers = [build_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            names.update(str(c) for c in action.choices or ())
            if isinstance(action, argparse._SubParsersAction):
                parsers += action.choices.values()
            elif not action.option_strings:
                names.add(action.dest)
    return {n for n in names if n.isascii()}


_NOT_WORDS = re.compile(
    r"(?<![\w-])--?[\w-]+|\b[A-Z][A-Z_]+(\.\w+)?\b|/[^\s⟦⟧·]+|\bhealdesk\b|^ok\b|\b("
    + "|".join(sorted(map(re.escape, _parser_names()), key=len, reverse=True))
    + r")\b",
    re.M,
)
DATA = {"Money", "Chores", "Sam", "Alex", "Partner", "money", "chores", "Repair after a fight"}
PSEUDO = {"HEALDESK_LANGUAGE": "x-pseudo"}


@pytest.fixture
def journal_options(vault, tmp_path):
    all_repaired(vault.journal)
    monthly_firsts(vault.journal)
    return passphrase_options(vault, tmp_path)


def untranslated_lines(text: str) -> list[str]:
    """The words outside pseudo brackets (the whole text at once: argparse wraps a bracketed
    help text over several lines)."""
    words = left_over(_NOT_WORDS.sub(" ", text), DATA)
    return [words] if words else []


def test_the_filter_keeps_words_and_drops_options():
    assert untranslated_lines("usage: healdesk [-h] [--data-dir DIR]") == ["usage"]
    assert untranslated_lines("  --data-dir DIR   ⟦váült földér···⟧") == []


def test_every_help_text_went_through_translation():
    import argparse

    from healdesk.cli import build_parser

    commands = next(
        a.choices for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    for args in (["--help"], *[[name, "--help"] for name in commands]):
        result = healdesk(*args, env=PSEUDO)
        assert result.returncode == 0, (args, result.stderr)
        assert untranslated_lines(result.stdout) == [], args


def test_main_commands_print_only_translated_words(journal_options, tmp_path):
    for args in (
        ["stats", *journal_options],
        ["verify", *journal_options],
        ["search", "money", *journal_options],
        ["repairs", *journal_options],
        ["export-pdf", str(tmp_path / "out.pdf"), *journal_options],
        ["export-json", str(tmp_path / "out.json"), *journal_options],
    ):
        result = healdesk(*args, env=PSEUDO)
        assert result.returncode == 0, (args, result.stderr)
        assert untranslated_lines(result.stdout + result.stderr) == [], args


def test_errors_go_through_translation(tmp_path):
    for args in (
        ["stats", "--data-dir", str(tmp_path / "none")],
        ["stats", "--from", "yesterday", "--data-dir", str(tmp_path)],
        ["export-pdf", str(tmp_path), "--data-dir", str(tmp_path)],
    ):
        result = healdesk(*args, env=PSEUDO)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert untranslated_lines(result.stderr) == [], (args, result.stderr)


def test_german_follows_lang_and_json_stays_the_same(journal_options):
    german = {"LANG": "de_DE.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    text = healdesk("stats", *journal_options, env=german).stdout
    assert text.startswith("18 Konflikte") and "Money kam 12-mal vor" in text
    assert "Montag" in text and "Monday" not in text  # the table's weekdays too
    english = healdesk("stats", "--json", *journal_options, env={"LANG": "C.UTF-8"}).stdout
    assert healdesk("stats", "--json", *journal_options, env=german).stdout == english
    assert json.loads(english)["themes"][0]["top_weekday"] == "Monday"  # keys, not words


@pytest.mark.parametrize(
    ("variable", "folder"), [("HEALDESK_CONFIG_DIR", ""), ("XDG_CONFIG_HOME", APP_ID)]
)
def test_the_language_chosen_in_preferences_reaches_the_command(variable, folder, monkeypatch):
    """Kept in $HEALDESK_CONFIG_DIR, or where a person's choice is: the XDG config folder."""
    from healdesk import i18n

    if variable != "HEALDESK_CONFIG_DIR":
        monkeypatch.delenv("HEALDESK_CONFIG_DIR")
    i18n.save_language("de")
    assert (Path(os.environ[variable]) / folder / i18n.LANGUAGE_FILE).exists()
    result = healdesk("--help", env={"LANG": "en_US.UTF-8", "LANGUAGE": "", "LC_ALL": ""})
    assert result.stdout.startswith("Aufruf: healdesk")
    assert "ein neues verschlüsseltes Tagebuch anlegen" in result.stdout
