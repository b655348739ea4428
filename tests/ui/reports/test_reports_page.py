"""The Report area as a coordinator uses it: pick a year, "Aggiorna", read the figures, open
a case with data to complete, export one report or all of them."""

from __future__ import annotations

import datetime as dt
import errno
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from rts_desktop.demo import generate_small
from rts_desktop.reports import registry
from rts_desktop.reports.registry import REPORTS
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.reports.charts import ChartWidget
from rts_desktop.ui.reports.page import FigureCard, ReportsPage

TODAY = dt.date(2026, 11, 25)  # the ``ctx`` fixture's clock
D = dt.date


@pytest.fixture
def demo(db):
    generate_small(db, seed=2026, today=TODAY)
    return db


@pytest.fixture
def seen(monkeypatch):
    """The filters that reached ``run_reports`` (which still runs for real)."""
    calls = []
    real = registry.run_reports

    def spy(db, ctx, kinds, flt):
        calls.append((list(kinds), flt))
        return real(db, ctx, kinds, flt)

    monkeypatch.setattr(registry, "run_reports", spy)
    return calls


def page_for(qtbot, env) -> ReportsPage:
    page = ReportsPage(env)
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    return page


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_last_full_year_is_proposed_and_the_year_picker_sets_the_dates(qtbot, env, demo):
    page = page_for(qtbot, env)
    flt = page.filters
    assert (flt.start(), flt.end()) == (D(2025, 1, 1), D(2025, 12, 31))
    assert flt.year.currentData() == 2025
    assert [flt.year.itemData(i) for i in range(10)] == list(range(2026, 2016, -1))
    assert "ultimo anno concluso" in flt.year.toolTip()
    index = flt.year.findData(2019)
    flt.year.setCurrentIndex(index)
    flt.year.activated.emit(index)  # as a person picking it
    assert (flt.start(), flt.end()) == (D(2019, 1, 1), D(2019, 12, 31))
    flt.date_to.set_value(D(2019, 6, 30))
    assert flt.year.currentData() is None  # "Periodo libero"
    assert flt.value().end == D(2019, 6, 30)


def test_aggiorna_shows_every_report_for_the_chosen_year(qtbot, env, demo, seen):
    page = page_for(qtbot, env)
    assert seen and seen[-1][1].start == D(2025, 1, 1)  # the first show runs them once
    page.filters.choose_year(2026)
    click(qtbot, page.filters.refresh)
    kinds, flt = seen[-1]
    assert kinds == list(REPORTS)
    assert (flt.start, flt.end, flt.municipio, flt.programme) == (
        D(2026, 1, 1),
        D(2026, 12, 31),
        None,
        "2021-2027",
    )
    assert [r.kind for r in page.reports] == list(REPORTS)
    assert not page.error.isVisibleTo(page)
    assert page.filters.refresh.isEnabled() and not page.progress.isVisibleTo(page)
    cards = page.dashboard.findChildren(FigureCard)
    assert len(cards) == sum(len(r.figures) for r in page.reports) > 0
    shown = page.figure_texts()
    occupancy = next(r for r in page.reports if r.kind == "occupancy")
    assert set(shown["occupancy"]) == {f.key for f in occupancy.figures}
    assert all(text for texts in shown.values() for text in texts.values())
    assert "01/01/2026" in page.status.text()
    charts = page.findChildren(ChartWidget)
    assert charts and all(not c.grab().isNull() for c in charts)
    assert all(c.accessibleDescription() for c in charts if c.chart.labels)
    # every report but the data-quality one is in the list, each with its tables
    assert page.list.count() == len(REPORTS) - 1
    page.show_report("occupancy")
    view = page.views["occupancy"]
    assert page.tabs.currentIndex() == 1 and page.stack.currentWidget().widget() is view
    table = view.views["by_month"]
    model = table.model()
    assert model.rowCount() == 12
    rate = [c.key for c in occupancy.table("by_month").columns].index("rate")
    assert model.index(0, rate).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    table.sortByColumn(rate, Qt.SortOrder.DescendingOrder)
    rates = [occupancy.table("by_month").rows[model.source_row(r)][rate] for r in range(12)]
    present = [r for r in rates if r is not None]
    assert present == sorted(present, reverse=True)


