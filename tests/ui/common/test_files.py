"""Save and open dialogs: Documents first, then the folder last used for each kind of file;
suggested names with the case code and the date, safe on Windows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from rts_desktop.ui.common import files


def test_suggested_name_joins_the_parts_with_the_date():
    day = dt.date(2026, 12, 1)
    name = files.suggested_name("Progetto", "RTS-2026-0014", "v1", day, suffix=".pdf")
    assert name == "Progetto RTS-2026-0014 v1 2026-12-01.pdf"
    assert files.suggested_name("Foglio firme", None, "", day, suffix=".pdf") == (
        "Foglio firme 2026-12-01.pdf"
    )


def test_suggested_name_drops_what_windows_refuses():
    name = files.suggested_name('Registro: "Rossi/Bianchi" <a>|b?*', "\t", suffix=".csv")
    assert name == "Registro RossiBianchi ab.csv"
    assert files.safe_file_name("CON.txt") == "_CON.txt"
    assert files.safe_file_name("fine. ") == "fine"
    assert files.safe_file_name('<>:"') == "documento"


def test_the_first_dialog_starts_in_documents(monkeypatch, tmp_path):
    documents = tmp_path / "Documenti"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    assert files.documents_folder() == documents
    assert files.start_folder(files.PDF) == documents
    documents.rmdir()  # named by the system but never created: the home folder
    assert files.documents_folder() == Path.home()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: "")
    assert files.documents_folder() == Path.home()  # a system without Documents


def test_a_chosen_folder_is_gone(tmp_path):
    gone = tmp_path / "chiavetta"
    files.remember_folder(files.PDF, gone)
    assert files.start_folder(files.PDF) == files.documents_folder()  # the stick was removed


def _answer_dialog(seen: list[str], answer: Path | None) -> None:
    """When the modal file dialog is up: note its folder, type ``answer`` or cancel."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, step)
            return
        seen.append(dialog.directory().absolutePath())
        seen.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        if answer is None:
            dialog.reject()
            return
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(answer))
        dialog.accept()

    QTimer.singleShot(0, step)


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Documenti"
    folder.mkdir()
    monkeypatch.setattr(files, "documents_folder", lambda: folder)
    return folder


def test_each_kind_remembers_its_folder_through_the_real_dialog(qtbot, tmp_path, documents):
    parent = QLineEdit()  # any widget as the dialog's parent
    qtbot.addWidget(parent)
    elsewhere = tmp_path / "Pacchetti"
    elsewhere.mkdir()
    seen: list[str] = []
    _answer_dialog(seen, elsewhere / "relazione")
    name = "Progetto RTS-2026-0014 v1 2026-12-01.pdf"
    path = files.save_file(parent, files.PDF, "Salva come PDF", name, [files.pdf_filter()])
    assert seen == [str(documents), name]
    assert path == elsewhere / "relazione.pdf"  # the filter's extension added

    seen.clear()
    _answer_dialog(seen, None)  # cancelled: nothing, and the folder stays
    assert files.save_file(parent, files.PDF, "Salva", "b.pdf", [files.pdf_filter()]) is None
    assert seen[0] == str(elsewhere)

    seen.clear()
    _answer_dialog(seen, None)
    assert files.open_file(parent, files.BUNDLE, "Importa", [files.all_files_filter()]) is None
    assert seen[0] == str(documents)  # another kind: its own folder, Documents at first
    assert files.start_folder(files.PDF) == elsewhere


def test_choose_folder_starts_in_the_given_folder_and_remembers(qtbot, tmp_path, documents):
    chosen = tmp_path / "Estratti"
    chosen.mkdir()
    seen: list[str] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, pick)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.setDirectory(str(chosen))
        dialog.accept()

    QTimer.singleShot(0, pick)
    assert files.choose_folder(None, files.EXPORT, "Cartella", Path("")) == chosen
    assert seen == [str(documents)]  # an empty field is no folder
    assert files.start_folder(files.EXPORT) == chosen


def test_with_suffix_keeps_a_known_extension():
    filters = ["Excel (*.xlsx)", "PDF (*.pdf)"]
    assert files.with_suffix(Path("a.pdf"), filters[0], filters) == Path("a.pdf")
    assert files.with_suffix(Path("a"), filters[1], filters) == Path("a.pdf")
    assert files.with_suffix(Path("a"), "", filters) == Path("a.xlsx")
    assert files.with_suffix(Path("a"), "Tutti (*)", ["Tutti (*)"]) == Path("a")


def test_the_plan_preview_suggests_code_version_and_date(qtbot, env, tmp_path, documents):
    """Piani e documenti → Stampa: "Salva come PDF…" offers "Progetto <codice> v1 <data>.pdf"
    in Documents, writes there, and the next PDF starts in the folder chosen."""
    from rts_desktop.ui.plans.page import PlansPage
    from tests.services.plans.plan_print_fixtures import seed

    seeded = seed(env.db, env.ctx)
    page = PlansPage(env)
    qtbot.addWidget(page)
    page.due_check.setChecked(False)
    page.table.selectRow(0)
    shown = []
    page.print_selected(on_shown=shown.append)
    preview = shown[0]
    qtbot.addWidget(preview)
    expected = f"Progetto {seeded.case_code} v1 2026-11-25.pdf"
    assert preview.suggested_name == expected
    seen: list[str] = []
    _answer_dialog(seen, documents / expected)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert seen == [str(documents), expected]
    assert (documents / expected).read_bytes() == preview.pdf
    assert files.start_folder(files.PDF) == documents
