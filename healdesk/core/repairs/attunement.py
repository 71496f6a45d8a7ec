"""Being felt, not only doing: whether a kept commitment made a difference to them.

Follow-through is about the other person feeling the change. A check-in may also say whether
it made a difference to them; the answer describes, it never grades ("I don't know" is as
welcome as "yes").
"""

from __future__ import annotations

from enum import StrEnum

from healdesk.i18n import N_


class Felt(StrEnum):
    """Did it make a difference to them? Stored by these keys; never rename one."""

    YES = "yes"
    A_LITTLE = "a_little"
    NOT_YET = "not_yet"
    UNKNOWN = "unknown"


QUESTION = N_("Did it make a difference to them?")
#: The answers as shown, in this order.
WORDS: dict[Felt, str] = {
    Felt.YES: N_("Yes, they noticed"),
    Felt.A_LITTLE: N_("A little"),
    Felt.NOT_YET: N_("Not yet"),
    Felt.UNKNOWN: N_("I don't know"),
}
