"""The read-only view of one conflict (its repairs are listed by the panel below it).

Every piece of the writer's text is HTML-escaped and shown with its own line breaks and
spaces kept (white-space: pre-wrap), so what was written is exactly what is shown, markup-like
text included.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser

from healdesk.core.analysis.moves import order_text, their_word
from healdesk.core.conflict import Conflict
from healdesk.core.language.vocabulary import intensity_text, settled_word, shown
from healdesk.gui.journal.entry_model import when_text
from healdesk.i18n import N_, _

if TYPE_CHECKING:
    from healdesk.vault.sync.merge_notes import MergeNote

EMPTY = N_("<p><i>Choose an entry on the left to read it here.</i></p>")


def _text(value: str) -> str:
    """Written text as typed; nothing (so no heading) when nothing was written."""
    return f"<p style='white-space: pre-wrap'>{escape(value)}</p>" if value else ""


def _words(words: Sequence[str], note: str = "") -> str:
    """Picked words as the reader says them (suggestions are stored as keys), then the note."""
    parts = []
    if words:
        parts.append(f"<p>{escape(' · '.join(shown(w) for w in words))}</p>")
    if note:
        parts.append(_text(note))
    return "".join(parts)


def conflict_html(conflict: Conflict) -> str:
    facts = [when_text(conflict.happened_at)]
    if conflict.person:
        facts.append(_("with {escape}").format(escape=escape(conflict.person)))
    if conflict.intensity is not None:
        facts.append(intensity_text(conflict.intensity))
    if conflict.settled is not None:
        facts.append(_("now {settled_word}").format(settled_word=settled_word(conflict.settled)))
    sections = [
        (_("What happened"), _text(conflict.what_happened)),
        (_("What I felt"), _words(conflict.my_feelings, conflict.my_feelings_note)),
        (
            _("What I think they felt"),
            _words(conflict.their_feelings, conflict.their_feelings_note),
        ),
        (_("My part"), _words(conflict.my_part, conflict.my_part_note)),
        (_("What I noticed them do"), _words([their_word(m) for m in conflict.their_moves])),
        (_("What happened next"), _text(order_text(conflict.move_order))),
        (_("The wish behind it: mine"), _words(conflict.my_wish)),
        (_("The wish behind it: theirs, as I guess it"), _words(conflict.their_wish)),
        (_("Themes"), _words(conflict.themes)),
        (_("Private notes"), _text(conflict.private_notes)),
    ]
    html = [f"<p style='font-size:small'>{' · '.join(facts)}</p>"]
    html += [f"<h3>{title}</h3>{body}" for title, body in sections if body]
    return "".join(html)


#: Text fields of another version that a merge note shows, with their headings.
_NOTE_FIELDS = (
    ("what_happened", N_("What happened")),
    ("my_feelings_note", N_("What I felt")),
    ("their_feelings_note", N_("What I think they felt")),
    ("my_part_note", N_("My part")),
    ("private_notes", N_("Private notes")),
)


def merge_notes_html(notes: Sequence[MergeNote]) -> str:
    """The other versions kept when two copies of the journal both changed this entry."""
    html = []
    for note in notes:
        html.append(
            _(
                "<hr/><h3>Another version, from the other copy</h3><p style='font-size:small'>Both copies of the journal changed this entry; the newer change is shown above. This one was written {when_text}.</p>"
            ).format(when_text=when_text(note.version_at.astimezone()))
        )
        html += [
            f"<h4>{title}</h4>{_text(note.text(name))}"
            for name, title in _NOTE_FIELDS
            if note.text(name)
        ]
    return "".join(html)


class EntryDetail(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(_("Entry"))
        self.setUndoRedoEnabled(False)
        self.show_nothing()

    def show_conflict(self, conflict: Conflict, notes: Sequence[MergeNote] = ()) -> None:
        self.setHtml(conflict_html(conflict) + merge_notes_html(notes))

    def show_nothing(self) -> None:
        self.setHtml(_(EMPTY))
        self.document().clearUndoRedoStacks()
