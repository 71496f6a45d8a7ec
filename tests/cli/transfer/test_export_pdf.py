"""`healdesk export-pdf`, run as a real process on a real vault."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from tests.helpers import export_sample as sample
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.paths import ROOT
from tests.helpers.pdf_readback import pdf_text
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def filled(vault, tmp_path):
    """(vault folder, passphrase file, conflict ids) of a locked vault holding the sample."""
    ids = sample.fill(vault.journal)
    vault.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    return ["--data-dir", str(vault.folder), "--passphrase-file", str(secret)], ids


def test_filters_choose_the_entries(filled, tmp_path):
    common, _ids = filled
    out = tmp_path / "chores.pdf"
    result = healdesk(
        "export-pdf",
        str(out),
        "--theme",
        "chores",
        "--from",
        "2026-02-01",
        "--to",
        "2026-03-08",
        *common,
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote 2 entries on 2 pages to {out}." in result.stdout
    assert "anyone who gets this PDF can read it" in result.stdout
    text = pdf_text(out)
    assert "bathroom" in text and "Laundry" in text and "holiday budget" not in text
    assert "Conflict journal: summary" in text and "I almost said" not in text


def test_repair_answers_go_out_only_with_include_repairs(filled, tmp_path):
    common, ids = filled
    without, with_answers = tmp_path / "without.pdf", tmp_path / "with.pdf"
    for out, extra in ((without, []), (with_answers, ["--include-repairs", "--redact-names"])):
        result = healdesk("export-pdf", str(out), "--entry", str(ids[0]), *extra, *common)
        assert result.returncode == 0, result.stderr
    text = pdf_text(without)
    assert "Repair after a fight" in text and "The answers in this repair were left out." in text
    assert "To understand Sam" not in text and "shared chores rota" not in text
    text = pdf_text(with_answers)
    assert "To understand Partner, not to win." in text and "shared chores rota" in text
    assert "Sam" not in text


def test_hand_picked_redacted_private_and_encrypted(filled, tmp_path):
    common, ids = filled
    out, password = tmp_path / "picked.pdf", tmp_path / "pdf-password.txt"
    password.write_text("for the session\n")
    result = healdesk(
        "export-pdf",
        str(out),
        "--entry",
        str(ids[0]),
        "--entry",
        str(ids[2]),
        "--redact-names",
        "--include-private",
        "--no-summary",
        "--password-file",
        str(password),
        *common,
    )
    assert result.returncode == 0, result.stderr
    assert "encrypted (AES-256)" in result.stdout
    reader = PdfReader(out)
    assert reader.is_encrypted and not reader.decrypt("wrong")
    text = pdf_text(out, password="for the session")
    assert "Partner came home late" in text and "took the call" in text
    assert "I almost said something" in text and "Conflict journal: summary" not in text
    assert "Sam" not in text and "Elena" not in text


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--from", "2026-13-01"], "--from '2026-13-01' is not a date like 2026-03-14"),
        (["--from", "2026-03-01", "--to", "2026-01-01"], "--from is after --to"),
        (["--theme", "Weather"], "there is no theme called 'Weather' (themes: Chores,"),
        (["--person", "Nobody"], "there is no person called 'Nobody'"),
        (["--entry", "999"], "there is no entry number 999"),
        (["--from", "2030-01-01"], "No entries match this choice"),
        (["--password-file", "/nonexistent/pw.txt"], "cannot read the password file"),
    ],
)
def test_mistakes_are_one_line_errors_and_write_nothing(filled, tmp_path, arguments, message):
    common, _ids = filled
    out = tmp_path / "never.pdf"
    assert_one_line_error(healdesk("export-pdf", str(out), *arguments, *common), message)
    assert not out.exists()


def test_an_unwritable_target_is_refused_before_unlocking(filled, tmp_path):
    common, _ids = filled
    for target in (tmp_path / "no-such-folder" / "x.pdf", tmp_path):
        assert_one_line_error(healdesk("export-pdf", str(target), *common), "Cannot write")


def test_export_never_imports_qt(filled, tmp_path):
    common, _ids = filled
    code = (
        "import sys\nfrom healdesk.cli import main\n"
        "assert main(['export-pdf', *sys.argv[1:]]) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "q.pdf"), *common],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_a_killed_export_never_leaves_a_partial_pdf(vault, tmp_path):
    """Killed at any moment, the target is either absent or a whole, readable PDF."""
    from tests.helpers.bulk_journal import make_conflicts

    with vault.journal.transaction():
        for conflict in make_conflicts(150):
            vault.journal.add_conflict(conflict)
    vault.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    killed = 0
    for delay in (0.3, 0.7, 1.1, None):  # None: left to finish
        out = tmp_path / f"killed-{delay}.pdf"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "healdesk",
                "export-pdf",
                str(out),
                "--data-dir",
                str(vault.folder),
                "--passphrase-file",
                str(secret),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            process.wait(timeout=delay or 60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            killed += 1
        if out.exists():
            assert len(PdfReader(out).outline) == 151  # the summary and every entry
    assert killed and out.exists()
