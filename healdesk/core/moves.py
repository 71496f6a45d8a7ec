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


class Stance(StrEnum):
    PURSUE = "pursue"
    WITHDRAW = "withdraw"
    NEUTRAL = "neutral"


#: Horseman -> its antidote, in the words the app shows.
ANTIDOTES: dict[str, str] = {
    "criticism": "gentle start-up",
    "contempt": "appreciation",
    "defensiveness": "taking responsibility",
    "stonewalling": "self-soothing",
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


_P, _W, _N = Stance.PURSUE, Stance.WITHDRAW, Stance.NEUTRAL

#: "What I noticed them do", in picker order.
THEIR_MOVES: tuple[Move, ...] = (
    Move("pushed_to_talk", "pushed to talk", _P, "pushes to talk it through"),
    Move("raised_voice", "raised their voice", _P, "raises their voice"),
    Move("criticised", "criticised", _P, "criticises", "criticism"),
    Move("blamed", "blamed", _P, "blames", "criticism"),
    Move("brought_up_past", "brought up the past", _P, "brings up the past", "criticism"),
    Move("sarcasm", "was sarcastic", _P, "gets sarcastic", "contempt"),
    Move("rolled_eyes", "rolled their eyes", _N, "rolls their eyes", "contempt"),
    Move("defended", "defended themselves", _W, "defends themselves", "defensiveness"),
    Move("went_quiet", "went quiet", _W, "goes quiet", "stonewalling"),
    Move("shut_down", "shut down", _W, "shuts down", "stonewalling"),
    Move("walked_away", "walked away", _W, "walks away", "stonewalling"),
    Move("changed_subject", "changed the subject", _W, "changes the subject"),
    Move("asked_for_break", "asked for a break", _N, "asks for a break"),
    Move("listened", "listened", _N, "listens"),
    Move("reached_out", "reached out", _N, "reaches out"),
    Move("apologised", "apologised", _N, "apologises"),
)


def _mine(word: str, stance: Stance, phrase: str, horseman: str | None = None) -> Move:
    """A move of my own: entries store its words, so its key is its word."""
    return Move(word, word, stance, phrase, horseman)


#: "My part", keyed by the words entries store.
MY_MOVES: tuple[Move, ...] = (
    _mine("shutting down", _W, "shut down", "stonewalling"),
    _mine("listening with judgment", _N, "listen with judgment"),
    _mine("raising my voice", _P, "raise your voice"),
    _mine("defending myself", _W, "defend yourself", "defensiveness"),
    _mine("criticising", _P, "criticise", "criticism"),
    _mine("sarcasm", _P, "get sarcastic", "contempt"),
    _mine("bringing up the past", _P, "bring up the past", "criticism"),
    _mine("walking away", _W, "walk away", "stonewalling"),
    _mine("going silent", _W, "go silent", "stonewalling"),
    _mine("interrupting", _P, "interrupt"),
    _mine("blaming", _P, "blame", "criticism"),
    _mine("keeping score", _N, "keep score"),
    _mine("pushing to talk", _P, "push to talk it through"),
)

_THEIRS = {m.key: m for m in THEIR_MOVES}
_THEIR_WORDS = {m.word.casefold(): m for m in THEIR_MOVES}
_MINE = {m.key: m for m in MY_MOVES}

#: "What happened next" steps are stored as "me:<move>" or "them:<move>".
ME, THEM = "me", "them"


def their_move(stored: str) -> Move:
    """The move behind a stored key, or the writer's own word as a neutral move."""
    return _THEIRS.get(stored) or Move(stored, stored, _N, f"does what you called “{stored}”")


def my_move(stored: str) -> Move:
    return _MINE.get(stored) or Move(stored, stored, _N, f"do what you called “{stored}”")


def their_word(stored: str) -> str:
    """What a stored "their move" looks like on screen and on paper."""
    return their_move(stored).word


def their_key(word: str) -> str:
    """The stable key for a word a picker gave (a known word, or a key already), else the
    writer's own words as they are."""
    word = word.strip()
    if word in _THEIRS:
        return word
    known = _THEIR_WORDS.get(word.casefold())
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
            shown.append(f"I: {move}" if who == ME else f"They: {their_word(move)}")
    return " → ".join(shown)
