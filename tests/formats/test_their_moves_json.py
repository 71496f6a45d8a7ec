"""HealDesk JSON version 2: their moves (keys, words accepted) and the order of moves; a
version 1 file still reads; a step that is not "me:..." or "them:..." is named clearly."""

from __future__ import annotations

import json

import pytest

from healdesk.formats import healdesk_json
from healdesk.formats.errors import FormatError


def document(version: int, **conflict) -> dict:
    return {
        "format": "healdesk-journal",
        "version": version,
        "conflicts": [
            {"id": 1, "happened_at": "2026-03-01T20:00:00+01:00", "what_happened": "x", **conflict}
        ],
    }


def test_moves_and_order_round_trip_as_keys():
    bundle = healdesk_json.parse(
        document(
            2,
            my_part=["pushing to talk"],
            their_moves=["went quiet", "walked_away", "their own words"],
            move_order=["me:pushing to talk", "them:went_quiet"],
        )
    )
    [conflict] = bundle.conflicts
    assert conflict.their_moves == ["went_quiet", "walked_away", "their own words"]
    written = json.loads(healdesk_json.dumps(bundle))
    assert written["version"] == healdesk_json.FORMAT_VERSION
    [again] = written["conflicts"]
    keys = list(again)
    assert keys.index("their_moves") == keys.index("my_part") + 1  # beside my part
    assert again["move_order"] == ["me:pushing to talk", "them:went_quiet"]
    assert healdesk_json.parse(written).conflicts[0].their_moves == conflict.their_moves


def test_a_version_1_file_reads_with_no_moves():
    [conflict] = healdesk_json.parse(document(1, my_part=["sarcasm"])).conflicts
    assert conflict.their_moves == [] and conflict.move_order == []


def test_a_step_without_who_is_named_by_its_path():
    with pytest.raises(
        FormatError, match=r"at \$\.conflicts\[0\]\.move_order\[1\]: expected a step"
    ):
        healdesk_json.parse(document(2, move_order=["me:sarcasm", "went quiet"]))
