"""The apartment and room choice of the stay dialogs: only places free over the period.

The apartments that can take somebody on every night come first, each with its free beds
("ALL-0001 – 3 posti liberi"); the others follow greyed out with the reason (in
ristrutturazione, no free place). The lists are read again whenever the dates change; a
choice that no longer fits is dropped with a line saying why.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from rts_desktop.services.housing.availability import ApartmentOffer, place_offers
from rts_desktop.ui.env import UiEnv


def disable_item(combo: QComboBox, index: int, why: str) -> None:
    """Grey out one entry of a combo (it cannot be chosen) and say why on hover."""
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        item = model.item(index)
        if item is not None:
            item.setEnabled(False)
    combo.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)


class PlaceFields(QObject):
    """Apartment and room combos over the offers of a period, kept in step; ``places`` gets
    the chosen room's free beds as its maximum."""

    def __init__(
        self,
        env: UiEnv,
        places: QSpinBox,
        *,
        apartment_id: str | None = None,
        room_id: str | None = None,
        exclude_stay: str | None = None,
        current_room: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.places = places
        self.exclude_stay = exclude_stay
        #: the room the household is in (a move goes elsewhere)
        self.current_room = current_room
        self.offers: list[ApartmentOffer] = []
        self.apartment = QComboBox()
        self.apartment.setObjectName("place_apartment")
        self.apartment.setPlaceholderText(self.tr("Scegli un alloggio con posti liberi"))
        self.room = QComboBox()
        self.room.setObjectName("place_room")
        self.room.setPlaceholderText(self.tr("Scegli la stanza"))
        self.note = QLabel()
        self.note.setObjectName("place_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.note.hide()
        self._wanted = (apartment_id, room_id)
        self.apartment.currentIndexChanged.connect(lambda _i: self._fill_rooms(None))
        self.room.currentIndexChanged.connect(lambda _i: self._room_changed())

    # --- reading -----------------------------------------------------------------------
    def chosen(self) -> ApartmentOffer | None:
        apartment_id = self.apartment.currentData()
        return next((o for o in self.offers if o.id == apartment_id), None)

    def refresh(self, start: dt.date, end: dt.date) -> None:
        """Read the offers of ``[start, end)`` again, keeping the choice while it fits."""
        before_apartment = self.apartment.currentData() or self._wanted[0]
        before_room = self.room.currentData() or self._wanted[1]
        self._wanted = (None, None)
        self.offers = place_offers(
            self.env.db, start, end, ctx=self.env.ctx, exclude_stay=self.exclude_stay
        )
        self.apartment.blockSignals(True)
        self.apartment.clear()
        for offer in self.offers:
            self.apartment.addItem(offer.label, offer.id)
            if not offer.offered:
                disable_item(self.apartment, self.apartment.count() - 1, offer.reason or "")
        self.apartment.setCurrentIndex(-1)
        kept = next((o for o in self.offers if o.id == before_apartment), None)
        if kept is not None and kept.offered:
            self.apartment.setCurrentIndex(self.apartment.findData(kept.id))
        self.apartment.blockSignals(False)
        self._fill_rooms(before_room)
        if end <= start:
            self._say(self.tr("La fine deve essere successiva all'inizio."))
        elif kept is not None and not kept.offered:
            self._say(
                self.tr("%1 non può ospitare in queste date (%2): scegli un altro alloggio.")
                .replace("%1", kept.code)
                .replace("%2", kept.reason or "")
            )
        elif not any(o.offered for o in self.offers):
            self._say(self.tr("Nessun alloggio ha posti liberi per tutto il periodo scelto."))
        else:
            self._say("")

    # --- behaviour ---------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _fill_rooms(self, room_id: str | None) -> None:
        self.room.blockSignals(True)
        self.room.clear()
        offer = self.chosen()
        rooms = offer.rooms if offer is not None else ()
        for room in rooms:
            self.room.addItem(room.label, room.id)
            if room.id == self.current_room:
                disable_item(self.room, self.room.count() - 1, self.tr("Il nucleo è già qui"))
            elif not room.offered:
                disable_item(self.room, self.room.count() - 1, self.tr("Nessun letto libero"))
        usable = [r for r in rooms if r.offered and r.id != self.current_room]
        if offer is not None:
            wanted = next((r for r in usable if r.id == room_id), None)
            pick = wanted or (usable[0] if usable else None)
            self.room.setCurrentIndex(self.room.findData(pick.id) if pick else -1)
        self.room.blockSignals(False)
        self._room_changed()

    def _room_changed(self) -> None:
        offer = self.chosen()
        room = offer.room(self.room.currentData()) if offer is not None else None
        self.places.setMaximum(max(room.free, 1) if room is not None else 12)
