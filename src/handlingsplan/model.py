"""Pydantic models of the plan format (plan-format.md). No I/O, no cross-item checks.

Every model forbids unknown keys except `x-` keys, which are kept in `extras` (a field
whose alias " x" no YAML key can reach unquoted) so a file written back loses nothing.
Cross-field and cross-item rules live in checks/, because a model's `after` validators
do not run when any of its fields failed (shared/notes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from handlingsplan.types import (
    FundingStatus,
    GapStatus,
    Hours,
    Id,
    IsoDate,
    Kind,
    Language,
    Money,
    Percent,
    Priority,
    Ref,
    Severity,
    Share,
    Status,
    Text,
    WholeNumber,
    YesNo,
)

EXTRAS = " x"
UNFINISHED = frozenset({"planned", "in_progress", "paused", "postponed"})
NOT_COUNTED = frozenset({"cancelled", "postponed"})


class Item(BaseModel):
    """Base of every mapping in a plan: unknown keys are errors, `x-` keys are kept."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    extras: dict[str, Any] = Field(default_factory=dict, alias=EXTRAS, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _keep_x_keys(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        extras = {k: v for k, v in data.items() if isinstance(k, str) and k.startswith("x-")}
        # `key:` with no value is null, and null means absent (plan-format.md): a required
        # field becomes HP101, an optional one takes its default.
        # Only known fields: an unknown key with no value must still be reported (HP103).
        fields = cls.model_fields
        rest = {
            k: v for k, v in data.items() if k not in extras and (v is not None or k not in fields)
        }
        if EXTRAS in rest:  # a user's own key " x" must not pass as our field: report it
            rest[EXTRAS + "\u200b"] = rest.pop(EXTRAS)
        rest[EXTRAS] = extras
        return rest


class Period(Item):
    start: IsoDate
    end: IsoDate


class Amounts(Item):
    money: Money | None = None
    hours: Hours | None = None


class Cost(Amounts):
    running: Money | None = None


class Decision(Item):
    by: Text
    date: IsoDate
    reference: Text | None = None
    digest: Text | None = None


class Revision(Decision):
    note: Text | None = None


class PlanFollowup(Item):
    date: IsoDate
    note: Text | None = None


class Header(Item):
    """The `plan:` mapping."""

    title: Text
    organisation: Text
    period: Period
    unit: Text | None = None
    id: Id | None = None
    parent: Id | None = None
    owner: Text | None = None
    language: Language | None = None
    classification: Text | None = None
    currency: Text = "SEK"
    hour_rate: Money | None = None
    budget: Amounts | None = None
    contingency: Share | None = None
    catalog: Text = "iso27001-2022"
    # A YAML map of control id -> title, for an organisation with a licensed copy of the
    # standard (hplan ships ids only); relative to the plan's folder.
    catalog_titles: Text | None = None
    checkpoints: list[IsoDate] = Field(default_factory=list)
    followups: list[PlanFollowup] = Field(default_factory=list)
    decision: Decision | None = None
    revisions: list[Revision] = Field(default_factory=list)


class Person(Item):
    role: Text | None = None
    hours_per_month: Hours | None = None


class Acceptance(Item):
    by: Text
    date: IsoDate


class Gap(Item):
    id: Id
    control: Text
    severity: Severity
    status: GapStatus = "open"
    accepted: Acceptance | None = None
    note: Text | None = None


class Goal(Item):
    id: Id
    title: Text
    description: Text | None = None


class ExternalEvent(Item):
    name: Text
    date: IsoDate | None = None


class Message(Item):
    audience: Text | None = None
    when: IsoDate | None = None
    what: Text | None = None


class Procurement(Item):
    lead_weeks: WholeNumber | None = None


class Funding(Item):
    source: Text | None = None
    status: FundingStatus | None = None


class ActivityFollowup(Item):
    date: IsoDate
    status: Status | None = None
    progress: Percent | None = None
    note: Text | None = None


class Carried(Item):
    period: IsoDate
    id: Id
    status: Status | None = None
    progress: Percent | None = None
    reason: Text | None = None


UNION_TAGS = frozenset({"scalar", "mapping", "list"})


def union_tag(value: Any) -> str:
    """Which member of a text-or-mapping union a value is meant to be (one of UNION_TAGS;
    pydantic puts it in an error's `loc`, which schema.py takes out again)."""
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    return "scalar"


