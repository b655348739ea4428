"""Refused hostile bundles: peak resident memory of the import (SYNC.md acceptance test 21).

Builds, in a temporary folder, real bundles from an enrolled laptop: its manifest signed by
its key, the file age-encrypted to the receiver (X25519), and hostile only in size:
(a) a 2 GiB attachment stored uncompressed (listed in the signed manifest),
(b) a 300 MB manifest,
(c) a 2 GiB ``changes.jsonl`` whose zip entry declares 1 MiB,
(d) the same declaring 1,023 MiB, just under the member cap,
(e) a passphrase bundle at its cap, refused after decryption (pyrage decrypts scrypt files
    in memory only, and scrypt itself needs 2**log_n KiB: reported, not held to the target),
(f) for comparison, a good bundle carrying a 50 MiB document (the documents' cap): imported.
Each import runs in a fresh process; its peak resident memory comes from ``os.wait4``, against
a baseline child (same run) that only imports the sync API and opens the database. After each
refusal the receiver's attachment store must be as before (no temporary file left).

    python bench/bench_hostile_memory.py            # target: X25519 imports <= 300 MiB
    python bench/bench_hostile_memory.py --src DIR  # children run the code in DIR, e.g.
    #   git archive f063067 rts_desktop | tar -x -C DIR   (the code before streaming)

Needs ~8 GiB of free disk in the temporary folder (files removed as it goes and at the end).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from rts_desktop.db import Database, init_database
from rts_desktop.db.capture import dumps
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases.documents import MAX_SIZE as MAX_DOCUMENT
from rts_desktop.services.cases.documents import attach_document
from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary
from rts_desktop.sync import api
from rts_desktop.sync import bundle_format as bf
from rts_desktop.sync.export import build_bundle
from rts_desktop.sync.keys import ensure_identity, sign

ROOT = Path(__file__).resolve().parent.parent
MiB = 1024**2
TARGET_MIB = 300
#: 2 GiB less one byte: the largest entry a zip holds without ZIP64 fields, so the declared
#: size of (c) and (d) is one 4-byte field to patch (``--size`` makes it smaller)
BIG = 2 * 1024**3 - 1

CHILD = r"""
import datetime as dt, sys, time
from pathlib import Path
from rts_desktop.kernel.context import ActingContext
from rts_desktop.db import open_database
from rts_desktop.kernel.errors import BundleError
from rts_desktop.models.vocab import Role
from rts_desktop.sync import api
db = open_database("sqlite:///" + sys.argv[1])
now = dt.datetime.now(dt.UTC)
ctx = ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: now)
started = time.perf_counter()
if sys.argv[2] == "-":
    api._identities(db)
    outcome = "baseline"
else:
    try:
        api.import_bundle(db, ctx, Path(sys.argv[2]), passphrase=sys.argv[3] or None)
        outcome = "IMPORTED"
    except BundleError as exc:
        outcome = "refused: " + str(exc)
db.close()
print(f"{time.perf_counter() - started:.1f}|{outcome}")
"""


def _device(root: Path, name: str) -> tuple[Database, ActingContext]:
    db = init_database(f"sqlite:///{root / name}.db", device_name=name)
    now = dt.datetime.now(dt.UTC)
    return db, ActingContext(device_id=db.device_id, role=Role.COORDINATORE, clock=lambda: now)


#: A Linux child's peak RSS starts from the memory of the process it was forked from (the
#: kernel carries the old high-water mark over ``exec``), and this bench's own process grows
#: while it builds the bundles: each child is started by this small launcher instead, whose
#: ``os.wait4`` gives the child's own ``ru_maxrss``.
LAUNCHER = r"""
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
print(f"{usage.ru_maxrss}|{os.waitstatus_to_exitcode(status)}", flush=True)
"""


def _run_child(
    src: Path, db_path: Path, bundle: Path | None, passphrase: str = ""
) -> tuple[float, float, str]:
    """(peak RSS in MiB, seconds, outcome) of one import in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(src))
    args = [sys.executable, "-c", CHILD, str(db_path), str(bundle or "-"), passphrase]
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=src,
        check=True,
    )
    lines = done.stdout.strip().splitlines()
    maxrss, _, code = lines[-1].partition("|")
    if code != "0":
        return int(maxrss) / 1024, 0.0, f"exit {code}: {done.stderr.strip().splitlines()[-1:]}"
    seconds, _, outcome = lines[-2].partition("|")
    return int(maxrss) / 1024, float(seconds), outcome


