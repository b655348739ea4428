"""The page template shared by every printable document.

A4 portrait, the city header on every page, a footer with the document title, version, date
and "Pagina x di y". The total page count is only known at the end, so the canvas keeps each
page's state and draws header and footer when the document is saved (the NumberedCanvas
pattern). Also: paragraph and table styles, formatting (signatures: ``blocks``). Every text is
translated when the document is built, in the document's language (``language``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from rts_desktop.documents import fonts, language
from rts_desktop.kernel.i18n import current_language, text_of, translate, translator

_ = translator("documents")

# binary (not ASCII85) streams: the encoding costs ~5 ms per plan in pure Python, and
# nothing downstream (print, QtPdf preview, pypdf) needs 7-bit PDFs
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

MAX_CELL_CHARS = 1500  # under half a page in a half-width column (NOSPLIT pairs must fit)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#7a7a7a")
GRID = colors.HexColor("#9a9a9a")
HEAD_FILL = colors.HexColor("#dcdcdc")
BAND_FILL = colors.HexColor("#efefef")


@dataclass(frozen=True)
class FooterInfo:
    """What the footer says on every page."""

    title: str
    date: dt.date
    version: str = ""  # e.g. "versione 3"; empty when the document is not versioned
    date_label: str = ""  # "stampato il" when empty


# --- formatting ------------------------------------------------------------------------------


def fmt_date(value: dt.date | None, empty: str = "—") -> str:
    """Date as 25/11/2026 (the same in every language of the documents)."""
    return value.strftime("%d/%m/%Y") if value else empty


def fmt_datetime(value: dt.datetime | None, empty: str = "—") -> str:
    """Date and time, 25/11/2026 10:30."""
    return value.strftime("%d/%m/%Y %H:%M") if value else empty


def fmt_money(value: Decimal) -> str:
    """Euro amount in the document's language: € 1.234,50 / €1,234.50."""
    return language.money(value)


def label(value: object) -> str:
    """A label from the content in the document's language: a marked message translated,
    a plain text as it is."""
    return text_of(value)


def markup(text: object) -> str:
    """User text made safe for Paragraph markup; line breaks kept."""
    return escape(label(text).strip()).replace("\r\n", "\n").replace("\n", "<br/>")


# --- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    empty: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_muted: ParagraphStyle
    label: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The paragraph styles (built once per process, after the fonts are registered)."""
    fonts.register_fonts()
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=13, textColor=MUTED, spaceAfter=8
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=12.5,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=True,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        empty=ParagraphStyle("empty", parent=base, fontName=fonts.ITALIC, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.BOLD, fontSize=8),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, fontName=fonts.ITALIC),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED, fontSize=8),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Paragraph(markup(text), style or styles().body)


def cell(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A table cell that wraps instead of overflowing.

    A table row cannot continue on the next page (ReportLab's in-row splitting breaks
    grouped tables), so text longer than ``MAX_CELL_CHARS`` is cut with a visible mark.
    """
    return Paragraph(markup(clip(text)), style or styles().cell)


def clip(text: object, limit: int = MAX_CELL_CHARS) -> str:
    """``text`` cut at ``limit`` characters with a visible "[…]"."""
    shown = label(text)
    return shown if len(shown) <= limit else shown[:limit].rstrip() + " […]"


def heading(text: str) -> Paragraph:
    """A section title; use ``section`` when a long table follows."""
    return Paragraph(markup(text), styles().h2)


def section(text: str, room: float = 30 * mm) -> list[Flowable]:
    """A section title that moves to the next page unless ``room`` is left under it.

    Preferred to ``keepWithNext``, which would push a whole long table (and its title) to
    the next page whenever the table would fit there, leaving half pages blank.
    """
    return [CondPageBreak(room), heading(text)]


def empty_note(text: str) -> Paragraph:
    """What an empty section says, e.g. "Nessuna verifica registrata"."""
    return Paragraph(markup(text), styles().empty)


def title_block(title: str, subtitle: str) -> list[Flowable]:
    st = styles()
    return [Paragraph(markup(title), st.title), Paragraph(markup(subtitle), st.subtitle)]


