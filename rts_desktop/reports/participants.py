"""The pseudonymised per-participant export for the municipality's statistics.

One row per participant of the period (the ESF rules: first entry, final exit): a stable
pseudonym (HMAC-SHA256 of the person's id under the export key: the same person gets the
same pseudonym in every export made with the same key, and a different one under another
key), the case code, age band, gender, citizenship group, Municipio, ETHOS category, dates,
labour status at entry, ISCED and the indicator codes. No name, no identifier, no free text.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from rts_desktop.db import Database
from rts_desktop.kernel import config, fileio
from rts_desktop.kernel.access import audit, require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models.vocab import ethos_category
from rts_desktop.reports.esf.classify import Classified, Participant, age_on
from rts_desktop.reports.esf.report import classified
from rts_desktop.reports.export import export_csv
from rts_desktop.reports.registry import check_filter
from rts_desktop.reports.table import Column, Report, ReportFilter, Table, Value

KEY_BYTES = 32
COLUMNS = (
    Column("pseudonym", N_("Pseudonimo")),
    Column("case", N_("Caso")),
    Column("gender", N_("Genere")),
    Column("age_band", N_("Età all'ingresso")),
    Column("citizenship", N_("Cittadinanza")),
    Column("municipio", N_("Municipio SST"), "int"),
    Column("ethos", N_("Categoria ETHOS"), "int"),
    Column("entry", N_("Primo ingresso"), "date"),
    Column("exit", N_("Uscita finale"), "date"),
    Column("labour", N_("Condizione all'ingresso")),
    Column("isced", N_("ISCED"), "int"),
    Column("indicators", N_("Indicatori")),
)
BANDS = ((0, 17, "0-17"), (18, 24, "18-24"), (25, 29, "25-29"), (30, 54, "30-54"))


def pseudonym(key: bytes, beneficiary_id: str) -> str:
    return hmac.new(key, beneficiary_id.encode(), hashlib.sha256).hexdigest()[:20]


def age_band(p: Participant) -> str:
    if p.birth_date is None:
        return "ND"
    age = age_on(p.birth_date, p.entry.date)
    return next((label for low, high, label in BANDS if low <= age <= high), "55+")


def citizenship(p: Participant, eu: frozenset[str]) -> str:
    if not p.nationality:
        return "ND"
    if p.nationality.upper() == "IT":
        return "IT"
    return "UE" if p.nationality.upper() in eu else "extra-UE"


def default_key_file() -> Path:
    """Where the export key is kept unless one is named: the user's data folder."""
    return config.data_dir() / "pseudonimi.key"


def read_key(path: Path) -> tuple[bytes, bool]:
    """The export key kept in ``path`` (hex), made (owner-only) when the file is missing.
    Returns (key, created)."""
    if path.exists():
        try:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        except (ValueError, UnicodeDecodeError):
            key = b""
        if len(key) < KEY_BYTES:
            raise ValidationError(
                "key_file", N_("Chiave di pseudonimizzazione non valida in {p}.").format(p=path)
            )
        return key, False
    key = secrets.token_bytes(KEY_BYTES)
    fileio.write_atomically(path, key.hex().encode("ascii") + b"\n", create_folder=True)
    fileio.make_private(path)
    return key, True


def participants_table(
    rows: list[tuple[Participant, Classified, bool, bool]], key: bytes, eu: frozenset[str]
) -> Table:
    out: list[tuple[Value, ...]] = []
    for p, c, outputs, _ in rows:
        if not outputs:
            continue
        out.append(
            (
                pseudonym(key, p.beneficiary_id),
                p.case_code,
                c.gender,
                age_band(p),
                citizenship(p, eu),
                p.municipio,
                ethos_category(p.ethos),
                p.entry.date,
                p.exit_date,
                p.entry.labour_status,
                p.entry.isced_level,
                " ".join(sorted(c.codes)),
            )
        )
    return Table("participants", N_("Partecipanti (pseudonimizzati)"), COLUMNS, tuple(out))


def export_participants(
    db: Database, ctx: ActingContext, flt: ReportFilter, out: Path, key: bytes
) -> int:
    """Write the CSV (UTF-8 with BOM, ``;``) of the participants who entered in the period;
    returns how many. Coordinators only; audited."""
    require(ctx, "reports.participants")
    check_filter(flt)
    if out.suffix.lower() != ".csv":
        raise ValidationError("out", N_("L'elenco dei partecipanti si esporta in .csv."))
    with db.session(write=False) as s:
        mapping, rows = classified(s, flt, ctx)
    table = participants_table(rows, key, mapping.eu)
    report = Report("participants", N_("Partecipanti (pseudonimizzati)"), flt, tables=(table,))
    export_csv(report, out)
    with db.session(ctx) as s:
        detail = f"participants {flt.start.isoformat()}..{flt.end.isoformat()} n={len(table.rows)}"
        audit(s, ctx, "export", "report", None, detail)
    return len(table.rows)
