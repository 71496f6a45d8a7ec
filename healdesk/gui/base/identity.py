"""Who the app says it is to the desktop: names, the desktop-file id, the icon, settings.

Everything derives from APP_ID ("org.healdesk.HealDesk"), so the window, the .desktop file,
the AppStream metainfo, the data folder and the settings file all carry the same id, and a
Wayland compositor or dock matches the running window to its launcher and icon.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication, QIcon

from healdesk import APP_ID, APP_NAME, __version__
from healdesk.locations import asset, config_dir

#: The PNG sizes resources/icons/hicolor holds (packaging/render_icons.py makes them).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def organization_domain() -> str:
    """Turns "org.healdesk.HealDesk" into "healdesk.org": Qt on macOS reverses it back."""
    return ".".join(reversed(APP_ID.split(".")[:-1]))


def app_icon() -> QIcon:
    """The app icon: the SVG first (so Qt picks its scalable engine), then the rendered PNGs,
    which that engine uses as they are at their exact sizes (no re-rendering per window)."""
    icon = QIcon(str(asset("resources", "icons", f"{APP_ID}.svg")))
    for size in ICON_SIZES:
        # Giving the size spares Qt reading every PNG at start-up to learn it (~20 ms).
        icon.addFile(
            str(asset("resources", "icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")),
            QSize(size, size),
        )
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Call once, right after the QApplication exists and before the first window is shown."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(organization_domain())
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if sys.platform == "win32":
        _claim_windows_app_id()


def _claim_windows_app_id() -> None:
    """Windows groups taskbar buttons by AppUserModelID, not by desktop file: claim the one
    the installer's Start-menu shortcut carries (packaging/windows/healdesk.iss). Untested."""
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    except (AttributeError, OSError):
        pass  # an older Windows without the call: the taskbar still works, ungrouped


def settings() -> QSettings:
    """Preferences (never entry text) in one INI file in the APP_ID config folder on every
    platform, instead of Qt's per-platform default (registry, plist, ~/.config/<org>/)."""
    path = config_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
