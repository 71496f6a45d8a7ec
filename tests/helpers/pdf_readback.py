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
