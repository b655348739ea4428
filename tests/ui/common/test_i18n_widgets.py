"""Cases, plans and common widgets speak through the catalogue: counts are Qt ``%n``
entries (singular for one), texts of tables and module functions are translated where they
are shown, amounts and months follow the locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, QTranslator

import rts_desktop
from rts_desktop.i18n.extract import Key, extract
from rts_desktop.i18n.literals import bypassing
from rts_desktop.kernel import i18n
from rts_desktop.ui.cases.common_views import doc_type_label
from rts_desktop.ui.cases.person_form import sex_combo
from rts_desktop.ui.common.text import amount_text, money, month_text
from rts_desktop.ui.plans.chart import ProgressChart
from rts_desktop.ui.plans.diff_dialog import diff_html
from tests.ui.common.plurals import ITALIAN_ONE, italian_plurals

PACKAGE = Path(rts_desktop.__file__).parent
FOLDERS = ("ui/cases", "ui/plans", "ui/common")


def own_files() -> list[Path]:
    return sorted(
        path
        for folder in FOLDERS
        for path in (PACKAGE / folder).rglob("*.py")
        if path.name != "pdf_preview.py"
    )


class English(QTranslator):
    """Every widget text as "EN:" + its Italian source."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "EN:" + source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(qapp) -> Iterator[None]:
    previous = i18n._backend
    translator = English()
    qapp.installTranslator(translator)
    i18n.install_backend(lambda lang, ctx, src, n: "EN:" + src if lang == "en" else None)
    try:
        with i18n.using_language("en"):
            yield
    finally:
        i18n.install_backend(previous)
        qapp.removeTranslator(translator)


def test_the_texts_of_these_folders_all_reach_the_catalogue():
    files = own_files()
    catalogue = extract(PACKAGE, files)
    assert [str(p) for p in catalogue.problems] == []
    assert [str(p) for f in files for p in bypassing(f, f.name)] == []


def test_the_counts_are_numerus_entries():
    entries = extract(PACKAGE, own_files()).entries
    for context, source in ITALIAN_ONE:
        entry = entries.get(Key(context, source))
        assert entry is not None, (context, source)
        assert entry.numerus, (context, source)


def progress(areas: int, dates: int) -> SimpleNamespace:
    day = dt.date(2026, 9, 1)
    return SimpleNamespace(series=[object()] * areas, dates=[day] * dates)


def test_one_assessment_is_singular_two_are_plural(qtbot, qapp):
    chart = ProgressChart()
    qtbot.addWidget(chart)
    with italian_plurals(qapp):
        chart.set_progress(progress(1, 1))  # type: ignore[arg-type]
        assert chart.accessibleDescription() == "1 ambito, 1 valutazione"
        chart.set_progress(progress(3, 2))  # type: ignore[arg-type]
        assert chart.accessibleDescription() == "3 ambiti, 2 valutazioni"


@pytest.mark.usefixtures("english")
def test_widgets_and_module_texts_show_the_translation(qtbot):
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.set_progress(progress(2, 5))  # type: ignore[arg-type]
    assert chart.accessibleDescription() == "EN:EN:2 ambiti, EN:5 valutazioni"
    combo = sex_combo()
    qtbot.addWidget(combo)
    assert combo.itemText(1) == "EN:Femmina"
    assert doc_type_label("isee") == "EN:Attestazione ISEE"
    assert "EN:Le due versioni sono uguali." in diff_html([])


@contextmanager
def default_locale(locale: QLocale) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(locale)
    try:
        yield
    finally:
        QLocale.setDefault(previous)


def test_amounts_and_months_in_italian():
    with default_locale(QLocale(QLocale.Language.Italian, QLocale.Country.Italy)):
        assert money(8050) == "80,50\xa0€"
        assert amount_text(123450) == "1234,50"
        assert month_text(dt.date(2026, 9, 1)) == "settembre 2026"


def test_amounts_and_months_in_english():
    with default_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)):
        assert money(8050) == "€80.50"
        assert amount_text(123450) == "1234.50"
        assert month_text(dt.date(2026, 9, 1)) == "September 2026"
