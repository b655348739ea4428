"""The core's translation mechanism: marked texts stay Italian, show in the current language."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from rts_desktop.kernel import i18n
from rts_desktop.kernel.errors import N_, ValidationError

ENGLISH = {
    ("errors", "Il caso {code} è chiuso."): "Case {code} is closed.",
    ("errors", "Il nome"): "The name",
    ("errors", "{what} manca."): "{what} is missing.",
    ("documents", "%n obiettivi"): "%n goals",
}


@pytest.fixture
def english() -> Iterator[None]:
    def backend(lang: str, context: str, source: str, n: int) -> str | None:
        return ENGLISH.get((context, source)) if lang == "en" else None

    i18n.install_backend(backend)
    try:
        yield
    finally:
        i18n.install_backend(None)
        i18n.set_language("it")


def test_a_message_is_its_italian_text_and_shows_in_the_current_language(english: None) -> None:
    message = N_("Il caso {code} è chiuso.").format(code="RTS-2026-0001")
    assert message == "Il caso RTS-2026-0001 è chiuso."
    assert str(message) == "Il caso RTS-2026-0001 è chiuso."
    i18n.set_language("en")
    assert str(message) == "Case RTS-2026-0001 is closed."
    assert f"{message}" == "Case RTS-2026-0001 is closed."
    assert message == "Il caso RTS-2026-0001 è chiuso."  # comparisons and storage stay Italian


def test_messages_inside_messages_are_translated_too(english: None) -> None:
    message = N_("{what} manca.").format(what=N_("Il nome"))
    assert message.translated("en") == "The name is missing."
    assert message.translated("it") == "Il nome manca."


def test_a_document_block_uses_its_own_language(english: None) -> None:
    _ = i18n.translator("documents")
    assert _("%n obiettivi", n=3) == "3 obiettivi"
    with i18n.using_language("en"):
        assert _("%n obiettivi", n=3) == "3 goals"
    assert i18n.current_language() == "it"


def test_errors_show_in_the_current_language(english: None) -> None:
    error = ValidationError("name", N_("{what} manca.").format(what=N_("Il nome")))
    i18n.set_language("en")
    assert str(error) == "name: The name is missing."


def test_a_translation_with_wrong_placeholders_falls_back_to_italian() -> None:
    i18n.install_backend(lambda lang, ctx, src, n: "Case {number}" if lang == "en" else None)
    try:
        message = N_("Il caso {code} è chiuso.").format(code="X")
        assert message.translated("en") == "Il caso X è chiuso."
    finally:
        i18n.install_backend(None)


def test_unknown_languages_are_refused() -> None:
    with pytest.raises(ValueError, match="lingua sconosciuta"):
        i18n.set_language("fr")
    assert i18n.current_language() == "it"


def test_messages_survive_pickling(english: None) -> None:
    message = pickle.loads(pickle.dumps(N_("Il caso {code} è chiuso.").format(code="A")))
    assert message.translated("en") == "Case A is closed."
    assert i18n.noop("ctx", "Testo") == "Testo"
