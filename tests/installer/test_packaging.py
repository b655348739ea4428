"""The installer files name what a frozen build and its desktop integration need."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def text(name: str) -> str:
    return (INSTALLER / name).read_text(encoding="utf-8")


def test_desktop_entry_names_the_command_icon_and_bundle_type():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / "rts-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "RTS Desktop"
    assert desktop["Exec"].split()[0] == "rts-desktop"
    assert desktop["Icon"] == "rts-desktop"
    assert "application/x-rtsbundle" in desktop["MimeType"].split(";")
    assert desktop["Terminal"] == "false"


def test_mime_type_matches_the_bundle_suffix():
    from rts_desktop.sync.bundle_format import SUFFIX

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ET.parse(INSTALLER / "linux" / "rts-desktop-mime.xml")
    mime = tree.getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-rtsbundle"
    assert mime.find("m:glob", ns).get("pattern") == f"*{SUFFIX}"
    assert mime.find("m:icon", ns).get("name") == "rts-desktop"


def test_spec_ships_catalogues_migrations_data_and_licences():
    spec = text("rts-desktop.spec")
    for needed in (
        "rts_desktop_{lang}.qm",  # refuses to build without the compiled catalogues
        '"rts_desktop" / "migrations"',
        'collect_data_files("tzdata")',
        'collect_data_files("codicefiscale")',
        'collect_submodules("sqlcipher3")',
        'collect_submodules("rts_desktop")',
        'copy_metadata("rts-desktop", recursive=True)',
        '"rts-desktop.ico"',
        "rts-desktop-cli",
    ):
        assert needed in spec, needed
    # the compiled catalogues only: a copied .ts could look newer than its .qm
    assert '".ts"' in spec


def test_linux_build_compiles_catalogues_smoke_tests_and_packages():
    script = text("build-linux.sh")
    order = [
        "-m rts_desktop.i18n build",
        "installer/make_icons.py",
        "installer/rts-desktop.spec",
        '"$app" --self-test',
        "dpkg-deb",
    ]
    positions = [script.index(step) for step in order]
    assert positions == sorted(positions)
    for installed in ("rts-desktop.desktop", "rts-desktop-mime.xml", "rts-desktop.svg"):
        assert installed in script
    control = (INSTALLER / "linux" / "control").read_text(encoding="utf-8")
    assert "Package: rts-desktop" in control and "@VERSION@" in control


def test_windows_installer_is_per_user_and_keeps_data_unless_asked():
    iss = text("rts-desktop.iss")
    assert "PrivilegesRequired=lowest" in iss
    assert "ChangesAssociations=yes" in iss
    assert "Software\\Classes\\.rtsbundle" in iss
    assert "{group}\\{#AppName}" in iss  # Start menu entry
    assert "UninstallSilent()" in iss and "MB_DEFBUTTON2" in iss  # No is the default answer
    assert "italian.DeleteData" in iss and "english.DeleteData" in iss


def test_ci_builds_the_frozen_app_after_the_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("python -m pytest") < ci.index("installer/build-linux.sh")


def test_readme_has_the_windows_checklist():
    readme = text("README.md")
    for needed in ("rts-desktop-cli.exe --self-test", "iscc", "PrivilegesRequired", ".rtsbundle"):
        assert needed in readme, needed


@pytest.mark.skipif(sys.platform == "win32", reason="bash script")
def test_build_script_is_valid_bash():
    subprocess.run(["bash", "-n", str(INSTALLER / "build-linux.sh")], check=True)


def test_icons_are_drawn_from_the_svg(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(INSTALLER / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        env=env,
    )
    from PIL import Image

    assert Image.open(tmp_path / "rts-desktop-256.png").size == (256, 256)
    with Image.open(tmp_path / "rts-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
