"""The app and the commands open the same journal: a folder chosen in the app is where
`healdesk verify` looks too (the choice lives in a small file, not in Qt's settings)."""

from __future__ import annotations

import os
import subprocess
import sys

from healdesk.locations import JOURNAL_LOCATION_FILE, config_dir, data_dir
from tests.helpers.paths import ROOT
from tests.helpers.vaults import PASSPHRASE


def test_a_folder_chosen_in_the_app_is_found_by_the_cli(
    make_session, vault_folder, tmp_path, monkeypatch
):
    monkeypatch.delenv("HEALDESK_DATA_DIR")  # as on a real machine: no override
    session = make_session(tmp_path / "default-place")
    session._use_folder(vault_folder)  # what "restore elsewhere" ends with
    assert data_dir() == vault_folder.resolve()
    assert (config_dir() / JOURNAL_LOCATION_FILE).exists()
    session.shutdown()

    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    result = subprocess.run(
        [sys.executable, "-m", "healdesk", "verify", "--passphrase-file", str(secret)],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "HEALDESK_DATA_DIR"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "The journal is intact." in result.stdout


def test_no_choice_or_an_unreadable_file_means_the_default_folder(monkeypatch):
    monkeypatch.delenv("HEALDESK_DATA_DIR")
    default = data_dir()
    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / JOURNAL_LOCATION_FILE).write_text("{not json")
    assert data_dir() == default