External = Annotated[
    Annotated[Text, Tag("scalar")] | Annotated[ExternalEvent, Tag("mapping")],
    Discriminator(union_tag),
]
MessageItem = Annotated[
    Annotated[Text, Tag("scalar")] | Annotated[Message, Tag("mapping")],
    Discriminator(union_tag),
]
Communication = Annotated[
    Annotated[Text, Tag("scalar")] | Annotated[list[MessageItem], Tag("list")],
    Discriminator(union_tag),
]
ProcurementField = Annotated[
    Annotated[YesNo, Tag("scalar")] | Annotated[Procurement, Tag("mapping")],
    Discriminator(union_tag),
]


class ActivityFields(Item):
    """Everything an activity or backlog item may say; all optional here."""

    id: Id
    name: Text
    description: Text | None = None
    kind: Kind | None = None
    goals: list[Id] = Field(default_factory=list)
    controls: list[Text] = Field(default_factory=list)
    gaps: list[Id] = Field(default_factory=list)
    requirements: list[Text] = Field(default_factory=list)
    priority: Priority | None = None
    responsible: Text | None = None
    effort: dict[str, Hours] = Field(default_factory=dict)
    cost: Cost | None = None
    funding: Funding | None = None
    resources: list[Text] = Field(default_factory=list)
    start: IsoDate | None = None
    end: IsoDate | None = None
    depends_on: list[Ref] = Field(default_factory=list)
    external: list[External] = Field(default_factory=list)
    procurement: ProcurementField | None = None
    communication: Communication | None = None
    links: list[Text] = Field(default_factory=list)
    status: Status = "planned"
    progress: Percent | None = None
    forecast_end: IsoDate | None = None
    completed: IsoDate | None = None
    spent: Amounts | None = None
    followups: list[ActivityFollowup] = Field(default_factory=list)
    notes: Text | None = None
    carried_from: list[Carried] = Field(default_factory=list)

    @property
    def counted(self) -> bool:
        """Counts for load, goals and budget: not cancelled and not postponed."""
        return self.status not in NOT_COUNTED

    @property
    def is_milestone(self) -> bool:
        return self.start is not None and self.start == self.end


def counted_cost(items: Iterable[ActivityFields]) -> tuple[float, float, float]:
    """Money, hours and running cost summed over the items that count (not cancelled,
    not postponed): what HP501 holds against the budget and the table totals."""
    money = hours = running = 0.0
    for item in items:
        if item.counted and item.cost is not None:
            money += item.cost.money or 0.0
            hours += item.cost.hours or 0.0
            running += item.cost.running or 0.0
    return money, hours, running


class Activity(ActivityFields):
    """A decided activity of this period."""

    priority: Priority
    responsible: Text
    start: IsoDate
    end: IsoDate


class BacklogItem(ActivityFields):
    """Needed, but not in this period."""

    target: Text | None = None


@dataclass
class Plan:
    """A whole plan as checks see it, each item with its index in the file. Items that
    failed the schema are left out; their ids are in `broken_ids` so that reference
    checks do not report them a second time."""

    version: str = "1"
    header: Header | None = None
    people: dict[str, Person] = field(default_factory=dict)
    has_people: bool = False
    person_names: frozenset[str] = frozenset()
    gaps: list[tuple[int, Gap]] = field(default_factory=list)
    has_gaps: bool = False
    goals: list[tuple[int, Goal]] = field(default_factory=list)
    activities: list[tuple[int, Activity]] = field(default_factory=list)
    backlog: list[tuple[int, BacklogItem]] = field(default_factory=list)
    broken_ids: frozenset[str] = frozenset()
    # Every item's id as written, valid or not: duplicates are found among all of them.
    raw_ids: list[tuple[str, int, str]] = field(default_factory=list)
    # Activities and backlog items that failed the schema, minus the failed fields.
    partial: list[tuple[str, int, BacklogItem]] = field(default_factory=list)
    # Fields of activities or backlog items that failed the schema ("*": a whole item),
    # so checks that count what serves a goal or a gap know what they cannot see.
    unread: dict[str, set[str]] = field(
        default_factory=lambda: {"activities": set(), "backlog": set()}
    )
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def period(self) -> Period | None:
        return self.header.period if self.header else None
