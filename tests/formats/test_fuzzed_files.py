"""Any damage to a real export either imports cleanly or is refused with a FormatError:
never another exception, never a half import."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healdesk.formats import FormatError, dayone, healdesk_json, jrnl
from healdesk.vault.stores.exporter import journal_bundle
from healdesk.vault.stores.importer import import_bundle
from tests.helpers.format_samples import fill_journal
from tests.helpers.paths import FORMAT_FILES

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


def places(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path into a JSON value (object keys and list indexes)."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += places(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += places(child, (*path, index))
    return found


def damaged(document: Any, data: st.DataObject) -> Any:
    document = json.loads(json.dumps(document))
    for _ in range(data.draw(st.integers(1, 3))):
        inside = places(document)[1:]
        if not inside:  # earlier damage emptied the document
            break
        path = data.draw(st.sampled_from(inside))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and data.draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(json_values)
    return document


@pytest.fixture(scope="module")
def healdesk_document(vault_template, tmp_path_factory):
    import shutil

    from healdesk.vault import Vault

    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    shutil.copytree(vault_template[0], folder)
    with Vault.unlock(folder, recovery_key=vault_template[1]) as vault:
        fill_journal(vault.journal)
        return healdesk_json.to_document(journal_bundle(vault.journal))


READERS = {
    "healdesk": healdesk_json.parse,
    "jrnl": jrnl.parse,
    "dayone": dayone.parse,
}


@pytest.mark.parametrize("kind", sorted(READERS))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_exports_import_or_are_refused_cleanly(kind, healdesk_document, new_vault, data):
    if kind == "healdesk":
        original = healdesk_document
    else:
        original = json.loads((FORMAT_FILES / f"{kind}_export.json").read_text(encoding="utf-8"))
    document = damaged(original, data)
    try:
        bundle = READERS[kind](document)
    except FormatError as error:
        assert str(error)
        return
    vault = new_vault()
    report = import_bundle(vault.journal, bundle)
    assert vault.journal.count() + len(bundle.trashed) >= report.conflicts
    vault.lock()
