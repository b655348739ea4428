"""Batch printing of plans (e.g. every plan due for review this month) on both cores.

The parent lists the plans, then worker processes (``spawn``: safe beside Qt threads and the
same on Windows) each open their OWN engine on the database URL, build and render plans and
write each file atomically (temporary file + rename), so a cancelled or failed batch never
leaves a half-written PDF. The parent reports progress, honours cancel between plans and
records one audit entry per printed plan in a single transaction at the end.

``print_plans`` is not one operation on purpose: the batch runs in worker processes for
many seconds and must not hold a write transaction meanwhile, and a batch that printed
nothing writes no entry at all. Its audit step, ``record_batch_prints``, is the operation.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, RtsError, ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.kernel.progress import Cancelled, Progress
from rts_desktop.services.plans.printing import plan_file_name
from rts_desktop.services.plans.reviews import reviews_due

#: plans handed to a worker at a time: small enough for a responsive cancel
CHUNK = 4


@dataclass(frozen=True)
class PlanJob:
    plan_id: str
    case_code: str
    version_no: int


@dataclass(frozen=True)
class BatchFailure:
    case_code: str
    message: str


@dataclass
class BatchReport:
    """What a batch did: files written, plans that failed (with why), whether it was cut short."""

    total: int
    written: list[Path] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        """One Italian sentence for the status line or the terminal."""
        text = N_("Stampati {n} progetti su {t} in {s:.1f} s").format(
            n=len(self.written), t=self.total, s=self.seconds
        )
        if self.failed:
            text += N_(", {f} non riusciti").format(f=len(self.failed))
        if self.cancelled:
            text += N_(" (interrotto)")
        return text + "."


# --- worker process side --------------------------------------------------------------------

_WORKER_DB: Database | None = None


def _init_worker(url: str, key: bytes | None = None) -> None:
    """Each worker opens its own engine (connections never cross processes); an encrypted
    database's data key reaches it through the pool's pipe, never through a file."""
    global _WORKER_DB
    from rts_desktop.db.engine import make_engine

    _WORKER_DB = Database(url, make_engine(url, key), key=key)


def _print_one(db: Database, job: PlanJob, out_dir: Path, printed_on: dt.date) -> str:
    from rts_desktop.services.plans.printing import plan_document_in, render_plan_bytes

    with db.session(write=False) as s:
        doc = plan_document_in(s, job.plan_id, printed_on)
    path = out_dir / plan_file_name(job.case_code, job.version_no)
    write_atomically(path, render_plan_bytes(doc))
    return str(path)


def _work(args: tuple[list[PlanJob], str, dt.date]) -> list[tuple[PlanJob, str | None, str]]:
    """Print a chunk; returns (job, path or None, error message) per plan."""
    jobs, out_dir, printed_on = args
    assert _WORKER_DB is not None
    results: list[tuple[PlanJob, str | None, str]] = []
    for job in jobs:
        try:
            results.append((job, _print_one(_WORKER_DB, job, Path(out_dir), printed_on), ""))
        except (RtsError, OSError) as exc:
            results.append((job, None, str(exc)))
    return results


# --- parent side ----------------------------------------------------------------------------


def jobs_due(db: Database, before: dt.date) -> list[PlanJob]:
    """Agreed plans of open cases whose review falls before ``before``."""
    return [PlanJob(r.plan_id, r.case_code, r.version_no) for r in reviews_due(db, before)]


def _chunks(jobs: list[PlanJob]) -> Iterator[list[PlanJob]]:
    for start in range(0, len(jobs), CHUNK):
        yield jobs[start : start + CHUNK]


def _results_inline(
    db: Database, jobs: list[PlanJob], out_dir: Path, printed_on: dt.date
) -> Iterator[list[tuple[PlanJob, str | None, str]]]:
    for chunk in _chunks(jobs):
        done: list[tuple[PlanJob, str | None, str]] = []
        for job in chunk:
            try:
                done.append((job, _print_one(db, job, out_dir, printed_on), ""))
            except (RtsError, OSError) as exc:
                done.append((job, None, str(exc)))
        yield done


def print_plans(
    db: Database,
    ctx: ActingContext,
    jobs: list[PlanJob],
    out_dir: Path,
    progress: Progress | None = None,
    processes: int = 2,
) -> BatchReport:
    """Print ``jobs`` into ``out_dir`` on ``processes`` worker processes (1 = in this process).

    Cancel (through ``progress``) stops between plans: finished files stay, the report says
    the batch was interrupted. Never raises ``Cancelled``.
    """
    require(ctx, "print")
    if not out_dir.is_dir():
        raise ValidationError("out_dir", N_("Cartella inesistente: {p}.").format(p=out_dir))
    progress = progress or Progress()
    report = BatchReport(total=len(jobs))
    start = time.perf_counter()
    printed_on = ctx.today()
    pool = None
    try:
        if processes <= 1 or len(jobs) <= CHUNK:
            results = _results_inline(db, jobs, out_dir, printed_on)
        else:
            pool = mp.get_context("spawn").Pool(processes, _init_worker, (db.url, db.key))
            results = pool.imap_unordered(
                _work, [(c, str(out_dir), printed_on) for c in _chunks(jobs)]
            )
        progress.step(0, len(jobs), N_("Preparazione della stampa…"))
        for chunk in results:
            for job, path, error in chunk:
                if path is not None:
                    report.written.append(Path(path))
                else:
                    report.failed.append(BatchFailure(job.case_code, error))
            done = len(report.written) + len(report.failed)
            progress.step(done, len(jobs), N_("Stampati {d} di {t}").format(d=done, t=len(jobs)))
    except Cancelled:
        report.cancelled = True
    finally:
        if pool is not None:
            pool.terminate() if report.cancelled else pool.close()
            pool.join()
    report.written.sort()
    report.seconds = time.perf_counter() - start
    names = {p.name for p in report.written}
    printed = [j for j in jobs if plan_file_name(j.case_code, j.version_no) in names]
    if printed:
        record_batch_prints(db, ctx, printed)
    return report


def _batch_detail(job: PlanJob) -> str:
    return f"versione {job.version_no} (stampa multipla)"


@operation("print", "plan", permission="print")
def record_batch_prints(op: Op, printed: list[PlanJob]) -> None:
    """One audit entry per printed plan, in one transaction (``printed`` is never empty)."""
    first, *others = printed
    op.audit(first.plan_id, _batch_detail(first))
    for job in others:
        op.audit_also("print", job.plan_id, _batch_detail(job))


def print_plans_due(
    db: Database,
    ctx: ActingContext,
    before: dt.date,
    out_dir: Path,
    progress: Progress | None = None,
    processes: int = 2,
) -> BatchReport:
    """Every agreed plan due for review before ``before``, one PDF per plan in ``out_dir``."""
    return print_plans(db, ctx, jobs_due(db, before), out_dir, progress, processes)
