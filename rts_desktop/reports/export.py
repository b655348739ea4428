"""The reports written to files people open elsewhere: Excel (XLSX), CSV and PDF.

Every export takes :class:`Report` objects only and writes atomically (a temporary file
beside the target, then a rename): a full disk or a refused folder surfaces as ``OSError``
and never leaves half a file.

* XLSX: a first sheet "Riepilogo" (the filter, every report's figures, which sheet holds
  which table), then one sheet per table: row 1 the bold, frozen header; real numbers and
  dates with Excel formats (percentages as fractions shown "0.0%", euros, one decimal).
* CSV: one file per table, UTF-8 with BOM, ``;`` between fields (what Excel expects in
  Italy), numbers with a decimal comma and no thousands separator ("1234,5"), percentages
  as numbers of percent ("12,5") and euros as plain amounts ("1234,00") with the unit in the
  header ("Tasso (%)", "Dovuto (€)"), dates dd/mm/yyyy, nothing for a missing value. Text
  beginning with ``= + - @`` gets a leading apostrophe, so a spreadsheet never runs it as a
  formula.
* PDF: :mod:`rts_desktop.reports.pdf`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from rts_desktop.documents.language import document_language
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.reports.pdf import export_pdf, filter_line
from rts_desktop.reports.pdf_charts import format_value
from rts_desktop.reports.table import Column, Report, Table

__all__ = [
    "EXPORT_SUFFIXES",
    "export_csv",
    "export_pdf",
    "export_reports",
    "export_xlsx",
    "format_value",
]

EXPORT_SUFFIXES = (".xlsx", ".csv", ".pdf")
XLSX_FORMATS = {
    "int": "#,##0",
    "decimal": "#,##0.0",
    "percent": "0.0%",
    "money": '#,##0.00 "€"',
    "date": "DD/MM/YYYY",
}
CSV_UNITS = {"percent": " (%)", "money": " (€)"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MIN_WIDTH, MAX_WIDTH = 8, 60
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_BAD_FILE_CHARS = re.compile(r"[^0-9A-Za-z_.-]+")
_ = translator("documents")


def _none_to_export() -> ValidationError:
    return ValidationError("report", N_("Nessun report da esportare."))


def export_reports(reports: Sequence[Report], path: Path, lang: str | None = None) -> list[Path]:
    """``reports`` written at ``path`` in the format its suffix names; the files written.

    CSV holds one report only (one file per table); XLSX and PDF hold them all. Titles,
    labels and headers are in ``lang`` (default: the language chosen around the call, else
    Italian).
    """
    with document_language(lang):
        return _export(reports, Path(path))


def _export(reports: Sequence[Report], path: Path) -> list[Path]:
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError("out", N_("Formato non previsto: usa .xlsx, .csv o .pdf."))
    if not reports:
        raise _none_to_export()
    if suffix == ".xlsx":
        return [export_xlsx(reports, path)]
    if suffix == ".pdf":
        return [export_pdf(reports, path)]
    if len(reports) > 1:
        raise ValidationError("out", N_("Il CSV contiene un report solo: scegli Excel o PDF."))
    return export_csv(reports[0], path)


# --- XLSX --------------------------------------------------------------------------------------


def sheet_name(text: str, taken: set[str]) -> str:
    """A valid Excel sheet name from ``text``: at most 31 characters, none of ``[]:*?/\\``,
    not starting or ending with an apostrophe, unique (ignoring case) among ``taken``."""
    base = _BAD_SHEET_CHARS.sub("-", text).strip().strip("'").strip() or _("Tabella")
    name = base[:31].rstrip()
    n = 1
    while name.casefold() in {t.casefold() for t in taken}:
        n += 1
        tail = f" ({n})"
        name = base[: 31 - len(tail)].rstrip() + tail
    taken.add(name)
    return name


def _xlsx_value(value: Any, kind: str) -> Any:
    """What a cell holds: numbers as numbers, dates as dates, text without control
    characters (Excel refuses them)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, int | float | dt.date):
        return value
    text = str(value)
    if kind == "date":
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _put(ws: Any, row: int, col: int, value: Any, kind: str) -> Any:
    cell = ws.cell(row=row, column=col, value=_xlsx_value(value, kind))
    if isinstance(cell.value, str):
        cell.data_type = "s"  # "=..." is a name or a note, never a formula
    elif cell.value is not None and kind in XLSX_FORMATS:
        cell.number_format = XLSX_FORMATS[kind]
    elif isinstance(cell.value, dt.date):
        cell.number_format = XLSX_FORMATS["date"]
    return cell


def _header(ws: Any, labels: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DCDCDC")
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row=1, column=col, value=text_of(label))
        cell.data_type = "s"
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="top")
    ws.freeze_panes = "A2"


def _fit_widths(ws: Any, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]]) -> None:
    """Column widths from the longest text each column shows (header included)."""
    from openpyxl.utils import get_column_letter

    for j, (label, kind) in enumerate(columns):
        longest = len(text_of(label)) + 2  # room for the filter button
        for row in rows:
            text = format_value(row[j], kind) if j < len(row) else ""
            longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
        width = min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))
        ws.column_dimensions[get_column_letter(j + 1)].width = width


def _table_sheet(ws: Any, table: Table) -> None:
    from openpyxl.utils import get_column_letter

    _header(ws, [c.label for c in table.columns])
    for r, row in enumerate(table.rows, start=2):
        for c, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            _put(ws, r, c, value, column.kind)
    _fit_widths(ws, [(c.label, c.kind) for c in table.columns], table.rows)
    if table.columns:
        last = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A1:{last}{max(1, len(table.rows) + 1)}"


