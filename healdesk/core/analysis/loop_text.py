"""The loop between us in plain words: the cycle sentence, what lies underneath, the moves
noticed, and the gentle signs that help could help.

Every sentence describes moves, never people ("you often go quiet", never "you are a
withdrawer"), states only what the journal shows (an order only when the writer gave one;
"after talking it through" only when a repair reached a conversation), names help that fits
the relationship, and counts nobody's faults.
"""

from __future__ import annotations

from dataclasses import dataclass

from healdesk.core.analysis.cycles import ThemeLoop
from healdesk.core.analysis.moves import PHRASE, my_move, their_move, their_word
from healdesk.core.analysis.therapy_signs import TherapySign
from healdesk.core.analysis.underneath import Underneath
from healdesk.core.language.relationship import help_sentence, helper
from healdesk.core.language.vocabulary import shown
from healdesk.i18n import N_, _, format_list, pgettext

#: Said once under the signs: the article's own reassurance.
NOTHING_WRONG = N_("Noticing any of this does not mean there is anything wrong with you.")
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
    return person or _("the other person")


def _listed(words: list[str] | tuple[str, ...]) -> str:
    """Suggested words in the shown language, the writer's own as typed, as one list."""
    return ", ".join(shown(w) for w in words)


def loop_sentences(loop: ThemeLoop) -> list[str]:
    """The cycle in one plain sentence, then why both moves make sense."""
    mine, theirs = my_move(loop.my_move), their_move(loop.their_move)
    values = {
        "theme": loop.theme,
        "mine": pgettext(PHRASE, mine.phrase),
        "person": who(loop.person),
        "theirs": pgettext(PHRASE, theirs.phrase),
    }
    if loop.theme and loop.then_me:
        said = _(
            "When it is about {theme}, you often {mine}, and {person} often {theirs}; "
            "then you {mine} again."
        )
    elif loop.theme:
        said = _("When it is about {theme}, you often {mine}, and {person} often {theirs}.")
    elif loop.then_me:
        said = _("You often {mine}, and {person} often {theirs}; then you {mine} again.")
    else:
        said = _("You often {mine}, and {person} often {theirs}.")
    if loop.complementary:
        why = _(
            "Both moves make sense as ways of protecting the bond: one reaches out to be "
            "heard, the other steps back to keep things from getting worse, and each tends to "
            "call up the other."
        )
    else:
        why = _(
            "Both moves make sense as ways of protecting the bond between you, and each tends "
            "to call up the other."
        )
    return [said.format(**values), why]


def antidote_sentence(loop: ThemeLoop) -> str:
    """What can answer the moves in the loop, where they are one of the four horsemen."""
    helps = []
    for move in (my_move(loop.my_move), their_move(loop.their_move)):
        if move.antidote and move.antidote not in helps:
            helps.append(move.antidote)
    if not helps:
        return ""
    return _("What often helps in a loop like this: {helps}.").format(
        helps=format_list([_(h) for h in helps])
    )


def underneath_sentences(under: Underneath, person: str | None) -> list[str]:
    said = []
    if wishes := under.recurring("my_wishes"):
        said.append(
            _("Underneath {theme}, you most often wished for: {wishes}.").format(
                theme=under.theme, wishes=_listed(wishes)
            )
        )
    if wishes := under.recurring("their_wishes"):
        said.append(
            _("You guessed {person} wished for: {wishes}.").format(
                person=who(person), wishes=_listed(wishes)
            )
        )
    if feelings := under.recurring("feelings"):
        said.append(_("You often felt: {feelings}.").format(feelings=_listed(feelings)))
    return said


def moves_noticed(theme: str, mine: list[str], theirs: list[str], person: str | None) -> str:
    """My part shown as moves, beside theirs, with no counts: to see the pattern."""
    if not mine and not theirs:
        return ""
    values = {
        "theme": theme,
        "person": who(person),
        "mine": format_list([_(my_move(m).word) for m in mine[:MOVES_SHOWN]]) if mine else "",
        "theirs": format_list([their_word(t) for t in theirs[:MOVES_SHOWN]]) if theirs else "",
    }
    if mine and theirs:
        said = _("Moves you noticed around {theme}: from you, {mine}; from {person}, {theirs}.")
    elif mine:
        said = _("Moves you noticed around {theme}: from you, {mine}.")
    else:
        said = _("Moves you noticed around {theme}: from {person}, {theirs}.")
    return said.format(**values)


def kept_but_back_sentence(theme: str, person: str | None) -> str:
    return _(
        "You kept commitments around {theme}, and it still came back. Doing something is not "
        "always the same as it being felt: it may help to ask {person} whether it made a "
        "difference to them."
    ).format(theme=theme, person=who(person))


def sign_note(
    sign: TherapySign, person: str | None, role: str, before: list[SignNote] = ()
) -> SignNote:
    """The gentle words for one sign, fitted to the relationship. Notes said `before` it are
    not repeated: a further theme that keeps coming back gets a short note, and each kind of
    help is offered once."""
    topic = sign.theme or _("this")
    help_text = help_sentence(role)
    if any(help_text in note.text for note in before):
        help_text = ""
    if sign.sign == "same_fight":
        title = _("{theme} keeps coming back").format(theme=_capitalised(topic))
        text = (
            _("{theme} keeps coming back too. {help_text}").format(
                theme=_capitalised(topic), help_text=help_text
            )
            if any(note.sign == "same_fight" for note in before)
            else _(
                "{theme} keeps coming back. That is very common: many people return to the same one or two conversations for years. {help_text}"
            ).format(theme=_capitalised(topic), help_text=help_text)
        )
    elif sign.sign == "unsettled_after_trying":
        tried = _("talking it through") if sign.talked else _("trying to work on it")
        title = _("{theme} still feels unsettled").format(theme=_capitalised(topic))
        text = _("{theme} still feels unsettled, even after {tried}. {help_text}").format(
            theme=_capitalised(topic), tried=tried, help_text=help_text
        )
    elif sign.sign == "not_heard":
        title = _("Not feeling heard")
        text = _(
            "Feeling unheard, dismissed or unseen came up in several entries. Wanting to be heard is one of the deepest wishes in any close bond. {help_text}"
        ).format(help_text=help_text)
    elif sign.sign == "more_dismissive":
        title = _("Less trying lately")
        text = _(
            "Lately, fewer of these fights were followed by a repair or a conversation, or stepping back came up more often, than before. When trying seems not to work, it is natural to try less. {help_text}"
        ).format(help_text=help_text)
    else:
        title = _("{theme} still feels raw").format(theme=_capitalised(topic))
        text = _(
            "Some entries about {topic} from weeks ago still feel raw. Not being able to move on after a fight is hard, and it is a time when {helper} can help."
        ).format(topic=topic, helper=helper(role))
    return SignNote(sign.sign, sign.theme, sign.entry_ids, title, text.strip())


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]
