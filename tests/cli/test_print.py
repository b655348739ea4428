"""``rts-desktop print-plan`` / ``print-plans``: PDFs written atomically, one-line errors."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from rts_desktop.cli import main
from rts_desktop.services.plans import plan as plans
from tests.engines import db_arg
from tests.services.plans.plan_print_fixtures import seed


@pytest.fixture
def seeded_db(db, ctx):
    return db_arg(db), seed(db, ctx)


def test_print_plan(seeded_db, tmp_path, capsys):
    path, seeded = seeded_db
    out = tmp_path / "progetto.pdf"
    assert main(["print-plan", "--db", path, "--case", seeded.case_code, "--out", str(out)]) == 0
    assert "Progetto stampato" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Mădălina Ștefan" in " ".join(text.split())
    assert not list(tmp_path.glob(".rts-*"))


def test_print_plans_batch(seeded_db, tmp_path, capsys):
    path, seeded = seeded_db
    argv = ["print-plans", "--db", path, "--due-before", "2027-01-01", "--out-dir", str(tmp_path),
            "--processes", "1"]  # fmt: skip
    assert main(argv) == 0
    assert "Stampati 1 progetti su 1" in capsys.readouterr().out
    assert (tmp_path / f"{seeded.case_code}_progetto_v1.pdf").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["print-plan", "--case", "RTS-1999-0001"],
        ["print-plan", "--case", "{code}", "--version", "9"],
        ["print-plans", "--due-before", "2027-02-30"],
        ["print-plans", "--due-before", "2027-01-01", "--out-dir", "/nonexistent/dir"],
        ["print-plan", "--case", "{code}", "--out", "/nonexistent/dir/x.pdf"],
    ],
)
def test_bad_input_is_one_line_exit_2(seeded_db, tmp_path, capsys, argv):
    path, seeded = seeded_db
    argv = [a.replace("{code}", seeded.case_code) for a in argv]
    if argv[0] == "print-plan" and "--out" not in argv:
        argv += ["--out", str(tmp_path / "x.pdf")]
    if argv[0] == "print-plans" and "--out-dir" not in argv:
        argv += ["--out-dir", str(tmp_path)]
    assert main([*argv, "--db", path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_case_without_agreed_plan(db, ctx, tmp_path, capsys):
    seeded = seed(db, ctx)
    plans.new_version(db, ctx, seeded.plan_id)  # a draft does not count, the agreed one does
    out = tmp_path / "x.pdf"
    assert (
        main(["print-plan", "--db", db_arg(db), "--case", seeded.case_code, "--out", str(out)]) == 0
    )
    from tests.services.plans.test_plans import make_case

    bare = make_case(db, ctx, last="Rossi")
    assert main(["print-plan", "--db", db_arg(db), "--case", bare.code, "--out", str(out)]) == 2
    assert "non ha un progetto condiviso" in capsys.readouterr().err
