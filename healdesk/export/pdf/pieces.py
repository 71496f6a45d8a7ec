"""Long text cut into paragraph-sized pieces before it is laid out.

reportlab lays a paragraph out again, whole, every time it splits it across a page, so one
long entry in a single Paragraph cost time in proportion to pages x length (250 KB: 44 s,
1 MB: over ten minutes). Pieces of a bounded size keep the cost in proportion to the length.
Cuts go where the writer broke a line (a line break and a paragraph edge lay out alike, so
the page looks the same), else after a sentence, else at a space.
"""

from __future__ import annotations

import re

#: Characters per piece: a few dozen lines, so a page break re-lays out little.
PIECE_CHARS = 2_000

#: The end of a sentence (with a closing quote or bracket) and the space after it.
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’)\]]*\s")


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` in order, cut into pieces of at most `size` characters; joined with the one
    character each cut removed (a line break or a space) they give `text` back."""
    found: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + 1, end + 1)
        while cut > start + 1 and text[cut - 1] == "\n":
            cut -= 1  # blank lines open the next piece: a paragraph drops them at its end
        if cut < 0:
            cut = _after_sentence(text, start, end)
        if cut < 0:
            cut = text.rfind(" ", start + 1, end + 1)
        if cut < 0:  # one unbroken word: cut it, nothing is removed
            found.append(text[start:end])
            start = end
            continue
        found.append(text[start:cut])
        start = cut + 1
    found.append(text[start:])
    return found


def _after_sentence(text: str, start: int, end: int) -> int:
    """Where the last sentence inside text[start:end] ends: the index of the space after
    it, or -1."""
    last = -1
    for match in _SENTENCE_END.finditer(text, start + 1, end + 1):
        last = match.end() - 1
    return last
