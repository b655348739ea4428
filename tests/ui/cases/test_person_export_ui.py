"""Case file, Anagrafica: "Esporta dati (art. 15)…" writes the folder through env.ops and
says where."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from rts_desktop.ui.cases import file_actions
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.ops import Ops
from tests.ui.cases.helpers_edit import make_case


def test_export_of_the_selected_person(qtbot, env, db, ctx, tmp_path, monkeypatch):
    case, head = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    writes: list[object] = []
    original = Ops.write

    def spy(self, owner, fn, *args, **kwargs):
        writes.append(fn)
        return original(self, owner, fn, *args, **kwargs)

    monkeypatch.setattr(Ops, "write", spy)
    members = window.anagrafica.members
    members.setCurrentIndex(members.model().index(0, 0))
    window.anagrafica.findChild(QPushButton, "export_person").click()

    assert file_actions.export_person_to in writes  # through ui/ops, on the worker
    written = window.actions.last_export
    assert written is not None and written.folder.parent == tmp_path
    assert written.folder.name.startswith(f"estratto-{head.code}-")
    data = json.loads((written.folder / "persona.json").read_text("utf-8"))
    assert data["intestazione"]["persona"]["id"] == head.id
    assert (written.folder / "persona.pdf").stat().st_size > 0
    assert str(written.folder) in said[-1]


def test_nothing_happens_when_no_folder_is_chosen(qtbot, env, db, ctx, tmp_path, monkeypatch):
    case, _ = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    members = window.anagrafica.members
    members.setCurrentIndex(members.model().index(0, 0))
    window.actions.export_person()
    assert window.actions.last_export is None
    assert not list(tmp_path.glob("estratto-*"))