class Sender:
    """The enrolled laptop that signs the hostile manifests (its own keys and helpers)."""

    def __init__(self, db: Database, ctx: ActingContext, target: Database) -> None:
        self.db, self.ctx, self.target = db, ctx, target
        built = build_bundle(db, ctx, for_device=target.device_id, snapshot=False)
        with zipfile.ZipFile(io.BytesIO(built.zip_bytes)) as zf:
            self.members = {n: zf.read(n) for n in zf.namelist()}
        del self.members["manifest.json"], self.members["manifest.sig"]
        self.manifest = built.manifest
        with target.session(None) as s:
            self.recipient = ensure_identity(s).age_recipient

    def signed(self, listed: dict[str, tuple[int, str]], **extra: object) -> tuple[bytes, bytes]:
        """Manifest bytes and signature, listing the normal members plus ``listed``."""
        manifest = dict(self.manifest, **extra)
        manifest["members"] = {
            n: {"sha256": bf.sha256(d), "size": len(d)} for n, d in self.members.items()
        } | {n: {"sha256": sha, "size": size} for n, (size, sha) in listed.items()}
        data = dumps(manifest).encode("utf-8")
        with self.db.session(None) as s:
            return data, sign(ensure_identity(s), data)

    def encrypt(self, zip_path: Path, out: Path) -> Path:
        pyrage.encrypt_file(str(zip_path), str(out), [x25519.Recipient.from_str(self.recipient)])
        zip_path.unlink()
        return out


def _blocks(total: int, block: bytes) -> Iterator[bytes]:
    left = total
    while left > 0:
        yield block[:left]
        left -= len(block)


def _digest(total: int, block: bytes) -> str:
    h = hashlib.sha256()
    for chunk in _blocks(total, block):
        h.update(chunk)
    return h.hexdigest()


def _jsonl_block() -> bytes:
    """16 MiB of change-like lines that deflate about 10:1 (under the ratio cap)."""
    rng = random.Random(7)
    words = [bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz", k=8)) for _ in range(5000)]
    lines = []
    size = i = 0
    while size < 16 * MiB:
        text = b" ".join(rng.choices(words, k=6))
        line = b'{"seq": %d, "table_name": "notes", "fields": {"text": "%s"}}\n' % (i, text)
        lines.append(line)
        size += len(line)
        i += 1
    return b"".join(lines)


def _write(zf: zipfile.ZipFile, name: str, chunks: Iterator[bytes], stored: bool) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=False) as f:
        for chunk in chunks:
            f.write(chunk)


def _small_members(zf: zipfile.ZipFile, sender: Sender, skip: str = "") -> None:
    for name, data in sender.members.items():
        if name != skip:
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


