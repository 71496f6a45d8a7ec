"""Reading exported PDFs back: text (pypdf), outline, and pixels rendered by pdftoppm."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path, password: str | None = None) -> str:
    """All text pypdf extracts, whitespace collapsed so phrases survive line wrapping."""
    reader = PdfReader(path)
    if password is not None:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def outline_titles(path: Path) -> list[str]:
    return [item.title for item in PdfReader(path).outline]


def dark_pixels(path: Path, tmp_path: Path) -> list[int]:
    """Render every page with pdftoppm (greyscale) and count the inked pixels per page."""
    prefix = tmp_path / "render"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", str(path), str(prefix)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    counts = []
    for image in sorted(tmp_path.glob("render*.pgm")):
        data = image.read_bytes()
        # binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel
        fields = data.split(maxsplit=4)
        width, height = int(fields[1]), int(fields[2])
        pixels = fields[4][-width * height :]
        counts.append(sum(1 for value in pixels if value < 128))
    return counts


def poppler_text(path: Path) -> str:
    """The text poppler reads (`pdftotext -enc UTF-8`): right-to-left words come back in
    typing order only when the PDF draws them in display order."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return done.stdout.decode()


def placed_words(path: Path) -> list[tuple[float, float, float, str]]:
    """(top, left, right, word) of every word poppler finds, its characters in the order
    they sit on the page, left to right (`pdftotext -bbox`)."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    import html
    import re

    pattern = re.compile(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>'
    )
    return [
        (float(top), float(left), float(right), html.unescape(word))
        for left, top, right, word in pattern.findall(done.stdout.decode())
    ]
