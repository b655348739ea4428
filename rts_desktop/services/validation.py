"""Validators that raise ``ValidationError(field, message)`` with Italian messages."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.it import codicefiscale

from rts_desktop.errors import N_, ValidationError

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,25}$")


def text(field: str, value: str | None, *, max_len: int = 200, required: bool = True) -> str | None:
    """Trimmed text; empty becomes None (or an error when required)."""
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise ValidationError(field, N_("Campo obbligatorio."))
        return None
    if len(cleaned) > max_len:
        raise ValidationError(
            field, N_("Testo troppo lungo (massimo {n} caratteri).").format(n=max_len)
        )
    return cleaned


def required_text(field: str, value: str | None, *, max_len: int = 200) -> str:
    result = text(field, value, max_len=max_len, required=True)
    assert result is not None
    return result


def choice(field: str, value: str | None, enum: type[E], *, required: bool = True) -> E | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, N_("Scegli un valore."))
        return None
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, N_("Valore non ammesso: {v}.").format(v=value)) from None


def required_date(field: str, value: dt.date | None) -> dt.date:
    if value is None:
        raise ValidationError(field, N_("Indica una data."))
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(field, N_("Data non valida."))
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
    if value is None:
        return None
    not_future(field, value, today)
    if value.year < today.year - 110:
        raise ValidationError(field, N_("Data di nascita non plausibile."))
    return value


def codice_fiscale(field: str, value: str | None) -> str | None:
    """A valid codice fiscale (16 characters, or the 11-digit temporary one), normalised."""
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


def money_cents(field: str, value: int | None, *, required: bool = True) -> int | None:
    if value is None and not required:
        return None
    return int_range(field, value, 0, 10_000_000, required=required)
