"""The .ts files: written stably, read back, checked for completeness and compiled to the
.qm files Qt reads; the program's own catalogues are complete and in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from rts_desktop.i18n import build as qm
from rts_desktop.i18n.catalogue import Translation, check, read_ts, render_ts, ts_path, update
from rts_desktop.i18n.extract import Catalogue, Key, extract
from rts_desktop.i18n.literals import scan

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rts_desktop"
FOLDER = ROOT / "resources" / "i18n"


def small() -> Catalogue:
    found = Catalogue()
    found.add(Key("Finestra", "Salva"), False, "pkg/a.py")
    found.add(Key("Finestra", "Il caso {code} & <altro>"), False, "pkg/a.py")
    found.add(Key("errors", "%n obiettivi"), True, "pkg/b.py")
    return found


def fill(folder: Path, lang: str, values: dict[Key, list[str]]) -> None:
    path = ts_path(folder, lang)
    present = {k: t for k, (_, t) in read_ts(path).items()}
    present.update({k: Translation(v, True) for k, v in values.items()})
    path.write_text(render_ts(lang, small().entries, present), encoding="utf-8")


def test_update_keeps_translations_and_check_lists_what_is_missing(tmp_path):
    update(small(), tmp_path)
    problems = check(small(), tmp_path)
    assert any("rts_desktop_en.ts: [Finestra] 'Salva': unfinished" in p for p in problems)
    assert any("rts_desktop_it.ts: [errors] '%n obiettivi': unfinished" in p for p in problems)
    assert not any("rts_desktop_it.ts: [Finestra]" in p for p in problems)  # the source itself

    fill(
        tmp_path,
        "en",
        {
            Key("Finestra", "Salva"): ["Save"],
            Key("Finestra", "Il caso {code} & <altro>"): ["Case {code} & <other>"],
            Key("errors", "%n obiettivi"): ["%n goal", "%n goals"],
        },
    )
    fill(tmp_path, "it", {Key("errors", "%n obiettivi"): ["%n obiettivo", "%n obiettivi"]})
    assert check(small(), tmp_path) == []
    update(small(), tmp_path)  # again: nothing lost, nothing changed
    assert check(small(), tmp_path) == []
    en = read_ts(ts_path(tmp_path, "en"))
    assert en[Key("Finestra", "Il caso {code} & <altro>")][1].forms == ["Case {code} & <other>"]


def test_check_refuses_wrong_placeholders_and_a_stale_catalogue(tmp_path):
    update(small(), tmp_path)
    fill(tmp_path, "en", {Key("Finestra", "Il caso {code} & <altro>"): ["Case {id}"]})
    assert any("placeholders differ in 'Case {id}'" in p for p in check(small(), tmp_path))
    grown = small()
    grown.add(Key("Finestra", "Nuovo"), False, "pkg/a.py")
    problems = check(grown, tmp_path)
    assert any("out of date with the source" in p for p in problems)
    assert any("not in the catalogue: [Finestra] 'Nuovo'" in p for p in problems)


def test_lrelease_compiles_what_qt_reads_with_plural_forms(tmp_path):
    update(small(), tmp_path)
    fill(
        tmp_path,
        "en",
        {
            Key("Finestra", "Salva"): ["Save"],
            Key("errors", "%n obiettivi"): ["%n goal", "%n goals"],
        },
    )
    built = qm.build(tmp_path)
    assert [p.name for p in built] == ["rts_desktop_it.qm", "rts_desktop_en.qm"]
    english = QTranslator()
    assert english.load(str(tmp_path / "rts_desktop_en.qm"))
    assert english.translate("Finestra", "Salva") == "Save"
    assert english.translate("errors", "%n obiettivi", None, 1) == "%n goal"
    assert english.translate("errors", "%n obiettivi", None, 3) == "%n goals"
    assert qm.build(tmp_path) == built and not qm.stale(ts_path(tmp_path, "en"), built[1])


def test_a_broken_catalogue_is_refused_and_leaves_no_half_written_file(tmp_path):
    update(small(), tmp_path)
    ts_path(tmp_path, "en").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(qm.BuildError):
        qm.build(tmp_path)
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "rts_desktop_en.qm").exists()


# ---- the program's catalogues ------------------------------------------------------------


def test_every_text_is_in_both_catalogues_finished_and_up_to_date():
    problems = check(extract(PACKAGE), FOLDER)
    assert not problems, (
        f"{len(problems)} problems (python -m rts_desktop.i18n update, then translate):\n"
        + "\n".join(problems[:40])
    )


def test_no_widget_shows_a_literal_that_bypasses_the_catalogue():
    found = scan(PACKAGE, ("ui", "cli"))
    assert not found, "\n".join(str(p) for p in found)


def test_the_check_command_of_the_readme(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "rts_desktop.i18n", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:]


def test_a_checkout_without_compiled_catalogues_compiles_them_at_start(tmp_path, monkeypatch):
    from rts_desktop.ui import translations

    copy = tmp_path / "resources" / "i18n"
    copy.mkdir(parents=True)
    for lang in ("it", "en"):
        shutil.copy(ts_path(FOLDER, lang), copy)
    monkeypatch.setattr(translations, "resources_dir", lambda: tmp_path / "resources")
    assert translations.compiled("en") == copy / "rts_desktop_en.qm"
    assert QTranslator().load(str(copy / "rts_desktop_en.qm"))
