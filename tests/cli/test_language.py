"""The command line speaks ``--lang`` (before or after the command), else the setting
``ui.language``, else Italian: its help, its messages and argparse's own texts."""

from __future__ import annotations

import argparse
import ast
import inspect
from collections.abc import Iterator

import pytest

from rts_desktop.cli import argparse_texts, main
from rts_desktop.kernel import config, i18n
from rts_desktop.ui import translations

#: argparse texts only a parser's author can meet (mistakes in building the parser)
AUTHOR_ERRORS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "conflicting option string: %s",
    "conflicting option strings: %s",
}
#: argparse texts the same in every language the program speaks
UNCHANGED = {"%(heading)s:"}
#: argparse's English that must never show in the Italian help
ENGLISH = ("usage:", "show this help message and exit", "positional arguments", "options:")


def fake_lookup(lang: str, _context: str, source: str, n: int) -> str | None:
    return "EN:" + source if lang == "en" else None


@pytest.fixture
def fake_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English comes from ``fake_lookup`` (the real catalogue is filled at release); the
    language and the backend as they were afterwards."""
    previous = i18n._backend

    def install_core(lang: str) -> None:
        i18n.set_language(lang)
        i18n.install_backend(fake_lookup)

    monkeypatch.setattr(translations, "install_core", install_core)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    i18n.install_backend(previous)


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv, "--help"]) == 0
    return capsys.readouterr().out


def test_italian_help_has_no_english_of_argparse(fake_english, capsys):
    text = _help(capsys)
    assert text.startswith("uso: rts-desktop")
    assert "mostra questo aiuto ed esci" in text
    assert "argomenti posizionali:" in text
    for english in ENGLISH:
        assert english not in text
    assert "EN:" not in text
    sub = _help(capsys, "check")
    assert "opzioni:" in sub and "show this help message and exit" not in sub


def test_lang_en_translates_help_and_argparse(fake_english, capsys):
    text = _help(capsys, "--lang", "en")
    assert text.startswith("EN:uso: rts-desktop")
    assert "EN:mostra questo aiuto ed esci" in text
    assert "EN:apri il database dimostrativo (creato al primo uso)" in text
    assert "EN:file del database SQLite" in text


def test_lang_after_the_command(fake_english, capsys):
    text = _help(capsys, "check", "--lang=en")
    assert "EN:risultato in JSON" in text
    assert "EN:mostra questo aiuto ed esci" in text


def test_the_setting_is_used_without_lang(fake_english, capsys):
    settings = config.Settings()
    settings.set(config.LANGUAGE, "en")
    settings.save()
    assert "EN:mostra questo aiuto ed esci" in _help(capsys)
    # --lang wins over the setting
    assert "EN:" not in _help(capsys, "--lang", "it")


def test_unknown_language_exits_2_with_one_line(fake_english, capsys):
    assert main(["--lang", "xx", "--help"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "rts-desktop: lingua sconosciuta: xx (lingue: it, en)\n"


def test_bad_usage_is_one_translated_line(fake_english, capsys):
    assert main(["--lang", "en", "check", "--nessuna"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "EN:argomenti non riconosciuti: --nessuna" in err
    assert main(["check", "--nessuna"]) == 2
    assert "argomenti non riconosciuti: --nessuna (vedi --help)" in capsys.readouterr().err


def test_two_different_languages_are_refused(fake_english, capsys):
    assert main(["--lang", "it", "check", "--lang", "en"]) == 2
    assert "--lang indicato due volte con valori diversi" in capsys.readouterr().err


def test_missing_english_catalogue_goes_on_in_italian(monkeypatch, capsys):
    previous = i18n._backend

    def missing(lang: str) -> None:
        raise translations.TranslationsMissing(lang)

    monkeypatch.setattr(translations, "install_core", missing)
    try:
        assert main(["--lang", "en", "--help"]) == 0
    finally:
        i18n.install_backend(previous)
    out, err = capsys.readouterr()
    assert i18n.current_language() == "it"
    assert out.startswith("uso: rts-desktop")
    assert err == "rts-desktop: traduzioni non disponibili: il programma continua in italiano\n"


def test_every_argparse_text_people_meet_is_mapped():
    tree = ast.parse(inspect.getsource(argparse))
    texts = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            texts |= {a.value for a in node.args if isinstance(a, ast.Constant)}
    texts.discard(1)
    plurals = {text for pair in argparse_texts.PLURALS for text in pair}
    unmapped = {t for t in texts if isinstance(t, str)} - set(argparse_texts.TEXTS) - plurals
    assert unmapped - AUTHOR_ERRORS - UNCHANGED == set()


def test_argparse_plural_keeps_its_placeholder():
    assert argparse_texts.ngettext("expected %s argument", "expected %s arguments", 2) % 2 == (
        "attesi 2 valori"
    )
    assert argparse_texts.gettext("a text argparse does not have") == (
        "a text argparse does not have"
    )
