"""Moves in a fight: what I did and what I noticed them do, each with its place in the loop.

Couples therapists map the interaction cycle from moves, never from people: one reaches for
connection by pushing (pursue), the other protects the bond by stepping back (withdraw), and each
move calls up the other. Some moves are also one of Gottman's four horsemen, each with the
antidote that answers it. Their moves are stored by stable key and shown as words, so the words
can change (or be translated) without touching a saved entry; a writer's own words are stored
as written. My moves are the "My part" words, which entries have always stored as words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from healdesk.i18n import N_, NP_, _


class Stance(StrEnum):
    PURSUE = "pursue"
    WITHDRAW = "withdraw"
    NEUTRAL = "neutral"


#: Horseman -> its antidote, in the words the app shows.
ANTIDOTES: dict[str, str] = {
    "criticism": N_("gentle start-up"),
    "contempt": N_("appreciation"),
    "defensiveness": N_("taking responsibility"),
    "stonewalling": N_("self-soothing"),
}


@dataclass(frozen=True, slots=True)
class Move:
    """One move. `word` is the chip; `phrase` fits "you often ..." (mine) or "Sam often ..."
    (theirs) in a sentence."""

    key: str
    word: str
    stance: Stance
    phrase: str
    horseman: str | None = None

    @property
    def antidote(self) -> str | None:
        return ANTIDOTES.get(self.horseman) if self.horseman else None


#: Context of the phrases in the catalogue (written out in each NP_ call: extraction reads
#: literals only): "you often …" / "Sam often …" (German: "neigt dazu, …
#: zu …"), words that differ from a chip's although English spells some alike ("shut down").
PHRASE = "move phrase"

_P, _W, _N = Stance.PURSUE, Stance.WITHDRAW, Stance.NEUTRAL

#: "What I noticed them do", in picker order.
THEIR_MOVES: tuple[Move, ...] = (
    Move(
        "pushed_to_talk", N_("pushed to talk"), _P, NP_("move phrase", "pushes to talk it through")
    ),
    Move("raised_voice", N_("raised their voice"), _P, NP_("move phrase", "raises their voice")),
    Move("criticised", N_("criticised"), _P, NP_("move phrase", "criticises"), "criticism"),
    Move("blamed", N_("blamed"), _P, NP_("move phrase", "blames"), "criticism"),
    Move(
        "brought_up_past",
        N_("brought up the past"),
        _P,
        NP_("move phrase", "brings up the past"),
        "criticism",
    ),
    Move("sarcasm", N_("was sarcastic"), _P, NP_("move phrase", "gets sarcastic"), "contempt"),
    Move(
        "rolled_eyes",
        N_("rolled their eyes"),
        _N,
        NP_("move phrase", "rolls their eyes"),
        "contempt",
    ),
    Move(
        "defended",
        N_("defended themselves"),
        _W,
        NP_("move phrase", "defends themselves"),
        "defensiveness",
    ),
    Move("went_quiet", N_("went quiet"), _W, NP_("move phrase", "goes quiet"), "stonewalling"),
    Move("shut_down", N_("shut down"), _W, NP_("move phrase", "shuts down"), "stonewalling"),
    Move("walked_away", N_("walked away"), _W, NP_("move phrase", "walks away"), "stonewalling"),
    Move(
        "changed_subject", N_("changed the subject"), _W, NP_("move phrase", "changes the subject")
    ),
    Move("asked_for_break", N_("asked for a break"), _N, NP_("move phrase", "asks for a break")),
    Move("listened", N_("listened"), _N, NP_("move phrase", "listens")),
    Move("reached_out", N_("reached out"), _N, NP_("move phrase", "reaches out")),
    Move("apologised", N_("apologised"), _N, NP_("move phrase", "apologises")),
)


def _mine(word: str, stance: Stance, phrase: str, horseman: str | None = None) -> Move:
    """A move of my own: entries store its words, so its key is its word."""
    return Move(word, word, stance, phrase, horseman)


#: "My part", keyed by the words entries store.
MY_MOVES: tuple[Move, ...] = (
    _mine(N_("shutting down"), _W, NP_("move phrase", "shut down"), "stonewalling"),
    _mine(N_("listening with judgment"), _N, NP_("move phrase", "listen with judgment")),
    _mine(N_("raising my voice"), _P, NP_("move phrase", "raise your voice")),
    _mine(N_("defending myself"), _W, NP_("move phrase", "defend yourself"), "defensiveness"),
    _mine(N_("criticising"), _P, NP_("move phrase", "criticise"), "criticism"),
    _mine(N_("sarcasm"), _P, NP_("move phrase", "get sarcastic"), "contempt"),
    _mine(N_("bringing up the past"), _P, NP_("move phrase", "bring up the past"), "criticism"),
    _mine(N_("walking away"), _W, NP_("move phrase", "walk away"), "stonewalling"),
    _mine(N_("going silent"), _W, NP_("move phrase", "go silent"), "stonewalling"),
    _mine(N_("interrupting"), _P, NP_("move phrase", "interrupt")),
    _mine(N_("blaming"), _P, NP_("move phrase", "blame"), "criticism"),
    _mine(N_("keeping score"), _N, NP_("move phrase", "keep score")),
    _mine(N_("pushing to talk"), _P, NP_("move phrase", "push to talk it through")),
)

_THEIRS = {m.key: m for m in THEIR_MOVES}
_THEIR_WORDS = {m.word.casefold(): m for m in THEIR_MOVES}
_MINE = {m.key: m for m in MY_MOVES}

#: "What happened next" steps are stored as "me:<move>" or "them:<move>".
ME, THEM = "me", "them"


def their_move(stored: str) -> Move:
    """The move behind a stored key, or the writer's own word as a neutral move."""
    return _THEIRS.get(stored) or Move(
        stored, stored, _N, _("does what you called “{words}”").format(words=stored)
    )


def my_move(stored: str) -> Move:
    return _MINE.get(stored) or Move(
        stored, stored, _N, _("do what you called “{words}”").format(words=stored)
    )


def their_word(stored: str) -> str:
    """What a stored "their move" looks like on screen and on paper."""
    return _(their_move(stored).word)


def their_key(word: str) -> str:
    """The stable key for a word a picker gave (a known word, or a key already), else the
    writer's own words as they are."""
    word = word.strip()
    if word in _THEIRS:
        return word
    folded = word.casefold()
    known = _THEIR_WORDS.get(folded) or next(
        (m for m in THEIR_MOVES if _(m.word).casefold() == folded), None
    )
    return known.key if known else word


def step(who: str, move: str) -> str:
    return f"{who}:{move}"


def parse_step(stored: str) -> tuple[str, str] | None:
    """("me" | "them", move) from a stored step, or None for anything else."""
    who, sep, move = stored.partition(":")
    return (who, move) if sep and who in (ME, THEM) and move else None


def order_text(steps: list[str] | tuple[str, ...]) -> str:
    """ "I: pushing to talk → They: went quiet → ...", for the entry view and exports."""
    shown = []
    for stored in steps:
        parsed = parse_step(stored)
        if parsed:
            who, move = parsed
            shown.append(
                _("I: {move}").format(move=_(my_move(move).word))
                if who == ME
                else _("They: {move}").format(move=their_word(move))
            )
    return " → ".join(shown)
