"""What each line of the Oggi page says: short, in the order a person reads a day.

A line is its text, a tooltip with the rest, and the item it opens. Times are Europe/Rome.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import label
from rts_desktop.services.deadlines import Deadline
from rts_desktop.services.today import Appointment, AttendanceDue, FreePlace, Movement
from rts_desktop.ui.calendar.style import local, weekday_short

_tr = translator("today")


@dataclass(frozen=True)
class Line:
    text: str
    tooltip: str
    #: what activating the line opens (an item of ``services.today``)
    item: object
    #: shown in red: overdue, late
    urgent: bool = False
    #: shown in grey: already over
    past: bool = False


def day_text(day: dt.date) -> str:
    """«mer 02/12»."""
    return f"{weekday_short(day)} {day:%d/%m}"


def _hours(a: Appointment) -> str:
    if a.all_day:
        return _tr("tutto il giorno")
    return f"{local(a.start):%H:%M}–{local(a.end):%H:%M}"


def _case(code: str | None, household: str | None) -> str:
    if not code:
        return ""
    return f"{household} ({code})" if household else code


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def appointment(a: Appointment, now: dt.datetime, *, with_organizer: bool) -> Line:
    """«09:30–10:30  Colloquio con Mario Rossi · Ufficio» (for coordinators, who leads it
    comes before the place); grey once over."""
    who = a.organizer_name if with_organizer else None
    text = f"{_hours(a)}  " + _join(a.title, who, a.place)
    tip = _join(
        text_of(label(a.area)), _case(a.case_code, a.household_name), a.place, a.organizer_name
    )
    if a.recurring:
        tip += "\n" + _tr("Appuntamento che si ripete")
    tip += "\n" + _tr("Invio: apri il giorno nel calendario")
    return Line(text, tip, a, past=not a.all_day and a.end <= now)


def attendance(d: AttendanceDue) -> Line:
    """«mar 01/12 17:00  Gruppo di socializzazione — 0 di 8 segnati»."""
    a = d.occurrence
    when = f"{day_text(a.day)} {local(a.start):%H:%M}"
    marked = _tr("%1 di %2 segnati").replace("%1", str(d.marked)).replace("%2", str(d.expected))
    text = f"{when}  {_join(a.title, a.place)} — {marked}"
    return Line(text, _tr("Invio: segna le presenze"), d)


def missing_note(a: Appointment) -> Line:
    """«14:30  Colloquio con Mario Rossi · Nucleo Rossi (RTS-2026-0012)»."""
    start = _tr("tutto il giorno") if a.all_day else f"{local(a.start):%H:%M}"
    text = f"{start}  " + _join(a.title, _case(a.case_code, a.household_name))
    tip = _tr("Invio: apri il diario del caso per scrivere la nota del %1").replace(
        "%1", f"{a.day:%d/%m/%Y}"
    )
    return Line(text, tip, a)


def movement(m: Movement, today: dt.date) -> Line:
    """«gio 03/12  Arrivo: Nucleo Rossi (RTS-…) · ALL-0012, Camera 1»."""
    where = f"{m.apartment_code}, {m.rooms}"
    if m.kind == "arrivo":
        late = m.day < today
        what = _tr("Arrivo in ritardo (previsto il %1)").replace("%1", f"{m.day:%d/%m}")
        what = what if late else _tr("Arrivo")
        tip = _tr("Le chiavi non sono ancora state consegnate.")
    else:
        late = not m.done and m.day < today
        what = _tr("Uscita") if m.done else _tr("Uscita prevista")
        tip = _tr("Uscita registrata.") if m.done else _tr("Uscita non ancora registrata.")
    text = f"{day_text(m.day)}  {what}: " + _join(_case(m.case_code, m.household_name), where)
    return Line(text, tip + "\n" + _tr("Invio: apri il tabellone degli alloggi"), m, late)


def deadline(d: Deadline, today: dt.date) -> Line:
    """«03/12  Verifica del progetto · Nucleo Rossi (RTS-…) · Progetto v1»."""
    due = f"{d.due:%d/%m}" if d.due else "—"
    text = f"{due}  " + _join(text_of(d.kind_label), _case(d.case_code, d.household_name))
    tip = d.description
    if d.overdue(today):
        tip = _tr("Scaduta: {description}").format(description=tip)
    return Line(text, tip + "\n" + _tr("Invio: apri il fascicolo del caso"), d, d.overdue(today))


def arrears(d: Deadline) -> Line:
    """«Nucleo Rossi (RTS-…): 220,00 € (1 mesi)»."""
    text = f"{_case(d.case_code, d.household_name)}: {d.description}"
    since = _tr("Quota non pagata più vecchia: %1").replace(
        "%1", f"{d.due:%m/%Y}" if d.due else "—"
    )
    return Line(text, since + "\n" + _tr("Invio: apri il patto e le quote del caso"), d)


def free_place(f: FreePlace) -> Line:
    """«ALL-0012 Via Segneri 29: 3 posti liberi su 9»."""
    count = _tr("%n posti liberi su {beds}", n=f.free).format(beds=f.beds)
    text = f"{f.apartment_code} {f.address}: {count}"
    tip = ", ".join(f.rooms) + "\n" + _tr("Invio: apri il tabellone degli alloggi")
    return Line(text, tip, f)
