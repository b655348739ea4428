"""The domain model: SQLAlchemy 2 typed ORM, one module per aggregate."""

from rts_desktop.models.agreements import (
    Agreement,
    AgreementWarning,
    Contribution,
    ContributionPayment,
)
from rts_desktop.models.assessments import Assessment, AssessmentScore
from rts_desktop.models.audit import AuditEntry, AuditLink
from rts_desktop.models.base import Base, Synced, is_synced
from rts_desktop.models.calendar import AttendanceMark, Event, EventException, Participant
from rts_desktop.models.cases import Case, CaseEducator, CaseShare, CaseStatusChange
from rts_desktop.models.housing import Apartment, ApartmentStatusEntry, Room, Stay, StayExtension
from rts_desktop.models.operators import Operator
from rts_desktop.models.people import (
    Beneficiary,
    Consent,
    Household,
    HouseholdMember,
    Identifier,
)
from rts_desktop.models.plans import Goal, Plan, PlanAction, Review, ReviewOutcome
from rts_desktop.models.records import Document, Note, ParticipantOutcome, ParticipantSheet
from rts_desktop.models.sync import (
    Change,
    Conflict,
    Counter,
    Device,
    Erasure,
    ImportedBundle,
    Knowledge,
    PendingChange,
    SentBundle,
    Tombstone,
)
from rts_desktop.models.upkeep import Handover, Inspection, MaintenanceRequest

__all__ = [
    "Agreement",
    "AgreementWarning",
    "Apartment",
    "ApartmentStatusEntry",
    "Assessment",
    "AssessmentScore",
    "AttendanceMark",
    "AuditEntry",
    "AuditLink",
    "Base",
    "Beneficiary",
    "Case",
    "CaseEducator",
    "CaseShare",
    "CaseStatusChange",
    "Change",
    "Conflict",
    "Consent",
    "Contribution",
    "ContributionPayment",
    "Counter",
    "Device",
    "Document",
    "Erasure",
    "Event",
    "EventException",
    "Goal",
    "Handover",
    "Household",
    "HouseholdMember",
    "Identifier",
    "ImportedBundle",
    "Inspection",
    "Knowledge",
    "MaintenanceRequest",
    "Note",
    "Operator",
    "Participant",
    "ParticipantOutcome",
    "ParticipantSheet",
    "PendingChange",
    "Plan",
    "PlanAction",
    "Review",
    "ReviewOutcome",
    "Room",
    "SentBundle",
    "Stay",
    "StayExtension",
    "Synced",
    "Tombstone",
    "is_synced",
]
