"""The one rule for a new passphrase, shared by the app's form and the command line, so a
passphrase the app calls easy to guess is never accepted by `healdesk init` or `passwd`.

zxcvbn is imported on first use, not at start-up. Only the first 64 characters are rated:
past that every passphrase is strong, and zxcvbn's cost grows with length.
"""

from __future__ import annotations

from healdesk.i18n import N_, SOURCE_LANGUAGE, _, language

MIN_LENGTH = 8
MIN_SCORE = 2
RATED_PREFIX = 64
SCORE_WORDS = (N_("Very easy to guess"), N_("Easy to guess"), N_("Fair"), N_("Good"), N_("Strong"))

#: zxcvbn's feedback, a fixed set of English sentences (zxcvbn/feedback.py), as msgids of our
#: own catalogue: zxcvbn ships no translations. A test checks this list against zxcvbn's source.
ZXCVBN_FEEDBACK = frozenset(
    {
        N_("Use a few words, avoid common phrases."),
        N_("No need for symbols, digits, or uppercase letters."),
        N_("Add another word or two. Uncommon words are better."),
        N_("Straight rows of keys are easy to guess."),
        N_("Short keyboard patterns are easy to guess."),
        N_("Use a longer keyboard pattern with more turns."),
        N_('Repeats like "aaa" are easy to guess.'),
        N_('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
        N_("Avoid repeated words and characters."),
        N_('Sequences like "abc" or "6543" are easy to guess.'),
        N_("Avoid sequences."),
        N_("Recent years are easy to guess."),
        N_("Avoid recent years."),
        N_("Avoid years that are associated with you."),
        N_("Dates are often easy to guess."),
        N_("Avoid dates and years that are associated with you."),
        N_("This is a top-10 common password."),
        N_("This is a top-100 common password."),
        N_("This is a very common password."),
        N_("This is similar to a commonly used password."),
        N_("A word by itself is easy to guess."),
        N_("Names and surnames by themselves are easy to guess."),
        N_("Common names and surnames are easy to guess."),
        N_("Capitalization doesn't help very much."),
        N_("All-uppercase is almost as easy to guess as all-lowercase."),
        N_("Reversed words aren't much harder to guess."),
        N_("Predictable substitutions like '@' instead of 'a' don't help very much."),
    }
)


def rate(passphrase: str) -> tuple[int, str]:
    """zxcvbn's score 0-4 and one helpful sentence (its warning or first suggestion), in the
    shown language."""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:RATED_PREFIX])
    feedback = result.get("feedback", {})
    hint = feedback.get("warning") or next(iter(feedback.get("suggestions") or []), "")
    return int(result["score"]), _(hint) if hint in ZXCVBN_FEEDBACK else hint


def refusal(passphrase: str) -> str | None:
    """Why `passphrase` may not be chosen, in one sentence; None when it may."""
    if len(passphrase) < MIN_LENGTH:
        return _("please choose a passphrase of at least {n} characters").format(n=MIN_LENGTH)
    score, hint = rate(passphrase)
    if score < MIN_SCORE:
        advice = (hint or _("Add another word or two")).rstrip(".")
        if language() == SOURCE_LANGUAGE:  # not in German, say, where nouns keep their capital
            advice = advice[:1].lower() + advice[1:]
        # Translators: e.g. "this passphrase is easy to guess (add another word or two)"
        return _("this passphrase is {rating} ({advice})").format(
            rating=_(SCORE_WORDS[score]).lower(), advice=advice
        )
    return None
