"""One translation mechanism for the whole program, without Qt in the core.

Texts are written in Italian (the source language) and looked up, by *context* and source
text, in the Qt Linguist catalogues ``resources/i18n/rts_desktop_<lang>.ts`` (compiled to
``.qm``). The core marks its texts and asks this module; the UI and the command line install
the *backend* that reads the compiled catalogues (:mod:`rts_desktop.ui.translations`), so
widgets (``self.tr``), service messages, documents and CLI help all come from the same files.

- ``N_("Il caso {code} è chiuso.").format(code=...)`` returns a :class:`Message`: it *is* the
  Italian text (comparisons, logs, the database see Italian), and ``str()`` / ``f"{...}"``
  give it in the current language, the template translated before the values are put in.
- ``_ = translator("documents")`` then ``_("Nucleo beneficiario")`` or
  ``_("%n obiettivi", n=3)`` (Qt's ``%n`` plurals) translate at once.
- The *current language* is the program's (``set_language``), or the one of a document being
  printed (``with using_language("en"): ...``).
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

SOURCE_LANGUAGE = "it"
LANGUAGES: dict[str, str] = {"it": "Italiano", "en": "English"}
#: context of the messages marked with ``N_`` (service errors and labels of the core)
MESSAGES = "errors"
#: context of the texts of the assessment frameworks (``resources/assessment/*.json``)
ASSESSMENT = "assessment"

#: (language, context, source, n) → the translation, or None when the catalogue has none
Backend = Callable[[str, str, str, int], "str | None"]

_backend: Backend | None = None
_program_language = SOURCE_LANGUAGE
_language: contextvars.ContextVar[str | None] = contextvars.ContextVar("language", default=None)


def install_backend(backend: Backend | None) -> None:
    """Set (or, with None, remove) the function that reads the compiled catalogues."""
    global _backend
    _backend = backend


def set_language(lang: str) -> None:
    """The program's language (the ``--lang`` option or the setting); unknown → ValueError."""
    global _program_language
    _program_language = check_language(lang)


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"lingua sconosciuta: {lang!r} (lingue: {known})")
    return lang


def current_language() -> str:
    return _language.get() or _program_language


@contextmanager
def using_language(lang: str | None) -> Iterator[str]:
    """Translate into ``lang`` inside the block (a document printed for partners); None keeps
    the current language."""
    chosen = check_language(lang) if lang else current_language()
    token = _language.set(chosen)
    try:
        yield chosen
    finally:
        _language.reset(token)


def translate(context: str, source: str, n: int = -1, lang: str | None = None) -> str:
    """``source`` in ``lang`` (default: the current language); ``%n`` becomes ``n``."""
    lang = lang or current_language()
    found = _backend(lang, context, source, n) if _backend is not None else None
    text = found if found else source
    return text.replace("%n", str(n)) if n >= 0 else text


def translator(context: str) -> Callable[..., str]:
    """A ``_(source, n=-1)`` function bound to one context (documents, reports, CLI)."""

    def _(source: str, n: int = -1) -> str:
        return translate(context, source, n)

    _.context = context  # type: ignore[attr-defined]
    return _


class Message(str):
    """A marked text of the core: equal to its Italian text, shown in the current language.

    ``format`` keeps the template and the values apart, so the translation is looked up by
    the template and the values go into the translated text.
    """

    template: str
    context: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(
        cls,
        template: str,
        context: str = MESSAGES,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
    ) -> Message:
        kwargs = kwargs or {}
        italian = template.format(*args, **kwargs) if (args or kwargs) else template
        message = super().__new__(cls, italian)
        message.template = template
        message.context = context
        message.args = args
        message.kwargs = kwargs
        return message

    def format(self, *args: Any, **kwargs: Any) -> Message:  # type: ignore[override]
        return Message(self.template, self.context, args, kwargs)

    def translated(self, lang: str | None = None) -> str:
        text = translate(self.context, self.template, lang=lang)
        if not (self.args or self.kwargs):
            return text
        values = tuple(shown(a, lang) for a in self.args)
        named = {k: shown(v, lang) for k, v in self.kwargs.items()}
        try:
            return text.format(*values, **named)
        except (IndexError, KeyError, ValueError):  # a translation with wrong placeholders
            return self.template.format(*values, **named)

    def __str__(self) -> str:
        return self.translated()

    def __format__(self, spec: str) -> str:
        return format(self.translated(), spec)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, self.context, self.args, self.kwargs))


def shown(value: Any, lang: str | None = None) -> Any:
    """A value as it goes into a translated text: messages inside messages translated too."""
    return value.translated(lang) if isinstance(value, Message) else value


def text_of(value: object, lang: str | None = None) -> str:
    """Any text for display: a :class:`Message` translated, anything else as ``str()``."""
    if isinstance(value, Message):
        return value.translated(lang)
    return str(value)


def N_(message: str) -> Message:
    """Mark a core text for translation (context ``errors``) without translating it here."""
    return Message(message)


def noop(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue under ``context`` without translating it (texts kept in
    tables and translated where they are shown, like Qt's ``QT_TRANSLATE_NOOP``)."""
    return source
