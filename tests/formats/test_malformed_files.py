"""Files that are not what they claim: each refused with its reason and place."""

from __future__ import annotations

import json

import pytest

from healdesk.formats import FormatError, read_journal_file
from tests.helpers.paths import FORMAT_FILES

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (PNG, "this is not a text file (byte 0 is not UTF-8)"),
        (b'{"entries": []}\x00\x00', "this is not a text file (it contains NUL bytes)"),
        ("Tagebuch äöü".encode("latin-1"), "this is not a text file (byte 9 is not UTF-8)"),
        (b'{\n  "tags": {},\n  "entries": [\n    {"title": "x",}\n  ]\n}', "line 4, column 19"),
        (b'{"format": "healdesk-journal", "version": 1, "conflicts": [', "line 1, column 60"),
        (b"[1, 2, 3]", "not a file HealDesk can import"),
        (b"PK\x03\x04 not really a zip", "not valid JSON at line 1, column 1"),
        ("[" * 100_000, "nested too deeply"),
        (
            '{"tags": {}, "entries": [{"title": "\\ud83d", "date": "2024-01-01", "time": "09:00"}]}',
            "at $.entries[0].title: expected text without broken characters",
        ),
    ],
)
def test_a_malformed_file_is_refused_with_its_reason(tmp_path, content, message):
    path = tmp_path / "export.json"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    with pytest.raises(FormatError) as caught:
        read_journal_file(path)
    assert message in str(caught.value)


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    with pytest.raises(FormatError, match="cannot read the file"):
        read_journal_file(tmp_path / "nowhere.json")
    with pytest.raises(FormatError, match="cannot read the file"):
        read_journal_file(tmp_path)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + (FORMAT_FILES / "jrnl_export.json").read_bytes())
    assert len(read_journal_file(path)[1].conflicts) == 6


def test_a_damaged_zip_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": []}))
    data = bytearray(path.read_bytes())
    data[-10:] = b"\0" * 10  # the central directory's end record
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError):
        read_journal_file(path)


@pytest.mark.parametrize(
    "document, where",
    [
        (
            {
                "format": "healdesk-journal",
                "version": 1,
                "conflicts": [{"happened_at": "0001-01-01T00:00:00+01:00", "what_happened": "x"}],
            },
            "$.conflicts[0].happened_at",
        ),
        (
            {"entries": [{"creationDate": "9999-12-31T23:00:00Z", "timeZone": "Asia/Tokyo"}]},
            "$.entries[0].creationDate",
        ),
        (
            {"tags": {}, "entries": [{"title": "x", "date": "0001-01-01", "time": "00:00"}]},
            "$.entries[0].date",
        ),
    ],
)
def test_moments_no_time_zone_can_show_are_refused_with_their_path(tmp_path, document, where):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document))
    with pytest.raises(FormatError) as caught:
        read_journal_file(path)
    assert str(caught.value) == f"at {where}: expected a date and time between the years 2 and 9998"
