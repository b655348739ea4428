"""Recurrence rules (RFC 5545 RRULE via dateutil) expanded in Europe/Rome wall-clock time.

Pure functions, no database. A weekly 18:00 meeting stays at 18:00 local time across the
daylight-saving change (so its UTC instant shifts by an hour): rules are expanded on naive
local datetimes and each occurrence is then placed in Europe/Rome and converted to UTC.

Conventions (documented for the UI and tests):
- the event's start must be the rule's first occurrence (RFC 5545 counts DTSTART as one,
  dateutil does not: requiring both to agree keeps .ics exports and the app consistent);
- ``BYMONTHDAY=31`` skips months without a 31st (RFC 5545: invalid dates are ignored);
  ``BYMONTHDAY=-1`` is the last day of every month; a plain ``FREQ=MONTHLY`` starting on
  the 31st behaves like ``BYMONTHDAY=31``;
- ``UNTIL`` may be a UTC instant (``...Z``), a local date-time or a date (the whole day is
  included); it is stored canonically as the UTC instant ``YYYYMMDDTHHMMSSZ``;
- a rule without ``COUNT``/``UNTIL`` is open-ended (``last_end()`` is None).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from rts_desktop.kernel.errors import N_, ValidationError

ROME = ZoneInfo("Europe/Rome")
FIELD = "rrule"
MAX_COUNT = 1000
ALLOWED_FREQ = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
ALLOWED_PARTS = frozenset(
    {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"}
)
#: slack around a window when converting its bounds to local time (DST shifts are 1 hour)
_SLACK = dt.timedelta(hours=2)
_MONTH_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30}


def to_local(instant: dt.datetime) -> dt.datetime:
    """An aware instant as naive Europe/Rome wall-clock time."""
    return instant.astimezone(ROME).replace(tzinfo=None)


def from_local(wall: dt.datetime) -> dt.datetime:
    """Naive Europe/Rome wall-clock time as an aware UTC instant."""
    return wall.replace(tzinfo=ROME).astimezone(dt.UTC)


def overlaps(
    a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime
) -> bool:
    """Half-open intervals [start, end) intersect."""
    return a_start < b_end and b_start < a_end


def _bad(message: str) -> ValidationError:
    return ValidationError(FIELD, message)


def _parse_until(value: str) -> dt.datetime:
    """UNTIL as naive local wall-clock time (a bare date includes the whole day)."""
    try:
        if len(value) == 8:
            day = dt.datetime.strptime(value, "%Y%m%d").date()
            return dt.datetime.combine(day, dt.time(23, 59, 59))
        if value.endswith("Z"):
            utc = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            return to_local(utc)
        return dt.datetime.strptime(value, "%Y%m%dT%H%M%S")
    except ValueError:
        raise _bad(
            N_("Data di fine ripetizione (UNTIL) non valida: {v}.").format(v=value)
        ) from None


def _numbers(value: str) -> list[int]:
    try:
        return [int(x) for x in value.split(",")]
    except ValueError:
        return []  # malformed: rrulestr refuses it with its own message


def _refuse_impossible(parts: dict[str, str]) -> None:
    """Refuse rules that never occur (30 February): dateutil would search until year 9999."""
    if "BYMONTHDAY" in parts:
        days = _numbers(parts["BYMONTHDAY"])
        months = _numbers(parts.get("BYMONTH", "")) or list(range(1, 13))
        if days and not any(0 < abs(d) <= _MONTH_DAYS.get(m, 31) for d in days for m in months):
            raise _bad(N_("La regola non produce alcuna ripetizione."))
    if "BYSETPOS" in parts and parts["FREQ"] not in {"MONTHLY", "YEARLY"}:
        raise _bad(N_("BYSETPOS si usa solo con ripetizioni mensili o annuali."))


def normalize_rule(text: str) -> tuple[str, str | None]:
    """Split a rule into its canonical text without UNTIL and the raw UNTIL value.

    Refuses what the calendar does not support: several lines (EXDATE, RDATE...),
    sub-daily frequencies, unknown parts, COUNT together with UNTIL.
    """
    cleaned = text.strip().upper()
    if cleaned.startswith("RRULE:"):
        cleaned = cleaned[len("RRULE:") :]
    if not cleaned:
        raise _bad(N_("Regola di ripetizione vuota."))
    if any(ch in cleaned for ch in "\r\n:"):
        raise _bad(N_("Indica una sola regola RRULE (senza EXDATE o altre righe)."))
    parts: dict[str, str] = {}
    for piece in cleaned.strip(";").split(";"):
        key, sep, value = piece.partition("=")
        if not sep or not value or key in parts:
            raise _bad(N_("Regola di ripetizione non valida: «{p}».").format(p=piece))
        if key not in ALLOWED_PARTS:
            raise _bad(N_("Parte della regola non supportata: {k}.").format(k=key))
        parts[key] = value
    if parts.get("FREQ") not in ALLOWED_FREQ:
        raise _bad(N_("Frequenza non ammessa: usa giornaliera, settimanale, mensile o annuale."))
    if "COUNT" in parts and "UNTIL" in parts:
        raise _bad(N_("Indica il numero di ripetizioni oppure la data di fine, non entrambi."))
    if "COUNT" in parts:
        count = parts["COUNT"]
        if not count.isdigit() or not 1 <= int(count) <= MAX_COUNT:
            raise _bad(N_("Numero di ripetizioni tra 1 e {n}.").format(n=MAX_COUNT))
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or not 1 <= int(interval) <= 366:
        raise _bad(N_("Intervallo di ripetizione tra 1 e 366."))
    _refuse_impossible(parts)
    until = parts.pop("UNTIL", None)
    return ";".join(f"{k}={v}" for k, v in parts.items()), until


@dataclass(frozen=True)
class Series:
    """An event's start, duration and optional rule, ready to expand."""

    start: dt.datetime
    duration: dt.timedelta
    rule: rrule | None
    text: str | None
    #: single events and rules with COUNT or UNTIL end; the others are open-ended
    bounded: bool = True
    #: days between period starts of a DAILY / WEEKLY rule without COUNT (see ``_near``)
    step_days: int | None = None

    @classmethod
    def compile(
        cls, starts_at: dt.datetime, ends_at: dt.datetime, text: str | None, *, strict: bool = True
    ) -> Series:
        """Validate the rule against the start; ``text`` becomes the canonical rule.

        ``strict=False`` is for stored events (maybe written by another app version): the
        first-occurrence check is skipped and nothing is refused while reading.
        """
        duration = ends_at - starts_at
        if not text or not text.strip():
            return cls(starts_at, duration, None, None)
        body, until_raw = normalize_rule(text)
        local_start = to_local(starts_at)
        try:
            rule = rrulestr(body, dtstart=local_start)
        except (ValueError, TypeError):
            raise _bad(N_("Regola di ripetizione non valida.")) from None
        canonical = body
        if until_raw is not None:
            until = _parse_until(until_raw)
            rule = rule.replace(until=until)
            canonical += ";UNTIL=" + from_local(until).strftime("%Y%m%dT%H%M%SZ")
        first = next(iter(rule), None)
        if first is None:
            raise _bad(N_("La regola non produce alcuna ripetizione."))
        if first != local_start and strict:
            raise _bad(
                N_(
                    "Il primo appuntamento della ripetizione cadrebbe il {d:%d/%m/%Y} alle "
                    "{d:%H:%M}, non nel giorno scelto: scegli tra i giorni della ripetizione "
                    "anche quello dell'appuntamento."
                ).format(d=first)
            )
        parts = dict(p.split("=") for p in body.split(";"))
        step = {"DAILY": 1, "WEEKLY": 7}.get(parts["FREQ"])
        if step is not None and "COUNT" not in parts:
            step *= int(parts.get("INTERVAL", "1"))
        else:
            step = None
        bounded = "COUNT" in parts or until_raw is not None
        return cls(starts_at, duration, rule, canonical, bounded, step)

    @property
    def recurring(self) -> bool:
        return self.rule is not None

    def _near(self, wall: dt.datetime) -> rrule:
        """The rule restarted at the last period start before ``wall``.

        dateutil always iterates from DTSTART: a weekly meeting running for years would be
        walked week by week on every query. Shifting DTSTART by whole periods (whole weeks
        for WEEKLY, so weekday and INTERVAL parity stay) gives the same occurrences.
        """
        assert self.rule is not None
        dtstart = to_local(self.start)
        if self.step_days is None or wall <= dtstart:
            return self.rule
        periods = (wall - dtstart).days // self.step_days
        if periods <= 0:
            return self.rule
        return self.rule.replace(dtstart=dtstart + dt.timedelta(days=periods * self.step_days))

    def last_end(self) -> dt.datetime | None:
        """When the last occurrence ends; None for an open-ended rule."""
        if self.rule is None:
            return self.start + self.duration
        if not self.bounded:
            return None
        last = None
        for last in self.rule:  # noqa: B007 - bounded: COUNT <= MAX_COUNT or an UNTIL
            pass
        assert last is not None
        return from_local(last) + self.duration

    def starts_between(self, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
        """UTC starts of the occurrences overlapping [start, end), in order."""
        if self.rule is None:
            candidates = [self.start]
        else:
            lo = to_local(start - self.duration) - _SLACK
            hi = to_local(end) + _SLACK
            rule = self._near(lo)
            candidates = [from_local(w) for w in rule.between(lo, hi, inc=True)]
        return [c for c in candidates if overlaps(c, c + self.duration, start, end)]

    def is_occurrence(self, instant: dt.datetime) -> bool:
        """Whether an occurrence starts exactly at ``instant``."""
        if self.rule is None:
            return instant == self.start
        # compare instants: a wall time in the spring DST gap is placed an hour later
        lo, hi = to_local(instant) - _SLACK, to_local(instant) + _SLACK
        return any(from_local(w) == instant for w in self._near(lo).between(lo, hi, inc=True))


class ExceptionLike(Protocol):
    """What expansion needs from an exception (the ORM row or a DTO)."""

    original_start: dt.datetime
    cancelled: bool
    new_start: dt.datetime | None
    new_end: dt.datetime | None


@dataclass(frozen=True)
class Slot:
    """One occurrence after exceptions: ``original_start`` identifies it (attendance)."""

    original_start: dt.datetime
    start: dt.datetime
    end: dt.datetime
    moved: bool
    cancelled: bool


def _slot(series: Series, original: dt.datetime, exc: ExceptionLike | None) -> Slot:
    end = original + series.duration
    if exc is None:
        return Slot(original, original, end, False, False)
    if exc.cancelled or exc.new_start is None:
        return Slot(original, original, end, False, exc.cancelled)
    new_end = exc.new_end or exc.new_start + series.duration
    return Slot(original, exc.new_start, new_end, True, False)


def expand(
    series: Series, exceptions: Iterable[ExceptionLike], start: dt.datetime, end: dt.datetime
) -> list[Slot]:
    """Occurrences overlapping [start, end) with exceptions applied (cancelled ones flagged).

    A moved occurrence shows where it was moved to, even when its original time lies
    outside the window.
    """
    by_start = {e.original_start: e for e in exceptions}
    slots: list[Slot] = []
    for original in series.starts_between(start, end):
        slots.append(_slot(series, original, by_start.pop(original, None)))
    for original, exc in by_start.items():
        if not exc.cancelled and exc.new_start is not None and series.is_occurrence(original):
            slots.append(_slot(series, original, exc))
    slots = [x for x in slots if overlaps(x.start, x.end, start, end)]
    return sorted(slots, key=lambda x: (x.start, x.original_start))
