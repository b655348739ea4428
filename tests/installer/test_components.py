"""The bundled components and their licences, read from the installed metadata."""

from __future__ import annotations

from rts_desktop.kernel import components as c


def by_name() -> dict[str, c.Component]:
    return {x.name.lower(): x for x in c.components()}


def test_the_program_and_its_requirements_with_their_licences():
    found = by_name()
    assert found["rts-desktop"].licence == "EUPL-1.2"
    assert "LGPL-3.0" in found["pyside6"].licence
    assert found["sqlalchemy"].licence == "MIT"
    assert found["python"].licence == "PSF-2.0"
    # followed recursively: Mako comes with Alembic, not from the program's own list
    assert "mako" in found
    # extras are left out
    assert "pytest" not in found and "hypothesis" not in found


def test_components_bundled_inside_a_distribution():
    found = by_name()
    assert found["qt"].inside == "PySide6" and found["qt"].licence.startswith("LGPL")
    assert found["sqlcipher"].inside == "sqlcipher3"


def test_every_component_has_a_licence():
    assert all(x.licence and x.licence != "?" for x in c.components())


def test_requirement_names():
    assert c.requirement_name("pyside6<6.12,>=6.7") == "pyside6"
    assert c.requirement_name('pytest<10,>=8; extra == "test"') is None
    assert c.requirement_name('tzdata; sys_platform == "win32"') == "tzdata"
    assert c.normalise("Python_Dateutil") == "python-dateutil"


def test_licence_from_the_licence_file_when_metadata_says_nothing():
    from importlib import metadata

    assert c.licence_of(metadata.distribution("pyrage")) in ("MIT", "MIT License")
