"""``rts-desktop report``: every report to JSON and files that read back equal, the
pseudonymised participants list, bad input refused with one line and nothing written."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import openpyxl
import pytest

from rts_desktop.cli import main
from rts_desktop.models.vocab import Role
from rts_desktop.reports.participants import pseudonym, read_key
from tests.accounts import as_operator
from tests.reports import esf_dataset

PERIOD = ["--from", "2025-01-01", "--to", "2025-12-31"]


@pytest.fixture
def data(db, ctx):
    return esf_dataset.build(db, ctx)


def run(db, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["report", *args, "--db-url", db.url])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_esf_json_has_each_code_with_total_and_gender(db, capsys, data):
    code, out, _ = run(db, capsys, "esf", *PERIOD, "--json")
    assert code == 0
    found = json.loads(out)
    assert found["programme"] == "2021-2027"
    assert found["indicators"]["EECO01"] == {
        "label": "Numero totale di partecipanti",
        "total": 3,
        "F": 1,
        "M": 1,
        "X": 1,
        "ND": 0,
        "non_risponde": 0,
    }
    code, out, _ = run(db, capsys, "esf", *PERIOD, "--period", "2014-2020", "--json")
    assert json.loads(out)["indicators"]["CO12"]["total"] == 1


def test_xlsx_and_csv_read_back_equal_the_json(db, capsys, data, tmp_path):
    code, out, _ = run(db, capsys, "esf", *PERIOD, "--json", "--out", str(tmp_path / "e.xlsx"))
    assert code == 0
    figures = json.loads(out)["indicators"]
    book = openpyxl.load_workbook(tmp_path / "e.xlsx")
    sheet = next(ws for ws in book.worksheets if ws.title != "Riepilogo")
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    at = {name: header.index(name) for name in ("Codice", "Totale", "Donne", "Non risponde")}
    read = {r[at["Codice"]]: r for r in rows[1:]}
    for code_, entry in figures.items():
        assert read[code_][at["Totale"]] == entry["total"]
        assert read[code_][at["Donne"]] == entry["F"]
        assert read[code_][at["Non risponde"]] == entry["non_risponde"]
    assert run(db, capsys, "esf", *PERIOD, "--out", str(tmp_path / "e.csv"))[0] == 0
    with (tmp_path / "e.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    by_code = {line[0]: line for line in lines[1:]}
    assert {c: int(by_code[c][2]) for c in figures} == {c: e["total"] for c, e in figures.items()}


@pytest.mark.parametrize(
    "kind",
    ["occupancy", "stays", "exits", "plans", "attendance", "autonomy", "contributions",
     "referrals", "data-quality"],
)  # fmt: skip
def test_every_report_prints_json_and_writes_a_pdf(db, capsys, data, tmp_path, kind):
    code, out, _ = run(db, capsys, kind, *PERIOD, "--json", "--out", str(tmp_path / "r.pdf"))
    assert code == 0
    assert json.loads(out)["report"] == kind
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_participants_are_pseudonymised(db, ctx, capsys, data, tmp_path):
    key_file = tmp_path / "chiave.key"
    out = tmp_path / "partecipanti.csv"
    args = ["participants", *PERIOD, "--out", str(out), "--key-file", str(key_file)]
    code, printed, _ = run(db, capsys, *args)
    assert code == 0 and "chiave" in printed.lower()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    for secret in ("Anna", "Carlo", "Dana", "Prova", "BEN-2025", data["Anna"]):
        assert secret not in text
    key, created = read_key(key_file)
    assert not created
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert len(rows) == 1 + 4  # Anna, Carlo, Dana, Fabio entered in 2025
    assert pseudonym(key, data["Anna"]) in {r[0] for r in rows}
    # the same key gives the same pseudonyms; another key others
    again = tmp_path / "di-nuovo.csv"
    run(db, capsys, "participants", *PERIOD, "--out", str(again), "--key-file", str(key_file))
    assert again.read_bytes() == raw
    other = tmp_path / "altra.csv"
    run(
        db, capsys, "participants", *PERIOD, "--out", str(other), "--key-file", str(tmp_path / "k2")
    )
    assert {r[0] for r in rows[1:]}.isdisjoint(
        {r.split(";")[0] for r in other.read_text(encoding="utf-8-sig").splitlines()[1:]}
    )


def test_participants_need_a_coordinator(db, ctx, capsys, data, tmp_path, monkeypatch):
    from rts_desktop.services.operators.login import set_password

    as_operator(db, ctx, Role.EDUCATORE, data["RTS-2025-0002"], "educatrice")
    set_password(db, dataclasses.replace(ctx, role=None), "educatrice", "password-educatrice")
    monkeypatch.setenv("RTS_USER", "educatrice")
    monkeypatch.setenv("RTS_PASSWORD", "password-educatrice")
    out = tmp_path / "p.csv"
    code, _, err = run(db, capsys, "participants", *PERIOD, "--out", str(out))
    assert code == 4 and len(err.strip().splitlines()) == 1
    assert not out.exists() and not (tmp_path / "data" / "pseudonimi.key").exists()
    # her own report counts only her case
    code, printed, _ = run(db, capsys, "esf", *PERIOD, "--json")
    assert code == 0 and json.loads(printed)["indicators"]["EECO01"]["total"] == 2


@pytest.mark.parametrize(
    "args",
    [
        ["esf", "--from", "2025-12-31", "--to", "2025-01-01", "--json"],
        ["esf", "--from", "2025-13-01", "--to", "2025-12-31", "--json"],
        ["esf", *PERIOD, "--municipio", "12", "--json"],
        ["esf", *PERIOD, "--out", "{tmp}/r.txt"],
        ["esf", *PERIOD, "--out", "{tmp}/manca/r.xlsx"],
        ["esf", *PERIOD],
        ["participants", *PERIOD, "--out", "{tmp}/p.xlsx"],
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(db, capsys, tmp_path, args):
    def files() -> list[str]:  # the data folder is the app's (logs); checked below
        return sorted(p.name for p in tmp_path.iterdir() if p.name != "data")

    before = files()
    code, _, err = run(db, capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert files() == before
    assert not Path(tmp_path / "data" / "pseudonimi.key").exists()
