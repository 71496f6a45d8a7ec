"""`healdesk template check|import` as real processes, and the same import in the app."""

from __future__ import annotations

import tomllib

from healdesk.core.repairs.template_loader import builtin_folder
from healdesk.gui.base import prompts
from healdesk.gui.repair.template_import import import_template
from healdesk.vault import Vault
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.template_text import VALID
from tests.helpers.vaults import PASSPHRASE


def test_check_summarises_a_valid_template():
    path = builtin_folder() / "repair-after-fight.toml"
    version = tomllib.loads(path.read_text(encoding="utf-8"))["version"]  # raised on rewording
    result = healdesk("template", "check", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "repair-after-fight.toml: ok. 'Repair after a fight' "
        f"(id repair-after-fight, version {version})",
        "    10 steps in 7 sections, 15 fields, 2 optional steps",
    ]


def test_check_names_file_step_and_field_without_a_traceback(tmp_path):
    unknown = tmp_path / "unknown.toml"
    unknown.write_text(VALID.replace('kind = "long_text"', 'kind = "essay"'))
    assert_one_line_error(
        healdesk("template", "check", str(unknown)),
        "unknown.toml, step 'one', field 'what': has an unknown kind 'essay'",
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("id = 'x'\ntitle = \n")
    assert_one_line_error(healdesk("template", "check", str(bad)), "bad.toml: is not valid TOML")
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * (5 * 1024 * 1024))
    assert_one_line_error(healdesk("template", "check", str(huge)), "huge.toml: is 5,242,882 bytes")
    several = tmp_path / "several.toml"
    several.write_text(
        VALID.replace('prompt = "What happened?"', "").replace('label = "I will"', "")
    )
    result = healdesk("template", "check", str(several))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "healdesk: 2 problems:",
        "  - several.toml, step 'one': is missing its 'prompt'",
        "  - several.toml, step 'two', field 'do': is missing its 'label'",
    ]
    assert_one_line_error(
        healdesk("template", "check", str(tmp_path / "none.toml")), "cannot be read"
    )


def test_import_keeps_a_valid_template_in_the_vault(vault_folder, tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text(VALID)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    args = ["--data-dir", str(vault_folder), "--passphrase-file", str(secret)]
    result = healdesk("template", "import", str(mine), *args)
    assert result.returncode == 0, result.stderr
    assert "Imported 'A small flow' (id small-flow)" in result.stdout
    builtin = tmp_path / "builtin.toml"
    builtin.write_text(VALID.replace('id = "small-flow"', 'id = "prepare-conversation"'))
    assert_one_line_error(healdesk("template", "import", str(builtin), *args), "built-in flow")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[steps]")
    assert_one_line_error(healdesk("template", "import", str(broken), *args), "not valid TOML")
    with Vault.unlock(vault_folder, passphrase=PASSPHRASE) as vault:
        assert vault.journal.user_templates() == {"small-flow": VALID}


def test_import_in_the_app_reports_problems_and_stores_valid_ones(journal, tmp_path, monkeypatch):
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: told.append(("warn", text)))
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(("ok", text)))
    broken = tmp_path / "broken.toml"
    broken.write_text(VALID.replace('kind = "date"', 'kind = "when"'))
    monkeypatch.setattr(prompts, "open_path", lambda *a: broken)
    assert import_template(None, journal) is None
    assert told[-1][0] == "warn" and "broken.toml, step 'two', field 'by'" in told[-1][1]
    assert journal.user_templates() == {}
    good = tmp_path / "good.toml"
    good.write_text(VALID)
    monkeypatch.setattr(prompts, "open_path", lambda *a: good)
    assert import_template(None, journal).id == "small-flow"
    assert told[-1] == ("ok", "“A small flow” is now offered as a repair flow.")
    assert journal.user_templates() == {"small-flow": VALID}
    monkeypatch.setattr(prompts, "open_path", lambda *a: None)
    assert import_template(None, journal) is None


def test_checking_a_template_never_loads_qt():
    import subprocess
    import sys

    from tests.helpers.paths import ROOT

    code = (
        "import sys; from healdesk.cli import main; "
        f"assert main(['template', 'check', {str(builtin_folder() / 'prepare-conversation.toml')!r}]) == 0; "
        "import healdesk.core.repairs.followthrough, healdesk.core.repairs.repair_text, healdesk.core.repairs.repair_draft; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
