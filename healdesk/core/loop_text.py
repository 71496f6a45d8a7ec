"""The loop between us in plain words: the cycle sentence, what lies underneath, the moves
noticed, and the gentle signs that help could help.

Every sentence describes moves, never people ("you often go quiet", never "you are a
withdrawer"), states only what the journal shows (an order only when the writer gave one;
"after talking it through" only when a repair reached a conversation), names help that fits
the relationship, and counts nobody's faults.
"""

from __future__ import annotations

from dataclasses import dataclass

from healdesk.core.cycles import ThemeLoop
from healdesk.core.moves import my_move, their_move, their_word
from healdesk.core.relationship import help_sentence, helper
from healdesk.core.therapy_signs import TherapySign
from healdesk.core.underneath import Underneath

#: Said once under the signs: the article's own reassurance.
NOTHING_WRONG = "Noticing any of this does not mean there is anything wrong with you."
MOVES_SHOWN = 3


@dataclass(frozen=True, slots=True)
class SignNote:
    """One sign in words, with the entries behind it (one click away)."""

    sign: str
    theme: str | None
    entry_ids: tuple[int, ...]
    title: str
    text: str


def who(person: str | None) -> str:
    return person or "the other person"


def loop_sentences(loop: ThemeLoop) -> list[str]:
    """The cycle in one plain sentence, then why both moves make sense."""
    mine, theirs = my_move(loop.my_move), their_move(loop.their_move)
    where = f"When it is about {loop.theme}, you" if loop.theme else "You"
    said = f"{where} often {mine.phrase}, and {who(loop.person)} often {theirs.phrase}"
    if loop.then_me:
        said += f"; then you {mine.phrase} again"
    if loop.complementary:
        why = (
            "Both moves make sense as ways of protecting the bond: one reaches out to be "
            "heard, the other steps back to keep things from getting worse, and each tends to "
            "call up the other."
        )
    else:
        why = (
            "Both moves make sense as ways of protecting the bond between you, and each tends "
            "to call up the other."
        )
    return [said + ".", why]


def antidote_sentence(loop: ThemeLoop) -> str:
    """What can answer the moves in the loop, where they are one of the four horsemen."""
    helps = []
    for move in (my_move(loop.my_move), their_move(loop.their_move)):
        if move.antidote and move.antidote not in helps:
            helps.append(move.antidote)
    if not helps:
        return ""
    return "What often helps in a loop like this: " + " and ".join(helps) + "."


def underneath_sentences(under: Underneath, person: str | None) -> list[str]:
    said = []
    if wishes := under.recurring("my_wishes"):
        said.append(f"Underneath {under.theme}, you most often wished for: {', '.join(wishes)}.")
    if wishes := under.recurring("their_wishes"):
        said.append(f"You guessed {who(person)} wished for: {', '.join(wishes)}.")
    if feelings := under.recurring("feelings"):
        said.append(f"You often felt: {', '.join(feelings)}.")
    return said


def moves_noticed(theme: str, mine: list[str], theirs: list[str], person: str | None) -> str:
    """My part shown as moves, beside theirs, with no counts: to see the pattern."""
    if not mine and not theirs:
        return ""
    parts = []
    if mine:
        parts.append("from you, " + _joined(mine[:MOVES_SHOWN]))
    if theirs:
        parts.append(
            f"from {who(person)}, " + _joined([their_word(t) for t in theirs[:MOVES_SHOWN]])
        )
    return f"Moves you noticed around {theme}: {'; '.join(parts)}."


def kept_but_back_sentence(theme: str, person: str | None) -> str:
    return (
        f"You kept commitments around {theme}, and it still came back. Doing something is not "
        f"always the same as it being felt: it may help to ask {who(person)} whether it made a "
        "difference to them."
    )


def sign_note(
    sign: TherapySign, person: str | None, role: str, before: list[SignNote] = ()
) -> SignNote:
    """The gentle words for one sign, fitted to the relationship. Notes said `before` it are
    not repeated: a further theme that keeps coming back gets a short note, and each kind of
    help is offered once."""
    topic = sign.theme or "this"
    help_text = help_sentence(role)
    if any(help_text in note.text for note in before):
        help_text = ""
    if sign.sign == "same_fight":
        title = f"{_capitalised(topic)} keeps coming back"
        text = (
            f"{_capitalised(topic)} keeps coming back too. {help_text}"
            if any(note.sign == "same_fight" for note in before)
            else f"{_capitalised(topic)} keeps coming back. That is very common: many people "
            f"return to the same one or two conversations for years. {help_text}"
        )
    elif sign.sign == "unsettled_after_trying":
        tried = "talking it through" if sign.talked else "trying to work on it"
        title = f"{_capitalised(topic)} still feels unsettled"
        text = f"{_capitalised(topic)} still feels unsettled, even after {tried}. {help_text}"
    elif sign.sign == "not_heard":
        title = "Not feeling heard"
        text = (
            "Feeling unheard, dismissed or unseen came up in several entries. Wanting to be "
            f"heard is one of the deepest wishes in any close bond. {help_text}"
        )
    elif sign.sign == "more_dismissive":
        title = "Less trying lately"
        text = (
            "Lately, fewer of these fights were followed by a repair or a conversation, or "
            "stepping back came up more often, than before. When trying seems not to work, it "
            f"is natural to try less. {help_text}"
        )
    else:
        title = f"{_capitalised(topic)} still feels raw"
        text = (
            f"Some entries about {topic} from weeks ago still feel raw. Not being able to move "
            f"on after a fight is hard, and it is a time when {helper(role)} can help."
        )
    return SignNote(sign.sign, sign.theme, sign.entry_ids, title, text.strip())


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]
