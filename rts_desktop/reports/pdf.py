"""The dashboard as a PDF: for each report its figures, charts and tables, on A4 pages with
the documents' city header and "Pagina x di y" footer (``documents.layout``).

Tables repeat their header row on every page they span and split between any two rows;
numbers are right-aligned and written the Italian way (:func:`format_value`). The file is
built in memory and written atomically: a failed export never leaves half a PDF.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.flowables import HRFlowable

from rts_desktop.documents import fonts
from rts_desktop.documents import layout as L
from rts_desktop.documents.language import document_language
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.reports.pdf_charts import format_value, report_chart
from rts_desktop.reports.table import Column, Report, ReportFilter, Table

NUMERIC = ("int", "decimal", "percent", "money")
EMPTY = "—"
CELL_FONT_SIZE = 8.5
MIN_FONT_SIZE = 6.0
HEAD_FONT_SIZE = 8
PADDING = 8.5  # left and right padding of a cell, and a hair
STRIPE = colors.HexColor("#f5f5f5")
CHART_HEIGHT = 66 * mm

_ = translator("documents")


def filter_line(flt: ReportFilter, *, programme: bool = False) -> str:
    """ "Periodo 01/01/2026–31/12/2026 · Municipio 3" (or "tutti i Municipi"), in the
    current language."""
    if flt.municipio:
        where = _("Municipio {number}").format(number=flt.municipio)
    else:
        where = _("tutti i Municipi")
    text = _("Periodo {start}–{end} · {where}").format(
        start=L.fmt_date(flt.start), end=L.fmt_date(flt.end), where=where
    )
    if programme:
        text = _("{filter} · programmazione {programme}").format(
            filter=text, programme=flt.programme
        )
    return text


def export_pdf(
    reports: Sequence[Report], path: Path, *, title: str = "", lang: str | None = None
) -> Path:
    """Write ``reports`` as one PDF at ``path`` (atomically) and return ``path``."""
    if not reports:
        raise ValidationError("report", N_("Nessun report da esportare."))
    write_atomically(Path(path), render_pdf(reports, title=title, lang=lang))
    return Path(path)


def render_pdf(
    reports: Sequence[Report],
    *,
    title: str = "",
    printed_on: dt.date | None = None,
    lang: str | None = None,
) -> bytes:
    """The PDF of ``reports`` as bytes, in ``lang`` (default: the language chosen around
    the call, else Italian); ``title`` defaults to "Report del servizio"."""
    with document_language(lang):
        return _render(reports, text_of(title) or _("Report del servizio"), printed_on)


def _render(reports: Sequence[Report], title: str, printed_on: dt.date | None) -> bytes:
    fonts.register_fonts()
    first = reports[0].filter
    esf = any(r.kind == "esf" for r in reports)
    subtitle = filter_line(first, programme=esf)
    story: list[Flowable] = [*L.title_block(title, subtitle)]
    if len(reports) > 1:
        contents = " · ".join(f"{i}. {r.title}" for i, r in enumerate(reports, start=1))
        story.append(L.para(_("Contenuto: {contents}").format(contents=contents), L.styles().small))
    for number, report in enumerate(reports, start=1):
        story += _report(report, number if len(reports) > 1 else None, first)
    out = io.BytesIO()
    L.build_pdf(out, story, L.FooterInfo(title=title, date=printed_on or dt.date.today()))
    return out.getvalue()


# --- one report --------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    st = L.styles()
    return {
        "report": ParagraphStyle(
            "report", parent=st.h2, fontSize=13, leading=16, spaceBefore=10, spaceAfter=2
        ),
        # not ``keepWithNext`` (as h3 is): that would push a whole long table to the next
        # page when it fits there; the CondPageBreak before it keeps it off the page bottom
        "table_title": ParagraphStyle("table_title", parent=st.h3, keepWithNext=False),
        "head_right": ParagraphStyle("head_right", parent=st.cell_head, alignment=TA_RIGHT),
        "cell_right": ParagraphStyle("cell_right", parent=st.cell, alignment=TA_RIGHT),
    }


def _report(report: Report, number: int | None, first: ReportFilter) -> list[Flowable]:
    st, extra = L.styles(), _styles()
    heading = f"{number}. {report.title}" if number else report.title
    flow: list[Flowable] = [
        CondPageBreak(80 * mm),
        Paragraph(L.markup(heading), extra["report"]),
        HRFlowable(width="100%", thickness=0.6, color=L.RULE, spaceBefore=1, spaceAfter=4),
    ]
    if report.filter != first:
        flow.append(L.para(filter_line(report.filter, programme=report.kind == "esf"), st.small))
    if report.figures:
        flow.append(
            figures_table(
                [(f.label, format_value(f.value, f.kind) or EMPTY) for f in report.figures]
            )
        )
    for chart in report.charts:
        drawing = report_chart(chart, L.FRAME_WIDTH, CHART_HEIGHT)
        head = Paragraph(L.markup(chart.title), st.h3)
        if drawing is None:
            flow.append(KeepTogether([head, L.empty_note(_("Nessun dato da rappresentare."))]))
        else:
            flow.append(KeepTogether([head, drawing, Spacer(1, 2 * mm)]))
    for table in report.tables:
        flow += [CondPageBreak(35 * mm), Paragraph(L.markup(table.title), extra["table_title"])]
        flow.append(_table(table) if table.rows else L.empty_note(_("Nessun dato nel periodo.")))
        if table.note:
            flow.append(L.para(table.note, st.small))
        flow.append(Spacer(1, 2 * mm))
    if not (report.figures or report.charts or report.tables):
        flow.append(L.empty_note(_("Nessun dato nel periodo.")))
    return flow


def figures_table(pairs: Sequence[tuple[str, str]], per_row: int = 2) -> PdfTable:
    """Headline figures, two label/value pairs a row: the labels (longer) get the room."""
    st = L.styles()
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), per_row):
        row: list[Flowable | str] = []
        for label, value in pairs[start : start + per_row]:
            row += [Paragraph(L.markup(label), st.label), L.cell(value, st.cell_bold)]
        rows.append(row + [""] * (2 * per_row - len(row)))
    label_w, value_w = 0.31 * 2 / per_row, 0.19 * 2 / per_row
    table = PdfTable(
        rows,
        colWidths=L.widths(*([label_w, value_w] * per_row)),
        hAlign="LEFT",
        spaceAfter=2 * mm,
    )
    table.setStyle(
        TableStyle(
            [
                *L.grid_style(header=False),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *[("BACKGROUND", (2 * i, 0), (2 * i, -1), L.BAND_FILL) for i in range(per_row)],
            ]
        )
    )
    return table


def _text(value: object, column: Column) -> str:
    return format_value(value, column.kind) or EMPTY


def column_widths(
    columns: Sequence[Column], texts: Sequence[Sequence[str]]
) -> tuple[list[float], float, bool]:
    """Widths filling the frame, the font size, and whether numbers must wrap to fit.

    Numbers and dates get their widest value (they do not wrap), text the rest in
    proportion to its widest value. When the numbers alone overflow the font shrinks (down
    to ``MIN_FONT_SIZE``), and only then do they wrap.
    """
    size = CELL_FONT_SIZE
    natural, floor = _needs(columns, texts, size)
    if sum(floor) > L.FRAME_WIDTH:
        pad = PADDING * len(columns)
        ratio = (L.FRAME_WIDTH - pad) / max(sum(floor) - pad, 1)
        size = max(MIN_FONT_SIZE, round(CELL_FONT_SIZE * ratio * 4) / 4 - 0.25)
        natural, floor = _needs(columns, texts, size)
    return _share(columns, natural, floor), size, sum(floor) > L.FRAME_WIDTH


def _needs(
    columns: Sequence[Column], texts: Sequence[Sequence[str]], size: float
) -> tuple[list[float], list[float]]:
    """Each column's natural width (its widest value unwrapped) and the least it takes."""
    head_size = min(HEAD_FONT_SIZE, size)
    natural: list[float] = []
    floor: list[float] = []
    for j, column in enumerate(columns):
        widest = max((stringWidth(row[j], fonts.REGULAR, size) for row in texts), default=0)
        label = text_of(column.label)
        words = label.split() or [""]
        head_word = max(stringWidth(w, fonts.BOLD, head_size) for w in words)
        head = stringWidth(label, fonts.BOLD, head_size)
        if column.kind in NUMERIC or column.kind == "date":
            floor.append(max(widest, head_word) + PADDING)
            natural.append(max(widest, min(head, 20 * mm)) + PADDING)
        else:
            floor.append(max(head_word, min(widest, 24 * mm)) + PADDING)
            natural.append(min(max(widest, head), L.FRAME_WIDTH * 0.6) + PADDING)
    return natural, floor


