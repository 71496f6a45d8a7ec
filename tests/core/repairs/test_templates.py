"""The built-in flows carry every step of domain.md; broken templates are refused precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from healdesk.core.repairs.repair import FieldSnapshot, StepSnapshot
from healdesk.core.repairs.template_check import MAX_TEMPLATE_BYTES, parse_template
from healdesk.core.repairs.template_loader import (
    builtin_folder,
    import_template_file,
    load_catalog,
    load_template_file,
)
from healdesk.core.repairs.templates import (
    BUILTIN_IDS,
    FieldKind,
    Template,
    TemplateError,
    snapshot_for,
)
from tests.helpers.paths import ROOT
from tests.helpers.template_text import VALID


@pytest.fixture(scope="module")
def builtin() -> dict[str, Template]:
    catalog = load_catalog()
    assert catalog.problems == []
    return catalog.templates


def kinds(template: Template, section: str) -> list[FieldKind]:
    return [f.kind for s in template.steps if s.section == section for f in s.fields]


def section_text(template: Template, section: str) -> str:
    """Every word a section shows: prompts, help, starters, examples, labels and options."""
    words = []
    for step in template.steps:
        if step.section == section:
            words += [step.prompt, step.help, *step.starters, *step.examples]
            for item in step.fields:
                words += [item.label, item.help, *item.options]
    return " ".join(words).lower()


def fields_of(template: Template, section: str):
    return [f for s in template.steps if s.section == section for f in s.fields]


def test_each_builtin_template_loads_from_its_own_file(builtin):
    assert sorted(builtin) == sorted(BUILTIN_IDS)
    for template_id in BUILTIN_IDS:
        template, _ = load_template_file(builtin_folder() / f"{template_id}.toml")
        assert template.id == template_id and template.version >= 1
        assert template.title and template.intro
        for step in template.steps:
            assert step.prompt and step.fields


def test_prepare_conversation_has_every_step_of_the_domain_flow(builtin):
    flow = builtin["prepare-conversation"]
    assert flow.sections() == ("Intention", "Their wish", "My needs", "Care", "Meaningful action")
    intention = section_text(flow, "Intention")
    for mood in ("calm", "soothed", "comfortable", "curious", "ready"):
        assert mood in intention
    for tone in ("time", "place", "soft", "appreciate"):
        assert tone in intention
    wish = fields_of(flow, "Their wish")
    assert any(f.kind is FieldKind.FROM_CONFLICT and f.source == "their_wish" for f in wish)
    assert "how am i coming across right now?" in section_text(flow, "Their wish")
    needs = fields_of(flow, "My needs")
    assert any(f.kind is FieldKind.FROM_CONFLICT and f.source == "my_wish" for f in needs)
    assert "blam" in section_text(flow, "My needs")  # say it without blame
    assert "both ways" in section_text(flow, "My needs")  # caring must not erase my needs
    care = section_text(flow, "Care")
    for gesture in ("understand", "touch", "listen", "judg"):
        assert gesture in care
    action = fields_of(flow, "Meaningful action")
    promise = next(f for f in action if f.commitment)
    assert promise.kind is FieldKind.SHORT_TEXT
    assert {f.id: f.kind for f in action}[promise.due_field] is FieldKind.DATE


def test_repair_after_fight_has_every_step_of_the_domain_flow(builtin):
    flow = builtin["repair-after-fight"]
    assert flow.sections() == (
        "Mindset",
        "My part",
        "Impact",
        "Validation",
        "Looking ahead",
        "Outcome",
        "Letting go",
    )
    mindset = section_text(flow, "Mindset")
    for idea in ("not win", "pattern between us", "same team"):
        assert idea in mindset
    my_part = fields_of(flow, "My part")
    assert [f.kind for f in my_part] == [FieldKind.FROM_CONFLICT, FieldKind.LONG_TEXT]
    assert my_part[0].source == "my_part"
    impact = [s for s in flow.steps if s.section == "Impact"]
    assert any(s.startswith("I can see how, when I") for st in impact for s in st.starters)
    validation = fields_of(flow, "Validation")
    assert {f.source for f in validation if f.source} == {"their_feelings", "my_feelings"}
    assert "it makes sense that you felt" in section_text(flow, "Validation")
    ahead = [s for s in flow.steps if s.section == "Looking ahead"]
    assert len(ahead) == 3  # differently next time, what I need to feel safe, what they need
    assert any(f.commitment for s in ahead[:1] for f in s.fields)
    assert "feel safe" in ahead[1].prompt and "they" in ahead[2].prompt
    outcome = [s for s in flow.steps if s.section == "Outcome"]
    assert len(outcome) == 1 and outcome[0].optional  # filled in later
    assert kinds(flow, "Outcome") == [FieldKind.CHOICE, FieldKind.LONG_TEXT, FieldKind.SCALE]
    talked = fields_of(flow, "Outcome")[0]
    assert talked.talked_option in talked.options


def test_understand_together_asks_both_people_each_question(builtin):
    flow = builtin["understand-together"]
    assert flow.sections()[1:] == (
        "Feelings",
        "What happened",
        "Listening turn",
        "Older sore spots",
        "What each owns",
        "Next time",
    )
    for step in flow.steps[1:]:
        labels = [f.label for f in step.fields]
        assert any("{first}" in label for label in labels), step.id
        assert any("{second}" in label for label in labels), step.id
    next_time = fields_of(flow, "Next time")
    assert sum(f.commitment for f in next_time) == 2


def write(tmp_path: Path, text: str, name: str = "flow.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list:
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    return caught.value.problems


def test_a_valid_template_parses(tmp_path):
    template, text = load_template_file(write(tmp_path, VALID))
    assert template.id == "small-flow" and text == VALID
    assert [s.optional for s in template.steps] == [False, True]


def test_bad_toml_is_named_with_its_file(tmp_path):
    found = problems(write(tmp_path, VALID.replace('title = "A small flow"', "title = ")))
    assert len(found) == 1 and found[0].file == "flow.toml"
    assert "not valid TOML" in str(found[0]) and "line" in str(found[0])


def test_unknown_field_kind_names_file_step_and_field(tmp_path):
    found = problems(write(tmp_path, VALID.replace('kind = "long_text"', 'kind = "slider"')))
    assert [(p.file, p.step, p.field) for p in found] == [("flow.toml", "one", "what")]
    assert "unknown kind 'slider'" in str(found[0]) and "long_text" in str(found[0])


def test_duplicate_step_and_field_ids_are_refused(tmp_path):
    twice = VALID.replace('id = "two"', 'id = "one"').replace('id = "by"\n', 'id = "do"\n')
    found = problems(write(tmp_path, twice))
    where = {(p.step, p.field) for p in found}
    assert ("one", "") in where  # the second step reusing "one"
    assert ("one", "do") in where  # the field id used twice within it
    assert all("already has" in p.message or "due_field" in p.message for p in found)


def test_missing_prompt_names_the_step(tmp_path):
    found = problems(write(tmp_path, VALID.replace('prompt = "What will you do?"\n', "")))
    assert [(p.step, p.field, p.message) for p in found] == [("two", "", "is missing its 'prompt'")]
    assert str(found[0]) == "flow.toml, step 'two': is missing its 'prompt'"


def test_a_five_megabyte_file_is_refused_before_it_is_read(tmp_path):
    path = write(tmp_path, VALID + "# " + "x" * (5 * 1024 * 1024) + "\n")
    found = problems(path)
    assert len(found) == 1 and "at most" in found[0].message
    with pytest.raises(TemplateError):
        parse_template(path.read_text(), "pasted")
    assert path.stat().st_size > MAX_TEMPLATE_BYTES


def test_every_problem_is_reported_at_once(tmp_path):
    broken = VALID.replace('label = "What happened"', "").replace(
        'due_field = "by"', 'due_field = "nowhere"'
    )
    found = problems(write(tmp_path, broken))
    assert {(p.step, p.field) for p in found} == {("one", "what"), ("two", "do")}


def test_a_broken_template_does_not_stop_the_others(tmp_path):
    for template_id in BUILTIN_IDS:
        (tmp_path / f"{template_id}.toml").write_bytes(
            (builtin_folder() / f"{template_id}.toml").read_bytes()
        )
    write(tmp_path, "id = [", "zz-broken.toml")
    write(tmp_path, VALID.replace('kind = "date"', 'kind = "calendar"'), "aa-broken.toml")
    catalog = load_catalog(tmp_path, {"mine": VALID, "bad": "not toml ["})
    assert sorted(catalog.templates) == sorted([*BUILTIN_IDS, "small-flow"])
    named = {p.file for p in catalog.problems}
    assert named == {"aa-broken.toml", "imported template 'bad'", "zz-broken.toml"}
    assert [t.id for t in catalog.ordered()] == [*BUILTIN_IDS, "small-flow"]


def test_user_template_cannot_take_a_builtin_id(tmp_path, journal):
    path = write(tmp_path, VALID.replace('id = "small-flow"', 'id = "repair-after-fight"'))
    with pytest.raises(TemplateError) as caught:
        import_template_file(journal, path)
    assert "built-in" in str(caught.value)
    assert journal.user_templates() == {}
    template = import_template_file(journal, write(tmp_path, VALID))
    assert journal.user_templates() == {template.id: VALID}
    assert "small-flow" in load_catalog(user_sources=journal.user_templates()).templates


def test_snapshot_keeps_labels_of_answers_the_new_version_dropped():
    template = parse_template(VALID, "flow.toml")
    old = (
        StepSnapshot(
            "gone", "Old: question", (FieldSnapshot("gone.words", "Old words", "long_text"),)
        ),
    )
    snap = snapshot_for(template, {"one.what": "x", "gone.words": "kept"}, old)
    assert [s.key for s in snap] == ["one", "two", "gone"]
    assert snap[-1].fields[0].label == "Old words"
    assert snap[0].title == "First: What happened?"


def test_the_example_in_docs_is_a_valid_template():
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    example = docs.split("```toml\n", 1)[1].split("```", 1)[0]
    template = parse_template(example, "templates.md")
    assert template.id == "weekly-talk" and template.steps[0].fields[0].kind is FieldKind.CHIPS


def test_keys_that_do_not_fit_the_kind_are_named(tmp_path):
    misplaced = VALID.replace(
        'kind = "long_text"\nlabel = "What happened"',
        'kind = "long_text"\nlabel = "What happened"\nmin = 1\ntalked_option = "yes"',
    ).replace("commitment = true\n", "")
    found = problems(write(tmp_path, misplaced))
    assert [str(p) for p in found] == [
        "flow.toml, step 'one', field 'what': 'talked_option' only applies to choice fields",
        "flow.toml, step 'one', field 'what': 'min' only applies to scale fields",
        "flow.toml, step 'two', field 'do': 'due_field' needs commitment = true",
    ]


def test_shipped_flows_are_parsed_once_until_a_file_or_the_language_changes(tmp_path, monkeypatch):
    """Every journal window (and the insights) asks for the catalogue: the files are read
    again only when they changed or another language is shown."""
    from healdesk import i18n
    from healdesk.core.repairs import template_loader

    folder = tmp_path / "flows"
    folder.mkdir()
    (folder / "small.toml").write_text(VALID)
    read: list[str] = []
    real = template_loader.load_template_file

    def counted(path: Path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(template_loader, "load_template_file", counted)
    first = load_catalog(folder)
    again = load_catalog(folder, {"own": VALID.replace("small-flow", "own-flow")})
    assert read == ["small.toml"]
    assert first.templates["small-flow"] is again.templates["small-flow"]  # frozen: shared
    assert set(again.templates) == {"small-flow", "own-flow"}
    (folder / "small.toml").write_text(VALID.replace("A small flow", "A smaller flow"))
    assert load_catalog(folder).templates["small-flow"].title == "A smaller flow"
    assert read == ["small.toml"] * 2
    try:
        i18n.set_language("x-pseudo")
        load_catalog(folder)
    finally:
        i18n.set_language("en")
    assert read == ["small.toml"] * 3
