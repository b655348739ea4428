"""Benchmark: render the sample individualized plan to PDF.

Reports ms per plan in one process (target <= 60 ms) and the wall time for 1,000 plans across
2 processes (target <= 60 s). A minimal one-paragraph ReportLab PDF is timed in the same run
as a baseline, so the ratio says how much our layout costs on this machine.

    python bench/bench_plan_pdf.py [--n 50] [--batch 1000] [--procs 2]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing as mp
import time

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from rts_desktop.documents.plan import render_plan
from rts_desktop.documents.samples import sample_plan


def baseline_once() -> None:
    """The cheapest useful ReportLab PDF: one paragraph, built-in font."""
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph("Progetto individualizzato", getSampleStyleSheet()["Normal"])]
    )


def plan_once() -> int:
    out = io.BytesIO()
    render_plan(sample_plan(), out)
    return len(out.getvalue())


def per_call_ms(fn: object, n: int) -> float:
    fn()  # warm up: imports, font registration and parsing, style cache
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) * 1000 / n


def _worker(count: int) -> int:
    return sum(plan_once() > 0 for _ in range(count))


def batch_seconds(total: int, procs: int) -> float:
    chunks = [total // procs + (1 if i < total % procs else 0) for i in range(procs)]
    start = time.perf_counter()
    with mp.get_context("spawn").Pool(procs) as pool:
        done = sum(pool.map(_worker, chunks))
    assert done == total
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="plans rendered single process")
    parser.add_argument("--batch", type=int, default=1000, help="plans in the multi-process run")
    parser.add_argument("--procs", type=int, default=2)
    args = parser.parse_args()

    size = plan_once()
    base = per_call_ms(baseline_once, args.n)
    plan = per_call_ms(plan_once, args.n)
    print(f"baseline (1-paragraph PDF): {base:7.2f} ms")
    print(f"plan PDF ({size / 1024:.0f} KiB):        {plan:7.2f} ms  (target <= 60 ms)")
    print(f"ratio plan / baseline:      {plan / base:7.1f}x")
    seconds = batch_seconds(args.batch, args.procs)
    print(
        f"{args.batch} plans on {args.procs} processes: {seconds:6.1f} s  (target <= 60 s), "
        f"{seconds * 1000 / args.batch:.1f} ms per plan wall"
    )


if __name__ == "__main__":
    main()
