"""The person's folders: on Linux HealDesk computes the XDG folders itself (so `healdesk
--help` loads no platformdirs), and they are exactly the folders platformdirs names."""

from __future__ import annotations

import platformdirs
import pytest

from healdesk import APP_ID
from healdesk.locations import (
    asset,
    config_dir,
    default_data_dir,
    find_asset,
    read_choice,
    state_dir,
)
from tests.helpers.paths import ROOT

#: HOME and XDG settings a person may have: the variables set, unset, empty or relative (the
#: specification ignores a relative one).
SETTINGS = {
    "set": lambda home: {
        "XDG_CONFIG_HOME": str(home / "c"),
        "XDG_DATA_HOME": str(home / "d"),
        "XDG_STATE_HOME": str(home / "s"),
    },
    "unset": lambda home: {},
    "empty": lambda home: {"XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "XDG_STATE_HOME": ""},
    "relative": lambda home: {
        "XDG_CONFIG_HOME": "c",
        "XDG_DATA_HOME": "d",
        "XDG_STATE_HOME": "s",
    },
}


@pytest.mark.parametrize("setting", SETTINGS)
def test_user_folders_are_the_ones_platformdirs_names(setting, tmp_path, monkeypatch):
    for variable in ("HEALDESK_CONFIG_DIR", "HEALDESK_DATA_DIR", "HEALDESK_STATE_DIR"):
        monkeypatch.delenv(variable)
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable, value in SETTINGS[setting](tmp_path).items():
        monkeypatch.setenv(variable, value)
    assert str(config_dir()) == platformdirs.user_config_dir(APP_ID, appauthor=False)
    assert str(default_data_dir()) == platformdirs.user_data_dir(APP_ID, appauthor=False)
    assert str(state_dir()) == platformdirs.user_state_dir(APP_ID, appauthor=False)
    assert str(config_dir()).startswith(str(tmp_path))  # nothing outside the test's home


def test_a_healdesk_variable_names_the_folder_with_its_tilde_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("HEALDESK_CONFIG_DIR", "~/prefs")
    monkeypatch.setenv("HEALDESK_STATE_DIR", "~/state")
    assert config_dir() == tmp_path / "prefs"
    assert state_dir() == tmp_path / "state"


def test_assets_are_found_as_text_and_as_paths():
    assert asset("resources", "locale") == ROOT / "resources" / "locale"
    assert find_asset("resources", "locale") == str(ROOT / "resources" / "locale")
    with pytest.raises(FileNotFoundError):
        find_asset("resources", "no-such-file")


def test_a_choice_file_that_is_not_text_counts_as_no_choice():
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "language.json").write_bytes(b'{"language": "\xff\xfe"}')
    assert read_choice("language.json", "language") is None
