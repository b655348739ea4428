"""Individualized plans (progetto individualizzato): goals, actions, reviews."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rts_desktop.models.base import Base, Synced


class Plan(Synced, Base):
    """One version of a case's plan: bozza → condiviso (frozen) → superato."""

    __tablename__ = "plans"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str | None] = mapped_column(Text)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    agreed_with: Mapped[str | None] = mapped_column(String(150))  # SST social worker
    #: the operator who recorded the agreement (the sign-off carries the real operator)
    agreed_by: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    next_review_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    previous_plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"))

    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Goal.position"
    )
    reviews: Mapped[list[Review]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Review.date"
    )


class Goal(Synced, Base):
    __tablename__ = "goals"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"), index=True)
    domain: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[Plan] = relationship(back_populates="goals")
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="PlanAction.position"
    )


class PlanAction(Synced, Base):
    __tablename__ = "plan_actions"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="actions")


class Review(Synced, Base):
    """Verifica: a periodic review of the plan with an outcome per goal."""

    __tablename__ = "reviews"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    #: the review date the plan held when this review was recorded (on time: date ≤ it)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operators.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="reviews")
    outcomes: Mapped[list[ReviewOutcome]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )


class ReviewOutcome(Synced, Base):
    __tablename__ = "review_outcomes"

    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id"), index=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"))
    outcome: Mapped[str] = mapped_column(String(30))
    comment: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship(back_populates="outcomes")
