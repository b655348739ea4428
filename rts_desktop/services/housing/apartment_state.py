"""The apartment status a person sees, derived from its stays and its status history.

The stored history says whether people may live there (``disponibile``/``occupato``) or not
(``in_ristrutturazione``/``fuori_servizio``); whether it is free or full on a day follows
from the stays of that day, never from the stored word. Every view (apartment list,
apartment file, board, case summary, occupancy report) shows :func:`apartment_state`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rts_desktop.kernel.errors import N_
from rts_desktop.models.vocab import ApartmentStatus


class StateKind(StrEnum):
    LIBERO = "libero"
    PARZIALE = "parzialmente_occupato"
    OCCUPATO = "occupato"
    IN_RISTRUTTURAZIONE = "in_ristrutturazione"
    FUORI_SERVIZIO = "fuori_servizio"
    SENZA_STATO = "senza_stato"


#: the kinds in the order a filter lists them, with their plain label
KIND_LABELS: dict[StateKind, str] = {
    StateKind.LIBERO: N_("Libero"),
    StateKind.PARZIALE: N_("Parzialmente occupato"),
    StateKind.OCCUPATO: N_("Occupato"),
    StateKind.IN_RISTRUTTURAZIONE: N_("In ristrutturazione"),
    StateKind.FUORI_SERVIZIO: N_("Fuori servizio"),
    StateKind.SENZA_STATO: N_("Senza stato"),
}

_CLOSED = {
    ApartmentStatus.IN_RISTRUTTURAZIONE: StateKind.IN_RISTRUTTURAZIONE,
    ApartmentStatus.FUORI_SERVIZIO: StateKind.FUORI_SERVIZIO,
}


def places_text(n: int) -> str:
    """``1 posto libero`` / ``3 posti liberi``."""
    return N_("1 posto libero") if n == 1 else N_("{n} posti liberi").format(n=n)


@dataclass(frozen=True)
class ApartmentState:
    """What an apartment is on one day: its kind, its beds and the places taken."""

    kind: StateKind
    beds: int
    occupied: int

    @property
    def free(self) -> int:
        """Places that can be given (0 when nobody may live there)."""
        if self.kind in (StateKind.LIBERO, StateKind.PARZIALE):
            return max(self.beds - self.occupied, 0)
        return 0

    @property
    def habitable(self) -> bool:
        return self.kind in (StateKind.LIBERO, StateKind.PARZIALE, StateKind.OCCUPATO)

    @property
    def label(self) -> str:
        if self.kind == StateKind.PARZIALE:
            return N_("Parzialmente occupato ({p})").format(p=places_text(self.free))
        return KIND_LABELS[self.kind]


def apartment_state(
    stored: ApartmentStatus | str | None, beds: int, occupied: int
) -> ApartmentState:
    """The state of an apartment whose history says ``stored`` on a day ``occupied`` of its
    ``beds`` places are taken by stays: "Occupato" only when nobody else fits in."""
    if stored is None:
        return ApartmentState(StateKind.SENZA_STATO, beds, occupied)
    closed = _CLOSED.get(ApartmentStatus(stored))
    if closed is not None:
        return ApartmentState(closed, beds, occupied)
    if occupied <= 0:
        kind = StateKind.LIBERO
    elif occupied >= beds:
        kind = StateKind.OCCUPATO
    else:
        kind = StateKind.PARZIALE
    return ApartmentState(kind, beds, max(occupied, 0))
