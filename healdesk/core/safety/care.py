"""Is this conflict, or something else? The gentle check that lets repair prompts step back.

Repair exercises assume two people who are safe with each other. Some people who keep a
conflict journal are afraid of the person they write about, and "own your part" can then do
harm. A short check (fear, being watched or controlled, threats, walking on eggshells) lets
the person say so; any "yes" makes the guided repair flows step back for that person (or for
everyone, when the check was not about one person) and offers a safety plan instead.

No label, no score and no diagnosis: the answers only decide which pages are offered, and the
person can change them at any time. Nothing here is ever shown in a title or a notification.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from healdesk.i18n import N_


class CareQuestion(NamedTuple):
    """One question of the check: a stable key (stored) and its words (shown)."""

    key: str
    text: str


#: The check's questions, in the order they are asked. Keys are stored; never rename one.
QUESTIONS: tuple[CareQuestion, ...] = (
    CareQuestion("afraid", N_("I have felt afraid of them, or of what they might do.")),
    CareQuestion(
        "watched",
        N_("They check where I go, read my messages, or decide whom I see or what I spend."),
    ),
    CareQuestion(
        "threats",
        N_("They have threatened to hurt me, someone I love, a pet, or themselves."),
    ),
    CareQuestion(
        "eggshells",
        N_("I often walk on eggshells, changing what I say or do to avoid how they react."),
    ),
)
QUESTION_KEYS = frozenset(q.key for q in QUESTIONS)

#: Feelings (as picked or written) that make the check worth offering after an intense entry.
FEAR_WORDS = frozenset({"scared", "afraid", "frightened", "terrified", "fearful", "unsafe"})
#: From this intensity (0-10) a frightened entry brings the offer of the check.
HIGH_INTENSITY = 7


@dataclass(frozen=True, slots=True)
class CareCheck:
    """The latest answers for one person (`person` None: everyone I write about)."""

    person: str | None
    yes: frozenset[str] = field(default_factory=frozenset)
    checked_at: datetime | None = None

    @property
    def steps_back(self) -> bool:
        """Any "yes": the repair flows step back for this person."""
        return bool(self.yes)


def steps_back_for(checks: Mapping[str | None, CareCheck], people: Iterable[str | None]) -> bool:
    """Whether the repair flows step back for a repair about these people: a "yes" for
    everyone, or for any one of them (names match as the journal matches them, ignoring
    case)."""
    general = checks.get(None)
    if general is not None and general.steps_back:
        return True
    said_yes = {name.casefold() for name, check in checks.items() if name and check.steps_back}
    return any(p is not None and p.casefold() in said_yes for p in people)


def sounds_afraid(feelings: Iterable[str], note: str, intensity: int | None) -> bool:
    """An entry that names fear and felt intense: the moment to offer the check gently."""
    if intensity is None or intensity < HIGH_INTENSITY:
        return False
    words = {f.casefold().strip() for f in feelings}
    words.update(w.strip(".,;:!?\"'()") for w in note.casefold().split())
    return bool(words & FEAR_WORDS)


def worth_offering(
    checks: Mapping[str | None, CareCheck],
    person: str | None,
    feelings: Iterable[str],
    note: str,
    intensity: int | None,
) -> bool:
    """Offer the check after a frightened, intense entry, unless it was already answered
    for this person or for everyone (it is never pressed twice)."""
    answered = {name.casefold() for name in checks if name}
    if None in checks or (person is not None and person.casefold() in answered):
        return False
    return sounds_afraid(feelings, note, intensity)


class PlanPart(NamedTuple):
    """One part of the safety plan the person writes for themselves."""

    key: str
    label: str
    hint: str


#: The private safety plan: the person's own words, stored only in the vault.
PLAN_PARTS: tuple[PlanPart, ...] = (
    PlanPart(
        "people",
        N_("People I trust"),
        N_("Who I could call or go to, and how to reach them."),
    ),
    PlanPart(
        "place",
        N_("A safe place"),
        N_("Where I could go if I needed to leave quickly."),
    ),
    PlanPart(
        "take",
        N_("What to take"),
        N_("Documents, keys, medicine, money, a charger, things for the children or pets."),
    ),
    PlanPart(
        "support",
        N_("Support near me"),
        N_("Local emergency number, a domestic abuse helpline, a doctor or advice service."),
    ),
)
PLAN_KEYS = frozenset(p.key for p in PLAN_PARTS)

# --- words of the check and the stepping-back page (translated where shown) -------------
CHECK_TITLE = N_("Is this conflict, or something else?")
CHECK_INTRO = N_(
    "Every close relationship has arguments. Sometimes, though, what happens is not an "
    "argument between equals. These few questions help HealDesk offer what fits. Tick "
    "anything that is true for you; there is no right answer, and nothing here is a label."
)
CHECK_ABOUT = N_("Thinking of")
CHECK_EVERYONE = N_("Anyone I write about")
CHECK_PRIVATE = N_(
    "Your answers stay inside this encrypted journal. They are never shown in a window title "
    "or a notification, and you can change them at any time (Help menu)."
)
CHECK_SAVED_NONE = N_(
    "Thank you. The repair flows stay as they are. You can come back to these questions "
    "whenever you like."
)
STEP_BACK_TITLE = N_("Repair exercises can wait")
STEP_BACK_WHY = N_(
    "You said that some of this is true for you. Repair exercises, like owning your part, "
    "are made for two people who feel safe with each other. When someone is afraid, "
    "watched or threatened, those exercises are not the right tool, and they can make "
    "things harder. None of this is your fault."
)
STEP_BACK_HELP = N_(
    "What can help instead: talking to someone you trust, a domestic abuse helpline or a "
    "local support service (they listen, and they keep it confidential), and a safety plan "
    "written in your own words. If you are in danger right now, call your local emergency "
    "number."
)
STEP_BACK_CHANGE = N_(
    "The guided repair flows are paused for this. You can change your answers whenever "
    "you like, and your entries stay as they are."
)
PLAN_TITLE = N_("My safety plan")
PLAN_INTRO = N_(
    "A plan is easier to follow when it is written down ahead of time. Write only what is "
    "useful to you. It is kept inside this encrypted journal, never anywhere else."
)
FIRST_RUN_OFFER = N_(
    "Before you begin: would you like to answer four short questions, so HealDesk can offer "
    "what fits your situation? It takes a minute, and you can do it later from the Help menu."
)
AFTER_ENTRY_OFFER = N_(
    "That sounded frightening. Would you like to answer four short questions, so HealDesk "
    "can offer what fits? You can also do it later from the Help menu."
)
