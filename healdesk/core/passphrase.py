"""The one rule for a new passphrase, shared by the app's form and the command line, so a
passphrase the app calls easy to guess is never accepted by `healdesk init` or `passwd`.

zxcvbn is imported on first use, not at start-up. Only the first 64 characters are rated:
past that every passphrase is strong, and zxcvbn's cost grows with length.
"""

from __future__ import annotations

from healdesk.i18n import N_, _

MIN_LENGTH = 8
MIN_SCORE = 2
RATED_PREFIX = 64
SCORE_WORDS = (N_("Very easy to guess"), N_("Easy to guess"), N_("Fair"), N_("Good"), N_("Strong"))


def rate(passphrase: str) -> tuple[int, str]:
    """zxcvbn's score 0-4 and one helpful sentence (its warning or first suggestion)."""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:RATED_PREFIX])
    feedback = result.get("feedback", {})
    hint = feedback.get("warning") or next(iter(feedback.get("suggestions") or []), "")
    return int(result["score"]), hint


def refusal(passphrase: str) -> str | None:
    """Why `passphrase` may not be chosen, in one sentence; None when it may."""
    if len(passphrase) < MIN_LENGTH:
        return _("please choose a passphrase of at least {n} characters").format(n=MIN_LENGTH)
    score, hint = rate(passphrase)
    if score < MIN_SCORE:
        advice = (hint or _("Add another word or two")).rstrip(".")
        # Translators: e.g. "this passphrase is easy to guess (add another word or two)"
        return _("this passphrase is {rating} ({advice})").format(
            rating=_(SCORE_WORDS[score]).lower(), advice=advice[:1].lower() + advice[1:]
        )
    return None
