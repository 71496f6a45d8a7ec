"""With the app's translator installed, words without a translation stay as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healdesk.gui.base.translator import CatalogueTranslator


def test_an_untranslated_sentence_falls_back_to_its_source(qapp):
    translator = CatalogueTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        text = QCoreApplication.translate("WordSlider", "Leave %s unanswered")
        assert text == "Leave %s unanswered"
        assert text % "intensity" == "Leave intensity unanswered"
    finally:
        qapp.removeTranslator(translator)
