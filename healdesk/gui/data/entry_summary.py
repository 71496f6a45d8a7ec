"""One line that names an entry without any of its text: for lists where text must not show."""

from __future__ import annotations

from healdesk.core.conflict import ConflictSummary
from healdesk.core.language.vocabulary import intensity_word
from healdesk.i18n import _, format_local_pattern


def summary_line(summary: ConflictSummary) -> str:
    """E.g. "Sat 14 Mar 2026, 21:40 · with Sam · money, rent day · heated"."""
    parts = [format_local_pattern(summary.happened_at, "EEE dd MMM y, HH:mm")]
    if summary.person:
        parts.append(_("with {person}").format(person=summary.person))
    if summary.themes:
        parts.append(", ".join(summary.themes))
    if summary.intensity is not None:
        parts.append(intensity_word(summary.intensity))
    return "  ·  ".join(parts)
