"""The exports of the reports: XLSX and CSV read back value by value, the PDF opened with
pypdf (and ``qpdf --check`` when installed), unknown formats and failed writes leave nothing.

Reports are built by hand: the exports take ``Report`` objects only. The layout of the PDF
is checked by looking at the pages (``pdftoppm``), not here.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rts_desktop.kernel import fileio
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.reports import export as ex
from rts_desktop.reports.export import (
    EXPORT_SUFFIXES,
    export_csv,
    export_pdf,
    export_reports,
    export_xlsx,
    format_value,
)
from rts_desktop.reports.pdf import column_widths, render_pdf
from rts_desktop.reports.pdf_charts import hatch_segments, report_chart
from rts_desktop.reports.table import Chart, Column, Figure, Report, ReportFilter, Table

FLT = ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31), municipio=4)
NAME = "Ștefan Nguyễn"
MONTHS = tuple(f"{m:02d}/2025" for m in range(1, 13))


def occupancy() -> Report:
    by_month = Table(
        "by_month",
        "Occupazione per mese",
        (
            Column("month", "Mese"),
            Column("available", "Notti disponibili", "int"),
            Column("used", "Notti occupate", "int"),
            Column("rate", "Tasso", "percent"),
        ),
        (
            *(
                (m, 1240 + i, 1000 + 10 * i, round((1000 + 10 * i) / (1240 + i), 4))
                for i, m in enumerate(MONTHS)
            ),
            ("13/2025", 0, 0, None),
        ),
        note="Notti contate nell'intervallo [ingresso, uscita).",
    )
    stays = Table(
        "stays",
        "Permanenze",
        (
            Column("person", "Persona"),
            Column("start", "Ingresso", "date"),
            Column("end", "Uscita", "date"),
            Column("days", "Giorni", "int"),
            Column("mean", "Media mensile", "decimal"),
        ),
        tuple(
            (
                NAME
                if i == 0
                else f"Persona {i:03d} con un nome piuttosto lungo da mandare a capo",
                dt.date(2025, 1, 1) + dt.timedelta(days=i),
                None if i % 7 == 0 else dt.date(2025, 6, 1) + dt.timedelta(days=i),
                150 + i,
                round(12.345 + i, 3),
            )
            for i in range(300)
        ),
    )
    return Report(
        "occupancy",
        "Tasso di occupazione",
        FLT,
        figures=(
            Figure("rate", "Tasso di occupazione", 0.8125, "percent"),
            Figure("available", "Notti disponibili", 14_940),
            Figure("mean", "Permanenza media (giorni)", 163.5, "decimal"),
            Figure("missing", "Dato non disponibile", None, "percent"),
        ),
        tables=(by_month, stays),
        charts=(
            Chart(
                "Tasso di occupazione per mese",
                MONTHS,
                (("Tasso", tuple(r[3] or 0.0 for r in by_month.rows[:12])),),
                kind="line",
                unit="percent",
            ),
        ),
    )


def contributions() -> Report:
    months = MONTHS[:6]
    due = (1234.5, 980.0, 1500.25, 1100.0, 0.0, 875.1)
    paid = (1200.0, 980.0, 1000.0, 900.5, 0.0, 875.1)
    return Report(
        "contributions",
        "Quote di compartecipazione e morosità",
        FLT,
        figures=(
            Figure("due", "Dovuto", 5689.85, "money"),
            Figure("paid", "Versato", 4955.6, "money"),
            Figure("cases", "Casi in morosità", 3),
        ),
        tables=(
            Table(
                "by_case",
                "Morosità per caso",
                (
                    Column("case", "Caso"),
                    Column("name", "Intestatario"),
                    Column("due", "Dovuto", "money"),
                    Column("since", "Dal", "date"),
                    Column("share", "Quota versata", "percent"),
                ),
                (
                    ("C-2025-001", NAME, 1234.5, dt.date(2025, 3, 1), 0.125),
                    ("C-2025-002", "=SOMMA(A1:A2)", 980.0, None, None),
                    ("C-2025-003", "Ðorđe Đokić", None, dt.date(2025, 12, 31), 1.0),
                ),
            ),
        ),
        charts=(
            Chart(
                "Dovuto e versato per mese",
                months,
                (("Dovuto", due), ("Versato", paid)),
                unit="money",
            ),
        ),
    )


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return [occupancy(), contributions()]


# --- format_value -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind", "text", "plain"),
    [
        (1234, "int", "1.234", "1234"),
        (-1234567, "int", "-1.234.567", "-1234567"),
        (2.5, "int", "2,5", "2,5"),
        (1234.45, "decimal", "1.234,5", "1234,5"),
        (-0.04, "decimal", "0,0", "0,0"),
        (0.125, "percent", "12,5 %", "12,5"),
        (1, "percent", "100,0 %", "100,0"),
        (1234.0, "money", "1.234,00 €", "1234,00"),
        (0.005, "money", "0,01 €", "0,01"),
        (dt.date(2026, 11, 25), "date", "25/11/2026", "25/11/2026"),
        ("2026-11-25", "date", "25/11/2026", "25/11/2026"),
        (NAME, "text", NAME, NAME),
        (None, "money", "", ""),
        (float("nan"), "decimal", "", ""),
    ],
)
def test_format_value_is_italian(value, kind, text, plain) -> None:
    assert format_value(value, kind) == text
    assert format_value(value, kind, plain=True) == plain


# --- XLSX --------------------------------------------------------------------------------------


def test_xlsx_reads_back_with_real_numbers_and_dates(reports, tmp_path: Path) -> None:
    path = export_xlsx(reports, tmp_path / "report.xlsx")
    assert path == tmp_path / "report.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Riepilogo",
        "occupancy by_month",
        "occupancy stays",
        "contributions by_case",
    ]
    assert wb.properties.title.startswith("Report del servizio")
    assert NAME not in " ".join(str(v) for v in vars(wb.properties).values() if v)

    for report in reports:
        for table in report.tables:
            ws = wb[f"{report.kind} {table.key}"]
            assert ws.freeze_panes == "A2"
            header = [c.value for c in ws[1]]
            assert header == [c.label for c in table.columns]
            assert all(c.font.bold for c in ws[1])
            got = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)]
            assert len(got) == len(table.rows)
            for want_row, got_row in zip(table.rows, got, strict=True):
                for want, have, column in zip(want_row, got_row, table.columns, strict=True):
                    if isinstance(want, dt.date):
                        assert isinstance(have, dt.datetime) and have.date() == want
                    elif isinstance(want, float):  # 980.0 reads back as the int 980
                        assert isinstance(have, int | float) and have == pytest.approx(want)
                    else:
                        assert have == want, column.key
            for letter, column in zip("ABCDE", table.columns, strict=False):
                assert ws.column_dimensions[letter].width >= len(column.label)

    ws = wb["contributions by_case"]
    assert ws["B3"].value == "=SOMMA(A1:A2)" and ws["B3"].data_type == "s"  # not a formula
    assert ws["C2"].number_format == '#,##0.00 "€"'
    assert ws["D2"].number_format == "DD/MM/YYYY"
    assert ws["E2"].number_format == "0.0%" and ws["E2"].value == 0.125
    assert wb["occupancy stays"]["E2"].number_format == "#,##0.0"
    assert wb["occupancy stays"].column_dimensions["A"].width > 40  # the long names


def test_xlsx_summary_holds_the_filter_and_every_figure(reports, tmp_path: Path) -> None:
    wb = load_workbook(export_xlsx(reports, tmp_path / "r.xlsx"))
    ws = wb["Riepilogo"]
    assert ws.freeze_panes == "A2"
    rows = {(r[0], r[1]): r[2] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows[("Filtro", "Dal")] == dt.datetime(2025, 1, 1)
    assert rows[("Filtro", "Al")] == dt.datetime(2025, 12, 31)
    assert rows[("Filtro", "Municipio")] == 4
    assert rows[("Tasso di occupazione", "Tasso di occupazione")] == 0.8125
    assert rows[("Tasso di occupazione", "Dato non disponibile")] is None
    assert rows[("Quote di compartecipazione e morosità", "Dovuto")] == 5689.85
    assert rows[("Quote di compartecipazione e morosità", "Casi in morosità")] == 3
    assert rows[("Tasso di occupazione", "Foglio «occupancy stays»")] == "Permanenze"


def test_sheet_names_are_short_valid_and_unique() -> None:
    taken = {"Riepilogo"}
    names = [
        ex.sheet_name("data-quality missing_fields_of_the_cases_long", taken),
        ex.sheet_name("data-quality missing_fields_of_the_cases_long", taken),
        ex.sheet_name("a[b]:c*d?e/f\\g", taken),
        ex.sheet_name("riepilogo", taken),
    ]
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names} | {"riepilogo"}) == 5
    assert not any(ch in n for n in names for ch in "[]:*?/\\")


# --- CSV ---------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_csv_one_file_per_table_with_bom_and_italian_numbers(reports, tmp_path: Path) -> None:
    report = reports[0]
    paths = export_csv(report, tmp_path / "occupazione.csv")
    assert paths == [tmp_path / "occupazione.csv", tmp_path / "occupazione-stays.csv"]
    for path, table in zip(paths, report.tables, strict=True):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = read_csv(path)
        assert rows[0] == [ex.csv_header(c) for c in table.columns]
        assert rows[1:] == [
            [format_value(v, c.kind, plain=True) for v, c in zip(r, table.columns, strict=True)]
            for r in table.rows
        ]
    by_month, stays = (read_csv(p) for p in paths)
    assert by_month[0] == ["Mese", "Notti disponibili", "Notti occupate", "Tasso (%)"]
    assert by_month[1] == ["01/2025", "1240", "1000", "80,7"]  # 0,8065: half up
    assert by_month[-1] == ["13/2025", "0", "0", ""]
    assert stays[1] == [NAME, "01/01/2025", "", "150", "12,3"]
    assert stays[2][1:3] == ["02/01/2025", "02/06/2025"]


def test_csv_money_header_formula_guard_and_single_table(reports, tmp_path: Path) -> None:
    (path,) = export_reports([reports[1]], tmp_path / "quote.csv")
    rows = read_csv(path)
    assert rows[0] == ["Caso", "Intestatario", "Dovuto (€)", "Dal", "Quota versata (%)"]
    assert rows[1] == ["C-2025-001", NAME, "1234,50", "01/03/2025", "12,5"]
    assert rows[2][1] == "'=SOMMA(A1:A2)"
    assert rows[3][2:] == ["", "31/12/2025", "100,0"]

    only = export_csv(reports[0], tmp_path / "solo.csv", table_key="stays")
    assert only == [tmp_path / "solo.csv"] and len(read_csv(only[0])) == 301
    with pytest.raises(ValidationError):
        export_csv(reports[0], tmp_path / "x.csv", table_key="nope")


def test_csv_takes_one_report_only(reports, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="CSV"):
        export_reports(reports, tmp_path / "due.csv")
    assert list(tmp_path.iterdir()) == []


# --- PDF ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_path(reports, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "cruscotto.pdf"
    assert export_pdf(reports, path) == path
    return path


def test_pdf_opens_with_pages_titles_and_numbers(reports, pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    assert len(reader.pages) > 1
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    text = " ".join(texts)
    assert "Report del servizio" in text
    assert "pagina 1 di" in text.lower()
    assert f"Pagina {len(texts)} di {len(texts)}" in texts[-1]
    assert all("Comune di Milano" in t for t in texts)
    for report in reports:
        assert report.title in text
        for table in report.tables:
            assert table.title in text
        for chart in report.charts:
            assert chart.title in text
    assert "Periodo 01/01/2025–31/12/2025 · Municipio 4" in text
    assert NAME in text and "Ðorđe Đokić" in text
    assert "81,3 %" in text and "14.940" in text and "5.689,85 €" in text
    assert "12,5 %" in text and "1.234,50 €" in text and "01/03/2025" in text
    assert "Persona 299" in text  # the last row of the 300: split across pages, nothing lost
    assert reader.metadata.title == "Report del servizio"


def test_pdf_fonts_are_embedded(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_pdf_passes_qpdf_check(pdf_path: Path) -> None:
    done = subprocess.run(["qpdf", "--check", str(pdf_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pdf_of_empty_and_odd_reports() -> None:
    empty = Report(
        "referrals",
        "Segnalazioni e attese",
        ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        tables=(Table("none", "Nessuna riga", (Column("a", "A"),), ()),),
        charts=(
            Chart("Vuoto", (), ()),
            Chart("Zeri", ("1", "2"), (("S", (0.0, 0.0)),), kind="line"),
            Chart("Con buchi", ("a", "b", "c"), (("S", (1.0, None, 3.0)),)),  # type: ignore[arg-type]
        ),
    )
    many = Report(
        "stays",
        "Molte colonne",
        FLT,
        tables=(
            Table(
                "wide",
                "Tabella larghissima",
                tuple(Column(f"c{i}", f"Colonna numero {i}", "money") for i in range(14)),
                ((123456789.0,) * 14,) * 3,
            ),
        ),
        charts=(
            Chart(
                "Tanti mesi",
                tuple(f"{m % 12 + 1:02d}/{2020 + m // 12}" for m in range(60)),
                tuple((f"Serie {s}", tuple(float(m * s) for m in range(60))) for s in range(1, 5)),
            ),
        ),
    )
    reader = PdfReader(io.BytesIO(render_pdf([empty, many])))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Nessun dato nel periodo." in text and "Nessun dato da rappresentare." in text
    assert "tutti i Municipi" in text


def test_column_widths_fill_the_frame_and_give_numbers_their_room() -> None:
    from rts_desktop.documents.layout import FRAME_WIDTH

    columns = (Column("a", "Nome"), Column("b", "Importo", "money"))
    widths, size, wrap = column_widths(columns, [["x" * 300, "1.234.567,00 €"]])
    assert sum(widths) == pytest.approx(FRAME_WIDTH) and size == 8.5 and not wrap
    assert widths[1] > 20  # the amount is not squeezed by the long text


def test_charts_draw_each_kind_and_hatches_stay_inside() -> None:
    for report in (occupancy(), contributions()):
        for chart in report.charts:
            drawing = report_chart(chart, 480, 190)
            assert drawing is not None and drawing.getContents()
    for pattern in ("diagonal", "backdiagonal", "cross", "horizontal"):
        segments = hatch_segments(10, 20, 40, 100, pattern)
        assert segments
        for x1, y1, x2, y2 in segments:
            assert min(x1, x2) >= 10 - 1e-6 and max(x1, x2) <= 40 + 1e-6
            assert min(y1, y2) >= 20 - 1e-6 and max(y1, y2) <= 100 + 1e-6


# --- formats and failures ----------------------------------------------------------------------


def test_suffixes_choose_the_format(reports, tmp_path: Path) -> None:
    assert EXPORT_SUFFIXES == (".xlsx", ".csv", ".pdf")
    (x,) = export_reports(reports, tmp_path / "a.XLSX")
    (p,) = export_reports(reports, tmp_path / "a.pdf")
    assert x.read_bytes()[:2] == b"PK" and p.read_bytes()[:5] == b"%PDF-"


def test_unknown_suffix_is_refused_and_writes_nothing(reports, tmp_path: Path) -> None:
    for name in ("report.docx", "report"):
        with pytest.raises(ValidationError) as caught:
            export_reports(reports, tmp_path / name)
        assert caught.value.message == "Formato non previsto: usa .xlsx, .csv o .pdf."
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0, reason="folder modes do not stop root or Windows"
)
@pytest.mark.parametrize("suffix", EXPORT_SUFFIXES)
def test_read_only_folder_raises_oserror_and_leaves_no_file(
    reports, tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            export_reports(reports[:1], folder / f"report{suffix}")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("suffix", EXPORT_SUFFIXES)
def test_full_disk_raises_oserror_and_keeps_the_old_file(
    reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = tmp_path / f"report{suffix}"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full)
    with pytest.raises(OSError) as caught:
        export_reports(reports[:1], target)
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


@pytest.mark.parametrize("suffix", EXPORT_SUFFIXES)
def test_refused_folder_raises_oserror_even_as_root(
    reports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """What a read-only folder does to a normal user, for the runs as root (CI containers)."""

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fileio.tempfile, "mkstemp", refused)
    with pytest.raises(PermissionError):
        export_reports(reports[:1], tmp_path / f"report{suffix}")
    assert list(tmp_path.iterdir()) == []
