"""docs/screenshots/make.py renders every screenshot, each in the app's own palette."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage, QPalette

from healdesk.gui.base.appearance import palette_for
from tests.helpers.paths import ROOT

Role = QPalette.ColorRole
SHOTS = ROOT / "docs" / "screenshots"
#: PDF pages are not Qt windows; every other shot's corner is the palette's window or base.
PDF_PAGES = {"pdf-summary.png", "pdf-entry.png", "pdf-cycle-page.png", "pdf-right-to-left.png"}


def test_make_renders_every_screenshot_in_the_apps_palette(tmp_path):
    made = subprocess.run(
        [sys.executable, str(SHOTS / "make.py"), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    names = {path.name for path in tmp_path.glob("*.png")}
    assert names == {path.name for path in SHOTS.glob("*.png")}  # the names README links
    for name in sorted(names - PDF_PAGES):
        palette = palette_for("-dark" in name)
        backgrounds = {palette.color(role).name() for role in (Role.Window, Role.Base)}
        assert QImage(str(tmp_path / name)).pixelColor(1, 1).name() in backgrounds, name


def test_make_takes_the_tour_in_german_on_a_1280x720_screen(tmp_path):
    made = subprocess.run(
        [sys.executable, str(SHOTS / "make.py"), "--lang", "de", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    names = {path.name for path in tmp_path.glob("*.png")}
    assert names == {path.name for path in (SHOTS / "de").glob("*.png")}  # what docs link
    assert names == {
        f"tour-{n}.png" for n in ("journal", "entry", "repair-step", "insights", "export")
    }
    for name in names:
        picture = QImage(str(tmp_path / name))
        assert (picture.width(), picture.height()) == (1280, 720), name
