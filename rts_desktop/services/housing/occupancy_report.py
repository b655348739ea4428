"""The free-places report of one day (CLI ``occupancy``): a text table or JSON data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.services.housing.occupancy import ApartmentOccupancyDTO, occupancy_on

HEADERS = ("Alloggio", "Stato", "Stanza", "Letti", "Occupati", "Liberi", "Si libera il")


def _dates(days: tuple[dt.date, ...]) -> str:
    """Distinct dates, soonest first, as dd/mm/yyyy."""
    return ", ".join(f"{d:%d/%m/%Y}" for d in sorted(set(days))) or "—"


def occupancy_rows(apartments: list[ApartmentOccupancyDTO]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for a in apartments:
        for r in a.rooms:
            rows.append(
                (
                    a.code,
                    a.status_label,
                    r.name,
                    str(r.beds),
                    str(r.occupied),
                    str(r.free),
                    _dates(r.frees_up),
                )
            )
    return rows


def occupancy_table(db: Database, day: dt.date, *, ctx: ActingContext | None = None) -> str:
    """A plain text table, one line per room, with the day's totals at the end."""
    apartments = occupancy_on(db, day, ctx=ctx)
    rows = occupancy_rows(apartments)
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(HEADERS)]
    numeric = {3, 4, 5}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(widths[i]) if i in numeric else c.ljust(widths[i]) for i, c in enumerate(cells)
        ).rstrip()

    out = [f"Occupazione del {day:%d/%m/%Y}", line(HEADERS), line(tuple("-" * w for w in widths))]
    out += [line(row) for row in rows]
    beds = sum(a.beds for a in apartments)
    free = sum(a.free for a in apartments)
    with_free = sum(1 for a in apartments if a.free)
    out.append(f"Totale: {free} posti liberi su {beds} letti, in {with_free} alloggi.")
    return "\n".join(out)


def occupancy_json(
    db: Database, day: dt.date, *, ctx: ActingContext | None = None
) -> dict[str, Any]:
    """The same data for scripts (dates ISO 8601)."""
    apartments = occupancy_on(db, day, ctx=ctx)
    return {
        "date": day.isoformat(),
        "beds": sum(a.beds for a in apartments),
        "occupied": sum(a.occupied for a in apartments),
        "free": sum(a.free for a in apartments),
        "apartments": [
            {
                "code": a.code,
                "address": a.address,
                "municipio": a.municipio,
                "status": str(a.status) if a.status is not None else None,
                "beds": a.beds,
                "occupied": a.occupied,
                "free": a.free,
                "rooms": [
                    {
                        "name": r.name,
                        "beds": r.beds,
                        "occupied": r.occupied,
                        "free": r.free,
                        "frees_up": [d.isoformat() for d in r.frees_up],
                        "next_free_on": min(r.frees_up).isoformat() if r.frees_up else None,
                    }
                    for r in a.rooms
                ],
            }
            for a in apartments
        ],
    }
