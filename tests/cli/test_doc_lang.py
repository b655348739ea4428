"""``--doc-lang it|en`` of ``print-plan`` and ``report``: the file in the language asked,
Italian by default, an unknown language refused with exit 2 and one line."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rts_desktop.cli import main
from tests.documents.english import english_catalogue, fake_english
from tests.engines import db_arg
from tests.services.plans.plan_print_fixtures import seed


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The stand-in English, also behind the backend the command line installs."""
    from rts_desktop.ui import translations

    real = translations.lookup

    def lookup(lang: str, context: str, source: str, n: int) -> str | None:
        return (
            fake_english(lang, context, source, n)
            if lang == "en"
            else real(lang, context, source, n)
        )

    monkeypatch.setattr(translations, "lookup", lookup)
    with english_catalogue():
        yield


@pytest.fixture
def seeded_db(db, ctx):
    return db_arg(db), seed(db, ctx)


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_print_plan_in_english(seeded_db, tmp_path, capsys):
    path, seeded = seeded_db
    out = tmp_path / "plan.pdf"
    argv = ["print-plan", "--db", path, "--case", seeded.case_code, "--out", str(out)]
    assert main([*argv, "--doc-lang", "en"]) == 0
    text = pdf_text(out)
    assert "Individual plan" in text and "Beneficiary household" in text
    assert "Progetto individualizzato" not in text and "Pagina 1" not in text
    assert "Mădălina Ștefan" in text


def test_print_plan_is_italian_by_default(seeded_db, tmp_path):
    path, seeded = seeded_db
    out = tmp_path / "progetto.pdf"
    assert main(["print-plan", "--db", path, "--case", seeded.case_code, "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Progetto individualizzato" in text and "EN:" not in text


def test_report_in_english(seeded_db, tmp_path):
    path, _seeded = seeded_db
    out = tmp_path / "occupancy.xlsx"
    argv = ["report", "occupancy", "--db", path, "--from", "2026-01-01", "--to", "2026-12-31"]
    assert main([*argv, "--out", str(out), "--doc-lang", "en"]) == 0
    summary = load_workbook(out).worksheets[0]
    assert summary.title == "Summary"
    assert summary.cell(row=2, column=1).value == "Filter"
    pdf = tmp_path / "occupazione.pdf"
    assert main([*argv, "--out", str(pdf)]) == 0
    assert "Report del servizio" in pdf_text(pdf)


@pytest.mark.parametrize("command", ["print-plan", "report"])
def test_unknown_document_language_is_exit_2(seeded_db, tmp_path, capsys, command):
    path, seeded = seeded_db
    out = tmp_path / "x.pdf"
    if command == "print-plan":
        argv = ["print-plan", "--case", seeded.case_code]
    else:
        argv = ["report", "occupancy", "--from", "2026-01-01", "--to", "2026-12-31"]
    assert main([*argv, "--db", path, "--out", str(out), "--doc-lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--doc-lang" in err and "Traceback" not in err
    assert not out.exists()