def big_attachment(sender: Sender, folder: Path, big: int) -> Path:
    block = os.urandom(MiB)
    sha = _digest(big, block)
    name = f"attachments/{sha}"
    zip_path = folder / "a.zip"
    with zipfile.ZipFile(zip_path, "w") as zf:
        _write(zf, name, _blocks(big, block), stored=True)
        _small_members(zf, sender)
        manifest, sig = sender.signed({name: (big, sha)})
        zf.writestr("manifest.json", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("manifest.sig", sig)
    return sender.encrypt(zip_path, folder / "a-attachment.rtsbundle")


def big_manifest(sender: Sender, folder: Path) -> Path:
    padding = os.urandom(225 * MiB).hex()[: 300 * 1000**2]  # 300 MB of hex text
    manifest, sig = sender.signed({}, padding=padding)
    del padding
    zip_path = folder / "b.zip"
    with zipfile.ZipFile(zip_path, "w") as zf:
        _small_members(zf, sender)
        zf.writestr("manifest.json", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("manifest.sig", sig)
    return sender.encrypt(zip_path, folder / "b-300mb-manifest.rtsbundle")


def _patch_declared_size(zip_path: Path, name: str, declared: int) -> None:
    """Make the local header and the central directory say ``declared`` bytes."""
    with zipfile.ZipFile(zip_path) as zf:
        info = zf.getinfo(name)
        start_dir = zf.start_dir
    with open(zip_path, "r+b") as f:
        f.seek(info.header_offset + 22)
        f.write(declared.to_bytes(4, "little"))
        f.seek(start_dir)
        central = f.read()
        pos = 0
        while central[pos : pos + 4] == b"PK\x01\x02":
            n, m, k = (
                int.from_bytes(central[pos + o : pos + o + 2], "little") for o in (28, 30, 32)
            )
            if central[pos + 46 : pos + 46 + n].decode() == name:
                f.seek(start_dir + pos + 24)
                f.write(declared.to_bytes(4, "little"))
                return
            pos += 46 + n + m + k
    raise RuntimeError(f"{name} not in the central directory")


def lying_changes(sender: Sender, folder: Path, big: int, declared: int, tag: str) -> Path:
    """The signed manifest lists the real size and sha256; the zip entry lies."""
    shared = folder / "lying.zip"  # deflating 2 GiB takes a while: made once for (c), (d)
    if not shared.exists():
        block = _jsonl_block()
        with zipfile.ZipFile(shared, "w", compresslevel=1) as zf:
            _write(zf, "changes.jsonl", _blocks(big, block), stored=False)
            _small_members(zf, sender, skip="changes.jsonl")
            manifest, sig = sender.signed({"changes.jsonl": (big, _digest(big, block))})
            zf.writestr("manifest.json", manifest, compress_type=zipfile.ZIP_DEFLATED)
            zf.writestr("manifest.sig", sig)
    zip_path = folder / f"{tag}.zip"
    shutil.copy(shared, zip_path)
    _patch_declared_size(zip_path, "changes.jsonl", declared)
    out = folder / f"{tag}-{big // MiB}mib-changes-declared-{declared // MiB}mib.rtsbundle"
    return sender.encrypt(zip_path, out)


def passphrase_at_cap(sender: Sender, folder: Path, phrase: str) -> Path:
    """A stored attachment the manifest does not list, filling the passphrase cap."""
    size = bf.MAX_PASSPHRASE_FILE_BYTES - MiB
    data = os.urandom(size)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(f"attachments/{hashlib.sha256(data).hexdigest()}", data)
        _small_members(zf, sender)
        manifest, sig = sender.signed({})
        zf.writestr("manifest.json", manifest)
        zf.writestr("manifest.sig", sig)
    path = folder / "e-passphrase-at-cap.rtsbundle"
    path.write_bytes(age_passphrase.encrypt(out.getvalue(), phrase))
    return path


def _store(folder: Path) -> list[tuple[str, int]]:
    """The attachment store's folders and files, with sizes."""
    if not folder.exists():
        return []
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, default=ROOT, help="code the children import")
    parser.add_argument("--only", default="abcdef", help="cases to run, e.g. 'ab'")
    parser.add_argument("--size", type=int, default=BIG // MiB + 1, help="big member, MiB")
    args = parser.parse_args()
    big = min(args.size * MiB, BIG)
    free = shutil.disk_usage(tempfile.gettempdir()).free
    if free < 8 * 1024**3:
        print(f"needs ~8 GiB free in {tempfile.gettempdir()}, has {free / 1024**3:.1f} GiB")
        return 1
    root = Path(tempfile.mkdtemp(prefix="rts-bench-hostile-"))
    phrase = "parola-segreta-lunga"
    try:
        a, actx = _device(root, "a")
        b, bctx = _device(root, "b")
        for db, ctx, other in ((a, actx, b), (b, bctx, a)):
            api.enrol_device(db, ctx, api.enrolment_code(other))
        person = create_beneficiary(
            a, actx, BeneficiaryInput(first_name="Amina", last_name="Diallo")
        )
        sender = Sender(a, actx, b)
        attach_document(
            a,
            actx,
            doc_type="altro",
            title="Scansione",
            source=os.urandom(MAX_DOCUMENT),
            filename="scansione.pdf",
            beneficiary_id=person.id,
        )
        good = api.export_bundle(a, actx, root / "f-good", for_device=b.device_id).path
        b_path = b.path
        assert b_path is not None
        a.close()
        b.close()
        builders = {
            "a": lambda: big_attachment(sender, root, big),
            "b": lambda: big_manifest(sender, root),
            "c": lambda: lying_changes(sender, root, big, MiB, "c"),
            "d": lambda: lying_changes(sender, root, big, min(1023 * MiB, big // 2), "d"),
            "e": lambda: passphrase_at_cap(sender, root, phrase),
            "f": lambda: good,
        }
        b_files = b_path.with_name(b_path.stem + "-files")
        base_rss, _, _ = min(_run_child(args.src, b_path, None) for _ in range(3))
        print(f"code: {args.src}")
        print(f"baseline child (imports the sync API, opens the database): {base_rss:.0f} MiB")
        worst = 0.0
        for case in args.only:
            started = time.perf_counter()
            path = builders[case]()
            built = time.perf_counter() - started
            size = path.stat().st_size
            store = _store(b_files)
            rss, seconds, outcome = _run_child(
                args.src, b_path, path, phrase if case == "e" else ""
            )
            if case != "e":
                worst = max(worst, rss)
            print(
                f"({case}) {path.name}: file {size / MiB:,.0f} MiB (built in {built:.0f} s); "
                f"import {seconds:.1f} s, peak {rss:,.0f} MiB = baseline + "
                f"{rss - base_rss:,.0f} MiB ({rss / base_rss:.1f}x)\n      {outcome}"
            )
            if case == "e":
                log_n = path.read_bytes()[:200].split(b"\n")[1].split()[-1].decode()
                print(f"      scrypt log_n {log_n}: {2 ** int(log_n) // 1024:,} MiB for the KDF")
            if outcome.startswith("refused") and _store(b_files) != store:
                print(f"      THE ATTACHMENT STORE CHANGED: {_store(b_files)} (was {store})")
            path.unlink()
        verdict = "met" if worst <= TARGET_MIB else "NOT met"
        print(f"worst X25519 peak {worst:,.0f} MiB (target <= {TARGET_MIB} MiB): {verdict}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