def test_the_municipio_reaches_the_reports(qtbot, env, demo, seen):
    page = page_for(qtbot, env)
    page.filters.municipio.setCurrentIndex(page.filters.municipio.findData(3))
    page.filters.programme.setCurrentIndex(page.filters.programme.findData("2014-2020"))
    click(qtbot, page.filters.refresh)
    flt = seen[-1][1]
    assert (flt.municipio, flt.programme) == (3, "2014-2020")
    assert {r.filter.municipio for r in page.reports} == {3}
    assert "Municipio 3" in page.status.text()


def test_an_end_before_the_start_is_said_inline(qtbot, env, demo):
    page = page_for(qtbot, env)
    before = list(page.reports)
    page.filters.date_from.set_value(D(2025, 6, 1))
    page.filters.date_to.set_value(D(2025, 5, 1))
    click(qtbot, page.filters.refresh)
    assert page.error.isVisibleTo(page)
    assert page.error.text() == "La fine del periodo precede l'inizio."
    assert page.filters.refresh.isEnabled()
    assert page.reports == before  # what was shown stays


def test_export_all_to_excel_and_one_report_to_pdf_and_csv(qtbot, env, demo, tmp_path):
    page = page_for(qtbot, env)
    asked = []

    def ask(caption, suggested, filters, out=None):
        asked.append((suggested, list(filters)))
        return target

    page._ask_path = ask
    target = tmp_path / "tutti.xlsx"
    click(qtbot, page.export_all)
    assert asked[-1][0].name == "Report 2025-01-01 2025-12-31.xlsx"
    assert asked[-1][1] == ["Excel (*.xlsx)", "PDF (*.pdf)"]
    assert target.is_file() and zipfile.is_zipfile(target)
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(target, read_only=True)
    assert len(book.sheetnames) >= len(REPORTS)
    assert str(target) in page.status.text() and not page.error.isVisibleTo(page)

    esf = page.views["esf"]
    target = tmp_path / "fse.pdf"
    click(qtbot, esf.export)
    assert asked[-1][0].name == "Report esf 2025-01-01 2025-12-31.xlsx"
    assert asked[-1][1] == ["Excel (*.xlsx)", "CSV (*.csv)", "PDF (*.pdf)"]
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.status.text()

    target = tmp_path / "occupazione.csv"
    click(qtbot, page.views["occupancy"].export)
    assert any(p.suffix == ".csv" and p.stat().st_size for p in tmp_path.iterdir())


def test_an_export_that_cannot_be_written_is_said_inline(qtbot, env, demo, tmp_path, monkeypatch):
    from rts_desktop.reports import export

    page = page_for(qtbot, env)
    page._ask_path = lambda *_a: tmp_path / "manca" / "report.xlsx"
    click(qtbot, page.export_all)
    assert page.error.isVisibleTo(page) and "manca" in page.error.text()  # the exporter's words
    assert page.export_all.isEnabled()

    def full(_reports, path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(export, "export_reports", full)
    page._ask_path = lambda *_a: tmp_path / "report.pdf"
    click(qtbot, page.export_all)
    assert page.error.text().startswith("Il file non si può scrivere: No space left on device")
    assert "report.pdf" in page.error.text()
    page._ask_path = lambda *_a: None  # the dialog cancelled: nothing happens, the error stays
    click(qtbot, page.export_all)
    assert page.export_all.isEnabled()


def test_a_row_of_the_data_to_complete_opens_its_case(qtbot, env, demo):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    window.show_area("reports")
    page = window.pages.currentWidget()
    assert isinstance(page, ReportsPage)
    report = next(r for r in page.reports if r.kind == "data-quality")
    case_ids = report.data["case_ids"]
    assert len(case_ids) == len(report.table("issues").rows) > 1
    index = page.tabs.indexOf(page.quality)
    assert page.tabs.tabText(index).endswith(f"({len(case_ids)})")
    page.tabs.setCurrentIndex(index)
    view = page.views["data-quality"].views["issues"]
    opened, asked = [], []
    page.case_requested.connect(opened.append)
    window.open_case = asked.append  # the main window's opener (the case file is its own test)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the row's case follows the sort
    wanted = case_ids[view.model().source_row(0)]
    at = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)  # as a hand does
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened == asked == [wanted]
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked == [wanted, case_ids[view.model().source_row(1)]]


