"""Couple mode inside the vault: pairing codes, fingerprint words, what a share carries, and
what receiving refuses. Real vaults (copies of the session template), no CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from healdesk.core.couple.pairing import PairingCode, PairingCodeInvalid
from healdesk.core.couple.shared_view import outline, side_by_side
from healdesk.core.couple.sharing import ShareChoice
from healdesk.vault.couple.share_crypto import MAGIC, PartnerKeys, open_sealed, seal
from healdesk.vault.couple.share_errors import (
    PairedAlready,
    PairingWithSelf,
    ShareDamaged,
    ShareOutdated,
)
from healdesk.vault.couple.sharing import receive_share, share_file, share_preview
from tests.helpers.couple import A_MARKERS, SNAPSHOT, two_journals, write_repair

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def journals(vault_template, tmp_path):
    """Two unlocked journals, A and B, paired both ways (A calls B "Sam")."""
    with two_journals(vault_template, tmp_path) as (a, b):
        a.pair("Sam", b.pairing_code())
        b.pair("Alex", a.pairing_code())
        yield a, b


def test_a_pairing_code_reads_back_whatever_its_spacing_and_case():
    code = PartnerKeys.generate().code()
    text = code.text()
    assert text.startswith("HD1-") and text == text.upper() and " " not in text
    spaced = " ".join(text[i : i + 5] for i in range(0, len(text), 5)).lower()
    assert PairingCode.parse(spaced) == code


@pytest.mark.parametrize("damage", ["typo", "cut", "other", "empty"])
def test_a_mistyped_pairing_code_is_caught(damage):
    text = PartnerKeys.generate().code().text()
    broken = {
        "typo": text[:10] + ("A" if text[10] != "A" else "B") + text[11:],
        "cut": text[:-3],
        "other": "age1" + text[4:],
        "empty": "",
    }[damage]
    with pytest.raises(PairingCodeInvalid, match="whole pairing code"):
        PairingCode.parse(broken)


def test_fingerprint_words_are_the_same_from_both_sides(journals):
    a, b = journals
    words = a.fingerprint(a.partner("Sam"))
    assert words == b.fingerprint(b.partner("Alex")) and len(words) == 8
    assert words != a.fingerprint() != b.fingerprint()


def test_own_code_and_a_code_already_paired_are_refused(journals):
    a, b = journals
    with pytest.raises(PairingWithSelf):
        a.pair("Me", a.pairing_code())
    with pytest.raises(PairedAlready, match="Sam"):
        a.pair("Someone", b.pairing_code())
    assert [p.name for p in a.partners()] == ["Sam"]


def test_private_notes_and_entries_go_only_when_picked(journals):
    a, _ = journals
    repair_id = write_repair(a)
    plain = json.dumps(share_preview(a, repair_id, "Sam", ShareChoice()))
    assert "PLUMTREE-OWN" in plain
    assert "MARIGOLD-PRIVATE" not in plain and "HAWTHORN-WHAT" not in plain
    entries = json.dumps(share_preview(a, repair_id, "Sam", ShareChoice(conflicts=True)))
    assert "HAWTHORN-WHAT" in entries and "MARIGOLD-PRIVATE" not in entries
    private = ShareChoice(conflicts=True, private_notes=True)
    assert "MARIGOLD-PRIVATE" in json.dumps(share_preview(a, repair_id, "Sam", private))


def test_names_can_be_replaced_and_answers_left_out(journals):
    a, _ = journals
    repair_id = write_repair(a)
    a.set_person_role("Juniperia", "my sister")
    choice = ShareChoice(
        answers={"feelings.felt"}, conflicts=True, redact_names=True, commitments=False
    )
    payload = share_preview(a, repair_id, "Sam", choice)
    text = json.dumps(payload)
    assert "Juniperia" not in text and "HAWTHORN-WHAT at dinner with my sister" in text
    assert "PLUMTREE-OWN" not in text and payload["commitments"] == []
    titles = [step.title for step in outline(payload)]
    assert titles == ["Feelings", "Entries shared with this repair"]


def test_the_preview_is_exactly_what_is_sealed(journals):
    a, b = journals
    repair_id = write_repair(a)
    choice = ShareChoice(answers={"my-part.in-my-words"})
    preview = share_preview(a, repair_id, "Sam", choice)
    received = receive_share(b, share_file(a, repair_id, "Sam", choice, now=T0))
    assert outline(received.payload) == outline(preview)
    assert received.payload["answers"] == preview["answers"]


def test_an_older_file_never_replaces_newer_answers(journals):
    a, b = journals
    repair_id = write_repair(a)
    older = share_file(a, repair_id, "Sam", ShareChoice(), now=T0)
    newer = share_file(a, repair_id, "Sam", ShareChoice(), now=T0 + timedelta(hours=1))
    received = receive_share(b, newer)
    with pytest.raises(ShareOutdated, match="newer answers from Alex"):
        receive_share(b, older)
    assert b.shared_repair(received.repair_id).theirs.sent_at == T0 + timedelta(hours=1)


def test_both_sides_line_up_step_by_step(journals):
    a, b = journals
    repair_id = write_repair(a)
    received = receive_share(b, share_file(a, repair_id, "Sam", ShareChoice(), now=T0))
    mine = b.get_repair(received.repair_id)
    mine.answers["feelings.felt"] = "calmer now"
    steps = side_by_side(mine, received.side)
    assert [s.title for s in steps] == [s.title for s in SNAPSHOT]
    felt = steps[1].rows[0]
    assert (felt.mine, felt.theirs) == ("calmer now", "QUINCE-FEEL and tired")


def test_ids_inside_must_match_the_signed_header(journals):
    """A file whose signed header and encrypted ids disagree is refused, even when a paired
    partner signed it: contents cannot be passed on under another share id."""
    a, b = journals
    me, to = a.partner_keys(), b.pairing_code()
    header = json.dumps({"from": me.partner_id, "to": to.partner_id, "share": "1" * 32}).encode()
    inner = {"from": me.partner_id, "to": to.partner_id, "share": "2" * 32}
    ciphertext = pyrage.encrypt(
        json.dumps(inner).encode(), [x25519.Recipient.from_str(to.recipient)]
    )
    body = MAGIC + len(header).to_bytes(2, "big") + header + ciphertext
    signer = Ed25519PrivateKey.from_private_bytes(me.signing_secret)
    data = body + signer.sign(b"healdesk-share-signature-v1\n" + body)
    with pytest.raises(ShareDamaged):
        open_sealed(data, b.partner_keys(), lambda _id: a.pairing_code())
    _, honest = seal({"kind": "x"}, me, to)
    assert open_sealed(honest, b.partner_keys(), lambda _id: a.pairing_code()).payload == {
        "kind": "x"
    }
    assert not any(m.encode() in honest for m in A_MARKERS)


def test_understand_together_across_two_computers_with_a_commitment_checked_in_by_both(
    journals,
):
    """Each speaks for themselves in their own journal; the commitment made together is
    kept in both journals, and each side's check-ins reach the other."""
    from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment, Repair
    from healdesk.core.repairs.template_loader import load_catalog
    from healdesk.core.repairs.templates import snapshot_for

    a, b = journals
    template = load_catalog().templates["understand-together"]
    said = {"who.first": "Alex", "views.first-view": "I felt rushed all evening"}
    repair_id = a.add_repair(
        Repair(template.id, template.version, template.title, snapshot_for(template, said), said)
    )
    made = a.add_commitment(Commitment("Ask before planning the weekend", None, repair_id))
    theirs_id = receive_share(b, share_file(a, repair_id, "Sam", ShareChoice(), now=T0)).repair_id
    mine_in_b = b.get_repair(theirs_id)
    mine_in_b.answers.update({"who.first": "Sam", "views.first-view": "I felt unheard"})
    b.update_repair(mine_in_b)
    (together_in_b,) = b.commitments(theirs_id)
    b.add_check_in(together_in_b.id, CheckIn(T0 + timedelta(days=2), CheckInResult.PARTLY))
    receive_share(a, share_file(b, theirs_id, "Alex", ShareChoice(), now=T0 + timedelta(days=2)))
    a.add_check_in(made, CheckIn(T0 + timedelta(days=3), CheckInResult.KEPT))
    receive_share(b, share_file(a, repair_id, "Sam", ShareChoice(), now=T0 + timedelta(days=3)))

    (row,) = [
        s
        for s in side_by_side(a.get_repair(repair_id), a.shared_repair(repair_id).theirs)
        if s.title.startswith("What happened")
    ]
    assert (row.rows[0].mine, row.rows[0].theirs) == ("I felt rushed all evening", "I felt unheard")
    (in_a,) = a.shared_repair(repair_id).theirs.commitments
    (in_b,) = b.shared_repair(theirs_id).theirs.commitments
    assert [k.result for k in in_a.check_ins] == [CheckInResult.PARTLY]
    assert [k.result for k in in_b.check_ins] == [CheckInResult.KEPT]
    assert in_a.uid == in_b.uid and len(a.commitments()) == len(b.commitments()) == 1
