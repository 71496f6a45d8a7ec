"""Runtime hook replacing PyInstaller's pyi_rth_pyside6 (removed in healdesk.spec).

The stock hook imports PySide6.QtCore at every start only to check for an embedded qt.conf,
which PySide6's wheels already provide; that costs ~70 ms even for `healdesk --help`. This
one only points Qt at the bundled plugins, as the stock hook does, and leaves Qt unloaded
until the app imports it.
"""

import os
import sys


def _point_qt_at_bundle() -> None:
    base = os.path.join(sys._MEIPASS, "PySide6")
    qt_root = base if sys.platform.startswith("win") else os.path.join(base, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_root, "plugins")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")


_point_qt_at_bundle()
del _point_qt_at_bundle
