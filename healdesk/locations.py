"""Where HealDesk finds its own files and keeps the user's.

One locator for ui/ and resources/ whether the app runs from the source tree, an installed
wheel (hatchling force-includes them under healdesk/) or a PyInstaller bundle (sys._MEIPASS).

`healdesk --help` reads the language choice and the catalogues through this module, so what
it needs works on plain str paths (pathlib alone costs `--help` almost half of Python's own
start); the Path-returning functions wrap those for everyone else.
"""

from __future__ import annotations

import os
import sys

from healdesk import APP_ID

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (type checkers know it)
if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE = os.path.dirname(os.path.realpath(__file__))

#: Linux and the BSDs keep user folders where the XDG base directory specification says;
#: platformdirs is asked only elsewhere (its Unix module imports tempfile, shutil, bz2 and lzma).
_FOLLOWS_XDG = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))

#: For each kind of user folder: its XDG variable and the default when that is not set.
_XDG_FOLDERS = {
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "state": ("XDG_STATE_HOME", "~/.local/state"),
}


def _asset_roots() -> list[str]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(bundle)
    roots += [_PACKAGE, os.path.dirname(_PACKAGE)]  # installed wheel, then source tree
    return roots


def find_asset(*parts: str) -> str:
    """The path of a shipped file as text, e.g. find_asset("resources", "locale"). Raises if
    it is missing."""
    for root in _asset_roots():
        candidate = os.path.join(root, *parts)
        if os.path.exists(candidate):
            return candidate
    raise FileNotFoundError("/".join(parts))


def asset(*parts: str) -> Path:
    """Path of a shipped file, e.g. asset("resources", "templates"). Raises if it is missing."""
    from pathlib import Path

    return Path(find_asset(*parts))


#: In the config folder: the journal folder chosen in the app (restored or made elsewhere),
#: read by the app and every command alike. A folder name only: nothing from the journal.
JOURNAL_LOCATION_FILE = "journal-location.json"


def data_dir() -> Path:
    """The journal's folder: $HEALDESK_DATA_DIR, else the folder chosen in the app, else the
    platform's user data folder."""
    from pathlib import Path

    override = _overridden("HEALDESK_DATA_DIR")
    return Path(override) if override else chosen_journal_folder() or default_data_dir()


def default_data_dir() -> Path:
    from pathlib import Path

    return Path(_user_folder("data"))


def chosen_journal_folder() -> Path | None:
    """The folder written by `choose_journal_folder`, if any (an unreadable file counts as
    no choice: the default folder is where a journal is looked for then)."""
    from pathlib import Path

    folder = read_choice(JOURNAL_LOCATION_FILE, "journal")
    return Path(folder) if folder else None


def choose_journal_folder(folder: Path | None) -> None:
    """Remember `folder` as the journal's (None: back to the default) for app and commands."""
    chosen = os.path.realpath(folder) if folder else None
    write_choice(JOURNAL_LOCATION_FILE, "journal", chosen)


def read_choice(file_name: str, key: str) -> str | None:
    """A choice the app keeps outside Qt for the commands too (a small JSON file in the config
    folder); None when there is none or the file cannot be read."""
    try:
        with open(os.path.join(_config_folder(), file_name), encoding="utf-8") as file:
            text = file.read()
    except (OSError, UnicodeDecodeError):
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
    from pathlib import Path

    return Path(_config_folder())


def _config_folder() -> str:
    return _overridden("HEALDESK_CONFIG_DIR") or _user_folder("config")


def state_dir() -> Path:
    """Runtime state that is not a preference (the crash file): $HEALDESK_STATE_DIR, else the
    platform's user state folder."""
    from pathlib import Path

    return Path(_overridden("HEALDESK_STATE_DIR") or _user_folder("state"))


def _overridden(variable: str) -> str | None:
    """The folder named by `variable` ("~" expanded), None when it is unset or empty."""
    value = os.environ.get(variable)
    return os.path.expanduser(value) if value else None


def _user_folder(kind: str) -> str:
    """HealDesk's folder of `kind` ("config", "data" or "state") among the person's own, as
    platformdirs names it (with appauthor=False)."""
    if not _FOLLOWS_XDG:
        import platformdirs

        return getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False)
    variable, default = _XDG_FOLDERS[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):  # unset, empty or relative: the specification ignores it
        base = os.path.expanduser(default)
    return os.path.join(base, APP_ID)
