"""Names out, roles in: what "replace names with roles" means for every word of an export."""

from __future__ import annotations

import re
from collections.abc import Iterable
from string import ascii_uppercase

from healdesk.core.conflict import Person
from healdesk.core.language.vocabulary import shown
from healdesk.i18n import _


def role_for(person: Person, index: int) -> str:
    """The person's role in the export's language, or a neutral stand-in ("Person A")."""
    return shown(person.role.strip()) or _("Person {ascii_uppercase}").format(
        ascii_uppercase=ascii_uppercase[index % 26]
    )


class Redactor:
    """Replaces every known person's name with their role, also inside free text.

    Matching ignores case and respects word edges, so "sam's" becomes "Partner's" but
    "Samuel" is left alone unless Samuel is a person too. Each word of a longer name is a
    name on its own ("Sam" for "Sam Lee"), because people write first names. Privacy wins
    over grammar: a person called Will also turns the word "will" into their role.
    """

    def __init__(self, people: Iterable[Person]) -> None:
        roles: dict[str, str] = {}
        for index, person in enumerate(people):
            role = role_for(person, index)
            roles.setdefault(person.name.casefold(), role)
            for word in re.findall(r"\w+", person.name):
                if len(word) > 1:
                    roles.setdefault(word.casefold(), role)
        self._roles = roles
        # One-letter names ("J") match only in their own case, or every "a" or "i" would go.
        names = [
            re.escape(name) if len(name) > 1 else f"(?-i:{re.escape(name.upper())})"
            for name in sorted(roles, key=len, reverse=True)
        ]
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(names) + r")(?!\w)", re.IGNORECASE)
            if names
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._roles.get(m.group(0).casefold(), "Someone"), text)
