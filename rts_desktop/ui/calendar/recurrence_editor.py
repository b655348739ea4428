"""Recurrence editor: none / daily / weekly (weekdays) / monthly, ending never, on a date or
after N times; reads and writes the RFC 5545 RRULE text the services store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from rts_desktop.ui.calendar.style import weekday_names
from rts_desktop.ui.common.dates import DateEdit
from rts_desktop.ui.common.flow import FlowLayout, row_of
from rts_desktop.ui.common.text import WholeLabel

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQS = ("", "DAILY", "WEEKLY", "MONTHLY")


def rule_parts(text: str | None) -> dict[str, str]:
    """The ``NAME=value`` parts of an RRULE text (none for no rule)."""
    return dict(p.split("=", 1) for p in (text or "").split(";") if "=" in p)


class RecurrenceEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.freq = QComboBox()
        self.freq.setObjectName("recurrence_freq")
        self.freq.setAccessibleName(self.tr("Ripetizione"))
        self.setFocusProxy(self.freq)  # the form's "Ripetizione" label leads here
        for text in (self.tr("Nessuna"), self.tr("Ogni giorno"), self.tr("Ogni settimana"),
                     self.tr("Ogni mese")):  # fmt: skip
            self.freq.addItem(text)
        self.interval = QSpinBox()
        self.interval.setRange(1, 52)
        self.interval.setObjectName("recurrence_interval")
        self.interval.setAccessibleName(self.tr("Intervallo della ripetizione"))
        self.interval.setPrefix(self.tr("ogni "))
        self.days = [QCheckBox(name) for name in weekday_names()]
        for box, code in zip(self.days, DAY_CODES, strict=True):
            box.setObjectName(f"recurrence_{code}")
        self.end_never = QRadioButton(self.tr("&senza fine"))
        self.end_date_radio = QRadioButton(self.tr("fino al &giorno"))
        self.end_count_radio = QRadioButton(self.tr("per &N volte"))
        group = QButtonGroup(self)
        for b in (self.end_never, self.end_date_radio, self.end_count_radio):
            group.addButton(b)
        self.end_count_radio.setChecked(True)
        self.until = DateEdit(name="recurrence_until", field="rrule")
        self.until.setAccessibleName(self.tr("Ultimo giorno della ripetizione"))
        self.count = QSpinBox()
        self.count.setRange(1, 1000)
        self.count.setValue(10)
        self.count.setObjectName("recurrence_count")
        self.count.setAccessibleName(self.tr("Numero di volte"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.freq, 0, 0)
        grid.addWidget(self.interval, 0, 1)
        days_row = QHBoxLayout()
        for box in self.days:
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.days_box = QWidget()
        self.days_box.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.days_box, 1, 0, 1, 4)
        self.end_box = QWidget()
        end_row = FlowLayout(self.end_box)  # wraps when a translation is long
        end_row.addWidget(row_of(WholeLabel(self.tr("Termina:")), self.end_never))
        end_row.addWidget(row_of(self.end_date_radio, self.until))
        end_row.addWidget(row_of(self.end_count_radio, self.count))
        grid.addWidget(self.end_box, 2, 0, 1, 4)
        self._days_picked = False  # a click on a day: the person chose them
        for box in self.days:
            box.clicked.connect(self._pick_days)
        for w in (self.freq, self.interval, self.until, self.count, *self.days, self.end_never,
                  self.end_date_radio, self.end_count_radio):  # fmt: skip
            signal = getattr(w, "currentIndexChanged", None) or getattr(w, "valueChanged", None)
            signal = signal or getattr(w, "toggled", None)
            if signal is not None:
                signal.connect(self._update)
        self._update()

    def _pick_days(self, *_args: object) -> None:
        self._days_picked = True

    def _update(self, *_args: object) -> None:
        on = self.freq.currentIndex() > 0
        self.interval.setVisible(on)
        self.days_box.setVisible(FREQS[self.freq.currentIndex()] == "WEEKLY")
        self.end_box.setVisible(on)
        self.until.setEnabled(self.end_date_radio.isChecked())
        self.count.setEnabled(self.end_count_radio.isChecked())
        self.changed.emit()

    def set_start(self, day: dt.date) -> None:
        """The weekday follows the event's start until the person picks days herself (a
        new start date moves it with the date); the end date stays after the start."""
        if not self._days_picked or not any(b.isChecked() for b in self.days):
            for index, box in enumerate(self.days):
                box.setChecked(index == day.weekday())
        until = self.until.committed_value()
        if until is None or until < day:
            self.until.set_value(day + dt.timedelta(days=90))

    def rule(self) -> str | None:
        freq = FREQS[self.freq.currentIndex()]
        if not freq:
            return None
        parts = [f"FREQ={freq}"]
        if self.interval.value() > 1:
            parts.append(f"INTERVAL={self.interval.value()}")
        if freq == "WEEKLY":
            chosen = [c for c, b in zip(DAY_CODES, self.days, strict=True) if b.isChecked()]
            if chosen:
                parts.append("BYDAY=" + ",".join(chosen))
        if self.end_date_radio.isChecked():
            until = self.until.value()
            assert until is not None  # a required field gives a day or refuses
            parts.append("UNTIL=" + until.strftime("%Y%m%d"))
        elif self.end_count_radio.isChecked():
            parts.append(f"COUNT={self.count.value()}")
        return ";".join(parts)

    def set_rule(self, text: str | None, start: dt.date | None = None) -> None:
        parts = rule_parts(text)
        freq = parts.get("FREQ", "")
        self.freq.setCurrentIndex(FREQS.index(freq) if freq in FREQS else 0)
        self.interval.setValue(int(parts.get("INTERVAL", "1")))
        days = parts.get("BYDAY", "").split(",")
        if freq == "WEEKLY" and not parts.get("BYDAY") and start is not None:
            days = [DAY_CODES[start.weekday()]]
        for code, box in zip(DAY_CODES, self.days, strict=True):
            box.setChecked(code in days)
        self._days_picked = bool(parts.get("BYDAY"))  # a saved rule's days are chosen ones
        if "COUNT" in parts:
            self.end_count_radio.setChecked(True)
            self.count.setValue(int(parts["COUNT"]))
        elif "UNTIL" in parts:
            self.end_date_radio.setChecked(True)
            raw = parts["UNTIL"][:8]
            self.until.set_value(dt.datetime.strptime(raw, "%Y%m%d").date())
        elif freq:
            self.end_never.setChecked(True)
        self._update()
