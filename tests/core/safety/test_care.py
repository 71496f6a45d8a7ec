"""The care check decides only which pages are offered: any "yes" steps the repair flows back
for that person (or everyone), and a frightened, intense entry brings the offer once."""

from __future__ import annotations

import pytest

from healdesk.core.safety import care
from healdesk.core.safety.care import CareCheck, sounds_afraid, steps_back_for, worth_offering


def test_any_yes_steps_back_and_no_yes_does_not():
    assert CareCheck("Sam", frozenset({"eggshells"})).steps_back
    assert not CareCheck("Sam").steps_back


def test_a_yes_for_everyone_steps_back_for_every_person():
    checks = {None: CareCheck(None, frozenset({"afraid"}))}
    assert steps_back_for(checks, ["Sam"]) and steps_back_for(checks, [None])


def test_a_yes_for_one_person_steps_back_only_for_that_person():
    checks = {"Alex": CareCheck("Alex", frozenset({"watched"})), "Mum": CareCheck("Mum")}
    assert steps_back_for(checks, ["Mum", "Alex"])
    assert not steps_back_for(checks, ["Mum"])
    assert not steps_back_for(checks, [None, "Sam"])


@pytest.mark.parametrize(
    ("feelings", "note", "intensity", "expected"),
    [
        (["scared"], "", 8, True),
        (["hurt"], "I was really afraid.", 9, True),
        (["Scared "], "", 7, True),
        (["scared"], "", 6, False),
        (["scared"], "", None, False),
        (["angry"], "scary film night", 10, False),
    ],
)
def test_the_offer_follows_fear_and_intensity(feelings, note, intensity, expected):
    assert sounds_afraid(feelings, note, intensity) is expected


def test_the_offer_is_never_pressed_once_answered():
    assert worth_offering({}, "Sam", ["scared"], "", 9)
    assert not worth_offering({"Sam": CareCheck("Sam")}, "Sam", ["scared"], "", 9)
    assert not worth_offering({None: CareCheck(None)}, "Sam", ["scared"], "", 9)
    assert worth_offering({"Mum": CareCheck("Mum")}, "Sam", ["scared"], "", 9)


def test_the_words_never_label_score_or_blame():
    texts = [q.text for q in care.QUESTIONS] + [
        getattr(care, name)
        for name in dir(care)
        if name.isupper() and isinstance(getattr(care, name), str)
    ]
    joined = " ".join(texts).casefold()
    for word in ("abuse victim", "abuser", "victim", "diagnos", "score", "%"):
        assert word not in joined, word
    assert "none of this is your fault" in joined


def test_names_match_ignoring_case_as_the_journal_does():
    assert steps_back_for({"Alex": CareCheck("Alex", frozenset({"afraid"}))}, ["alex"])
