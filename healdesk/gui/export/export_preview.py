"""The export dialog's preview: what the therapist PDF will hold, before it is made."""

from __future__ import annotations

from healdesk.core.language.vocabulary import counted
from healdesk.export.pdf.redact import Redactor
from healdesk.export.pdf.styles import period
from healdesk.export.pdf.summary import ExportSummary
from healdesk.i18n import _, ngettext


def preview_text(
    s: ExportSummary,
    redactor: Redactor | None,
    *,
    summary_page: bool,
    private_notes: bool,
    repairs: int,
) -> str:
    """What the PDF will hold, in a few lines; names pass through `redactor` when the PDF
    replaces them with roles, so the preview shows what the therapist will read."""
    shown = redactor or str
    entries = counted(s.entries, "{n} entry", "{n} entries")
    lines = [f"{entries}, {period(s.first, s.last)}"]
    if s.people_counts:
        people = ", ".join(f"{shown(p)} ({n})" for p, n in s.people_counts)
        lines.append(_("With: {people}").format(people=people))
    if s.theme_counts:
        themes = ", ".join(f"{shown(t)} ({n})" for t, n in s.theme_counts)
        lines.append(_("Themes: {themes}").format(themes=themes))
    lines.append(
        _("Followed by a repair: {repaired} of {entries}").format(
            repaired=s.repaired, entries=s.entries
        )
    )
    if s.commitments:
        lines.append(
            _("Commitments: {commitments} ({kept} kept)").format(
                commitments=s.commitments, kept=s.kept
            )
        )
    if s.same_fight_again:
        same = ", ".join(f"{shown(t.name)} ({t.count})" for t in s.same_fight_again)
        lines.append(_("Same fight again: {same}").format(same=same))
    lines.append("")
    lines.append(_("Starts with a one-page summary.") if summary_page else _("No summary page."))
    lines.append(
        _("Private notes are included.") if private_notes else _("Private notes stay out.")
    )
    if repairs:
        lines.append(
            ngettext(
                "Your answers in {count} repair are included.",
                "Your answers in {count} repairs are included.",
                repairs,
            ).format(count=repairs)
        )
    else:
        lines.append(_("Your answers in repairs stay out."))
    if redactor is not None:
        lines.append(_("Names are replaced with roles everywhere."))
    return "\n".join(lines)
