"""Benchmark: individualized plans printed from the database, versus LibreOffice.

1. one plan (content built from the DB in one session + ReportLab render), ms per plan
   (target <= 60 ms), with and without ReportLab's C accelerator ``rl-accel``;
2. 1,000 plans on both cores through ``printing_batch.print_plans`` (target <= 60 s);
3. the way it is done today: the same content as a Word-like document (flat ODT) converted
   by ``libreoffice --headless --convert-to pdf``; prints per-document time and the ratio.

    python bench/bench_plans.py [--db demo.db] [--n 40] [--batch 1000] [--lo 10]

Without ``--db`` a small demo database is generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if "--no-accel" in sys.argv:  # must happen before ReportLab is imported
    sys.modules["_rl_accel"] = None  # type: ignore[assignment]


def open_db(path: str | None, folder: Path):  # type: ignore[no-untyped-def]
    from rts_desktop.cli.admin import demo_data, init

    if path:
        from rts_desktop.db import open_database

        return open_database(f"sqlite:///{Path(path).resolve()}")
    db, _ = init(f"sqlite:///{folder / 'bench.db'}")
    demo_data(db, "small", 2026)
    return db


def richest_plan(db) -> str:  # type: ignore[no-untyped-def]
    from rts_desktop.services.plans.listing import plan_rows

    rows = plan_rows(db, status="condiviso")
    return max(rows, key=lambda r: (r.goal_count, r.version_no)).plan_id


def one_plan_ms(db, ctx, plan_id: str, n: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(ms to build the content from the DB, ms to build + render) per plan."""
    from rts_desktop.services.plans.printing import plan_document, render_plan_bytes

    render_plan_bytes(plan_document(db, ctx, plan_id))  # warm up: fonts, imports
    start = time.perf_counter()
    for _ in range(n):
        plan_document(db, ctx, plan_id)
    build = (time.perf_counter() - start) * 1000 / n
    start = time.perf_counter()
    for _ in range(n):
        render_plan_bytes(plan_document(db, ctx, plan_id))
    return build, (time.perf_counter() - start) * 1000 / n


def batch_seconds(db, ctx, total: int, folder: Path) -> float:  # type: ignore[no-untyped-def]
    from rts_desktop.services.plans.printing_batch import PlanJob, jobs_due, print_plans

    base = jobs_due(db, ctx.today().replace(year=ctx.today().year + 5))
    jobs = [
        PlanJob(base[i % len(base)].plan_id, f"{base[i % len(base)].case_code}-{i:04d}", 1)
        for i in range(total)
    ]
    out = folder / "batch"
    out.mkdir()
    report = print_plans(db, ctx, jobs, out, processes=2)
    assert len(report.written) == total, report.summary()
    return report.seconds


