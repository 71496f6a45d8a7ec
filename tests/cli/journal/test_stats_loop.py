"""`healdesk stats --json` on an imported HealDesk JSON journal reports the cycles, the
underneath lists and the signs (docs/stats.md)."""

from __future__ import annotations

import json

from tests.helpers.cli import healdesk
from tests.helpers.vaults import PASSPHRASE


def conflict(n: int, **fields) -> dict:
    return {
        "id": n,
        "happened_at": f"2026-0{1 + n // 4}-{1 + 7 * (n % 4):02d}T19:00:00+01:00",
        "person": "Alex",
        "what_happened": "Private words.",
        "themes": ["chores"],
        **fields,
    }


def test_stats_json_of_an_imported_journal(vault, tmp_path):
    vault.lock()
    loop = {
        "my_part": ["pushing to talk"],
        "their_moves": ["went quiet"],  # a shown word is read as its key
        "move_order": ["me:pushing to talk", "them:went quiet", "me:pushing to talk"],
        "my_wish": ["appreciation"],
        "their_wish": ["rest"],
        "my_feelings": ["unheard"],
        "settled": 1,
    }
    document = {
        "format": "healdesk-journal",
        "version": 2,
        "people": [{"name": "Alex", "role": "Partner"}],
        "conflicts": [conflict(n, **loop) for n in range(4)],
    }
    source = tmp_path / "journal.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    options = ["--data-dir", str(vault.folder), "--passphrase-file", str(secret)]
    imported = healdesk("import", str(source), *options)
    assert imported.returncode == 0, imported.stderr
    result = healdesk("stats", "--json", "--to", "2026-03-01", *options)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    pair = {"my_move": "pushing to talk", "their_move": "went_quiet", "count": 4}
    assert figures["cycles"] == [{"theme": None, **pair}, {"theme": "chores", **pair}]
    assert figures["underneath"] == [
        {
            "theme": "chores",
            "my_wishes": [["appreciation", 4]],
            "their_wishes": [["rest", 4]],
            "feelings": [["unheard", 4]],
        }
    ]
    signs = {(s["sign"], s["theme"]): s["entry_ids"] for s in figures["therapy_signs"]}
    assert set(signs) == {
        ("same_fight", "chores"),
        ("not_heard", None),
        ("stuck_after_fights", "chores"),
    }
    assert all(len(ids) == 4 for ids in signs.values())
    assert "Private words" not in result.stdout
