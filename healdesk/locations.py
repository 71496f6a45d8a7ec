"""Where HealDesk finds its own files and keeps the user's.

One locator for ui/ and resources/ whether the app runs from the source tree, an installed
wheel (hatchling force-includes them under healdesk/) or a PyInstaller bundle (sys._MEIPASS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from healdesk import APP_ID

_PACKAGE = Path(__file__).resolve().parent


def _asset_roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots += [_PACKAGE, _PACKAGE.parent]  # installed wheel, then source tree
    return roots


def asset(*parts: str) -> Path:
    """Path of a shipped file, e.g. asset("resources", "templates"). Raises if it is missing."""
    for root in _asset_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("/".join(parts))


def data_dir() -> Path:
    """The default vault folder: $HEALDESK_DATA_DIR, else the platform's user data folder."""
    override = os.environ.get("HEALDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    """Non-sensitive preferences only: $HEALDESK_CONFIG_DIR, else the platform config folder."""
    override = os.environ.get("HEALDESK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
