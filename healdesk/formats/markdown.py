"""Markdown exports: the journal as one readable document, or as one file per entry.

Meant for people, not for re-import (HealDesk JSON is the lossless format). Entries in the
trash are left out. The writer's text is kept as written; only what Markdown would turn into
structure (a line starting with #, >, -, = ...) is escaped, and single line breaks are kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime

from healdesk.core.analysis.moves import order_text, their_word
from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import Conflict
from healdesk.core.language.vocabulary import counted, intensity_text, settled_text, shown
from healdesk.core.language.words import check_in_word, status_word
from healdesk.core.repairs.repair import Commitment, Repair
from healdesk.i18n import _, format_local_pattern

_BLOCK_START = re.compile(r"^(\s{0,3})([#>=+*-]|\d+[.)])", re.MULTILINE)


def journal_markdown(bundle: JournalBundle) -> str:
    """The whole journal as one document: entries in date order, then repairs, commitments."""
    conflicts = _live(bundle)
    parts = [
        "# " + _("HealDesk journal") + "\n",
        f"{counted(len(conflicts), '{n} entry', '{n} entries')}, "
        f"{counted(len(bundle.repairs), '{n} repair', '{n} repairs')}, "
        f"{counted(len(bundle.commitments), '{n} commitment', '{n} commitments')}.\n",
    ]
    parts += [conflict_markdown(c, level=2) for c in conflicts]
    links = _RepairLinks(bundle)
    parts += [repair_markdown(r, links, level=2) for r in bundle.repairs]
    if bundle.commitments:
        parts.append(commitments_markdown(bundle.commitments, level=2))
    return "\n".join(parts).rstrip("\n") + "\n"


def entry_files(bundle: JournalBundle) -> Iterator[tuple[str, str]]:
    """(file name, Markdown) per conflict and per repair, plus one file of commitments.

    File names carry only dates and numbers, never entry text."""
    for c in _live(bundle):
        yield f"{c.happened_at:%Y-%m-%d_%H%M}_entry-{c.id}.md", conflict_markdown(c, level=1)
    links = _RepairLinks(bundle)
    for r in bundle.repairs:
        stamp = f"{r.created_at:%Y-%m-%d_%H%M}_" if r.created_at else ""
        yield f"{stamp}repair-{r.id}.md", repair_markdown(r, links, level=1)
    if bundle.commitments:
        yield "commitments.md", commitments_markdown(bundle.commitments, level=1)


def conflict_markdown(c: Conflict, level: int) -> str:
    h = "#" * level
    facts = []
    if c.person:
        facts.append(_("With: {inline}").format(inline=_inline(c.person)))
    if c.intensity is not None:
        facts.append(_("Intensity: {intensity}").format(intensity=intensity_text(c.intensity)))
    if c.settled is not None:
        facts.append(_("Settled now: {settled}").format(settled=settled_text(c.settled)))
    if c.themes:
        facts.append("Themes: " + ", ".join(_inline(t) for t in c.themes))
    lines = [f"{h} {_when(c.happened_at)}\n"]
    if facts:
        lines.append(" · ".join(facts) + "\n")
    sections = [
        (_("What happened"), [], c.what_happened),
        (_("What I felt"), c.my_feelings, c.my_feelings_note),
        (_("What I think they felt"), c.their_feelings, c.their_feelings_note),
        (_("My part"), c.my_part, c.my_part_note),
        (
            _("What I noticed them do"),
            [their_word(m) for m in c.their_moves],
            order_text(c.move_order),
        ),
        (_("The wish behind it, mine"), c.my_wish, ""),
        (_("The wish behind it, theirs (my guess)"), c.their_wish, ""),
        (_("Private notes"), [], c.private_notes),
    ]
    for title, words, note in sections:
        if words or note.strip():
            lines.append(f"{h}# {title}\n")
            if words:
                lines.append(_block(", ".join(_inline(shown(w)) for w in words)) + "\n")
            if note.strip():
                lines.append(_block(note) + "\n")
    return "\n".join(lines).rstrip("\n") + "\n"


class _RepairLinks:
    """What a repair refers to, looked up once per export rather than once per repair."""

    def __init__(self, bundle: JournalBundle) -> None:
        self.entry_times = {c.id: c.happened_at for c in bundle.conflicts if c.id is not None}
        self.commitments: dict[int, list[Commitment]] = defaultdict(list)
        for c in bundle.commitments:
            if c.repair_id is not None:
                self.commitments[c.repair_id].append(c)


def repair_markdown(r: Repair, links: _RepairLinks, level: int) -> str:
    h = "#" * level
    title = _inline(r.title) if r.title.strip() else _("Repair")
    facts = [_("Status: {status_word}").format(status_word=status_word(r.status))]
    if r.created_at:
        facts.insert(0, _("Written: {when}").format(when=_when(r.created_at)))
    if r.talked_at:
        facts.append(_("Talked: {when}").format(when=_when(r.talked_at)))
    about = [_when(links.entry_times[i]) for i in r.conflict_ids if i in links.entry_times]
    if about:
        facts.append(_("About the entries of ") + "; ".join(about))
    lines = [f"{h} {title}\n", " · ".join(facts) + "\n"]
    answered = set()
    for step in r.snapshot:
        fields = [f for f in step.fields if _filled(r.answers.get(f"{step.key}.{f.key}"))]
        if not fields:
            continue
        lines.append(f"{h}# {_inline(step.title or step.key)}\n")
        for f in fields:
            key = f"{step.key}.{f.key}"
            answered.add(key)
            lines.append(f"**{_inline(f.label or f.key)}**\n\n{_answer(r.answers[key])}\n")
    rest = [k for k, v in r.answers.items() if k not in answered and _filled(v)]
    if rest:
        lines.append(f"{h}# {_('Other answers')}\n")
        lines += [f"**{_inline(k)}**\n\n{_answer(r.answers[k])}\n" for k in rest]
    commitments = links.commitments.get(r.id, []) if r.id is not None else []
    if commitments:
        lines.append(commitments_markdown(commitments, level + 1))
    return "\n".join(lines).rstrip("\n") + "\n"


def commitments_markdown(commitments: list[Commitment], level: int) -> str:
    lines = [f"{'#' * level} {_('Commitments')}\n"]
    for c in commitments:
        due = _(" (by {day})").format(day=format_local_pattern(c.due, "d MMMM y")) if c.due else ""
        lines.append(f"- {_inline(c.text)}{due}")
        for k in c.check_ins:
            note = f": {_inline(k.note)}" if k.note else ""
            lines.append(f"  - {_when(k.at)}, {check_in_word(k.result)}{note}")
    return "\n".join(lines) + "\n"


def _live(bundle: JournalBundle) -> list[Conflict]:
    return [c for c in bundle.conflicts if c.id is None or c.id not in bundle.trashed]


def _when(moment: datetime) -> str:
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{format_local_pattern(moment, 'EEEE d MMMM y, HH:mm')} {zone}".rstrip()


def _filled(value: object) -> bool:
    return value not in (None, "", [])


def _answer(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(f"- {_inline(str(v))}" for v in value)
    return _block(str(value))


def _inline(text: str) -> str:
    """A word or name on one line: line breaks become spaces."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def _escape_block_start(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker[0].isdigit():  # "1." starts a list; "1\." does not
        return f"{indent}{marker[:-1]}\\{marker[-1]}"
    return f"{indent}\\{marker}"


def _block(text: str) -> str:
    """Free text as Markdown paragraphs with its line breaks kept and no accidental
    headings, quotes or lists."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Markdown's line endings, as one
    text = _BLOCK_START.sub(_escape_block_start, text.strip("\n"))
    return re.sub(r"(?<!\n)\n(?!\n)", "  \n", text)
