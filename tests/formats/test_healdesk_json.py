"""HealDesk JSON: lossless round trips through real vaults, the JSON Schema, hostile text."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from healdesk.formats import FormatError, healdesk_json, read_journal_file
from healdesk.vault.stores.exporter import journal_bundle
from healdesk.vault.stores.importer import import_bundle
from tests.helpers.format_samples import SCHEMA, VALIDATOR, fill_journal, normalised, offsets
from tests.helpers.strategies import bundles


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_export_then_import_into_a_new_vault_gives_the_same_journal(journal, new_vault, tmp_path):
    fill_journal(journal)
    original = journal_bundle(journal)
    path = tmp_path / "journal.json"
    path.write_text(healdesk_json.dumps(original), encoding="utf-8")

    name, read = read_journal_file(path)
    target = new_vault()
    report = import_bundle(target.journal, read)
    copy = journal_bundle(target.journal)

    assert name == "healdesk"
    assert (report.conflicts, report.repairs, report.commitments) == (3, 1, 2)
    assert (report.themes, report.people, report.duplicates) == (3, 2, 0)
    assert normalised(copy) == normalised(original)
    assert offsets(copy) == offsets(original)
    # Spelled out, so a field both sides lost could not hide behind the equality above.
    first = copy.conflicts[0]
    assert first.what_happened.startswith("They said <b>never</b>") and first.person == "Sam"
    assert first.private_notes == "only for me\0and NUL" and first.my_part_note
    assert first.happened_at.isoformat() == "2026-03-29T21:15:00+02:00"
    assert len(copy.trashed) == 1 and copy.conflicts[2].what_happened.endswith("binned")
    assert target.journal.count() == 2
    assert {(t.name, t.colour) for t in copy.themes} >= {
        ("Chores", "#59a14f"),
        ("Money", "#e15759"),
    }
    assert {(p.name, p.role) for p in copy.people} == {("Sam", "Partner"), ("Mum", "Mother")}
    repair = copy.repairs[0]
    assert repair.template_id == "repair-after-fight" and repair.template_version == 2
    assert repair.answers["my_part.settled"] == 3 and repair.snapshot[1].fields[0].kind == "chips"
    assert [c.id for c in copy.conflicts[:2]] == repair.conflict_ids
    kept = copy.commitments[0]
    assert kept.repair_id == repair.id and [str(k.result) for k in kept.check_ins] == [
        "partly",
        "kept",
    ]


def test_an_export_validates_against_the_schema(journal):
    fill_journal(journal)
    document = json.loads(healdesk_json.dumps(journal_bundle(journal)))
    VALIDATOR.validate(document)
    assert document["conflicts"][0]["themes"] == ["Chores", "Feeling unheard"]


@pytest.mark.parametrize(
    "change, path",
    [
        (lambda d: d["conflicts"][1].update(intensity="high"), "$.conflicts[1].intensity"),
        (lambda d: d["conflicts"][0].update(intensity=11), "$.conflicts[0].intensity"),
        (lambda d: d["conflicts"][0].update(happened_at="2026-03-29 21:15"), "happened_at"),
        (lambda d: d["conflicts"][0].pop("what_happened"), "$.conflicts[0].what_happened"),
        (lambda d: d["conflicts"][0].update(themes="Chores"), "$.conflicts[0].themes"),
        (lambda d: d["repairs"][0].update(status="done"), "$.repairs[0].status"),
        (lambda d: d["repairs"][0]["answers"].update({"x.y": {"a": 1}}), "$.repairs[0].answers"),
        (lambda d: d["commitments"][0]["check_ins"][0].update(result="yes"), "check_ins[0].result"),
        (lambda d: d["commitments"][0].update(due="soon"), "$.commitments[0].due"),
        (lambda d: d.update(people=[{"role": "Partner"}]), "$.people[0].name"),
        (lambda d: d["repairs"][0].update(template_version=2**40), "template_version"),
    ],
)
def test_the_reader_rejects_what_the_schema_rejects_and_names_the_path(journal, change, path):
    fill_journal(journal)
    document = json.loads(healdesk_json.dumps(journal_bundle(journal)))
    change(document)
    assert not VALIDATOR.is_valid(document)
    with pytest.raises(FormatError, match="at ") as caught:
        healdesk_json.parse(document)
    assert path in str(caught.value)


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda d: d.update(version=healdesk_json.FORMAT_VERSION + 1),
            rf"newer HealDesk \(format version {healdesk_json.FORMAT_VERSION + 1}\)",
        ),
        (lambda d: d["repairs"][0].update(conflict_ids=[999]), "no conflict in this file"),
        (lambda d: d["commitments"][0].update(repair_id=999), "no repair in this file"),
        (lambda d: d["conflicts"][1].update(id=d["conflicts"][0]["id"]), "same id"),
    ],
)
def test_files_from_newer_versions_and_broken_links_are_refused(journal, change, message):
    fill_journal(journal)
    document = json.loads(healdesk_json.dumps(journal_bundle(journal)))
    change(document)
    with pytest.raises(FormatError, match=message):
        healdesk_json.parse(document)


def test_error_messages_never_contain_entry_text(journal):
    fill_journal(journal)
    document = json.loads(healdesk_json.dumps(journal_bundle(journal)))
    document["conflicts"][0]["intensity"] = "secret words"
    with pytest.raises(FormatError) as caught:
        healdesk_json.parse(document)
    assert "secret" not in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(bundles())
def test_any_bundle_survives_json_text_unchanged(bundle):
    text = healdesk_json.dumps(bundle)
    document = json.loads(text)
    VALIDATOR.validate(document)
    read = healdesk_json.parse(document)
    assert read == bundle
    assert offsets(read) == offsets(bundle)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bundles())
def test_any_journal_survives_export_and_import_into_a_new_vault(new_vault, tmp_path, bundle):
    assert_vault_round_trip(new_vault, tmp_path, bundle)


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(bundles(big_text=True))
def test_megabyte_texts_survive_export_and_import(new_vault, tmp_path, bundle):
    assert len(bundle.conflicts[0].what_happened) == 1_000_000
    assert_vault_round_trip(new_vault, tmp_path, bundle)


def assert_vault_round_trip(new_vault, tmp_path, bundle):
    """bundle -> vault A -> HealDesk JSON file -> vault B: A and B hold the same journal."""
    first = new_vault()
    import_bundle(first.journal, bundle)
    exported = journal_bundle(first.journal)
    path = tmp_path / "journal.json"
    path.write_text(healdesk_json.dumps(exported), encoding="utf-8")
    second = new_vault()
    report = import_bundle(second.journal, read_journal_file(path, "healdesk")[1])
    copy = journal_bundle(second.journal)
    again = import_bundle(second.journal, read_journal_file(path, "healdesk")[1])
    first.lock()
    second.lock()
    assert report.conflicts == len(bundle.conflicts) and report.duplicates == 0
    assert (again.conflicts, again.repairs, again.commitments) == (0, 0, 0)
    assert again.duplicates == len(bundle.conflicts) + len(bundle.repairs) + len(bundle.commitments)
    assert normalised(copy) == normalised(exported)
    assert offsets(copy) == offsets(exported)
    # Nothing of the generated journal was lost on the way into vault A either.
    assert sorted(c.what_happened for c in copy.conflicts) == sorted(
        c.what_happened for c in bundle.conflicts
    )
