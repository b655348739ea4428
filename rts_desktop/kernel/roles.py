"""The roles an operator can hold. What each may do is ``rts_desktop/kernel/permissions.py``."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    EDUCATORE = "educatore"
    COORDINATORE = "coordinatore"
    ASSISTENTE_SOCIALE = "assistente_sociale"
    AMMINISTRATORE = "amministratore"


#: groups of roles, for tests naming who holds a permission; the checks themselves name a
#: permission (``require(ctx, "cases.write")``), never a group. The social worker
#: (assistente sociale) reads and prints, never writes.
WRITERS = frozenset({Role.EDUCATORE, Role.COORDINATORE, Role.AMMINISTRATORE})
COORDINATORS = frozenset({Role.COORDINATORE, Role.AMMINISTRATORE})
