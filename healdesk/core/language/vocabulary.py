"""The words HealDesk offers in its pickers, taken from the domain brief.

They are suggestions, never a closed list: every picker also accepts the writer's own words.
"""

from collections.abc import Callable

from healdesk.i18n import N_, _, format_number, ngettext

EMOTIONS: tuple[str, ...] = (
    N_("hurt"),
    N_("angry"),
    N_("sad"),
    N_("scared"),
    N_("lonely"),
    N_("frustrated"),
    N_("anxious"),
    N_("ashamed"),
    N_("guilty"),
    N_("disappointed"),
    N_("overwhelmed"),
    N_("unheard"),
    N_("dismissed"),
    N_("jealous"),
    N_("tired"),
    N_("numb"),
    N_("confused"),
    N_("relieved"),
)

MY_PART_BEHAVIOURS: tuple[str, ...] = (
    N_("shutting down"),
    N_("listening with judgment"),
    N_("raising my voice"),
    N_("defending myself"),
    N_("criticising"),
    N_("sarcasm"),
    N_("bringing up the past"),
    N_("walking away"),
    N_("going silent"),
    N_("interrupting"),
    N_("blaming"),
    N_("keeping score"),
    N_("pushing to talk"),
)

WISHES: tuple[str, ...] = (
    N_("connection"),
    N_("closeness"),
    N_("reassurance"),
    N_("being seen"),
    N_("being understood"),
    N_("respect"),
    N_("fairness"),
    N_("appreciation"),
    N_("autonomy"),
    N_("safety"),
    N_("rest"),
)

SUGGESTED_THEMES: tuple[str, ...] = (
    N_("chores"),
    N_("money"),
    N_("time together"),
    N_("family and in-laws"),
    N_("intimacy"),
    N_("parenting"),
    N_("work"),
    N_("screens and phones"),
    N_("plans"),
    N_("jealousy"),
    N_("communication"),
)

SUGGESTED_ROLES: tuple[str, ...] = (
    N_("Partner"),
    N_("Mother"),
    N_("Father"),
    N_("Sister"),
    N_("Brother"),
    N_("Child"),
    N_("Friend"),
    N_("Colleague"),
)

INTENSITY_MIN, INTENSITY_MAX = 0, 10
SETTLED_MIN, SETTLED_MAX = 1, 5

_INTENSITY_WORDS = (
    (0, N_("calm")),
    (2, N_("tense")),
    (4, N_("heated")),
    (6, N_("intense")),
    (8, N_("overwhelming")),
)
_SETTLED_WORDS = {
    1: N_("raw"),
    2: N_("unsettled"),
    3: N_("calmer"),
    4: N_("mostly settled"),
    5: N_("at peace"),
}


#: Suggested words (and roles) kept as stable keys: stored as they are here, shown in the person's language.
_KEYED = frozenset(EMOTIONS + MY_PART_BEHAVIOURS + WISHES + SUGGESTED_ROLES)


def shown(word: str) -> str:
    """A stored word as the person reads it: a suggested word translated, their own as typed."""
    return _(word) if word in _KEYED else word


def key_of(word: str) -> str:
    """What to store for a word a picker gave: a suggestion's stable key, else the words as
    typed (so a journal written in German opens in English with the same entries)."""
    word = word.strip()
    if word in _KEYED:
        return word
    folded = word.casefold()
    return next((key for key in sorted(_KEYED) if _(key).casefold() == folded), word)


def intensity_word(value: int) -> str:
    """A gentle word for an intensity 0-10, so sliders and exports never show a bare number."""
    word = _INTENSITY_WORDS[0][1]
    for threshold, label in _INTENSITY_WORDS:
        if value >= threshold:
            word = label
    return _(word)


def settled_word(value: int) -> str:
    """A word for how settled the writer feels, 1 (raw) to 5 (at peace)."""
    return _(_SETTLED_WORDS[min(max(value, SETTLED_MIN), SETTLED_MAX)])


def on_scale(word: str, value: int, most: int) -> str:
    """How a point on one of the app's scales reads everywhere (entry list and view, sliders,
    timeline, PDF, Markdown): its word, then the number out of the scale's top, so a reader
    never has to guess the scale ("heated (5 of 10)", "calmer (3 of 5)"); a point with no
    word of its own is just the number ("3 of 5")."""
    if not word:
        return _("{value} of {most}").format(value=value, most=most)
    return _("{word} ({value} of {most})").format(word=word, value=value, most=most)


def scale_words(minimum: int, maximum: int, low: str, high: str) -> Callable[[int], str]:
    """The words for the points of a repair flow's scale. A scale that is the journal's own
    "how settled" (1 to 5, raw to at peace) speaks the entry's words, so the question reads
    the same in an entry and in a repair; any other has its two end words and numbers between."""
    if (minimum, maximum, low, high) == (
        SETTLED_MIN,
        SETTLED_MAX,
        settled_word(SETTLED_MIN),
        settled_word(SETTLED_MAX),
    ):
        return settled_word
    ends = {minimum: low, maximum: high}
    return lambda value: ends.get(value, "")


def intensity_text(value: int) -> str:
    return on_scale(intensity_word(value), value, INTENSITY_MAX)


def settled_text(value: int) -> str:
    return on_scale(settled_word(value), value, SETTLED_MAX)


def counted(number: int, one: str, many: str) -> str:
    """ "1 entry", "3 entries": a count with its noun, by the shown language's plural rules.
    `one` and `many` are whole phrases with {n} (extracted as a plural pair, see
    packaging/translations.py)."""
    return ngettext(one, many, number).format(n=format_number(number))
