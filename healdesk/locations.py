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


#: In the config folder: the journal folder chosen in the app (restored or made elsewhere),
#: read by the app and every command alike. A folder name only: nothing from the journal.
JOURNAL_LOCATION_FILE = "journal-location.json"


def data_dir() -> Path:
    """The journal's folder: $HEALDESK_DATA_DIR, else the folder chosen in the app, else the
    platform's user data folder."""
    override = os.environ.get("HEALDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return chosen_journal_folder() or default_data_dir()


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def chosen_journal_folder() -> Path | None:
    """The folder written by `choose_journal_folder`, if any (an unreadable file counts as
    no choice: the default folder is where a journal is looked for then)."""
    folder = read_choice(JOURNAL_LOCATION_FILE, "journal")
    return Path(folder) if folder else None


def choose_journal_folder(folder: Path | None) -> None:
    """Remember `folder` as the journal's (None: back to the default) for app and commands."""
    write_choice(JOURNAL_LOCATION_FILE, "journal", str(Path(folder).resolve()) if folder else None)


def read_choice(file_name: str, key: str) -> str | None:
    """A choice the app keeps outside Qt for the commands too (a small JSON file in the config
    folder); None when there is none or the file cannot be read."""
    try:
        text = (config_dir() / file_name).read_text("utf-8")
    except OSError:
        return None  # no choice made: every command (`--help` too) asks, so no json import
    import json

    try:
        value = json.loads(text)[key]
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, str) and value else None


def write_choice(file_name: str, key: str, value: str | None) -> None:
    """Keep `value` for `read_choice` (None: forget the choice), written whole or not at all."""
    import json

    from healdesk.fileio import write_atomically

    path = config_dir() / file_name
    if value is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(path, json.dumps({key: value}, ensure_ascii=False).encode("utf-8"))


def config_dir() -> Path:
    """Non-sensitive preferences only: $HEALDESK_CONFIG_DIR, else the platform config folder."""
    override = os.environ.get("HEALDESK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def state_dir() -> Path:
    """Runtime state that is not a preference (the crash file): $HEALDESK_STATE_DIR, else the
    platform's user state folder."""
    override = os.environ.get("HEALDESK_STATE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_ID, appauthor=False))
