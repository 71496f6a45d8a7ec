"""The app's QTranslator: words without a translation keep their source text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healdesk.gui.base.translator import CatalogueTranslator


def test_untranslated_words_are_shown_as_written(qapp):
    translator = CatalogueTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Anything", "Pair with {name}") == "Pair with {name}"
    finally:
        qapp.removeTranslator(translator)