def _share(columns: Sequence[Column], natural: list[float], floor: list[float]) -> list[float]:
    frame = L.FRAME_WIDTH
    if sum(natural) <= frame:
        grow = [j for j, c in enumerate(columns) if c.kind not in NUMERIC and c.kind != "date"]
        grow = grow or list(range(len(columns)))
        spare = (frame - sum(natural)) / len(grow)
        return [w + (spare if j in grow else 0) for j, w in enumerate(natural)]
    if sum(floor) <= frame:
        slack = [n - f for n, f in zip(natural, floor, strict=True)]
        share = (frame - sum(floor)) / (sum(slack) or 1)
        return [f + s * share for f, s in zip(floor, slack, strict=True)]
    return [f * frame / sum(floor) for f in floor]


def _table(table: Table) -> PdfTable:
    st, extra = L.styles(), _styles()
    columns = table.columns
    texts = [[_text(v, c) for v, c in zip(row, columns, strict=True)] for row in table.rows]
    col_widths, size, wrap = column_widths(columns, texts)
    numeric = [j for j, c in enumerate(columns) if c.kind in NUMERIC]
    sized = {
        name: ParagraphStyle(
            f"{name}-{size}", parent=style, fontSize=min(style.fontSize, size), leading=size + 2
        )
        for name, style in (
            ("head", st.cell_head),
            ("head_right", extra["head_right"]),
            ("cell", st.cell),
            ("cell_right", extra["cell_right"]),
        )
    }
    head = [
        Paragraph(L.markup(c.label), sized["head_right" if j in numeric else "head"])
        for j, c in enumerate(columns)
    ]
    body: list[list[Flowable | str]] = []
    for row in texts:
        cells: list[Flowable | str] = []
        for j, (text, column) in enumerate(zip(row, columns, strict=True)):
            if column.kind in NUMERIC or column.kind == "date":
                style = sized["cell_right" if j in numeric else "cell"]
                cells.append(Paragraph(L.markup(text), style) if wrap else text)
            else:
                cells.append(L.cell(text, sized["cell"]))
        body.append(cells)
    pdf_table = PdfTable([head, *body], colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    pdf_table.setStyle(
        TableStyle(
            [
                *L.grid_style(),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size + 2),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                *[("ALIGN", (j, 1), (j, -1), "RIGHT") for j in numeric],
            ]
        )
    )
    return pdf_table
