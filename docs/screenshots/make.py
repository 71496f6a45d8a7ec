"""Regenerate every screenshot in docs/screenshots (offscreen Qt, throwaway vaults).

Run from the repository root: `python docs/screenshots/make.py [--out DIR] [--lang LANG] [AREA ...]`,
AREA one of windows, entry, repair, patterns, export, loop, couple, care, fit, tour (default: all;
DIR defaults to this folder; fit: the main windows on a 1280x720 screen, also with 150% text).
`--lang de` shows the app in German and takes the tour (the demo journal, written in that
language) into docs/screenshots/de/. Each area is a module beside this
one with `shoot(app, out) -> list[Path]`; all of them style the app with `appearance.apply`,
so the pictures show the app's own light and dark looks.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = (
    "windows",
    "entry",
    "repair",
    "patterns",
    "export",
    "loop",
    "couple",
    "care",
    "fit",
    "tour",
)


def prepare() -> None:
    """Offscreen Qt, the source tree importable, and no real config folder or keychain."""
    sys.path.insert(0, str(HERE.parents[1]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="healdesk-shots-"))
    os.environ["HEALDESK_CONFIG_DIR"] = str(scratch / "config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for the PNGs")
    parser.add_argument("--lang", help="the app's language, e.g. de (default areas: tour)")
    parser.add_argument("areas", nargs="*", metavar="AREA", help=f"any of {', '.join(AREAS)}")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.areas) - set(AREAS))
    if unknown:
        parser.error(f"unknown area(s) {', '.join(unknown)}; choose from {', '.join(AREAS)}")
    os.environ["HEALDESK_LANGUAGE"] = args.lang or "en"  # never the machine's language
    args.out = args.out or (HERE / args.lang if args.lang else HERE)
    prepare()
    from healdesk.gui.app.launch import make_app

    app = make_app()
    args.out.mkdir(parents=True, exist_ok=True)
    for area in args.areas or (["tour"] if args.lang else AREAS):
        for path in importlib.import_module(area).shoot(app, args.out):
            print(path)
        settle(app)
    return 0


def settle(app) -> None:
    """Close and delete the last area's windows before the next one restyles the app: an
    app-wide style change re-polishes every window left, and a half-deleted one crashed it."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
