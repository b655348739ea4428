"""The language a document is printed in, chosen per document (Italian unless told).

A document may be printed in English for partners whatever the program's language. The
renderers take ``lang``; callers that reach them through a service (the CLI, the UI's print
operations) choose the language around the whole call with ``document_language`` (or wrap
the operation with ``in_document_language``), so the labels the service builds come out in
that language too. Dates, months and amounts follow the document's language.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, TypeVar

from rts_desktop.kernel.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    check_language,
    current_language,
    translator,
    using_language,
)

_ = translator("documents")
T = TypeVar("T")

#: the languages a document can be printed in (code → name in that language)
DOCUMENT_LANGUAGES: dict[str, str] = dict(LANGUAGES)
_chosen: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "document_language", default=None
)


def language_of(lang: str | None = None) -> str:
    """``lang``, else the one chosen around the call, else Italian."""
    return check_language(lang or _chosen.get() or SOURCE_LANGUAGE)


@contextmanager
def document_language(lang: str | None = None) -> Iterator[str]:
    """Documents rendered (and core texts translated) inside the block are in ``lang``."""
    chosen = language_of(lang)
    token = _chosen.set(chosen)
    try:
        with using_language(chosen):
            yield chosen
    finally:
        _chosen.reset(token)


def in_document_language(fn: Callable[..., T], lang: str | None) -> Callable[..., T]:
    """``fn`` running inside ``document_language(lang)`` (for a call on another thread)."""

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> T:
        with document_language(lang):
            return fn(*args, **kwargs)

    return call


def _months() -> tuple[str, ...]:
    return (
        _("gennaio"),
        _("febbraio"),
        _("marzo"),
        _("aprile"),
        _("maggio"),
        _("giugno"),
        _("luglio"),
        _("agosto"),
        _("settembre"),
        _("ottobre"),
        _("novembre"),
        _("dicembre"),
    )


def _weekdays() -> tuple[str, ...]:
    return (
        _("lunedì"),
        _("martedì"),
        _("mercoledì"),
        _("giovedì"),
        _("venerdì"),
        _("sabato"),
        _("domenica"),
    )


def month_name(day: dt.date) -> str:
    """The month and year in the current language: ``novembre 2026`` / ``November 2026``."""
    return _("{month} {year}").format(month=_months()[day.month - 1], year=day.year)


def weekday_name(day: dt.date) -> str:
    """``lunedì`` / ``Monday``."""
    return _weekdays()[day.weekday()]


def long_date(day: dt.date) -> str:
    """``1 dicembre 2026`` / ``1 December 2026``."""
    return _("{day} {month} {year}").format(
        day=day.day, month=_months()[day.month - 1], year=day.year
    )


def money(value: Decimal) -> str:
    """A euro amount: ``€ 1.234,50`` in Italian, ``€1,234.50`` in English."""
    text = f"{value.quantize(Decimal('0.01')):,.2f}"
    if current_language() == SOURCE_LANGUAGE:
        return "€ " + text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return "€" + text
