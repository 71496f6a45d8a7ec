"""Names out, roles in, inside free text too."""

from __future__ import annotations

from healdesk.core.conflict import Person
from healdesk.export.pdf.redact import Redactor


def test_full_names_first_names_and_possessives_become_roles():
    redact = Redactor([Person("Sam Rivera", "Partner"), Person("Elena", "Mother")])
    assert redact("sam told ELENA that Sam Rivera's plan was Rivera's") == (
        "Partner told Mother that Partner's plan was Partner's"
    )
    assert redact("Samuel and the same game") == "Samuel and the same game"


def test_people_without_a_role_get_neutral_stand_ins():
    redact = Redactor([Person("Alex"), Person("Kim")])
    assert redact("Alex and Kim") == "Person A and Person B"


def test_one_letter_names_match_only_in_their_own_case():
    redact = Redactor([Person("J", "Brother")])
    assert redact("J said a thing and j. too") == "Brother said a thing and j. too"


def test_roles_are_written_in_the_exports_language():
    from healdesk import i18n

    i18n.set_language("de")
    try:
        redact = Redactor([Person("Jonas", "Brother"), Person("Margarete", "Schwiegermutter")])
        assert redact("Jonas rief Margarete an") == "Bruder rief Schwiegermutter an"
    finally:
        i18n.set_language("en")
