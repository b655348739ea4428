"""A bundle double-clicked in the file manager (``rts-desktop FILE.rtsbundle``) starts the
interface with its import offered; a missing file is one line, exit 2."""

from __future__ import annotations

from pathlib import Path

from rts_desktop.cli import main, opened_bundle


def test_the_bundle_is_taken_apart_from_the_options():
    assert opened_bundle(["--db", "a.db", "x.RTSBUNDLE"]) == (["--db", "a.db"], Path("x.RTSBUNDLE"))
    assert opened_bundle(["import-bundle", "--db", "a.db", "x.rtsbundle"])[1] is None
    assert opened_bundle(["--demo"]) == (["--demo"], None)


def test_the_interface_starts_with_the_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "per-ufficio.rtsbundle"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    seen = {}

    def run(sign_in, opened=None):  # type: ignore[no-untyped-def]
        seen["bundle"] = opened
        return 0

    monkeypatch.setattr("rts_desktop.ui.app.run", run)
    assert main(["--db", str(tmp_path / "rts.db"), str(bundle)]) == 0
    assert seen["bundle"] == bundle


def test_a_missing_bundle_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "nessuno.rtsbundle")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nessuno.rtsbundle" in err
