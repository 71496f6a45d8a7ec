"""Couple mode: pairing (code, QR code, words), the share preview, and both sides of a shared
repair, on two throwaway vaults paired with each other."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from shots import grab

from healdesk.core.conflict import Conflict
from healdesk.core.couple.sharing import ShareChoice
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment, Repair, RepairStatus
from healdesk.core.repairs.template_loader import load_catalog
from healdesk.core.repairs.templates import snapshot_for
from healdesk.gui.base import appearance
from healdesk.gui.couple.pairing_dialog import PairingDialog
from healdesk.gui.couple.share_dialog import ShareDialog
from healdesk.gui.couple.side_by_side import SideBySideDialog
from healdesk.vault import Vault
from healdesk.vault.couple.sharing import receive_share, share_file

MINE = {
    "my-part.behaviours": ["raising my voice", "walking away"],
    "my-part.in-my-words": "I left the kitchen in the middle of your sentence.",
    "impact.impact": "I can see how, when I walked out, it felt lonely to you.",
    "validation-theirs.why": "It makes sense that you felt dismissed, because I left.",
}
THEIRS = {
    "my-part.behaviours": ["criticising", "bringing up the past"],
    "my-part.in-my-words": "I started with what you never do, not with what I needed.",
    "impact.impact": "It must have felt like an attack before you even sat down.",
}


def shoot(app, out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        a_vault, _ = Vault.create(Path(folder) / "a", "screenshots only 1")
        b_vault, _ = Vault.create(Path(folder) / "b", "screenshots only 2")
        a, b = a_vault.journal, b_vault.journal
        a.pair("Sam", b.pairing_code())
        b.pair("Alex", a.pairing_code())
        conflict_id = a.add_conflict(
            Conflict(datetime(2026, 3, 3, 20, 15, tzinfo=UTC), "About the dishes.", person="Sam")
        )
        template = load_catalog().templates["repair-after-fight"]
        repair_id = a.add_repair(
            Repair(
                template.id,
                template.version,
                "After the dishes",
                snapshot_for(template, MINE),
                dict(MINE),
                [conflict_id],
                RepairStatus.PLANNED,
            )
        )
        a.add_commitment(
            Commitment("A walk together on Sunday", date.today() + timedelta(days=3), repair_id)
        )
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            written.append(out / f"couple-pairing-{scheme}.png")
            grab(app, PairingDialog(a, "Sam"), (640, 620), written[-1])
        appearance.apply(app, "light")
        written.append(out / "couple-share-preview.png")
        grab(app, ShareDialog(a, repair_id, "Sam"), (980, 620), written[-1])

        received = receive_share(b, share_file(a, repair_id, "Sam", ShareChoice()))
        reply = b.get_repair(received.repair_id)
        reply.answers.update(THEIRS)
        b.update_repair(reply)
        (together,) = b.commitments(received.repair_id)
        b.add_check_in(together.id, CheckIn(datetime.now(UTC), CheckInResult.KEPT))
        receive_share(a, share_file(b, received.repair_id, "Alex", ShareChoice()))
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            written.append(out / f"couple-side-by-side-{scheme}.png")
            grab(app, SideBySideDialog(a, repair_id), (900, 720), written[-1])
        appearance.apply(app, "light")
        a_vault.lock()
        b_vault.lock()
    return written
