"""Files made to hurt the reader: endless, huge, deeply nested, over-long numbers, zip bombs.

Each is refused with one FormatError sentence before anything is imported; nothing gets to
fill memory or raise another exception.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healdesk.formats import FormatError, document, read_journal_file
from healdesk.vault.stores.importer import import_bundle
from tests.helpers.paths import FORMAT_FILES as DATA

HEALDESK = {
    "format": "healdesk-journal",
    "version": 1,
    "themes": [{"name": "Chores", "colour": "#4e79a7"}],
    "conflicts": [
        {"id": 1, "happened_at": "2024-03-01T20:15:00+01:00", "what_happened": "Dishes again."}
    ],
}


def sample(kind: str) -> dict:
    if kind == "healdesk":
        return json.loads(json.dumps(HEALDESK))
    return json.loads((DATA / f"{kind}_export.json").read_text(encoding="utf-8"))


def written(folder: Path, text: str) -> Path:
    """`text` as an export file in `folder`."""
    (folder / "export.json").write_text(text, encoding="utf-8")
    return folder / "export.json"


def refusal(path: Path) -> str:
    with pytest.raises(FormatError) as caught:
        read_journal_file(path)
    message = str(caught.value)
    assert message and "\n" not in message and len(message) < 200
    return message


@pytest.mark.parametrize("kind", ["healdesk", "jrnl", "dayone"])
@pytest.mark.parametrize("where", ["a field the reader uses", "a field it ignores"])
def test_a_number_of_thousands_of_digits_is_refused_in_every_format(tmp_path, kind, where):
    doc = sample(kind)
    entry = (doc.get("conflicts") or doc["entries"])[0]
    key = {"healdesk": "intensity", "jrnl": "starred", "dayone": "starred"}[kind]
    entry[key if where == "a field the reader uses" else "unknown"] = 1234
    text = json.dumps(doc).replace("1234", "9" * 5_000)
    assert refusal(written(tmp_path, text)) == "a number in the file has more than 100 digits"


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda d: d["conflicts"][0].update(id=10**30), "$.conflicts[0].id"),
        (lambda d: d.update(version=-(10**40)), "$.version"),
    ],
)
def test_whole_numbers_beyond_eighteen_digits_are_refused(tmp_path, change, where):
    doc = sample("healdesk")
    change(doc)
    message = refusal(written(tmp_path, json.dumps(doc)))
    assert message == f"at {where}: expected a whole number of at most 18 digits"


def test_a_device_and_a_pipe_are_refused_without_being_read(tmp_path):
    assert refusal(Path("/dev/zero")).endswith("(it is a device or a pipe, not a file)")
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)  # opening it to read would wait forever for a writer
    assert refusal(pipe) == "cannot read the file (it is a device or a pipe, not a file)"
    assert refusal(tmp_path) == "cannot read the file (it is a folder)"


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(document.MAX_JSON_BYTES + 1)  # sparse: no disk used
    assert refusal(huge) == "the file is larger than 256 MB, more than HealDesk imports"


def padded(kind: str, size: int) -> bytes:
    """A valid export of about `size` bytes (padded with spaces that JSON ignores)."""
    text = json.dumps(sample(kind))
    return (text + " " * max(0, size - len(text))).encode()


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(document, "MAX_JSON_BYTES", 2**20)
    monkeypatch.setattr(document, "MAX_ZIP_ENTRIES", 5)


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path, small_limits):
    path = tmp_path / "export.json"
    path.write_bytes(padded("jrnl", 2**20 + 1))
    assert refusal(path) == "the file is larger than 1 MB, more than HealDesk imports"
    path.write_bytes(padded("jrnl", 2**20))
    assert len(read_journal_file(path)[1].conflicts) == 6


def zipped(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "Day One.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_whose_journal_unpacks_past_the_limit_is_refused(tmp_path, small_limits):
    bomb = zipped(tmp_path, {"Journal.json": padded("dayone", 3 * 2**20)})
    assert bomb.stat().st_size < 2**16
    assert refusal(bomb) == "Journal.json: the file is larger than 1 MB, more than HealDesk imports"


def test_journals_in_a_zip_are_limited_together(tmp_path, small_limits):
    half = padded("dayone", 600_000)
    path = zipped(tmp_path, {"A.json": half, "B.json": half})
    assert refusal(path) == "B.json: the file is larger than 1 MB, more than HealDesk imports"


def test_a_zip_listing_too_many_files_is_refused(tmp_path, small_limits):
    photos = {f"photos/{n}.jpeg": b"jpeg" for n in range(5)}
    path = zipped(tmp_path, {"Journal.json": padded("dayone", 0), **photos})
    assert refusal(path) == "the zip file lists more than 5 files, more than HealDesk reads"


def test_a_zip_member_that_says_it_is_encrypted_is_refused(tmp_path):
    path = zipped(tmp_path, {"Journal.json": padded("dayone", 0)})
    data = bytearray(path.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + flags_at
        data[at] |= 1  # "encrypted": zipfile asks for a password it has not got
    path.write_bytes(bytes(data))
    assert refusal(path) == "the zip file is encrypted or packed in a way HealDesk cannot unpack"


# --- any hostile value anywhere --------------------------------------------------------------
#: JSON text that must never get past the reader, whatever field it sits in.
always_refused = st.one_of(
    st.integers(101, 6_000).map(lambda n: "9" * n),
    st.integers(101, 6_000).map(lambda n: "-" + "1" * n),
    st.integers(2_000, 50_000).map(lambda n: "[" * n + "]" * n),
    st.integers(2_000, 50_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
)
#: JSON text the reader either uses, ignores or refuses, depending on where it lands.
any_value = st.one_of(
    always_refused,
    st.sampled_from(
        ["1e999", "-1e999", "NaN", "Infinity", "-0", "0.5", "true", "null", "{}", "[]", '""']
    ),
    st.sampled_from(['"\\u0000"', '"\\ud800"', '"a\\u0000b"', '"#zzz"', '"javascript:x"']),
    st.integers(-(10**25), 10**25).map(str),
    st.text(max_size=20).map(json.dumps),
)


def objects(value: object, path: tuple = ()) -> list[tuple]:
    """Paths to every object in a parsed JSON value."""
    if isinstance(value, dict):
        return [path] + [p for k, child in value.items() for p in objects(child, (*path, k))]
    if isinstance(value, list):
        return [p for i, child in enumerate(value) for p in objects(child, (*path, i))]
    return []


def with_hostile(doc: dict, data: st.DataObject, values: st.SearchStrategy[str]) -> str:
    """The document's JSON text with a hostile value put into one of its objects, under an
    existing key (replacing it) or a new one."""
    path = data.draw(st.sampled_from(objects(doc)))
    target = doc
    for step in path:
        target = target[step]
    key = data.draw(st.sampled_from([*target, "unknown"]))
    target[key] = "@@HOSTILE@@"
    return json.dumps(doc).replace('"@@HOSTILE@@"', data.draw(values))


@pytest.mark.parametrize("kind", ["healdesk", "jrnl", "dayone"])
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_hostile_value_anywhere_is_refused_in_a_sentence(kind, tmp_path_factory, data):
    path = written(
        tmp_path_factory.mktemp("hostile"), with_hostile(sample(kind), data, always_refused)
    )
    refusal(path)


@pytest.mark.parametrize("kind", ["healdesk", "jrnl", "dayone"])
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_odd_value_anywhere_imports_or_is_refused_in_a_sentence(
    kind, tmp_path_factory, new_vault, data
):
    path = written(tmp_path_factory.mktemp("odd"), with_hostile(sample(kind), data, any_value))
    try:
        _name, bundle = read_journal_file(path)
    except FormatError as error:
        assert str(error) and "\n" not in str(error) and len(str(error)) < 200
        return
    vault = new_vault()
    import_bundle(vault.journal, bundle)
    vault.lock()
