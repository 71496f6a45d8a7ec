"""Render resources/icons/<APP_ID>.svg to the PNG sizes desktops ask for.

The PNGs land in a freedesktop icon-theme layout (resources/icons/hicolor/<N>x<N>/apps/), so
Linux packages copy the folder as it is; the Windows .ico and macOS .icns the bundle uses are
packed from the same PNGs (with Pillow, which reportlab already brings). Run after editing the
SVG; `--check` fails when a committed file differs from a fresh render.

The check allows TOLERANCE per colour channel: the SVG rasteriser rounds differently on
different CPUs (a fresh render differed by 1/255 on a few pixels on another machine), and a
check that passes only where the files were made is no check. The .ico and .icns are packed
from the committed PNGs (no rasteriser involved), so they are compared byte for byte.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from healdesk import APP_ID  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_ICON = ROOT / "packaging" / "windows" / "healdesk.ico"
MACOS_ICON = ROOT / "packaging" / "macos" / "HealDesk.icns"
#: Largest difference per channel (of 255) still counted as the same picture. An edit of the
#: SVG changes whole areas by far more.
TOLERANCE = 8


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):
    """The icon as a QImage of size x size, antialiased, on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def platform_icons() -> dict[Path, bytes]:
    """The .ico (16-256 px) and .icns (16-512 px) files, packed from the committed PNGs."""
    import io

    from PIL import Image

    images = {size: Image.open(png_path(size)) for size in SIZES}
    packed = {}
    for target, fmt, sizes in (
        (WINDOWS_ICON, "ICO", [s for s in SIZES if s <= 256]),
        (MACOS_ICON, "ICNS", list(SIZES)),
    ):
        largest = images[sizes[-1]]
        out = io.BytesIO()
        largest.save(
            out,
            fmt,
            sizes=[(s, s) for s in sizes],
            append_images=[images[s] for s in sizes[:-1]],
        )
        packed[target] = out.getvalue()
    return packed


def same_picture(committed, fresh) -> bool:
    """Same size, and no channel of any pixel further apart than TOLERANCE."""
    from PySide6.QtGui import QImage

    if committed.size() != fresh.size():
        return False
    a = bytes(committed.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    b = bytes(fresh.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    return len(a) == len(b) and all(
        abs(x - y) <= TOLERANCE for x, y in zip(a, b, strict=True) if x != y
    )


def main() -> int:
    from generated import outcome, update  # beside this script; tests load render() alone

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a PNG is out of date")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QImage needs it)
    stale = []
    for size in SIZES:
        image, target = render(size), png_path(size)
        if target.exists() and same_picture(QImage(str(target)), image):
            continue
        stale.append(target.relative_to(ROOT).as_posix())
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(target), "PNG"):
                raise SystemExit(f"cannot write {target}")
    stale += update(platform_icons(), args.check)
    return outcome(stale, args.check, "render_icons.py")


if __name__ == "__main__":
    sys.exit(main())
