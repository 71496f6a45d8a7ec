"""The one rule for a new passphrase, shared by the app's form and the command line, so a
passphrase the app calls easy to guess is never accepted by `healdesk init` or `passwd`.

zxcvbn is imported on first use, not at start-up. Only the first 64 characters are rated:
past that every passphrase is strong, and zxcvbn's cost grows with length.
"""

from __future__ import annotations

MIN_LENGTH = 8
MIN_SCORE = 2
RATED_PREFIX = 64
SCORE_WORDS = ("Very easy to guess", "Easy to guess", "Fair", "Good", "Strong")


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
        return f"please choose a passphrase of at least {MIN_LENGTH} characters"
    score, hint = rate(passphrase)
    if score < MIN_SCORE:
        advice = (hint or "Add another word or two").rstrip(".")
        return f"this passphrase is {SCORE_WORDS[score].lower()} ({advice[0].lower()}{advice[1:]})"
    return None