def test_the_report_area_is_no_longer_a_placeholder(qtbot, env):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    window.show_area("reports")
    page = window.pages.currentWidget()
    assert isinstance(page, ReportsPage) and page.objectName() == "page_reports"
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert not any("prossima versione" in t for t in texts)


class HeldRunner:
    """Keeps the work: the test decides when (and whether) it comes back."""

    def __init__(self):
        self.held = []

    def run(self, work, *, on_success, on_error, on_progress=None):
        self.held.append((work, on_success, on_error))


def test_a_refresh_can_be_cancelled(qtbot, env, demo):
    runner = HeldRunner()
    env.runner = runner
    page = page_for(qtbot, env)
    assert len(runner.held) == 1
    assert not page.filters.refresh.isEnabled() and page.progress.isVisibleTo(page)
    click(qtbot, page.cancel)
    assert page.filters.refresh.isEnabled() and not page.progress.isVisibleTo(page)
    work, done, _ = runner.held[0]
    done(work(None))  # arrives after the cancel: ignored
    assert page.reports == []
    click(qtbot, page.filters.refresh)
    work, done, _ = runner.held[1]
    done(work(None))
    assert [r.kind for r in page.reports] == list(REPORTS)


def test_a_coordinator_exports_the_pseudonymised_participants(qtbot, env, demo, tmp_path):
    import dataclasses

    from PySide6.QtWidgets import QPushButton
    from sqlalchemy import select

    from rts_desktop.models import Beneficiary, Identifier, Note
    from rts_desktop.models.vocab import Role

    env = dataclasses.replace(env, ctx=dataclasses.replace(env.ctx, role=Role.COORDINATORE))
    page = page_for(qtbot, env)
    button = page.findChild(QPushButton, "report_participants")
    assert button is not None and button.isVisible()
    asked = []
    page._ask_path = lambda caption, suggested, filters: (
        asked.append(suggested) or (tmp_path / "partecipanti.csv")
    )
    click(qtbot, button)
    assert asked[0].name == "Partecipanti pseudonimizzati 2025-01-01 2025-12-31.csv"
    text = (tmp_path / "partecipanti.csv").read_bytes().decode("utf-8-sig")
    rows = text.splitlines()
    assert rows[0].startswith("Pseudonimo;Caso;") and len(rows) > 5
    with env.db.session(write=False) as s:
        people = s.execute(select(Beneficiary.last_name, Beneficiary.code)).all()
        identifiers = list(s.scalars(select(Identifier.value)))
        free_text = [n for n in s.scalars(select(Note.text)) if len(n) > 12]
    assert identifiers and free_text  # the demo holds codici fiscali and diary notes
    assert not [p for p in people if p.last_name in text or p.code in text]
    assert not [v for v in identifiers if v in text]
    assert not [n for n in free_text if n[:12] in text]
    assert "partecipanti" in page.status.text()


def test_an_educator_has_no_participants_export(qtbot, env, demo):
    import dataclasses

    from PySide6.QtWidgets import QPushButton

    from rts_desktop.models.vocab import Role

    env = dataclasses.replace(env, ctx=dataclasses.replace(env.ctx, role=Role.EDUCATORE))
    page = page_for(qtbot, env)
    assert page.findChild(QPushButton, "report_participants") is None