def fodt(doc) -> str:  # type: ignore[no-untyped-def]
    """The plan's content as a flat ODT text document (headings, tables, signatures)."""
    e = html.escape
    rows = []
    for i, g in enumerate(doc.goals, 1):
        rows.append(
            f"<table:table-row><table:table-cell><text:p>{i}</text:p></table:table-cell>"
            f"<table:table-cell><text:p>{e(g.domain)}: {e(g.title)}</text:p>"
            f"<text:p>Indicatore: {e(g.indicator)}</text:p></table:table-cell>"
            f"<table:table-cell><text:p></text:p></table:table-cell>"
            f"<table:table-cell><text:p>{g.target_date or ''}</text:p></table:table-cell>"
            "</table:table-row>"
        )
        for j, a in enumerate(g.actions, 1):
            rows.append(
                f"<table:table-row><table:table-cell><text:p>{i}.{j}</text:p></table:table-cell>"
                f"<table:table-cell><text:p>{e(a.description)}</text:p></table:table-cell>"
                f"<table:table-cell><text:p>{e(a.owner)}</text:p></table:table-cell>"
                f"<table:table-cell><text:p>{a.due_date or ''} {e(a.status)}</text:p>"
                "</table:table-cell></table:table-row>"
            )
    reviews = "".join(f"<text:p>{r.date}: {e(r.notes)}</text:p>" for r in doc.reviews)
    members = "".join(f"<text:p>{e(m.name)} – {e(m.relation)}</text:p>" for m in doc.members)
    signs = "".join(
        f"<text:p>{e(s.role)}: {e(s.name)} ______________________</text:p>" for s in doc.signatures
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:h text:outline-level="1">Progetto individualizzato</text:h>
<text:p>Caso {e(doc.case_code)} · versione {doc.version_no} · {e(doc.status)}</text:p>
<text:h text:outline-level="2">Nucleo beneficiario</text:h>{members}
<text:h text:outline-level="2">Servizio sociale territoriale</text:h>
<text:p>{e(doc.social_worker)} · {e(doc.municipio)} · {e(doc.educator)}</text:p>
<text:h text:outline-level="2">Sintesi del progetto</text:h><text:p>{e(doc.summary)}</text:p>
<text:h text:outline-level="2">Obiettivi e azioni</text:h>
<table:table table:name="Obiettivi"><table:table-column table:number-columns-repeated="4"/>
{"".join(rows)}</table:table>
<text:h text:outline-level="2">Storico delle verifiche</text:h>{reviews}
{signs}
</office:text></office:body></office:document>"""


def libreoffice_seconds(doc, count: int, folder: Path) -> tuple[float, float] | None:  # type: ignore[no-untyped-def]
    """(seconds for one document, seconds per document in a run of ``count``) or None."""
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    if exe is None:
        return None
    src = folder / "lo"
    src.mkdir()
    profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
    paths = []
    for i in range(count):
        p = src / f"plan{i:03d}.fodt"
        p.write_text(fodt(doc), encoding="utf-8")
        paths.append(str(p))

    def convert(files: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(
            [
                exe,
                profile,
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder / "lo-out"),
                *files,
            ],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start

    convert(paths[:1])  # first start creates the profile: not counted
    one = convert(paths[:1])
    many = convert(paths) / count
    return one, many


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--lo", type=int, default=10, help="documents in the LibreOffice run")
    parser.add_argument("--no-accel", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--single-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from rts_desktop.kernel.context import ActingContext
    from rts_desktop.models.vocab import Role
    from rts_desktop.services.plans.printing import plan_document

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_db(args.db, folder)
        ctx = ActingContext(device_id=db.device_id, role=Role.COORDINATORE)
        plan_id = richest_plan(db)
        build, total = one_plan_ms(db, ctx, plan_id, args.n)
        if args.single_only:
            print(f"{total:.1f}")
            return
        import importlib.util

        accel = importlib.util.find_spec("_rl_accel") is not None
        print(
            f"one plan from the DB: {total:.1f} ms (content {build:.1f} ms, render "
            f"{total - build:.1f} ms) — target <= 60 ms; rl-accel {'on' if accel else 'absent'}"
        )
        if accel:
            off = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--no-accel",
                    "--single-only",
                    "--n",
                    str(args.n),
                    "--db",
                    args.db or str(folder / "bench.db"),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            print(
                f"  same without rl-accel: {off} ms (accelerator saves "
                f"{float(off) - total:.1f} ms per plan)"
            )
        seconds = batch_seconds(db, ctx, args.batch, folder)
        print(
            f"{args.batch} plans on 2 processes: {seconds:.1f} s — target <= 60 s "
            f"({seconds * 1000 / args.batch:.1f} ms per plan wall time)"
        )
        lo = libreoffice_seconds(plan_document(db, ctx, plan_id), args.lo, folder)
        if lo is None:
            print("LibreOffice not installed: baseline skipped")
        else:
            one, per = lo
            print(
                f"LibreOffice --convert-to pdf: {one * 1000:.0f} ms for one document, "
                f"{per * 1000:.0f} ms per document in a run of {args.lo}"
            )
            print(
                f"ratio LibreOffice / RTS: {one * 1000 / total:.0f}x (single), "
                f"{per * 1000 / total:.0f}x (per document in a run)"
            )
        db.close()


if __name__ == "__main__":
    main()
