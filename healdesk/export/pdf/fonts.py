"""Fonts for the therapist PDF: a fallback chain so every script the writer used prints.

reportlab has no automatic fallback (its Helvetica silently draws boxes for Cyrillic, CJK and
emoji), so text is split into runs by which registered font covers each character. A
character no installed font covers prints as a visible placeholder and is counted, so the
export can say so instead of silently losing words.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from healdesk.i18n import _

#: Printed where no font has a glyph (when even the text font lacks it, a question mark).
PLACEHOLDER = "\ufffd"


@dataclass(frozen=True, slots=True)
class FontSource:
    """One link of the chain: a reportlab name and the files that may provide it, best first."""

    name: str
    files: tuple[str, ...]


TEXT = FontSource("HealDesk-Text", ("DejaVuSans.ttf", "Vera.ttf"))
BOLD = FontSource("HealDesk-Bold", ("DejaVuSans-Bold.ttf", "VeraBd.ttf"))
#: Looked for after the text font, in this order. Noto CJK .ttc files are refused by reportlab.
FALLBACKS = (
    FontSource(
        "HealDesk-CJK",
        ("wqy-zenhei.ttc", "wqy-microhei.ttc", "NotoSansSC-Regular.ttf", "msyh.ttc", "simsun.ttc"),
    ),
    FontSource("HealDesk-Symbols", ("Symbola.ttf", "Symbola_hint.ttf", "seguisym.ttf")),
)

# Invisible characters that only steer rendering (joiners, variation selectors, bidi marks,
# skin-tone modifiers): dropped, never counted as missing. Controls other than newline go too.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff0-\ufff8"
    "\U0001f3fb-\U0001f3ff\U000e0000-\U000e0fff]"
)
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def clean_text(text: str) -> str:
    """Normalised text with one kind of line break and nothing that cannot be drawn."""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def _font_folders() -> list[Path]:
    home = Path.home()
    folders = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        home / "Library/Fonts",
    ]
    if sys.platform == "win32":
        folders.insert(0, Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    from healdesk.locations import asset

    try:
        folders.append(asset("resources", "fonts"))  # bundled DejaVu: Latin, Cyrillic, Greek
    except FileNotFoundError:
        pass
    import reportlab

    folders.append(Path(reportlab.__file__).parent / "fonts")  # Vera: Latin only, last resort
    return folders


@functools.cache
def _installed_fonts() -> dict[str, Path]:
    """File name -> path of every font file found, the first folder winning."""
    found: dict[str, Path] = {}
    for folder in _font_folders():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name, Path(root) / name)
    return found


def _register(source: FontSource) -> frozenset[int] | None:
    """Register the first available file of `source`; its covered code points, or None."""
    installed = _installed_fonts()
    for file_name in source.files:
        path = installed.get(file_name)
        if path is None:
            continue
        try:
            font = TTFont(source.name, str(path), subfontIndex=0)
        except Exception:  # a damaged or unsupported font file: try the next one
            continue
        pdfmetrics.registerFont(font)
        return frozenset(font.face.charToGlyph)
    return None


@dataclass(frozen=True, slots=True)
class FontChain:
    """The registered fonts and what each covers; built once per process."""

    text: frozenset[int]
    bold: frozenset[int]
    fallbacks: tuple[tuple[str, frozenset[int]], ...]

    @property
    def placeholder(self) -> str:
        return PLACEHOLDER if ord(PLACEHOLDER) in self.text else "?"

    def font_for(self, char: str, bold: bool) -> str | None:
        """The font that draws `char`: "" for the paragraph's own, a fallback name, or None."""
        code = ord(char)
        if code in (self.bold if bold else self.text):
            return ""
        if bold and code in self.text:
            return TEXT.name
        for name, covered in self.fallbacks:
            if code in covered:
                return name
        return None


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with code points beyond U+FFFF written as UTF-16 pairs.

    reportlab 5.1 writes them as bare hex (<1F614>), which readers reject, so emoji and
    rare CJK could not be copied or searched in the PDF.
    """
    entries = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@functools.cache
def font_chain() -> FontChain:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    text, bold = _register(TEXT), _register(BOLD)
    if text is None or bold is None:
        raise RuntimeError(_("no text font found for the PDF (DejaVu Sans or Vera)"))
    pdfmetrics.registerFontFamily(
        TEXT.name, normal=TEXT.name, bold=BOLD.name, italic=TEXT.name, boldItalic=BOLD.name
    )
    fallbacks = tuple(
        (source.name, covered) for source in FALLBACKS if (covered := _register(source)) is not None
    )
    newline = frozenset({ord("\n")})
    return FontChain(text | newline, bold | newline, fallbacks)


class Markup:
    """Turns user text into safe reportlab paragraph markup, counting unprintable characters.

    Every piece of user text goes through `__call__`: markup-like text is escaped so it
    prints literally (never a tag, link or image), names are redacted when asked, and each
    run of characters is set in the first font of the chain that covers it.
    """

    def __init__(self, redact: Callable[[str], str] = str) -> None:
        self.chain = font_chain()
        self.redact = redact
        self.missing = 0

    def prepare(self, text: str) -> str:
        """The text as it will print: redacted, then cleaned. Redacting the whole text before
        it is cut into pieces keeps a name that spans a cut from slipping through."""
        return clean_text(self.redact(text))

    def __call__(self, text: str, bold: bool = False) -> str:
        return self.runs(self.prepare(text), bold)

    def runs(self, prepared: str, bold: bool = False) -> str:
        """Markup for text already `prepare`d: escaped, each run in the font that draws it."""
        if self.covers(prepared, bold):
            return escaped(prepared)
        parts: list[str] = []
        run, run_font = [], ""
        for ch in prepared:
            font = self.chain.font_for(ch, bold)
            if font is None:
                self.missing += 1
                ch, font = self.chain.placeholder, ""
            if font != run_font and run:
                parts.append(_run(run_font, "".join(run)))
                run = []
            run_font = font
            run.append(ch)
        if run:
            parts.append(_run(run_font, "".join(run)))
        return "".join(parts)

    def covers(self, prepared: str, bold: bool = False) -> bool:
        """Whether the paragraph's own font draws all of `prepared`, so it needs no runs."""
        covered = self.chain.bold if bold else self.chain.text
        return all(ord(ch) in covered for ch in set(prepared))


def escaped(text: str) -> str:
    """Paragraph markup that prints `text` literally, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _run(font: str, text: str) -> str:
    body = escaped(text)
    return f'<font face="{font}">{body}</font>' if font else body
