"""zxcvbn's strength hints speak the app's language: its fixed English sentences are msgids of
HealDesk's own catalogue."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from healdesk import i18n
from healdesk.core.passphrase import ZXCVBN_FEEDBACK, rate, refusal


@pytest.fixture
def german():
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def _zxcvbn_sentences() -> set[str]:
    """Every sentence zxcvbn's feedback module can say: the arguments of its `_()` calls."""
    source = Path(importlib.util.find_spec("zxcvbn.feedback").origin).read_text("utf-8")
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "_"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_zxcvbn_sentence_is_in_our_catalogue():
    said = _zxcvbn_sentences()
    assert len(said) >= 20
    assert said == ZXCVBN_FEEDBACK


@pytest.mark.parametrize(
    ("passphrase", "english", "german_words"),
    [
        ("aaaaaaaaaa", 'Repeats like "aaa" are easy to guess.', "Wiederholungen"),
        ("abcdefghij", 'Sequences like "abc" or "6543" are easy to guess.', "Folgen"),
        ("password1", "This is a very common password.", "Passwort"),
    ],
)
def test_hints_are_shown_in_german(german, passphrase, english, german_words):
    score, hint = rate(passphrase)
    assert score < 2 and german_words in hint and hint == i18n._(english) != english
    assert german_words in refusal(passphrase)


def test_hints_stay_english_in_english():
    assert rate("aaaaaaaaaa")[1] == 'Repeats like "aaa" are easy to guess.'
    assert refusal("aaaaaaaaaa") == (
        'this passphrase is very easy to guess (repeats like "aaa" are easy to guess)'
    )
