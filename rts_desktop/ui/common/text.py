"""Text that reads right: counts in words ("1 valutazione", "2 valutazioni") and labels
that show their last letter.

``count_text`` takes both forms already through ``tr()`` with ``%n`` for the number, e.g.
``count_text(n, self.tr("%n valutazione"), self.tr("%n valutazioni"))``, so both are ready
for the translators (a later pass can make them one ``%n`` numerus entry).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel


def count_text(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, ``many`` otherwise (0 included, as in Italian), with
    ``%n`` replaced by the number."""
    return (one if n == 1 else many).replace("%n", str(n))


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
