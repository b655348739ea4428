"""The roles an operator can hold, and the groups of roles the permission checks use."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    EDUCATORE = "educatore"
    COORDINATORE = "coordinatore"
    ASSISTENTE_SOCIALE = "assistente_sociale"
    AMMINISTRATORE = "amministratore"


#: roles that may change case data; the social worker (assistente sociale) reads and prints
WRITERS = frozenset({Role.EDUCATORE, Role.COORDINATORE, Role.AMMINISTRATORE})
COORDINATORS = frozenset({Role.COORDINATORE, Role.AMMINISTRATORE})
