"""Template files made to hurt the loader: over-long numbers, deep nesting, huge versions,
devices, any wrong type anywhere. Each is refused with sentences naming the file and place;
nothing raises anything else, and nothing reaches the vault."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healdesk.core.repairs.template_check import MAX_VERSION, SCALE_LIMIT, parse_template
from healdesk.core.repairs.template_loader import (
    builtin_folder,
    import_template_file,
    load_template_file,
)
from healdesk.core.repairs.templates import FieldKind, TemplateError
from healdesk.vault import Vault
from tests.helpers.journal_data import table_rows

BUILTIN = (builtin_folder() / "repair-after-fight.toml").read_text(encoding="utf-8")
# Version 1 whatever the built-in's own version: the changes below start from "version = 1".
OWN = re.sub(
    r"(?m)^version = \d+$",
    "version = 1",
    BUILTIN.replace('id = "repair-after-fight"', 'id = "my-flow"'),
)
SCALE = (
    OWN
    + """
[[steps]]
id = "scale"
section = "How settled"
prompt = "How settled do you feel?"

[[steps.fields]]
id = "settled"
kind = "scale"
label = "Settled"
low = "raw"
high = "at peace"
min = 1
max = 5
"""
)


def problems(text: str) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "flow.toml")
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    "change, message",
    [
        (("version = 1", "version = " + "9" * 5_000), "holds a number with too many digits"),
        (("version = 1", "version = " + "9" * 4_000), "'version' must be a whole number from 1"),
        (("version = 1", "version = true"), "'version' must be a whole number from 1"),
        (("version = 1", "version = 1\nx = " + "[" * 50_000 + "]" * 50_000), "nested too deeply"),
        (("version = 1", "version = 1\nx = " + "{a=" * 30_000 + "1" + "}" * 30_000), "too deeply"),
        (("min = 1", "min = " + "9" * 4_000), "'min' and 'max' must be whole numbers from -100"),
        (("max = 5", "max = true"), "'min' and 'max' must be whole numbers from -100"),
        (('kind = "scale"', 'kind = "' + "x" * 5_000 + '"'), "has an unknown kind (known kinds"),
    ],
)
def test_hostile_values_are_refused_with_a_sentence(change, message):
    found = problems(SCALE.replace(*change, 1))
    assert any(message in p for p in found), found
    assert all("\n" not in p and len(p) < 300 for p in found)


def test_a_device_or_a_pipe_is_refused_without_being_read(tmp_path):
    with pytest.raises(TemplateError, match="is not a file"):
        load_template_file(Path("/dev/zero"))
    pipe = tmp_path / "flow.toml"
    os.mkfifo(pipe)
    with pytest.raises(TemplateError, match=r"flow\.toml: is not a file"):
        load_template_file(pipe)


#: TOML values of every type and size, some far past what Python or the loader can hold.
hostile = st.one_of(
    st.integers(4_301, 6_000).map(lambda n: "9" * n),
    st.integers(-(10**30), 10**30).map(str),
    st.integers(200, 5_000).map(lambda n: "[" * n + "]" * n),
    st.integers(200, 5_000).map(lambda n: "{a=" * n + "1" + "}" * n),
    st.sampled_from(
        [
            "true",
            "1.5",
            "inf",
            "nan",
            "1979-05-27T07:32:00Z",
            "07:32:00",
            "[]",
            "{}",
            '["a", 1]',
            '""',
            '"x"',
            '"\\u0000"',
            '"{0}"',
            '"{first"',
            '["a", "a"]',
            '"' + "x" * 5_000 + '"',
        ]
    ),
)
ASSIGNMENTS = [m.start(1) for m in re.finditer(r"^\w+ = (.*)$", SCALE, re.MULTILINE)]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ASSIGNMENTS), hostile)
def test_any_value_anywhere_loads_or_is_refused_in_sentences(at, value):
    end = SCALE.index("\n", at)
    text = SCALE[:at] + value + SCALE[end:]
    try:
        template = parse_template(text, "flow.toml")
    except TemplateError as error:
        assert error.problems
        assert all(
            str(p).startswith("flow.toml") and "\n" not in str(p) and len(str(p)) < 300
            for p in error.problems
        )
        return
    assert 1 <= template.version <= MAX_VERSION
    for _step, item in template.fields():
        if item.kind is FieldKind.SCALE:
            assert -SCALE_LIMIT <= item.minimum < item.maximum <= SCALE_LIMIT


def test_a_refused_template_leaves_the_vault_unchanged(vault_folder, recovery_key, tmp_path):
    path = tmp_path / "flow.toml"
    path.write_text(OWN.replace("version = 1", "version = " + "9" * 5_000), encoding="utf-8")
    vault = Vault.unlock(vault_folder, recovery_key=recovery_key)
    before = table_rows(
        vault.journal.db
    )  # every row but the unlock history (each opening adds one)
    with pytest.raises(TemplateError, match="too many digits"):
        import_template_file(vault.journal, path)
    assert table_rows(vault.journal.db) == before
    vault.lock()
