"""The shipped flows' words hold on a desktop and stay true whatever the entry holds: no
touch-screen verbs, no claim that something "is already picked" (an entry may have noted
nothing), and the question about one's own hurt reads as a person would ask it."""

from __future__ import annotations

import re

from healdesk.core.repairs.template_loader import load_catalog


def _texts() -> dict[str, str]:
    texts = {}
    for template in load_catalog().templates.values():
        for step in template.steps:
            where = f"{template.id}.{step.id}"
            texts[f"{where} prompt"] = step.prompt
            texts[f"{where} help"] = step.help
            for item in step.fields:
                texts[f"{where}.{item.id} label"] = item.label
                texts[f"{where}.{item.id} help"] = item.help
    return texts


def test_no_touch_screen_verbs():
    assert [k for k, text in _texts().items() if re.search(r"\btap\b", text, re.I)] == []


def test_nothing_claims_a_choice_was_already_made():
    assert [k for k, text in _texts().items() if "already picked" in text] == []


def test_the_own_hurt_question():
    texts = _texts()
    assert texts["repair-after-fight.validation-mine prompt"] == "What hurt for you?"
    assert texts["repair-after-fight.validation-mine.my-feelings label"] == "What I felt"
