"""Who may act and the audit trail: permission checks and the audit writer.

The one piece of the kernel that needs a model (``AuditEntry``): it sits one floor above
``models``; the rest of the kernel is the ground floor.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, PermissionDenied
from rts_desktop.kernel.permissions import permission
from rts_desktop.models import AuditEntry

__all__ = ["audit", "may", "require"]


def may(ctx: ActingContext, name: str) -> bool:
    """Whether the acting role holds the permission ``name`` (a system action holds all).

    An unknown ``name`` raises :class:`~rts_desktop.kernel.permissions.UnknownPermission`.
    """
    allowed = permission(name).roles
    return ctx.role is None or ctx.role in allowed


def require(ctx: ActingContext, name: str) -> None:
    """Refuse the action unless the acting role holds the permission ``name``
    (``rts_desktop/kernel/permissions.py``); system actions always do."""
    if not may(ctx, name):
        raise PermissionDenied(N_("Il tuo ruolo non consente questa operazione."))


def audit(
    s: Session,
    ctx: ActingContext,
    action: str,
    entity: str,
    entity_id: str | None,
    detail: str | None = None,
) -> None:
    """Append an audit entry in the action's transaction (reads of case files included)."""
    s.add(
        AuditEntry(
            at=ctx.now(),
            operator_id=ctx.operator_id,
            device_id=ctx.device_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            purpose=ctx.purpose,
            detail=detail,
        )
    )
