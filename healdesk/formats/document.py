"""Reading a file into parsed JSON, with a plain reason when it is not JSON at all."""

from __future__ import annotations

import json
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from healdesk.formats.errors import FormatError
from healdesk.i18n import _

#: The most JSON an import reads, from a file or unpacked from a zip in all: far more than a
#: lifetime of entries, far less than would exhaust memory.
MAX_JSON_BYTES = 256 * 2**20
#: Files a zip may list (a Day One export holds a JSON file per journal, plus its photos).
MAX_ZIP_ENTRIES = 100_000
#: Digits a JSON number may have: more than any count, id or date needs.
MAX_DIGITS = 100
_CHUNK = 2**20


def load_json_file(path: Path) -> Any:
    """Parse `path` as UTF-8 JSON, or the JSON files in a zip (a Day One export) merged.

    Raises FormatError for an unreadable, empty, binary, oversized or malformed file, and for
    anything that is not a regular file (a folder, a device such as /dev/zero, a pipe).
    """
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise FormatError(_("cannot read the file (it is a folder)"))
        if not stat.S_ISREG(found.st_mode):
            raise FormatError(_("cannot read the file (it is a device or a pipe, not a file)"))
        if zipfile.is_zipfile(path):
            return _load_zip(path)
        if found.st_size > MAX_JSON_BYTES:
            raise FormatError(_too_big())
        with path.open("rb") as handle:
            raw = read_bounded(handle, MAX_JSON_BYTES, "")
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise FormatError(_("the zip file is damaged")) from None
    except (NotImplementedError, RuntimeError):  # zipfile's words for encrypted or exotic
        raise FormatError(
            _("the zip file is encrypted or packed in a way HealDesk cannot unpack")
        ) from None
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise FormatError(_("cannot read the file ({reason})").format(reason=reason)) from None
    return parse_json_bytes(raw)


def read_bounded(stream: BinaryIO, limit: int, where: str) -> bytes:
    """At most `limit` bytes of `stream`, read in chunks; a FormatError as soon as there are
    more, so a file that never ends (or a zip that unpacks forever) costs `limit` at most."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise FormatError(where + _too_big())
    return b"".join(chunks)


def _too_big() -> str:
    return _("the file is larger than {MAX_JSON_BYTES} MB, more than HealDesk imports").format(
        MAX_JSON_BYTES=MAX_JSON_BYTES // 2**20
    )


def parse_json_bytes(raw: bytes, where: str = "") -> Any:
    """Parsed JSON, or a FormatError that says what the bytes are instead (`where` prefixes
    the message with the file's name inside a zip)."""
    if not raw.strip():
        raise FormatError(_("{where}the file is empty").format(where=where))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            _("{where}this is not a text file (byte {start} is not UTF-8)").format(
                where=where, start=error.start
            )
        ) from None
    if "\0" in text:
        raise FormatError(
            _("{where}this is not a text file (it contains NUL bytes)").format(where=where)
        )
    try:
        return json.loads(text, parse_int=_whole_number)
    except json.JSONDecodeError as error:
        raise FormatError(
            _("{where}not valid JSON at line {lineno}, column {colno}: {msg}").format(
                where=where, lineno=error.lineno, colno=error.colno, msg=error.msg
            )
        ) from None
    except RecursionError:
        raise FormatError(_("{where}the JSON is nested too deeply").format(where=where)) from None
    except FormatError as error:
        raise FormatError(f"{where}{error}") from None


def _whole_number(digits: str) -> int:
    """A JSON integer, refused before conversion when it is longer than any count or id
    (Python itself would stop at 4,300 digits with an error in the middle of parsing)."""
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise FormatError(
            _("a number in the file has more than {MAX_DIGITS} digits").format(
                MAX_DIGITS=MAX_DIGITS
            )
        )
    return int(digits)


def is_entries_export(
    document: Any, marker: str, first_entry_fits: Callable[[dict[str, Any]], bool]
) -> bool:
    """Whether `document` is another app's export: an object with a list of `entries`, told
    apart by its top-level `marker` object, or, for a hand-trimmed file without it, by the
    keys its first entry holds."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    if isinstance(document.get(marker), dict):
        return True
    first = document["entries"][0] if document["entries"] else None
    return isinstance(first, dict) and first_entry_fits(first)


def _load_zip(path: Path) -> Any:
    """Day One exports a zip with one JSON file per journal (and media, which are ignored).

    Only the top-level JSON files are unpacked, each streamed and counted, so a zip that
    declares or unpacks to more than MAX_JSON_BYTES in all is refused before it fills memory.
    """
    with zipfile.ZipFile(path) as archive:
        listed = archive.infolist()
        if len(listed) > MAX_ZIP_ENTRIES:
            raise FormatError(
                _(
                    "the zip file lists more than {MAX_ZIP_ENTRIES:,} files, more than HealDesk reads"
                ).format(MAX_ZIP_ENTRIES=MAX_ZIP_ENTRIES)
            )
        members = sorted(
            (
                info
                for info in listed
                if info.filename.lower().endswith(".json")
                and "/" not in info.filename.strip("/")
                and not info.filename.startswith("__")
            ),
            key=lambda info: info.filename,
        )
        if not members:
            raise FormatError(_("the zip file holds no JSON file at its top level"))
        left = MAX_JSON_BYTES
        documents = []
        for info in members:
            where = f"{info.filename}: "
            if info.file_size > left:
                raise FormatError(where + _too_big())
            with archive.open(info) as member:
                raw = read_bounded(member, left, where)
            left -= len(raw)
            documents.append(parse_json_bytes(raw, where))
    names = [info.filename for info in members]
    if len(documents) == 1:
        return documents[0]
    merged: dict[str, Any] = {"metadata": {}, "entries": []}
    for name, document in zip(names, documents, strict=True):
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise FormatError(
                _("{name}: expected a Day One journal with a list of entries").format(name=name)
            )
        merged["metadata"] = document.get("metadata", merged["metadata"])
        merged["entries"] += document["entries"]
    return merged
