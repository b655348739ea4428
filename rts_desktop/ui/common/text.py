"""Text that reads right: counts in words ("1 valutazione", "2 valutazioni"), amounts and
months in the language of the interface (``QLocale()``), and labels that show their last
letter.

Counts are one ``%n`` entry of the catalogue with both plural forms:
``self.tr("%n valutazioni", "", n)`` reads "1 valutazione".
"""

from __future__ import annotations

import datetime as dt

from PySide6 import QtGui
from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import QLabel


def money(cents: int) -> str:
    """Cents as euro in the current locale: "1234,50 €" in Italian, "€1,234.50" in English."""
    return QLocale().toCurrencyString(cents / 100, "€")


def amount_text(cents: int) -> str:
    """Cents as an amount field shows them, without grouping: "1234,50" / "1234.50"."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(cents / 100, "f", 2)


def month_text(period: dt.date) -> str:
    """A month and its year in the current locale: "settembre 2026", "September 2026"."""
    return QLocale().toString(QDate(period.year, period.month, 1), "MMMM yyyy")


def plain_text(label: QLabel) -> str:
    """What a one-line label shows: its text without the "&" of its shortcut."""
    text = label.text()
    if label.buddy() is None:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class WholeLabel(QLabel):
    """A label as wide as the ink of its text: Qt sizes a label by the advance of its
    letters, and a word ending in a round letter ("Telefono") draws a pixel past it,
    which reads "Telefonc" once the label is as narrow as Qt allows."""

    def sizeHint(self) -> QSize:
        return self._with_ink(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._with_ink(super().minimumSizeHint())

    def _with_ink(self, size: QSize) -> QSize:
        text = plain_text(self)
        rich = self.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(text)
        if self.wordWrap() or rich or not text:
            return size
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        ink = max(self.fontMetrics().boundingRect(line).width() for line in text.split("\n"))
        return QSize(max(size.width(), ink + extra), size.height())
