"""The components the program is built from and their licences, for the About window.

The Python distributions are read from the installed metadata (``importlib.metadata``):
the program's own requirements, followed recursively (extras left out). Each licence is
the SPDX expression of the metadata, else its trove classifiers, else its short
``License`` field, else what the licence file shipped with the distribution says. A frozen build
carries the same metadata (the installer's spec copies it).

A few components are bundled inside those distributions rather than installed on their
own (Python itself, Qt inside PySide6, SQLCipher inside sqlcipher3, the DejaVu fonts in
``resources/fonts``): :data:`EMBEDDED` names them.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

PROGRAM_DISTRIBUTION = "rts-desktop"
#: a ``License`` field longer than this is the whole licence text, not its name
SHORT_LICENCE = 60
#: what the first lines of a licence file say → its SPDX identifier
LICENCE_TEXTS: tuple[tuple[str, str], ...] = (
    (r"\bMIT License\b|Permission is hereby granted, free of charge", "MIT"),
    (r"Apache License", "Apache-2.0"),
    (r"Mozilla Public License", "MPL-2.0"),
    (r"GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"),
    (r"provided 'as-is', without any express or implied warranty", "Zlib"),
    (r"Redistribution and use in source and binary forms", "BSD"),
)
_CLASSIFIER = re.compile(r"^License :: (?:OSI Approved :: )?(.+)$")
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    #: the distribution a bundled component comes inside ("" for a distribution itself)
    inside: str = ""


#: components that travel inside a distribution: (name, licence, distribution)
EMBEDDED: tuple[tuple[str, str, str], ...] = (
    ("Qt", "LGPL-3.0-only", "PySide6"),
    ("SQLCipher", "BSD-3-Clause", "sqlcipher3"),
    ("DejaVu fonts", "Bitstream-Vera", PROGRAM_DISTRIBUTION),
)


def normalise(name: str) -> str:
    """A distribution's name as PEP 503 compares them (``Python_Dateutil`` → ``python-dateutil``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str | None:
    """The distribution a requirement line names; None for one that only an extra needs."""
    marker = requirement.partition(";")[2]
    if re.search(r"\bextra\s*==", marker):
        return None
    found = _NAME.match(requirement)
    return found.group(1) if found else None


def licence_of(dist: metadata.Distribution) -> str:
    """The licence of an installed distribution, as short as the metadata allows."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    classifiers = [
        found.group(1)
        for c in meta.get_all("Classifier") or []
        if (found := _CLASSIFIER.match(c)) is not None
    ]
    if classifiers:
        return " / ".join(classifiers)
    field = " ".join((meta.get("License") or "").split())
    if field and len(field) <= SHORT_LICENCE:
        return field
    return _licence_from_file(dist) or (field.split(" ")[0] if field else "?")


def _licence_from_file(dist: metadata.Distribution) -> str | None:
    for file in dist.files or []:
        if "LICEN" not in file.name.upper() and "COPYING" not in file.name.upper():
            continue
        try:
            head = (file.read_text(encoding="utf-8") or "")[:2000]
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        for pattern, spdx in LICENCE_TEXTS:
            if re.search(pattern, head, re.IGNORECASE):
                return spdx
    return None


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def distributions(root: str = PROGRAM_DISTRIBUTION) -> list[metadata.Distribution]:
    """``root`` and every distribution it requires, directly or not, that is installed."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        if normalise(name) in found:
            continue
        dist = _distribution(name)
        if dist is None:
            continue
        found[normalise(name)] = dist
        pending += [n for r in dist.requires or [] if (n := requirement_name(r)) is not None]
    return list(found.values())


def components(root: str = PROGRAM_DISTRIBUTION) -> list[Component]:
    """The program's components with version and licence: Python first, then the
    distributions by name, each followed by what it bundles."""
    dists = sorted(distributions(root), key=lambda d: normalise(d.metadata["Name"] or ""))
    rows = [Component("Python", platform.python_version(), "PSF-2.0")]
    for dist in dists:
        name = dist.metadata["Name"] or "?"
        rows.append(Component(name, dist.version, licence_of(dist)))
        rows += [
            Component(inner, "", licence, inside=name)
            for inner, licence, holder in EMBEDDED
            if normalise(holder) == normalise(name)
        ]
    return rows


__all__ = ["EMBEDDED", "Component", "components", "distributions", "licence_of"]
