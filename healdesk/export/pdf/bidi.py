"""Right-to-left text in the PDF: Hebrew and Arabic printed shaped and in reading order.

reportlab 5.1 lays words out left to right in typing order; its own bidi support needs
`rlbidi`, which is not on PyPI for every platform, and works word by word, so a comma after a
Hebrew word in an English sentence lands on the wrong side. Here reportlab still breaks the
lines (in typing order), and each line is then put in display order before it is drawn: the
Unicode bidi levels of its characters (python-bidi), runs of one level and one font reversed
as the algorithm's rule L2 says, and each right-to-left run shaped by HarfBuzz (uharfbuzz,
through reportlab), which joins Arabic letters and mirrors brackets. A paragraph whose first
strong character is right-to-left is set flush right. Paragraphs without such text are
reportlab's own, untouched.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from bidi import algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import FragLine, ParaLines
from reportlab.platypus.paraparser import ParaFrag

#: Characters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ... and
#: their presentation forms): only paragraphs holding one of them need any of this.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
#: Scripts whose letters join, so shaped lines differ in width from their letters one by one.
_JOINING = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")
_STRONG_RTL = frozenset({"R", "AL"})
#: Rounds of the search for the breaking width whose shaped lines fill the column.
_REFITS = 6


def has_right_to_left(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


def is_right_to_left(text: str) -> bool:
    """Whether the first strong character of `text` is right-to-left (rules P2 and P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


@functools.cache
def _flush_right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph, with right-to-left text put in display order line by line."""

    def _setup(self, text: Any, style: ParagraphStyle, *args: Any) -> None:
        super()._setup(text, style, *args)
        self._plain = plain = "".join(_frag_text(f) for f in self.frags)
        self._bidi = has_right_to_left(plain)
        self._base_level = 0
        if self._bidi:
            self._base_level = 1 if is_right_to_left(plain) else 0
            if self._base_level and self.style.alignment == TA_LEFT:
                self.style = _flush_right(self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        fixed = getattr(self, "_fixed_widening", None)
        if fixed is not None:  # a part of a split paragraph keeps its lines
            return self._wrap_widened(availWidth, availHeight, fixed)
        self._widened = 0.0
        size = super().wrap(availWidth, availHeight)
        if self._bidi and _JOINING.search(self._plain):
            size = self._refit(availWidth, availHeight, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part._fixed_widening = getattr(self, "_widened", 0.0)
        return parts

    def _refit(self, width: float, height: float, size: tuple[float, float]) -> tuple[float, float]:
        """Lines are broken on unshaped widths, and joined Arabic is narrower (or, rarely,
        wider) than its letters one by one: find the widest breaking width whose shaped lines
        still fit `width`, so lines fill the column as in any other language."""
        low, high = -0.25 * width, 0.5 * width
        if self._overflow() > 0:
            high = 0.0
        else:
            low = 0.0
        for _ in range(_REFITS):
            middle = (low + high) / 2
            self._wrap_widened(width, height, middle)
            if self._overflow() > 0:
                high = middle
            else:
                low = middle
        return self._wrap_widened(width, height, low)

    def _wrap_widened(self, width: float, height: float, widened: float) -> tuple[float, float]:
        self._widened = widened
        _, lines_height = super().wrap(width + widened, height)
        self.width = width
        return width, lines_height

    def _overflow(self) -> float:
        return max((-line.extraSpace for line in self._visual_lines().lines), default=0.0)

    def draw(self) -> None:
        if not self._bidi:
            super().draw()
            return
        logical = self.blPara
        self.blPara = self._visual_lines()
        try:
            super().draw()
        finally:
            self.blPara = logical

    def _visual_lines(self) -> ParaLines:
        """The broken lines in display order, as reportlab draws lines of several styles."""
        blPara = self.blPara
        if blPara.kind == 0:
            frag = self.frags[0]
            lines = [
                (
                    [(frag, " ".join(words))],
                    {
                        "fontSize": frag.fontSize,
                        "ascent": blPara.ascent,
                        "descent": blPara.descent,
                        "lineBreak": False,
                    },
                )
                for _space, words in blPara.lines
            ]
        else:
            lines = [
                (
                    [(f, f.text) for f in line.words if hasattr(f, "text")],
                    {
                        "fontSize": line.fontSize,
                        "ascent": line.ascent,
                        "descent": line.descent,
                        "lineBreak": getattr(line, "lineBreak", False),
                    },
                )
                for line in blPara.lines
            ]
        widths = self._wrapWidths
        visual = []
        for index, (pieces, facts) in enumerate(lines):
            available = widths[min(index, len(widths) - 1)] - getattr(self, "_widened", 0.0)
            runs = display_runs(pieces, self._base_level)
            width = sum(_width(f, text) for f, text in runs)
            visual.append(
                FragLine(
                    extraSpace=available - width,
                    wordCount=len(runs),
                    words=[f.clone(text=text) for f, text in runs],
                    maxWidth=available,
                    **facts,
                )
            )
        return ParaLines(
            kind=1, lines=visual, aH=getattr(blPara, "aH", 0), aW=getattr(blPara, "aW", 0)
        )


def _frag_text(frag: ParaFrag) -> str:
    """A fragment's text; the first part of a split plain paragraph holds words instead."""
    return " ".join(frag.words) if hasattr(frag, "words") else getattr(frag, "text", "")


def _width(frag: ParaFrag, text: str) -> float:
    if isinstance(text, ShapedStr):
        return sum(d.x_advance for d in text.__shapeData__) * frag.fontSize / 1000
    return stringWidth(text, frag.fontName, frag.fontSize)


def levels(text: str, base_level: int) -> list[int]:
    """The resolved bidi level of each character of one line (rules X1-I2 and L1)."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "LR"[base_level]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    found = [ch["level"] for ch in storage["chars"]]
    if len(found) != len(text):  # controls removed: the text is drawn as typed
        return [base_level] * len(text)
    for index in range(len(text) - 1, -1, -1):  # L1: spaces at the end of a line
        if not text[index].isspace():
            break
        found[index] = base_level
    return found


def visual_order(line_levels: Sequence[int]) -> list[int]:
    """Logical indices in display order (rule L2: reverse runs from the highest level down)."""
    order = list(range(len(line_levels)))
    if not order:
        return order
    highest = max(line_levels)
    lowest_odd = min((lv for lv in line_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and line_levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return order


def display_runs(
    pieces: Sequence[tuple[ParaFrag, str]], base_level: int
) -> list[tuple[ParaFrag, str]]:
    """One line's (frag, text) pieces in typing order -> (frag, text) runs in display order,
    right-to-left runs shaped and reversed."""
    owners = [owner for owner, (_frag, text) in enumerate(pieces) for _ in text]
    text = "".join(t for _f, t in pieces)
    line_levels = levels(text, base_level)
    runs: list[tuple[ParaFrag, str]] = []
    order = visual_order(line_levels)
    start = 0
    while start < len(order):
        first = order[start]
        step = -1 if line_levels[first] % 2 else 1
        end = start + 1
        while (
            end < len(order)
            and order[end] == order[end - 1] + step
            and line_levels[order[end]] == line_levels[first]
            and owners[order[end]] == owners[first]
        ):
            end += 1
        low, high = sorted((first, order[end - 1]))
        frag = pieces[owners[first]][0]
        run = text[low : high + 1]
        runs.append((frag, _shaped(frag, run) if step < 0 else run))
        start = end
    return runs


def _rise_at_line_start(set_rise: Callable[[PDFTextObject, float], None]):
    """reportlab 5.1's setRise reads the last operator of the text object, and fails on an
    empty one: a line that starts with a raised glyph (HarfBuzz puts the dagesh of a Hebrew
    yod at the start of a right-to-left name higher) has none yet."""

    @functools.wraps(set_rise)
    def guarded(self: PDFTextObject, rise: float) -> None:
        if not self._code:
            self._code.append("")
        set_rise(self, rise)

    return guarded


PDFTextObject.setRise = _rise_at_line_start(PDFTextObject.setRise)


def _shaped(frag: ParaFrag, run: str) -> str:
    """A right-to-left run in display order: shaped by HarfBuzz when the font allows (joined
    letters, mirrored brackets), else reversed with brackets mirrored."""
    if any(unicodedata.bidirectional(ch) in _STRONG_RTL for ch in run) and getattr(
        getFont(frag.fontName), "shapable", False
    ):
        shaped = shapeStr(run, frag.fontName, frag.fontSize, force=True)
        if isinstance(shaped, ShapedStr):
            return shaped
    return "".join(MIRRORED.get(ch, ch) for ch in reversed(run))
