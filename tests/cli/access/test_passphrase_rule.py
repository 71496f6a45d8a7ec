"""The command line holds a new passphrase to the app's own rule (zxcvbn, at least "Fair")."""

from __future__ import annotations

import pytest

from healdesk.core.passphrase import refusal
from healdesk.vault import Vault
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.vaults import PASSPHRASE


@pytest.mark.parametrize("weak", ["password", "12345678", "qwertyuiop"])
def test_init_refuses_what_the_app_calls_easy_to_guess(tmp_path, weak):
    folder = tmp_path / "journal"
    result = healdesk("init", "--data-dir", str(folder), stdin=f"{weak}\n")
    assert_one_line_error(result, "easy to guess")
    assert "nothing was created" in result.stderr
    assert not Vault.exists(folder)


def test_passwd_refuses_a_weak_new_passphrase_and_keeps_the_old_one(vault_folder):
    result = healdesk("passwd", "--data-dir", str(vault_folder), stdin=f"{PASSPHRASE}\npassword\n")
    assert_one_line_error(result, "this passphrase is very easy to guess")
    assert "nothing was changed" in result.stderr
    Vault.unlock(vault_folder, passphrase=PASSPHRASE).lock()


def test_the_rule_is_one_sentence_for_each_reason():
    assert refusal("short") == "please choose a passphrase of at least 8 characters"
    assert refusal("password") == (
        "this passphrase is very easy to guess (this is a top-10 common password)"
    )
    assert refusal(PASSPHRASE) is None
