"""`healdesk export-json` and `healdesk export-markdown` as real processes on real vaults."""

from __future__ import annotations

import json
import stat

from healdesk.formats import healdesk_json
from healdesk.vault import Vault
from healdesk.vault.stores.exporter import journal_bundle
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.format_samples import VALIDATOR, fill_journal, normalised
from tests.helpers.vaults import PASSPHRASE

WARNING = "is not encrypted; anyone who gets it can read your journal."


def filled(vault) -> tuple:
    fill_journal(vault.journal)
    bundle = journal_bundle(vault.journal)
    vault.lock()
    return vault.folder, bundle


def test_export_json_warns_writes_a_private_file_and_reimports_the_same(vault, new_vault, tmp_path):
    folder, original = filled(vault)
    out = tmp_path / "journal.json"
    result = healdesk("export-json", str(out), "--data-dir", str(folder), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"healdesk: warning: {out} {WARNING}"]
    assert result.stdout.strip() == f"Wrote 3 entries, 1 repair and 2 commitments to {out}."
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    VALIDATOR.validate(json.loads(out.read_text(encoding="utf-8")))
    assert not list(tmp_path.glob(".journal.json.*"))  # no temp file left beside it

    target = new_vault()
    target_folder = target.folder
    target.lock()
    result = healdesk("import", str(out), "--data-dir", str(target_folder), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    with Vault.unlock(target_folder, passphrase=PASSPHRASE) as copy:
        assert normalised(journal_bundle(copy.journal)) == normalised(original)


def test_export_json_refuses_to_overwrite_without_force(vault_folder, tmp_path):
    out = tmp_path / "journal.json"
    out.write_text("keep me")
    args = ("export-json", str(out), "--data-dir", str(vault_folder))
    assert_one_line_error(healdesk(*args, stdin=PASSPHRASE), "already exists; add --force")
    assert out.read_text() == "keep me"
    forced = healdesk(*args, "--force", stdin=PASSPHRASE)
    assert forced.returncode == 0, forced.stderr
    assert healdesk_json.parse(json.loads(out.read_text()))


def test_export_json_into_a_missing_folder_is_a_one_line_error(vault_folder, tmp_path):
    result = healdesk(
        "export-json", str(tmp_path / "no" / "j.json"), "--data-dir", str(vault_folder)
    )
    assert_one_line_error(result, "does not exist")


def test_export_markdown_one_document(vault, tmp_path):
    folder, _ = filled(vault)
    out = tmp_path / "journal.md"
    result = healdesk("export-markdown", str(out), "--data-dir", str(folder), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"healdesk: warning: {out} {WARNING}"]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# HealDesk journal") and "Loan again" in text
    assert "They said <b>never</b>" in text and "## After the door" in text


def test_export_markdown_per_entry_and_its_refusals(vault, tmp_path):
    folder, _ = filled(vault)
    out = tmp_path / "entries"
    args = ("export-markdown", str(out), "--per-entry", "--data-dir", str(folder))
    result = healdesk(*args, stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 4 files to {out}."
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 and names[-1] == "commitments.md"
    assert all(stat.S_IMODE((out / n).stat().st_mode) == 0o600 for n in names)
    assert_one_line_error(healdesk(*args, stdin=PASSPHRASE), "is not empty; add --force")
    assert healdesk(*args, "--force", stdin=PASSPHRASE).returncode == 0
    single = tmp_path / "one.md"
    single.write_text("x")
    assert_one_line_error(
        healdesk("export-markdown", str(single), "--per-entry", "--data-dir", str(folder)),
        "is a file",
    )
