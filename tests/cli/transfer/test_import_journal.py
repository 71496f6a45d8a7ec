"""`healdesk import` as a real process on real vaults."""

from __future__ import annotations

import json
import zipfile

import pytest

from healdesk.vault import Vault
from tests.helpers.cli import assert_one_line_error, healdesk, run_without_qt
from tests.helpers.paths import FORMAT_FILES
from tests.helpers.vaults import PASSPHRASE


def entry_count(folder) -> int:
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        return vault.journal.count()


def test_import_reports_counts_then_duplicates(vault_folder):
    args = ("import", str(FORMAT_FILES / "jrnl_export.json"), "--data-dir", str(vault_folder))
    first = healdesk(*args, "--time-zone", "Europe/Berlin", stdin=PASSPHRASE)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "Imported from jrnl JSON export: 6 entries, 0 repairs, 0 commitments; "
        "4 new themes, 0 new people."
    ]
    again = healdesk(*args, "--format", "jrnl", "--time-zone", "Europe/Berlin", stdin=PASSPHRASE)
    assert again.returncode == 0, again.stderr
    assert "Skipped 6 duplicates already in the journal: 6 entries, 0 repairs" in again.stdout
    found = healdesk("search", "laundry", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert "2024-04-10 23:59  [chores]" in found.stdout
    assert entry_count(vault_folder) == 6


def test_a_day_one_zip_imports_and_reports_entries_without_words(vault_folder, tmp_path):
    archive = tmp_path / "Day One export.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(FORMAT_FILES / "dayone_export.json", "Journal.json")
    result = healdesk("import", str(archive), "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Imported from Day One JSON export: 5 entries")
    assert "Skipped 1 entry without any words." in result.stdout


def jrnl_with_bad_date() -> bytes:
    document = json.loads((FORMAT_FILES / "jrnl_export.json").read_text(encoding="utf-8"))
    document["entries"][4]["date"] = "yesterday"
    return json.dumps(document, indent=2).encode()


@pytest.mark.parametrize(
    "content, message",
    [
        (jrnl_with_bad_date(), "nothing was changed: at $.entries[4].date: expected a date"),
        (b'{\n "tags": {},\n "entries": [\n  {"title": "x"\n ]\n}', "line 5, column 2"),
        (b"", "the file is empty"),
        (bytes(range(256)) * 4, "this is not a text file"),
        (b'{"tags": {}, "entries": [], "n": ' + b"9" * 5000 + b"}", "more than 100 digits"),
        (b'{"tags": {}, "entries": [' * 5000, "nested too deeply"),
    ],
    ids=["wrong type", "bad JSON", "empty", "binary", "5,000 digits", "nested"],
)
def test_a_malformed_file_is_one_line_naming_the_place_and_changes_nothing(
    vault_folder, tmp_path, content, message
):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = folder_bytes(vault_folder)
    result = healdesk("import", str(bad), "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert_one_line_error(result, message)
    assert folder_bytes(vault_folder) == before  # the vault was not even opened
    assert entry_count(vault_folder) == 0


def test_import_of_a_device_is_one_line_and_changes_nothing(vault_folder):
    before = folder_bytes(vault_folder)
    result = healdesk("import", "/dev/zero", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert_one_line_error(result, "cannot read the file (it is a device or a pipe, not a file)")
    assert folder_bytes(vault_folder) == before


def folder_bytes(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_wrong_format_missing_file_and_unknown_zone_are_one_line_errors(vault_folder, tmp_path):
    folder = str(vault_folder)
    assert_one_line_error(
        healdesk(
            "import",
            str(FORMAT_FILES / "jrnl_export.json"),
            "--format",
            "healdesk",
            "--data-dir",
            folder,
        ),
        "at $.format: this field is missing",
    )
    assert_one_line_error(
        healdesk("import", str(tmp_path / "nope.json"), "--data-dir", folder),
        "cannot read the file",
    )
    assert_one_line_error(
        healdesk(
            "import",
            str(FORMAT_FILES / "jrnl_export.json"),
            "--time-zone",
            "Mars/Base",
            "--data-dir",
            folder,
        ),
        "unknown time zone",
    )


def test_import_never_imports_qt(vault_folder):
    run_without_qt(
        "import",
        str(FORMAT_FILES / "dayone_export.json"),
        "--data-dir",
        str(vault_folder),
        stdin=PASSPHRASE,
    )


def test_imported_text_is_never_readable_in_the_vault_folder(vault_folder, tmp_path):
    marker = "zebra-marker-7q"
    document = json.loads((FORMAT_FILES / "jrnl_export.json").read_text(encoding="utf-8"))
    document["entries"][0]["body"] += f" {marker} @{marker}"
    source = tmp_path / "marked.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = healdesk("import", str(source), "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert marker.encode() in source.read_bytes()  # the control: the scan would see it
    for path in vault_folder.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name
