"""Words that fit the relationship: whom a message speaks of, and what kind of help it offers.

A couples therapist is for partners; a mother, a friend or a colleague calls for other help.
Roles are the writer's own words ("Partner", "Mum", "Boss"), matched loosely; an unknown role
gets words that fit any relationship.
"""

from __future__ import annotations

from healdesk.i18n import N_, _

#: Role words (casefolded) -> the kind of relationship.
_KINDS = {
    "partner": (
        "partner",
        "husband",
        "wife",
        "spouse",
        "boyfriend",
        "girlfriend",
        "fiancé",
        "fiancée",
        "fiance",
        "fiancee",
        "lover",
    ),
    "family": (
        "mother",
        "mum",
        "mom",
        "father",
        "dad",
        "parent",
        "sister",
        "brother",
        "sibling",
        "child",
        "son",
        "daughter",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "cousin",
        "in-law",
        "mother-in-law",
        "father-in-law",
        "stepmother",
        "stepfather",
    ),
    "friend": ("friend", "best friend", "flatmate", "roommate", "housemate", "neighbour"),
    "work": ("colleague", "boss", "manager", "coworker", "co-worker", "employee", "client"),
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words}

#: Per kind: who could help (a noun phrase) and one sentence offering it.
HELPERS = {
    "partner": N_("a couples therapist"),
    "family": N_("a family therapist or a counsellor"),
    "friend": N_("a counsellor"),
    "work": N_("a counsellor, or a mediator at work"),
    "other": N_("a counsellor or therapist"),
}
HELP_SENTENCES = {
    "partner": N_(
        "A couples therapist can help you both look at the pattern together, rather "
        "than at each other."
    ),
    "family": N_(
        "A family therapist or a counsellor can help you look at the pattern between "
        "you, rather than at each other."
    ),
    "friend": N_(
        "A counsellor can help you look at the pattern in this friendship, rather than "
        "at each other."
    ),
    "work": N_(
        "A counsellor, or a mediator at work, can help you look at the pattern, rather "
        "than at each other."
    ),
    "other": N_(
        "A counsellor or therapist can help you look at the pattern, rather than at each other."
    ),
}


def relationship_kind(role: str) -> str:
    """ "partner", "family", "friend", "work" or "other" for a role as written."""
    word = " ".join(role.casefold().split())
    if word in _KIND_OF:
        return _KIND_OF[word]
    for part in word.replace("-", " ").split():  # "my partner", "older sister"
        if part in _KIND_OF:
            return _KIND_OF[part]
    return "other"


def helper(role: str) -> str:
    return _(HELPERS[relationship_kind(role)])


def help_sentence(role: str) -> str:
    return _(HELP_SENTENCES[relationship_kind(role)])