def _summary_sheet(
    ws: Any, reports: Sequence[Report], sheets: list[tuple[Report, Table, str]]
) -> None:
    """The filter, every report's figures and notes, and where each table is."""
    rows: list[tuple[str, str, Any, str]] = []
    first = reports[0].filter
    flt = _("Filtro")
    rows += [
        (flt, _("Dal"), first.start, "date"),
        (flt, _("Al"), first.end, "date"),
        (flt, _("Municipio"), first.municipio or _("tutti"), "int"),
    ]
    if any(r.kind == "esf" for r in reports):
        rows.append((flt, _("Programmazione FSE"), first.programme, "text"))
    for report in reports:
        title = text_of(report.title)
        if report.filter != first:
            rows.append((title, flt, filter_line(report.filter), "text"))
        rows += [(title, text_of(f.label), f.value, f.kind) for f in report.figures]
    for report, table, name in sheets:
        title = text_of(report.title)
        rows.append((title, _("Foglio «{name}»").format(name=name), table.title, "text"))
        if table.note:
            rows.append((title, _("Nota a «{name}»").format(name=name), table.note, "text"))
    headers = [_("Report"), _("Voce"), _("Valore")]
    _header(ws, headers)
    for r, (title, label, value, kind) in enumerate(rows, start=2):
        _put(ws, r, 1, title, "text")
        _put(ws, r, 2, label, "text")
        cell = _put(ws, r, 3, value, kind)
        if kind in ("int", "decimal", "percent", "money", "date"):
            from openpyxl.styles import Alignment

            cell.alignment = Alignment(horizontal="right")
    _fit_widths(
        ws,
        [(h, "text") for h in headers],
        [(t, lbl, format_value(v, k)) for t, lbl, v, k in rows],
    )


def render_xlsx(reports: Sequence[Report], *, title: str = "", lang: str | None = None) -> bytes:
    """The workbook of ``reports`` as bytes, in ``lang`` (default: the language chosen
    around the call, else Italian); ``title`` defaults to "Report del servizio"."""
    with document_language(lang):
        return _workbook(reports, text_of(title) or _("Report del servizio"))


def _workbook(reports: Sequence[Report], title: str) -> bytes:
    from openpyxl import Workbook

    if not reports:
        raise _none_to_export()
    wb = Workbook()
    summary = wb.active
    summary.title = _("Riepilogo")
    taken = {summary.title}
    sheets: list[tuple[Report, Table, str]] = []
    for report in reports:
        for table in report.tables:
            name = sheet_name(f"{report.kind} {table.key}", taken)
            _table_sheet(wb.create_sheet(name), table)
            sheets.append((report, table, name))
    _summary_sheet(summary, reports, sheets)
    # no personal data in the properties: the service, the period, the program
    props = wb.properties
    props.title = f"{title} — {reports[0].filter.describe()}"
    props.subject = title
    props.creator = "RTS Desktop"
    props.lastModifiedBy = "RTS Desktop"
    props.description = None
    props.keywords = None
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def export_xlsx(reports: Sequence[Report], path: Path, lang: str | None = None) -> Path:
    """Write ``reports`` as one workbook at ``path`` (atomically) and return ``path``."""
    path = Path(path)
    write_atomically(path, render_xlsx(reports, lang=lang))
    return path


# --- CSV ---------------------------------------------------------------------------------------


def csv_header(column: Column) -> str:
    """A CSV column's header: its label and, for percentages and euros, the unit."""
    return text_of(column.label) + CSV_UNITS.get(column.kind, "")


def csv_value(value: Any, kind: str) -> str:
    """A CSV cell (see the module's notes)."""
    text = format_value(value, kind, plain=True)
    if kind not in ("int", "decimal", "percent", "money") and text.startswith(FORMULA_START):
        return "'" + text
    return text


def _csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _table_csv(table: Table) -> bytes:
    return _csv_bytes(
        [csv_header(c) for c in table.columns],
        [
            [csv_value(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
            for row in table.rows
        ],
    )


def _figures_csv(report: Report) -> bytes:
    return _csv_bytes(
        [_("Indicatore"), _("Valore")],
        [[csv_value(f.label, "text"), csv_value(f.value, f.kind)] for f in report.figures],
    )


def csv_paths(
    report: Report, path: Path, table_key: str | None = None
) -> list[tuple[Path, Table | None]]:
    """Where each table goes: ``path`` for the first (or only ``table_key``),
    ``<stem>-<table key><suffix>`` beside it for the others."""
    path = Path(path)
    if table_key is not None:
        found = [t for t in report.tables if t.key == table_key]
        if not found:
            raise ValidationError(
                "table", N_("Tabella non presente nel report: {k}.").format(k=table_key)
            )
        return [(path, found[0])]
    if not report.tables:
        return [(path, None)]
    placed: list[tuple[Path, Table | None]] = [(path, report.tables[0])]
    used = {path.name.casefold()}
    for table in report.tables[1:]:
        key = _BAD_FILE_CHARS.sub("-", table.key).strip("-.") or "tabella"
        name, n = f"{path.stem}-{key}{path.suffix}", 1
        while name.casefold() in used:
            n += 1
            name = f"{path.stem}-{key}-{n}{path.suffix}"
        used.add(name.casefold())
        placed.append((path.with_name(name), table))
    return placed


def export_csv(
    report: Report, path: Path, table_key: str | None = None, lang: str | None = None
) -> list[Path]:
    """Write ``report``'s tables as CSV files (one per table; a report without tables: its
    figures) and return their paths. Every file is built before the first is written."""
    planned = csv_paths(report, path, table_key)
    with document_language(lang):
        contents = [
            (p, _table_csv(t) if t is not None else _figures_csv(report)) for p, t in planned
        ]
    for target, data in contents:
        write_atomically(target, data)
    return [target for target, _data in contents]