# --- tables ----------------------------------------------------------------------------------


#: plain-string cells (even empty ones) would otherwise select an unembedded Helvetica
BASE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)


def grid_style(*, header: bool = True) -> list[tuple[Any, ...]]:
    """Thin grid, padded cells, a grey header row."""
    commands: list[tuple[Any, ...]] = [
        BASE_FONT,
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    return commands


def widths(*fractions: float) -> list[float]:
    """Column widths as fractions of the frame width."""
    return [FRAME_WIDTH * f for f in fractions]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    col_widths: Sequence[float],
    extra: Iterable[tuple[Any, ...]] = (),
) -> Table:
    """A table with a header row repeated on every page it spans.

    Plain strings are drawn as single lines (fast: dates, codes, short labels); anything
    that may wrap must come as a Paragraph (``cell``).
    """
    st = styles()
    head = [Paragraph(markup(h), st.cell_head) for h in header]
    body = [list(row) for row in rows]
    table = Table([head, *body], colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*grid_style(), *extra]))
    return table


def facts_table(pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row (the document's header block)."""
    st = styles()
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for label, value in pairs[start : start + columns]:
            row += [Paragraph(markup(label), st.label), cell(value or "—", st.cell_bold)]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    label_w, value_w = 0.14 / (columns / 2), 0.36 / (columns / 2)
    table = Table(
        rows,
        colWidths=widths(*([label_w, value_w] * columns)),
        hAlign="LEFT",
        spaceAfter=2 * mm,
    )
    table.setStyle(
        TableStyle(
            [
                *grid_style(header=False),
                *[("BACKGROUND", (2 * i, 0), (2 * i, -1), BAND_FILL) for i in range(columns)],
            ]
        )
    )
    return table


# --- page template ---------------------------------------------------------------------------

#: the PDF's declared language (screen readers, spell checkers)
PDF_LANG = {"it": "it-IT", "en": "en-GB"}


def header_city() -> str:
    return _("Comune di Milano")


def header_rest() -> str:
    return _(" — Residenzialità Temporanea Sociale — PON Metro 2014-2020 / MI3.1.1.c")


def titled(value: str) -> str:
    """A document title kept in the content (marked with ``noop("documents", …)``) in the
    document's language."""
    return translate("documents", value)  # i18n: dynamic


class _NumberedCanvas(Canvas):
    """Defers header and footer to ``save`` so every page can say "Pagina x di y"."""

    footer: FooterInfo

    def __init__(self, *args: Any, footer: FooterInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        info = self.footer
        self.saveState()
        top = PAGE_HEIGHT - 13 * mm
        city, rest = header_city(), header_rest()
        self.setFillColor(INK)
        self.setFont(fonts.BOLD, 8.5)
        self.drawString(MARGIN_X, top, city)
        self.setFont(fonts.REGULAR, 8.5)
        self.drawString(MARGIN_X + self.stringWidth(city, fonts.BOLD, 8.5), top, rest)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)

        bottom = 10 * mm
        self.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, 7.5)
        printed = _("{label} {date}").format(
            label=info.date_label or _("stampato il"), date=fmt_date(info.date)
        )
        parts = [info.title, info.version, printed]
        self.drawString(MARGIN_X, bottom, " — ".join(p for p in parts if p))
        page = _("Pagina {number} di {total}").format(number=number, total=total)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, page)
        self.restoreState()


def build_pdf(out: Path | BinaryIO, story: list[Flowable], footer: FooterInfo) -> None:
    """Lay out ``story`` on A4 pages with the shared header and footer."""
    fonts.register_fonts()
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=footer.title,
        author=_("Comune di Milano — Residenzialità Temporanea Sociale"),
        subject=footer.title,
        creator="RTS Desktop",
        lang=PDF_LANG.get(current_language(), "it-IT"),
        initialFontName=fonts.REGULAR,  # else an unembedded Helvetica is referenced
        initialFontSize=9.5,
    )
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, footer=footer))
