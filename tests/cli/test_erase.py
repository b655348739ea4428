"""``rts-desktop erase``: GDPR art. 17 from the command line, leaving no trace in the file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from rts_desktop.cli import main
from rts_desktop.db import Database, engine
from rts_desktop.kernel.blobs import blob_path
from rts_desktop.kernel.context import ActingContext
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import documents, households, notes, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.accounts import data_key, decrypted_bytes, rows

D = dt.date
REASON = "richiesta dell'interessata"
# values found nowhere else, so any byte of them left in the file is the erased person's
FIRST, LAST = "Zenobiaquartz", "Vrindlewhorst"
CF, PHONE = "VRNZNB85C41H501Q", "+39 347 918 2736"
OLD_PHONE = "+39 333 604 1958"
NOTE = "Colloquio con Zenobiaquartz: racconta di Vrindlewhorst Senior"
FILE_TEXT = b"%PDF-1.4 attestato di Zenobiaquartz Vrindlewhorst"
OFF = "PRAGMA secure_delete=OFF"
PLANTED = (FIRST, LAST, CF, PHONE, OLD_PHONE, "Zenobiaquartz", "Vrindlewhorst")


def _plant(db: Database, ctx: ActingContext) -> tuple[str, str, str]:
    """The person with a note and an attachment, edited once: (id, code, attachment sha).

    The household's name and the file name stay neutral: the household is not the person's
    record (erasure leaves it), and the attach audit entry keeps the file name (the audit
    chain is append-only)."""
    data = BeneficiaryInput(
        first_name=FIRST, last_name=LAST, birth_date=D(1985, 3, 1), codice_fiscale=CF,
        phone=OLD_PHONE,
    )  # fmt: skip
    person = people.create_beneficiary(db, ctx, data)
    household = households.create_household(
        db, ctx, "Nucleo A", [MemberInput(person.id, "capofamiglia", D(2026, 1, 10), True)]
    )
    case = cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=D(2026, 1, 10))
    )
    notes.add_note(db, ctx, case.id, "libera", D(2026, 2, 1), NOTE, beneficiary_id=person.id)
    doc = documents.attach_document(
        db, ctx, doc_type="altro", title=f"Attestato {LAST}", source=FILE_TEXT,
        filename="attestato.pdf", beneficiary_id=person.id,
    )  # fmt: skip
    # the change log now holds the old phone number as well
    people.update_beneficiary(db, ctx, person.id, dataclasses.replace(data, phone=PHONE))
    return person.id, person.code, doc.sha256


def _raw_bytes(path: Path) -> bytes:
    """The database and its WAL decrypted page by page (free pages too), and the journals."""
    found = decrypted_bytes(path, data_key(path))
    for suffix in ("-shm", "-journal"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            found += part.read_bytes()
    return found


def _content(path: Path) -> list[tuple]:
    """What the erasure touches, as rows (a login's own audit entry aside)."""
    found: list[tuple] = []
    for table in ("beneficiaries", "notes", "documents", "household_members"):
        found += rows(path, f"SELECT * FROM {table} ORDER BY 1")
    return found


def _left(raw: bytes) -> list[str]:
    return [p for p in PLANTED if p.encode("utf-8") in raw or p.upper().encode() in raw]


@pytest.mark.sqlite_only  # the SQLite file's free pages
def test_erase_leaves_no_trace_in_the_file(db, ctx, db_path, capsys, monkeypatch):
    # like the stock SQLite of most platforms (Debian's builds default it on): freed space
    # keeps old bytes unless the erasure turns secure_delete on itself
    monkeypatch.setattr(engine, "SQLITE_PRAGMAS", (*engine.SQLITE_PRAGMAS, OFF))
    person_id, code, sha = _plant(db, ctx)
    files_dir = db.files_dir
    assert blob_path(files_dir, sha).exists()
    db.close()
    assert _left(_raw_bytes(db_path)) == list(PLANTED)  # the test can see them at all
    capsys.readouterr()

    assert main(["erase", "--db", str(db_path), "--person", code, "--reason", REASON]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and code in out and "1 allegato" in out
    assert FIRST not in out and LAST not in out

    assert _left(_raw_bytes(db_path)) == []
    assert not blob_path(files_dir, sha).exists()
    assert main(["check", "--db", str(db_path)]) == 0
    capsys.readouterr()
    found = rows(
        db_path,
        "SELECT entity, detail FROM audit_entries WHERE action = 'erase' AND entity_id = ?",
        (person_id,),
    )
    assert found == [("beneficiary", REASON)]


def test_bad_input_exits_2_in_one_line(db, ctx, db_path, capsys):
    _person_id, code, _sha = _plant(db, ctx)
    db.close()
    base = ["erase", "--db", str(db_path), "--person"]
    bad = (
        [*base, "BEN-1900-00001", "--reason", REASON],  # unknown person
        [*base, code, "--reason", "   "],  # whitespace reason
        [*base, code, "--reason", ""],  # empty reason
        ["erase", "--db", str(db_path), "--person", code],  # no --reason
        ["erase", "--db", str(db_path), "--reason", REASON],  # no --person
    )
    capsys.readouterr()
    for argv in bad:
        before = _content(db_path)
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, (argv, err)
        assert _content(db_path) == before, argv
    assert main([*base, code, "--reason", REASON]) == 0
    capsys.readouterr()
    assert main([*base, code, "--reason", REASON]) == 2  # already erased
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "già stati cancellati" in err
