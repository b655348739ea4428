"""``rts-desktop person-export``: the folder complete, or exit 2 and nothing written."""

from __future__ import annotations

import json

from rts_desktop.cli import main
from rts_desktop.services.cases import documents
from tests.engines import db_arg
from tests.services.plans.plan_print_fixtures import seed


def _person(db, ctx) -> str:
    mine = seed(db, ctx)
    documents.attach_document(
        db,
        ctx,
        doc_type="permesso_soggiorno",
        title="Permesso",
        source=b"%PDF-1.4 x",
        filename="permesso.pdf",
        beneficiary_id=mine.person_id,
    )
    with db.session(write=False) as s:
        from rts_desktop.models import Beneficiary

        return s.get(Beneficiary, mine.person_id).code


def test_export_writes_the_complete_folder(db, ctx, tmp_path, capsys):
    code = _person(db, ctx)
    out = tmp_path / "estratto"
    # the global option after the command, then before it (an empty folder is accepted)
    assert main(["person-export", "--person", code, "--out", str(out), "--db", db_arg(db)]) == 0
    assert "esportati" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == ["allegati", "persona.json", "persona.pdf"]
    assert [p.name for p in (out / "allegati").iterdir()] == ["permesso.pdf"]
    data = json.loads((out / "persona.json").read_text("utf-8"))
    assert data["intestazione"]["persona"]["codice"] == code
    empty = tmp_path / "vuota"
    empty.mkdir()
    assert main(["--db", db_arg(db), "person-export", "--person", code, "--out", str(empty)]) == 0
    assert (empty / "persona.pdf").stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_bad_input_exits_2_in_one_line_and_writes_nothing(db, ctx, tmp_path, capsys):
    code = _person(db, ctx)
    capsys.readouterr()
    base = ["person-export", "--db", db_arg(db), "--person"]
    busy = tmp_path / "piena"
    busy.mkdir()
    (busy / "x.txt").write_text("x")
    cases = (
        [*base, "BEN-1900-00001", "--out", str(tmp_path / "a")],  # unknown person
        [*base, code, "--out", str(busy)],  # folder not empty
        [*base, code, "--out", str(busy / "x.txt")],  # a file
        [*base, code, "--out", str(tmp_path / "manca" / "b")],  # missing parent
        ["person-export", "--db", db_arg(db), "--out", str(tmp_path / "c")],  # no --person
    )
    for argv in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("rts-desktop") and err.count("\n") == 1, err
    assert not (tmp_path / "a").exists() and not (tmp_path / "c").exists()
    assert [p.name for p in busy.iterdir()] == ["x.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
