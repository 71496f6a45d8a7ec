"""jrnl and Day One exports: counts, themes, text, and each entry's own wall clock and offset."""

from __future__ import annotations

import json
import zipfile
from zoneinfo import ZoneInfo

import pytest

from healdesk.formats import FormatError, dayone, jrnl, read_journal_file
from healdesk.vault.stores.importer import import_bundle
from tests.helpers.paths import FORMAT_FILES

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_jrnl_export_imports_with_its_tags_as_themes_and_its_times_kept(journal):
    name, bundle = read_journal_file(FORMAT_FILES / "jrnl_export.json", zone=BERLIN)
    report = import_bundle(journal, bundle)

    assert name == "jrnl"
    assert (report.conflicts, report.duplicates, report.skipped_empty) == (6, 0, 0)
    assert journal.theme_usage() == {"chores": 3, "family": 1, "money": 1, "work": 1}
    entries = journal.conflicts()
    assert [c.happened_at.isoformat() for c in entries] == [
        "2024-03-01T20:15:00+01:00",
        "2024-03-05T09:00:00+01:00",
        "2024-03-30T21:00:00+01:00",
        "2024-03-31T21:00:00+02:00",  # summer time began that morning
        "2024-04-02T07:45:00+02:00",
        "2024-04-10T23:59:00+02:00",
    ]
    assert entries[0].what_happened == (
        "Dishes again.\nI said I was tired and walked out of the kitchen @chores. "
        "Later we laughed about it, a bit."
    )
    assert entries[3].what_happened == "First evening of summer time." and entries[3].themes == []
    assert entries[1].themes == ["money", "family"]
    assert entries[4].what_happened.startswith("Слишком громко 😞 @work\nЯ повысил")
    assert entries[5].what_happened.endswith("<b>again</b> & again.\n\nשקט אחר כך.")


def test_jrnl_times_default_to_this_computers_time_zone():
    _, bundle = read_journal_file(FORMAT_FILES / "jrnl_export.json")
    first = bundle.conflicts[0].happened_at
    assert (first.hour, first.minute) == (20, 15)
    assert first.utcoffset() == first.replace(tzinfo=None).astimezone().utcoffset()


def test_a_day_one_export_imports_in_each_entrys_own_time_zone(journal):
    name, bundle = read_journal_file(FORMAT_FILES / "dayone_export.json")
    report = import_bundle(journal, bundle)

    assert name == "dayone"
    assert (report.conflicts, report.skipped_empty, report.themes) == (5, 1, 5)
    entries = journal.conflicts()
    assert [c.happened_at.isoformat() for c in entries] == [
        "2023-01-15T21:30:00-05:00",  # the evening before, in New York
        "2023-07-02T20:05:00+02:00",
        "2023-10-29T02:30:00+02:00",  # the first 2:30 of the night the clocks went back
        "2023-10-29T02:30:00+01:00",  # and the second
        "2024-02-29T11:15:00+05:30",
    ]
    assert entries[0].what_happened == (
        "Sunday night\n\nWe argued about the dishes again. I raised my voice!\n\n"
        "- I want to say sorry first"
    )
    assert entries[1].what_happened == (
        "Call with Mum about the holidays - she hung up.\n\nI felt hurt 😢 and a bit relieved."
    )
    assert entries[0].themes == ["chores", "Feeling unheard"]
    assert entries[3].themes == ["Money", "work"]  # "money" is the theme "Money" already
    assert entries[4].themes == [] and entries[4].what_happened.startswith("ויכוח")
    assert journal.theme_usage() == {
        "chores": 1,
        "family and in-laws": 1,
        "Feeling unheard": 1,
        "Money": 2,
        "work": 1,
    }


def test_a_day_one_zip_with_two_journals_imports_both(tmp_path):
    document = json.loads((FORMAT_FILES / "dayone_export.json").read_text(encoding="utf-8"))
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("Journal.json", json.dumps(document))
        out.writestr("Work.json", json.dumps({**document, "entries": document["entries"][:2]}))
        out.writestr("photos/0cc175b9c0f1b6a831c399e269772661.jpeg", b"\xff\xd8\xff")
    name, bundle = read_journal_file(archive)
    assert name == "dayone" and len(bundle.conflicts) == 7 and bundle.skipped_empty == 1


def test_an_unknown_day_one_time_zone_keeps_the_instant_in_utc():
    bundle = dayone.parse(
        {
            "entries": [
                {"creationDate": "2024-05-12T12:00:00Z", "timeZone": "Mars/Base", "text": "x"}
            ]
        }
    )
    assert bundle.conflicts[0].happened_at.isoformat() == "2024-05-12T12:00:00+00:00"


@pytest.mark.parametrize(
    "entry, where",
    [
        ({"title": "x", "date": "1st of May", "time": "10:00"}, "$.entries[0].date"),
        ({"title": "x", "date": "2024-05-01", "time": "10h"}, "$.entries[0].time"),
        ({"title": 5, "date": "2024-05-01", "time": "10:00"}, "$.entries[0].title"),
        ({"title": "x", "date": "2024-05-01", "time": "10:00", "tags": "@a"}, "$.entries[0].tags"),
    ],
)
def test_a_malformed_jrnl_entry_is_named_by_its_path(entry, where):
    with pytest.raises(FormatError) as caught:
        jrnl.parse({"tags": {}, "entries": [entry]})
    assert str(caught.value).startswith(f"at {where}: expected")


def test_format_detection_and_an_explicit_format(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"entries": [{"creationDate": "2024-05-12T12:00:00Z"}]}))
    assert read_journal_file(path)[0] == "dayone"
    with pytest.raises(FormatError, match=r"at \$\.format: this field is missing"):
        read_journal_file(FORMAT_FILES / "dayone_export.json", "healdesk")
    path.write_text(json.dumps({"notes": []}))
    with pytest.raises(FormatError, match="not a file HealDesk can import"):
        read_journal_file(path)
