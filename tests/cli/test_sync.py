"""The sync commands as the README documents them: flags, recipients, targets, codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rts_desktop.cli import main
from tests.accounts import content


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def three(tmp_path, capsys) -> dict[str, Path]:
    """Laptops A, B and C, each enrolled on the others with the pasted RTS1- code."""
    dbs = {n: tmp_path / f"{n}.db" for n in "ABC"}
    codes = {}
    for name, path in dbs.items():
        assert run(capsys, "init", "--db", path, "--device-name", f"Laptop {name}")[0] == 0
        code, out, _ = run(capsys, "devices", "--db", path, "code")
        assert code == 0 and out.startswith("RTS1-")
        codes[name] = out.strip()
    for name, path in dbs.items():
        for other in dbs:
            if other != name:
                code, _, err = run(capsys, "devices", "enrol", codes[other], "--db", path)
                assert code == 0, err
    return dbs


def test_pasted_code_is_never_tried_as_a_path(three, capsys, monkeypatch):
    """A code longer than a file name may be (``File name too long`` before)."""
    import pathlib

    code, out, _ = run(capsys, "devices", "--db", three["A"], "code")
    pasted = out.strip()
    assert len(pasted) > 255
    real_stat = pathlib.Path.stat

    def stat(self, *a, **kw):
        assert not str(self).startswith("RTS1-"), "the code was looked up on disk"
        return real_stat(self, *a, **kw)

    monkeypatch.setattr(pathlib.Path, "stat", stat)
    code, out, err = run(capsys, "devices", "--db", three["B"], "enrol", pasted)
    assert code == 0 and "Registrato: Laptop A" in out, err


def test_recipient_adds_to_the_device_key(three, tmp_path, capsys):
    a, b, c = three["A"], three["B"], three["C"]
    run(capsys, "devices", "--db", c, "code", "--out", tmp_path / "c.json")
    bundle = tmp_path / "a-per-b.rtsbundle"
    code, _, err = run(
        capsys,
        "export-bundle",
        "--db",
        a,
        "--to",
        bundle,
        "--snapshot",
        "--for-device",
        "Laptop B",
        "--recipient",
        tmp_path / "c.json",
    )
    assert code == 0, err
    # B can read it (its own key is still a recipient) and imports it
    code, out, err = run(capsys, "import-bundle", "--db", b, bundle, "--json")
    assert code == 0, err
    assert json.loads(out)["kind"] == "snapshot"
    # C can decrypt it too, but it was made for B: refused, nothing written
    before = content(c)
    code, _, err = run(capsys, "import-bundle", "--db", c, bundle)
    assert code == 2 and "destinato a un altro dispositivo" in err and err.count("\n") == 1
    assert content(c) == before


def test_snapshot_without_target_goes_to_its_recipients(three, tmp_path, capsys):
    a, c = three["A"], three["C"]
    run(capsys, "devices", "--db", c, "code", "--out", tmp_path / "c.json")
    bundle = tmp_path / "nuovo.rtsbundle"
    code, _, err = run(
        capsys,
        "export-bundle",
        "--db",
        a,
        "--to",
        bundle,
        "--snapshot",
        "--recipient",
        tmp_path / "c.json",
    )
    assert code == 0, err
    assert run(capsys, "import-bundle", "--db", c, bundle)[0] == 0


def test_snapshot_without_target_or_recipient_is_refused(three, tmp_path, capsys):
    code, _, err = run(
        capsys, "export-bundle", "--db", three["A"], "--to", tmp_path / "x", "--snapshot"
    )
    assert code == 2 and err.count("\n") == 1
    assert not list(tmp_path.glob("x*"))


def test_passphrase_file_and_old_flag_names(three, tmp_path, capsys):
    a, b = three["A"], three["B"]
    secret = tmp_path / "password.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    bundle = tmp_path / "old-names.rtsbundle"
    # the first version's flag names stay as aliases
    code, _, err = run(
        capsys,
        "export-bundle",
        "--db",
        a,
        "--out",
        bundle,
        "--snapshot-for",
        "Laptop B",
        "--passphrase-file",
        secret,
    )
    assert code == 0, err
    code, _, err = run(capsys, "import-bundle", "--db", b, bundle)
    assert code == 2 and "password" in err.lower()
    code, _, err = run(capsys, "import-bundle", "--db", b, bundle, "--passphrase-file", secret)
    assert code == 0, err
    code, _, err = run(
        capsys, "export-bundle", "--db", b, "--to", tmp_path / "inc", "--for", "Laptop A"
    )
    assert code == 0, err


@pytest.mark.parametrize(
    "extra",
    [
        [],  # neither --for-device nor --snapshot
        ["--for-device", "Laptop B", "--recipient", "age1nonvalida"],
        ["--for-device", "Laptop B", "--recipient", "/non/esiste.json"],
        ["--for-device", "Laptop B", "--passphrase-file", "/non/esiste.txt"],
        ["--for-device", "Laptop B", "--passphrase-file", "{empty}"],
        ["--for-device", "Nessuno"],
        ["--snapshot-for", "Laptop B", "--for-device", "Laptop C"],
    ],
)
def test_bad_export_flags(three, tmp_path, capsys, extra):
    (tmp_path / "empty.txt").write_text("")
    argv = [x.format(empty=tmp_path / "empty.txt") for x in extra]
    code, _, err = run(capsys, "export-bundle", "--db", three["A"], "--to", tmp_path / "o", *argv)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("o*"))


@pytest.mark.sqlite_only
def test_new_series_for_the_laptops_codes(three, capsys):
    code, out, err = run(capsys, "devices", "--db", three["A"], "new-series")
    assert code == 0, err
    series = out.strip().rsplit(": ", 1)[1]
    assert out.startswith("Nuova serie dei codici: ") and len(series) == 3 and series.isalpha()
    code, out, _ = run(capsys, "devices", "--db", three["A"], "code")
    assert code == 0 and out.startswith("RTS1-")  # the new series travels in the code
