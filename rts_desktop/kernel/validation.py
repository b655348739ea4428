"""Validators raising ``ValidationError(field, message)`` with Italian messages.

Every value is checked for its Python type first (an int for a name, a string for a date
is a ``ValidationError`` naming the field, never an ``AttributeError``), then for range,
length, vocabulary and text hygiene (:mod:`rts_desktop.kernel.textrules`). The services use
these directly and through the per-field rules of :mod:`rts_desktop.models.rules`, which
the sync import applies to every line of a bundle.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, TypeVar

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.it import codicefiscale

from rts_desktop.kernel import textrules
from rts_desktop.kernel.errors import N_, ValidationError

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,25}$")

#: plausible bounds of the dates the service records (referrals, stays, events, plans)
SERVICE_FIRST = dt.date(2000, 1, 1)
SERVICE_LAST = dt.date(2100, 12, 31)
BIRTH_FIRST = dt.date(1900, 1, 1)
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


def text(
    field: str,
    value: str | None,
    *,
    max_len: int = 200,
    required: bool = True,
    multiline: bool = False,
) -> str | None:
    """Clean text (NFC, trimmed, no control or direction-override characters); empty
    becomes None (or an error when required)."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, N_("Deve essere un testo."))
    cleaned = textrules.normalise(value or "", multiline=multiline)
    if not cleaned:
        if required:
            raise ValidationError(field, N_("Campo obbligatorio."))
        return None
    if len(cleaned) > max_len:  # first: a pasted 50 MB text is refused without a scan
        raise ValidationError(
            field, N_("Testo troppo lungo (massimo {n} caratteri).").format(n=max_len)
        )
    wrong = textrules.problem(cleaned, multiline=multiline)
    if wrong:
        raise ValidationError(field, N_("Il testo {what}.").format(what=wrong))
    return cleaned


def required_text(
    field: str, value: str | None, *, max_len: int = 200, multiline: bool = False
) -> str:
    result = text(field, value, max_len=max_len, required=True, multiline=multiline)
    assert result is not None
    return result


def long_text(field: str, value: str | None, *, max_len: int, required: bool = False) -> str | None:
    """Free text over several lines (notes, descriptions)."""
    return text(field, value, max_len=max_len, required=required, multiline=True)


def choice(field: str, value: str | None, enum: type[E], *, required: bool = True) -> E | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, N_("Scegli un valore."))
        return None
    if not isinstance(value, str):
        raise ValidationError(field, N_("Valore non ammesso."))
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, N_("Valore non ammesso: {v}.").format(v=value[:40])) from None


def _is_day(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def day(
    field: str,
    value: dt.date | None,
    *,
    first: dt.date = SERVICE_FIRST,
    last: dt.date = SERVICE_LAST,
    required: bool = False,
) -> dt.date | None:
    """A calendar day between ``first`` and ``last`` (by default the service's years)."""
    if value is None:
        if required:
            raise ValidationError(field, N_("Indica una data."))
        return None
    if not _is_day(value):
        raise ValidationError(field, N_("Data non valida."))
    if not first <= value <= last:
        raise ValidationError(
            field,
            N_("Data non plausibile: usa una data tra il {a} e il {b}.").format(
                a=first.strftime("%d/%m/%Y"), b=last.strftime("%d/%m/%Y")
            ),
        )
    return value


def required_date(field: str, value: dt.date | None) -> dt.date:
    result = day(field, value, required=True)
    assert result is not None
    return result


def optional_date(field: str, value: dt.date | None) -> dt.date | None:
    return day(field, value)


def instant(field: str, value: dt.datetime | None, *, required: bool = True) -> dt.datetime | None:
    """A moment with its time zone, within the service's years."""
    if value is None:
        if required:
            raise ValidationError(field, N_("Indica data e ora."))
        return None
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        raise ValidationError(field, N_("Data e ora non valide."))
    day(field, value.date())
    return value


def date_order(
    start_field: str, start: dt.date | None, end_field: str, end: dt.date | None
) -> None:
    """``end`` must not come before ``start``."""
    if start is not None and end is not None and end < start:
        raise ValidationError(end_field, N_("La data non può precedere quella di inizio."))


def not_future(field: str, value: dt.date | None, today: dt.date) -> None:
    if value is not None and value > today:
        raise ValidationError(field, N_("La data non può essere nel futuro."))


def birth_date(field: str, value: dt.date | None, today: dt.date) -> dt.date | None:
    """A birth date between 1900 and today."""
    if value is not None and _is_day(value) and value > today:
        raise ValidationError(field, N_("La data non può essere nel futuro."))
    if value is not None and _is_day(value) and value < BIRTH_FIRST:
        raise ValidationError(field, N_("Data di nascita non plausibile."))
    return day(field, value, first=BIRTH_FIRST, last=today)


def codice_fiscale(field: str, value: str | None) -> str | None:
    """A valid codice fiscale (16 characters, or the 11-digit temporary one), normalised."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, N_("Codice fiscale non valido."))
    if not value or not value.strip():
        return None
    try:
        return codicefiscale.validate(value)
    except StdnumError:
        raise ValidationError(field, N_("Codice fiscale non valido.")) from None


def email(field: str, value: str | None) -> str | None:
    cleaned = text(field, value, required=False)
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(field, N_("Indirizzo e-mail non valido."))
    return cleaned


def phone(field: str, value: str | None) -> str | None:
    cleaned = text(field, value, max_len=40, required=False)
    if cleaned and not _PHONE.match(cleaned):
        raise ValidationError(field, N_("Numero di telefono non valido."))
    return cleaned


def int_range(
    field: str, value: int | None, low: int, high: int, *, required: bool = True
) -> int | None:
    if value is None:
        if required:
            raise ValidationError(field, N_("Campo obbligatorio."))
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, N_("Valore tra {a} e {b}.").format(a=low, b=high))
    return value


def flag(field: str, value: Any) -> bool:
    """A yes/no value (a real bool: ``"no"`` is not False)."""
    if not isinstance(value, bool):
        raise ValidationError(field, N_("Valore sì/no non valido."))
    return value


def money_cents(field: str, value: int | None, *, required: bool = True) -> int | None:
    if value is None and not required:
        return None
    return int_range(field, value, 0, 10_000_000, required=required)
