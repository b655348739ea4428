"""Who may do what, as data: one table, permission name → the roles that hold it.

Every check in the core names a permission from :data:`PERMISSIONS`: a typed operation
(``@operation``, ``rts_desktop/db/operations.py``) through :data:`ENTITY_PERMISSIONS` or its
own ``permission=``, a service function through ``require(ctx, "audit.read")``
(``rts_desktop/kernel/access.py``). A system action (``role`` None: the command line, demo
data, migrations) holds every permission.

Decided here: a coordinator adds and deactivates operators (``operators.manage``), only an
administrator sets another operator's password (``operators.passwords``); otherwise
coordinators and administrators hold the same permissions (backup, restore and check are
command-line actions, ``database.maintain``). The social worker (assistente sociale) reads case
files, prints and changes her own password, and never writes.

``docs/permissions.md`` is this table in prose; ``tests/security/test_permission_matrix.py``
keeps the two equal and pins each role's permissions, so a change here is a conscious one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rts_desktop.kernel.roles import Role

__all__ = [
    "ENTITY_PERMISSIONS",
    "PERMISSIONS",
    "Permission",
    "UnknownPermission",
    "entity_permission",
    "held_by",
    "permission",
]

_ALL = frozenset(Role)
_WRITERS = frozenset({Role.EDUCATORE, Role.COORDINATORE, Role.AMMINISTRATORE})
_COORDINATORS = frozenset({Role.COORDINATORE, Role.AMMINISTRATORE})


@dataclass(frozen=True)
class Permission:
    """A permission: its name, the roles holding it, one line saying what it allows."""

    name: str
    roles: frozenset[Role]
    description: str


class UnknownPermission(LookupError):
    """A check names a permission (or an operation an entity) the table does not know:
    a programming error, raised when the module declaring it is imported."""


def _table(*rows: Permission) -> Mapping[str, Permission]:
    table = {row.name: row for row in rows}
    if len(table) != len(rows):
        raise ValueError("a permission is listed twice")
    return MappingProxyType(table)


#: the one table: permission name → roles and description (Italian, shown in the docs)
PERMISSIONS: Mapping[str, Permission] = _table(
    Permission(
        "cases.read",
        _ALL,
        "Aprire la cartella di un caso e i suoi documenti (ogni apertura va nel registro).",
    ),
    Permission(
        "print",
        _ALL,
        "Stampare progetti, patti di accoglienza e diari (ogni stampa va nel registro).",
    ),
    Permission(
        "person.special_categories",
        _WRITERS,
        "Vedere le categorie particolari di dati di una persona (lettura registrata).",
    ),
    Permission(
        "cases.write",
        _WRITERS,
        "Registrare e modificare persone, nuclei, casi, note, documenti e schede FSE.",
    ),
    Permission(
        "plans.write",
        _WRITERS,
        "Scrivere progetti individualizzati, obiettivi, azioni, verifiche e valutazioni.",
    ),
    Permission(
        "housing.write",
        _WRITERS,
        "Registrare accoglienze, patti, contributi, sopralluoghi e manutenzioni.",
    ),
    Permission(
        "calendar.write",
        _WRITERS,
        "Creare, modificare e annullare appuntamenti e registrarne le presenze.",
    ),
    Permission(
        "housing.manage",
        _COORDINATORS,
        "Aggiungere e modificare appartamenti, stanze e posti letto.",
    ),
    Permission(
        "operators.manage",
        _COORDINATORS,
        "Aggiungere e disattivare operatori (i coordinatori gestiscono la propria équipe).",
    ),
    Permission(
        "operators.passwords",
        frozenset({Role.AMMINISTRATORE}),
        "Impostare la password di un operatore (nuovo, o che l'ha dimenticata).",
    ),
    Permission(
        "account.password",
        _ALL,
        "Cambiare la propria password, dando quella attuale.",
    ),
    Permission(
        "audit.read",
        _COORDINATORS,
        "Consultare ed esportare il registro delle attività.",
    ),
    Permission(
        "person.export",
        _COORDINATORS,
        "Esportare tutti i dati di una persona (GDPR artt. 15 e 20).",
    ),
    Permission(
        "person.erase",
        _COORDINATORS,
        "Cancellare i dati di una persona su tutti i portatili (GDPR art. 17).",
    ),
    Permission(
        "sync.exchange",
        _WRITERS,
        "Preparare e importare pacchetti di sincronizzazione tra portatili.",
    ),
    Permission(
        "sync.resolve",
        _WRITERS,
        "Risolvere i conflitti tra modifiche fatte su portatili diversi.",
    ),
    Permission(
        "sync.force",
        _COORDINATORS,
        "Applicare comunque le modifiche in attesa da troppo tempo.",
    ),
    Permission(
        "devices.manage",
        _COORDINATORS,
        "Registrare e revocare i portatili fidati.",
    ),
    Permission(
        "database.maintain",
        _COORDINATORS,
        "Controllare il database, farne la copia di sicurezza, ripristinarla, caricare i "
        "dati dimostrativi.",
    ),
    Permission(
        "reports.read",
        _ALL,
        "Vedere ed esportare i report e gli indicatori FSE, contando solo i casi che si "
        "vedono (ogni report va nel registro).",
    ),
    Permission(
        "reports.participants",
        _COORDINATORS,
        "Esportare l'elenco pseudonimizzato dei partecipanti per le statistiche del Comune.",
    ),
)

#: what an operation on an entity needs unless it names its own ``permission=`` (a read,
#: a print, an export, an erasure of a person: see ``rts_desktop/db/operations.py``)
ENTITY_PERMISSIONS: Mapping[str, str] = MappingProxyType(
    {
        "beneficiary": "cases.write",
        "household": "cases.write",
        "case": "cases.write",
        "note": "cases.write",
        "document": "cases.write",
        "participant_sheet": "cases.write",
        "participant_outcome": "cases.write",
        "consent": "cases.write",
        "plan": "plans.write",
        "assessment": "plans.write",
        "agreement": "housing.write",
        "contribution": "housing.write",
        "stay": "housing.write",
        "inspection": "housing.write",
        "maintenance": "housing.write",
        "handover": "housing.write",
        "apartment": "housing.manage",
        "event": "calendar.write",
        "operator": "operators.manage",
        "conflict": "sync.resolve",
    }
)


def permission(name: str) -> Permission:
    """The permission called ``name``; :class:`UnknownPermission` if the table has none."""
    try:
        return PERMISSIONS[name]
    except KeyError:
        raise UnknownPermission(f"unknown permission {name!r}") from None


def entity_permission(entity: str) -> str:
    """The permission an operation on ``entity`` needs by default."""
    try:
        return ENTITY_PERMISSIONS[entity]
    except KeyError:
        raise UnknownPermission(
            f"no permission for entity {entity!r}: add it to ENTITY_PERMISSIONS "
            "or give the operation its permission="
        ) from None


def held_by(role: Role) -> frozenset[str]:
    """The names of the permissions ``role`` holds."""
    return frozenset(name for name, p in PERMISSIONS.items() if role in p.roles)


def _check_entities() -> None:
    for name in ENTITY_PERMISSIONS.values():
        permission(name)  # a typo in the mapping fails here, at import


_check_entities()
