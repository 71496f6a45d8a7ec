"""The words HealDesk offers in its pickers, taken from the domain brief.

They are suggestions, never a closed list: every picker also accepts the writer's own words.
"""

from healdesk.i18n import _

EMOTIONS: tuple[str, ...] = (
    "hurt",
    "angry",
    "sad",
    "scared",
    "lonely",
    "frustrated",
    "anxious",
    "ashamed",
    "guilty",
    "disappointed",
    "overwhelmed",
    "unheard",
    "dismissed",
    "jealous",
    "tired",
    "numb",
    "confused",
    "relieved",
)

MY_PART_BEHAVIOURS: tuple[str, ...] = (
    "shutting down",
    "listening with judgment",
    "raising my voice",
    "defending myself",
    "criticising",
    "sarcasm",
    "bringing up the past",
    "walking away",
    "going silent",
    "interrupting",
    "blaming",
    "keeping score",
    "pushing to talk",
)

WISHES: tuple[str, ...] = (
    "connection",
    "closeness",
    "reassurance",
    "being seen",
    "being understood",
    "respect",
    "fairness",
    "appreciation",
    "autonomy",
    "safety",
    "rest",
)

SUGGESTED_THEMES: tuple[str, ...] = (
    "chores",
    "money",
    "time together",
    "family and in-laws",
    "intimacy",
    "parenting",
    "work",
    "screens and phones",
    "plans",
    "jealousy",
    "communication",
)

SUGGESTED_ROLES: tuple[str, ...] = (
    "Partner",
    "Mother",
    "Father",
    "Sister",
    "Brother",
    "Child",
    "Friend",
    "Colleague",
)

INTENSITY_MIN, INTENSITY_MAX = 0, 10
SETTLED_MIN, SETTLED_MAX = 1, 5

_INTENSITY_WORDS = (
    (0, "calm"),
    (2, "tense"),
    (4, "heated"),
    (6, "intense"),
    (8, "overwhelming"),
)
_SETTLED_WORDS = {1: "raw", 2: "unsettled", 3: "calmer", 4: "mostly settled", 5: "at peace"}


def intensity_word(value: int) -> str:
    """A gentle word for an intensity 0-10, so sliders and exports never show a bare number."""
    word = _INTENSITY_WORDS[0][1]
    for threshold, label in _INTENSITY_WORDS:
        if value >= threshold:
            word = label
    return word


def settled_word(value: int) -> str:
    """A word for how settled the writer feels, 1 (raw) to 5 (at peace)."""
    return _SETTLED_WORDS[min(max(value, SETTLED_MIN), SETTLED_MAX)]


def on_scale(word: str, value: int, most: int) -> str:
    """How a point on one of the app's scales reads everywhere (entry list and view, sliders,
    timeline, PDF, Markdown): its word, then the number out of the scale's top, so a reader
    never has to guess the scale ("heated (5 of 10)", "calmer (3 of 5)")."""
    return _("{word} ({value} of {most})").format(word=word, value=value, most=most)


def intensity_text(value: int) -> str:
    return on_scale(intensity_word(value), value, INTENSITY_MAX)


def settled_text(value: int) -> str:
    return on_scale(settled_word(value), value, SETTLED_MAX)


def counted(number: int, one: str, many: str = "") -> str:
    """ "1 entry", "3 entries": a count with its noun, for reports and summaries."""
    return f"{number} {one if number == 1 else many or one + 's'}"
