"""Killing the importing process at random points leaves all or nothing (acceptance test 11)."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rts_desktop.db.migrate import open_database
from rts_desktop.services.cases.documents import attach_document
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from tests import engines
from tests.sync.sync_helpers import Dev, canonical, enrol_all, export, make_device

CHILD = """
import sys
from rts_desktop.kernel.context import ActingContext
from rts_desktop.db.migrate import open_database
from rts_desktop.sync import api
db = open_database(sys.argv[1])
print("ready", flush=True)
api.import_bundle(db, ActingContext(device_id=db.device_id), sys.argv[2])
print("done", flush=True)
"""


def _copy(device: Dev, dest: Path) -> str:
    """A copy of the closed ``device``'s database and attachments (on either engine)."""
    return engines.copy_to(device.db.url, dest / "rts.db")


def _state(url: str) -> tuple[str, list[str]]:
    db = open_database(url)
    api.recover_interrupted_import(db)  # what the app does at startup
    try:
        files = sorted(p.name for p in db.files_dir.rglob("*") if p.is_file())
        return canonical(db), files
    finally:
        db.close()


@pytest.mark.slow
def test_kill_during_import_is_all_or_nothing(tmp_path):
    a, b = make_device(tmp_path, "a"), make_device(tmp_path, "b")
    enrol_all([a, b])
    for i in range(60):
        p = create_beneficiary(
            a.db, a.ctx, BeneficiaryInput(first_name=f"N{i}", last_name="X"), confirm_new=True
        )
        if i % 20 == 0:
            attach_document(
                a.db,
                a.ctx,
                doc_type="altro",
                title="t",
                source=f"file {i}".encode(),
                filename="f.txt",
                beneficiary_id=p.id,
            )
    bundle = export(a, b)
    b.db.close()
    a.db.close()
    before = _state(_copy(b, tmp_path / "ref-before"))
    done_url = _copy(b, tmp_path / "ref-after")
    done_db = open_database(done_url)
    started = time.perf_counter()
    api.import_bundle(done_db, b.ctx, bundle)
    took = time.perf_counter() - started
    done_db.close()
    after = _state(done_url)
    assert before != after
    rng = random.Random(11)
    seen = set()
    for attempt in range(4):
        url = _copy(b, tmp_path / f"try{attempt}")
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, url, str(bundle)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, took * 1.6))
        proc.kill()
        proc.wait()
        state = _state(url)  # reopening is the "restart"
        assert state in (before, after), f"attempt {attempt}: half-applied import"
        seen.add(state == after)
        # a retry after the restart completes the import (or says it is already there)
        db = open_database(url)
        api.import_bundle(db, b.ctx, bundle)
        db.close()
        assert _state(url) == after
    print("outcomes seen (applied?):", seen)
