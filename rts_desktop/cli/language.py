"""The command line's language: ``--lang it|en``, else the setting ``ui.language``, else
Italian; chosen before the parser is built, since its help texts are translated then.

English loads the catalogue at once (a missing one is said in one line, and the program
goes on in Italian). Italian, the source language, needs its catalogue only for plurals and
for documents printed in another language: it is loaded at the first such lookup, so
``rts-desktop --help`` does not pay for Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from rts_desktop.cli import argparse_texts
from rts_desktop.kernel import i18n

FLAG = "--lang"
_tr = i18n.translator("cli")


class UnknownLanguage(ValueError):
    """``--lang`` names a language the program does not speak."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lang = lang

    def message(self) -> str:
        return _tr("lingua sconosciuta: {lang} (lingue: {known})").format(
            lang=self.lang, known=", ".join(i18n.LANGUAGES)
        )


def asked(argv: Sequence[str]) -> str | None:
    """The value of the first ``--lang X`` / ``--lang=X`` before ``--``, or None."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == FLAG and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(FLAG + "="):
            return arg.partition("=")[2]
    return None


def from_settings() -> str:
    """The setting ``ui.language`` (Italian when missing or not a known language)."""
    from rts_desktop.kernel import config

    lang = config.Settings().get(config.LANGUAGE)
    return lang if lang in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def _lookup_when_needed(lang: str, context: str, source: str, n: int) -> str | None:
    """The backend for Italian: the catalogue is read only when a lookup needs it."""
    if lang == i18n.SOURCE_LANGUAGE and n < 0:
        return None  # the Italian catalogue gives back its sources
    from rts_desktop.ui.translations import TranslationsMissing, lookup

    try:
        return lookup(lang, context, source, n)
    except TranslationsMissing:
        return None


def install(lang: str) -> None:
    """The core, the CLI texts and argparse speak ``lang``."""
    argparse_texts.install()
    i18n.set_language(lang)
    if lang == i18n.SOURCE_LANGUAGE:
        i18n.install_backend(_lookup_when_needed)
        return
    from rts_desktop.ui.translations import TranslationsMissing, install_core

    try:
        install_core(lang)
    except TranslationsMissing:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
        i18n.install_backend(_lookup_when_needed)
        print(
            "rts-desktop: " + _tr("traduzioni non disponibili: il programma continua in italiano"),
            file=sys.stderr,
        )


def choose(argv: Sequence[str]) -> str:
    """Install the language ``argv`` asks for (or the setting's); UnknownLanguage for a
    ``--lang`` the program does not speak (after installing the setting's language, in
    which it is reported)."""
    wanted = asked(argv)
    fallback = from_settings()
    if wanted is not None and wanted not in i18n.LANGUAGES:
        install(fallback)
        raise UnknownLanguage(wanted)
    lang = wanted or fallback
    install(lang)
    return lang
