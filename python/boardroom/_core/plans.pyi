"""
Action plans, RAG ratings and their history, risk registers.
"""
from __future__ import annotations
import collections.abc
import datetime
import os
import typing
__all__: list[str] = ['ActionMovement', 'ActionState', 'CrossReference', 'Diagnostic', 'DiagnosticFinding', 'FindingProgress', 'LeadOverdue', 'LoadedDiagnostic', 'LoadedPlan', 'LoadedSelfAssessment', 'Movement', 'MovementCount', 'MovementReport', 'OverdueAction', 'Plan', 'PlanAction', 'PlanPeriod', 'PlanSection', 'PositionUpdate', 'RagRating', 'RagScheme', 'RagStatus', 'ResolvedReference', 'Risk', 'RiskBand', 'RiskRegister', 'RiskRow', 'RiskScore', 'RiskThresholds', 'SectionRagCount', 'SelfAssessment', 'SelfAssessmentItem', 'StatusSpell', 'StatusTime', 'Timescale', 'TimescaleKind', 'Warning', 'add_action', 'add_finding', 'add_item', 'add_position_update', 'add_position_updates', 'add_progress', 'add_rating', 'add_ratings', 'add_risk', 'add_section', 'check_diagnostic', 'check_plan', 'check_risks', 'check_self_assessment', 'compare_action_numbers', 'conventional_colour', 'days_between', 'default_rag_scheme', 'default_risk_thresholds', 'find_action', 'find_action_references', 'find_cross_references', 'find_finding', 'find_section', 'format_plan_csv', 'format_risk_register_csv', 'impact_label', 'is_action_number', 'is_sentence_lead', 'lead_key', 'likelihood_label', 'movement_between', 'movement_since_last_report', 'overdue_as_of', 'overdue_by_lead', 'parse_diagnostic_text', 'parse_plan_csv', 'parse_plan_period', 'parse_plan_text', 'parse_rag_key', 'parse_risk_register_csv', 'parse_self_assessment_text', 'parse_timescale', 'plan_from_rows', 'position_as_of', 'previous_reporting_date', 'progress_as_of', 'rag_counts_by_section', 'rating_as_of', 'read_diagnostic_text', 'read_plan_csv', 'read_plan_text', 'read_risk_register_csv', 'read_self_assessment_text', 'reads_complete', 'record_review', 'reporting_dates', 'resolve_references', 'risk_register_from_rows', 'risk_table', 'section_number_of', 'seed_rag_key', 'split_area', 'split_leads', 'state_as_of', 'status_for', 'status_spells', 'time_in_status', 'validate', 'with_blue_complete', 'with_code']
class RagStatus:
    """
    One status of a RAG scheme: code, label, key wording, colour.
    """
    code: str
    colour: str
    complete: bool
    description: str
    label: str
    def __copy__(self) -> RagStatus:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RagStatus:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, code: str, label: str, description: str = '', colour: str = '', complete: bool = False) -> None:
        ...
    def __repr__(self) -> str:
        ...
class RagScheme:
    """
    Statuses worst first; unrated is the absence of a rating.
    """
    name: str
    def __copy__(self) -> RagScheme:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RagScheme:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, name: str, statuses: collections.abc.Sequence[RagStatus]) -> None:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def find(self, text: str) -> RagStatus | None:
        """
        The status whose code or label matches, ignoring case; None if none.
        """
    def is_complete(self, code: str) -> bool:
        ...
    def rank(self, code: str) -> int | None:
        """
        0 for the worst status; None for an unknown code.
        """
    @property
    def statuses(self) -> list[RagStatus]:
        """
        The statuses, worst first (a copy).
        """
    @statuses.setter
    def statuses(self, arg1: collections.abc.Sequence[RagStatus]) -> None:
        ...
class TimescaleKind:
    """
    How a timescale was printed.
    
    Members:
    
      UNSPECIFIED
    
      DUE_BY
    
      REVIEW_BY
    
      ONGOING
    
      UNRECOGNISED
    """
    DUE_BY: typing.ClassVar[TimescaleKind]
    ONGOING: typing.ClassVar[TimescaleKind]
    REVIEW_BY: typing.ClassVar[TimescaleKind]
    UNRECOGNISED: typing.ClassVar[TimescaleKind]
    UNSPECIFIED: typing.ClassVar[TimescaleKind]
    __members__: typing.ClassVar[dict[str, TimescaleKind]]
    @typing.overload
    def __eq__(self, other: TimescaleKind) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: TimescaleKind) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
class Timescale:
    """
    A parsed timescale that keeps the printed text.
    """
    date: datetime.date | None
    kind: TimescaleKind
    text: str
    def __copy__(self) -> Timescale:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Timescale:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def due_date(self) -> datetime.date | None:
        """
        The deadline: the date of a DUE_BY timescale, else None.
        """
class PlanPeriod:
    """
    The years a plan covers, with the text kept.
    """
    end: datetime.date | None
    start: datetime.date | None
    text: str
    def __copy__(self) -> PlanPeriod:
        ...
    def __deepcopy__(self, memo: typing.Any) -> PlanPeriod:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
class PlanSection:
    """
    A numbered section (priority) of a plan.
    """
    number: str
    position_heading: str
    statement: str
    title: str
    def __copy__(self) -> PlanSection:
        ...
    def __deepcopy__(self, memo: typing.Any) -> PlanSection:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, number: str, title: str, statement: str = '', position_heading: str = 'Current Position') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def line(self) -> int:
        ...
    @line.setter
    def line(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class PlanAction:
    """
    A numbered action with outcomes, leads and a timescale.
    """
    leads_text: str
    number: str
    outcomes: str
    section: str
    text: str
    timescale: Timescale
    def __copy__(self) -> PlanAction:
        ...
    def __deepcopy__(self, memo: typing.Any) -> PlanAction:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, number: str, section: str, text: str, outcomes: str = '', leads: str = '', timescale: str = '', indicator: str = '') -> None:
        """
        An action; `leads` is the Lead cell as printed, `timescale` the printed timescale, `indicator` the indicator series whose data should bear its rating out, named as the data names it.
        """
    def __repr__(self) -> str:
        ...
    @property
    def indicator(self) -> str:
        """
        The indicator series whose data should bear the rating out; empty if none.
        """
    @indicator.setter
    def indicator(self, arg0: str) -> None:
        ...
    @property
    def leads(self) -> list[str]:
        """
        The Lead cell split into leads (a copy).
        """
    @leads.setter
    def leads(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def line(self) -> int:
        ...
    @line.setter
    def line(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class PositionUpdate:
    """
    The current position / evidence at a date.
    """
    action: str
    date: datetime.date | None
    recorded_by: str
    text: str
    def __copy__(self) -> PositionUpdate:
        ...
    def __deepcopy__(self, memo: typing.Any) -> PositionUpdate:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, action: str, date: datetime.date | None, text: str, recorded_by: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
class RagRating:
    """
    A RAG rating of an action at a reporting date.
    """
    action: str
    date: datetime.date
    note: str
    rated_by: str
    status: str
    def __copy__(self) -> RagRating:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RagRating:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, action: str, date: datetime.date, status: str, rated_by: str = '', note: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
class Plan:
    """
    An action plan: sections, actions, and the history of positions and ratings.
    """
    board: str
    period: PlanPeriod
    scheme: RagScheme
    title: str
    def __copy__(self) -> Plan:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Plan:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def action(self, number: str) -> PlanAction:
        """
        The action printed with this number; raises NotFoundError.
        """
    def section(self, number: str) -> PlanSection:
        """
        The section printed with this number; raises NotFoundError.
        """
    @property
    def actions(self) -> list[PlanAction]:
        """
        Actions in printed order (a copy).
        """
    @actions.setter
    def actions(self, arg1: collections.abc.Sequence[PlanAction]) -> None:
        ...
    @property
    def id(self) -> int:
        """
        Id in a store; 0 if not stored.
        """
    @id.setter
    def id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def notes(self) -> list[str]:
        """
        Free text printed with the plan (a copy).
        """
    @notes.setter
    def notes(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def positions(self) -> list[PositionUpdate]:
        """
        Position updates, undated first, then by date (a copy).
        """
    @positions.setter
    def positions(self, arg1: collections.abc.Sequence[PositionUpdate]) -> None:
        ...
    @property
    def ratings(self) -> list[RagRating]:
        """
        Ratings by date (a copy); add them with add_rating.
        """
    @ratings.setter
    def ratings(self, arg1: collections.abc.Sequence[RagRating]) -> None:
        ...
    @property
    def sections(self) -> list[PlanSection]:
        """
        Sections in printed order (a copy).
        """
    @sections.setter
    def sections(self, arg1: collections.abc.Sequence[PlanSection]) -> None:
        ...
class ActionState:
    """
    Where one action stood at a date.
    """
    def __repr__(self) -> str:
        ...
    @property
    def action(self) -> str:
        ...
    @property
    def complete(self) -> bool:
        ...
    @property
    def position(self) -> str | None:
        ...
    @property
    def position_date(self) -> datetime.date | None:
        ...
    @property
    def rated_by(self) -> str:
        ...
    @property
    def rated_on(self) -> datetime.date | None:
        ...
    @property
    def section(self) -> str:
        ...
    @property
    def status(self) -> str | None:
        ...
class Movement:
    """
    How an action's status moved between two dates.
    
    Members:
    
      STILL_UNRATED
    
      NEWLY_RATED
    
      IMPROVED
    
      WORSENED
    
      UNCHANGED
    
      COMPLETED
    """
    COMPLETED: typing.ClassVar[Movement]
    IMPROVED: typing.ClassVar[Movement]
    NEWLY_RATED: typing.ClassVar[Movement]
    STILL_UNRATED: typing.ClassVar[Movement]
    UNCHANGED: typing.ClassVar[Movement]
    WORSENED: typing.ClassVar[Movement]
    __members__: typing.ClassVar[dict[str, Movement]]
    @typing.overload
    def __eq__(self, other: Movement) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: Movement) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
class ActionMovement:
    def __repr__(self) -> str:
        ...
    @property
    def action(self) -> str:
        ...
    @property
    def from_status(self) -> str | None:
        ...
    @property
    def movement(self) -> Movement:
        ...
    @property
    def section(self) -> str:
        ...
    @property
    def to_status(self) -> str | None:
        ...
class StatusSpell:
    """
    Days [start, end) an action held one status.
    """
    def __repr__(self) -> str:
        ...
    @property
    def days(self) -> int:
        ...
    @property
    def end(self) -> datetime.date:
        ...
    @property
    def start(self) -> datetime.date:
        ...
    @property
    def status(self) -> str | None:
        ...
class StatusTime:
    def __repr__(self) -> str:
        ...
    @property
    def days(self) -> int:
        ...
    @property
    def status(self) -> str | None:
        ...
class OverdueAction:
    def __repr__(self) -> str:
        ...
    @property
    def action(self) -> str:
        ...
    @property
    def days_overdue(self) -> int:
        ...
    @property
    def due(self) -> datetime.date:
        ...
    @property
    def leads(self) -> list[str]:
        ...
    @property
    def position(self) -> str:
        ...
    @property
    def reported_complete(self) -> bool:
        """
        The latest position says the action is done though no rating does.
        """
    @property
    def section(self) -> str:
        ...
    @property
    def status(self) -> str | None:
        ...
class SectionRagCount:
    def __repr__(self) -> str:
        ...
    @property
    def count(self) -> int:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def section(self) -> str:
        ...
    @property
    def section_title(self) -> str:
        ...
    @property
    def status(self) -> str:
        ...
class MovementCount:
    def __repr__(self) -> str:
        ...
    @property
    def count(self) -> int:
        ...
    @property
    def movement(self) -> Movement:
        ...
    @property
    def section(self) -> str:
        ...
class MovementReport:
    def __repr__(self) -> str:
        ...
    @property
    def actions(self) -> list[ActionMovement]:
        ...
    @property
    def counts(self) -> list[MovementCount]:
        ...
    @property
    def current(self) -> datetime.date:
        ...
    @property
    def previous(self) -> datetime.date | None:
        ...
class LeadOverdue:
    def __repr__(self) -> str:
        ...
    @property
    def actions(self) -> list[str]:
        ...
    @property
    def count(self) -> int:
        ...
    @property
    def lead(self) -> str:
        ...
    @property
    def max_days_overdue(self) -> int:
        ...
class Warning:
    """
    A problem worth reporting that does not stop the work.
    """
    code: str
    field: str
    file: str
    message: str
    subject: str
    def __copy__(self) -> Warning:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Warning:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    @property
    def line(self) -> int:
        ...
    @line.setter
    def line(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class RiskScore:
    """
    Likelihood x impact, each 1-5.
    """
    def __copy__(self) -> RiskScore:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RiskScore:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, likelihood: typing.SupportsInt | typing.SupportsIndex, impact: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def impact(self) -> int:
        ...
    @impact.setter
    def impact(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def likelihood(self) -> int:
        ...
    @likelihood.setter
    def likelihood(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def score(self) -> int:
        ...
class RiskBand:
    """
    Scores from min_score up to the next band take `status`.
    """
    status: str
    def __copy__(self) -> RiskBand:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RiskBand:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, min_score: typing.SupportsInt | typing.SupportsIndex, status: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def min_score(self) -> int:
        ...
    @min_score.setter
    def min_score(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class RiskThresholds:
    """
    Bands of scores to RAG statuses.
    """
    def __copy__(self) -> RiskThresholds:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RiskThresholds:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, bands: collections.abc.Sequence[RiskBand]) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def bands(self) -> list[RiskBand]:
        """
        The bands, ascending (a copy).
        """
    @bands.setter
    def bands(self, arg1: collections.abc.Sequence[RiskBand]) -> None:
        ...
class Risk:
    """
    A risk scored before and after mitigation.
    """
    description: str
    inherent: RiskScore
    last_reviewed: datetime.date | None
    next_review: datetime.date | None
    owner: str
    reference: str
    residual: RiskScore | None
    def __copy__(self) -> Risk:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Risk:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def indicator(self) -> str:
        """
        The indicator series that shows whether the risk is materialising; empty if none.
        """
    @indicator.setter
    def indicator(self, arg0: str) -> None:
        ...
    @property
    def mitigating_actions(self) -> list[str]:
        """
        Plan action numbers (a copy).
        """
    @mitigating_actions.setter
    def mitigating_actions(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def mitigations(self) -> list[str]:
        """
        Controls in words (a copy).
        """
    @mitigations.setter
    def mitigations(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class RiskRegister:
    """
    Risks banded into RAG statuses by thresholds.
    """
    board: str
    scheme: RagScheme
    thresholds: RiskThresholds
    title: str
    def __copy__(self) -> RiskRegister:
        ...
    def __deepcopy__(self, memo: typing.Any) -> RiskRegister:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def risks(self) -> list[Risk]:
        """
        The risks (a copy); add them with add_risk.
        """
    @risks.setter
    def risks(self, arg1: collections.abc.Sequence[Risk]) -> None:
        ...
class RiskRow:
    """
    A risk scored and banded at a date.
    """
    def __repr__(self) -> str:
        ...
    @property
    def description(self) -> str:
        ...
    @property
    def inherent_score(self) -> int:
        ...
    @property
    def inherent_status(self) -> str:
        ...
    @property
    def owner(self) -> str:
        ...
    @property
    def reference(self) -> str:
        ...
    @property
    def residual_score(self) -> int | None:
        ...
    @property
    def residual_status(self) -> str | None:
        ...
    @property
    def review_due(self) -> bool:
        ...
class CrossReference:
    """
    'See 3 above': a pointer to a numbered finding.
    """
    direction: str
    text: str
    def __copy__(self) -> CrossReference:
        ...
    def __deepcopy__(self, memo: typing.Any) -> CrossReference:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def target(self) -> int:
        ...
    @target.setter
    def target(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class DiagnosticFinding:
    """
    A numbered finding and the response to it.
    """
    assessment: str
    response: str
    def __copy__(self) -> DiagnosticFinding:
        ...
    def __deepcopy__(self, memo: typing.Any) -> DiagnosticFinding:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, number: typing.SupportsInt | typing.SupportsIndex, assessment: str, response: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def line(self) -> int:
        ...
    @line.setter
    def line(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def number(self) -> int:
        ...
    @number.setter
    def number(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def references(self) -> list[CrossReference]:
        """
        Cross references in the response.
        """
    @references.setter
    def references(self, arg1: collections.abc.Sequence[CrossReference]) -> None:
        ...
class FindingProgress:
    """
    Dated progress on a finding.
    """
    date: datetime.date
    note: str
    recorded_by: str
    status: str
    def __copy__(self) -> FindingProgress:
        ...
    def __deepcopy__(self, memo: typing.Any) -> FindingProgress:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, finding: typing.SupportsInt | typing.SupportsIndex, date: datetime.date, note: str, status: str = '', recorded_by: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def finding(self) -> int:
        ...
    @finding.setter
    def finding(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Diagnostic:
    """
    Findings, responses and progress on them.
    """
    scheme: RagScheme
    title: str
    def __copy__(self) -> Diagnostic:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Diagnostic:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def findings(self) -> list[DiagnosticFinding]:
        """
        Findings in printed order (a copy).
        """
    @findings.setter
    def findings(self, arg1: collections.abc.Sequence[DiagnosticFinding]) -> None:
        ...
    @property
    def notes(self) -> list[str]:
        """
        Introductory text (a copy).
        """
    @notes.setter
    def notes(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def progress(self) -> list[FindingProgress]:
        """
        Progress by date (a copy).
        """
    @progress.setter
    def progress(self, arg1: collections.abc.Sequence[FindingProgress]) -> None:
        ...
class ResolvedReference:
    """
    A cross reference followed to its target.
    """
    def __repr__(self) -> str:
        ...
    @property
    def reference(self) -> CrossReference:
        ...
    @property
    def resolved(self) -> bool:
        ...
    @property
    def source(self) -> int:
        ...
    @property
    def target_assessment(self) -> str:
        ...
    @property
    def target_response(self) -> str:
        ...
class SelfAssessmentItem:
    """
    A numbered risk area of a self-assessment.
    """
    action_taken: str
    area: str
    at_risk: bool | None
    number: str
    owner: str
    question: str
    status: str
    when: Timescale
    def __copy__(self) -> SelfAssessmentItem:
        ...
    def __deepcopy__(self, memo: typing.Any) -> SelfAssessmentItem:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def line(self) -> int:
        ...
    @line.setter
    def line(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class SelfAssessment:
    """
    A self-assessment such as the Prevent template.
    """
    scheme: RagScheme
    title: str
    def __copy__(self) -> SelfAssessment:
        ...
    def __deepcopy__(self, memo: typing.Any) -> SelfAssessment:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def items(self) -> list[SelfAssessmentItem]:
        """
        Items in printed order (a copy).
        """
    @items.setter
    def items(self, arg1: collections.abc.Sequence[SelfAssessmentItem]) -> None:
        ...
    @property
    def notes(self) -> list[str]:
        """
        Introductory text (a copy).
        """
    @notes.setter
    def notes(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class LoadedPlan:
    """
    A loaded plan and the warnings about it.
    """
    plan: Plan
    def __repr__(self) -> str:
        ...
    @property
    def warnings(self) -> list[Warning]:
        ...
class LoadedDiagnostic:
    """
    A loaded diagnostic and the warnings about it.
    """
    diagnostic: Diagnostic
    def __repr__(self) -> str:
        ...
    @property
    def warnings(self) -> list[Warning]:
        ...
class LoadedSelfAssessment:
    """
    A loaded self-assessment and its warnings.
    """
    assessment: SelfAssessment
    def __repr__(self) -> str:
        ...
    @property
    def warnings(self) -> list[Warning]:
        ...
def add_action(plan: Plan, action: PlanAction) -> None:
    """
    Adds an action; raises ValidationError (plan unchanged) for a bad number or unknown section.
    """
def add_finding(diagnostic: Diagnostic, finding: DiagnosticFinding) -> None:
    ...
def add_item(assessment: SelfAssessment, item: SelfAssessmentItem) -> None:
    ...
def add_position_update(plan: Plan, update: PositionUpdate) -> None:
    ...
def add_position_updates(plan: Plan, updates: collections.abc.Sequence[PositionUpdate]) -> None:
    """
    Appends position updates, all or none.
    """
def add_progress(diagnostic: Diagnostic, progress: FindingProgress) -> None:
    """
    Appends progress; ValidationError leaves the diagnostic unchanged.
    """
def add_rating(plan: Plan, rating: RagRating) -> None:
    """
    Appends one rating; raises ValidationError and leaves the plan unchanged if it is bad.
    """
def add_ratings(plan: Plan, ratings: collections.abc.Sequence[RagRating]) -> None:
    """
    Appends ratings, all or none: raises ValidationError and leaves the plan unchanged if any is bad.
    """
def add_risk(register: RiskRegister, risk: Risk) -> None:
    """
    Adds a risk; ValidationError leaves the register unchanged.
    """
def add_section(plan: Plan, section: PlanSection) -> None:
    """
    Adds a section; raises ValidationError (plan unchanged) for an empty or duplicate number.
    """
def check_diagnostic(diagnostic: Diagnostic, file: str = '') -> list[Warning]:
    ...
def check_plan(plan: Plan, file: str = '') -> list[Warning]:
    """
    Every check of the plan, as warnings.
    """
def check_risks(register: RiskRegister, plan: Plan) -> list[Warning]:
    ...
def check_self_assessment(assessment: SelfAssessment, file: str = '') -> list[Warning]:
    ...
def compare_action_numbers(a: str, b: str) -> int:
    """
    Negative, zero or positive; '1.2' before '1.10'.
    """
def conventional_colour(name: str) -> str:
    """
    '#RRGGBB' for red, amber, green, blue, grey, black; '' otherwise.
    """
def days_between(start: datetime.date, end: datetime.date) -> int:
    ...
def default_rag_scheme() -> RagScheme:
    """
    The seed's key plus Blue = complete (BRAG).
    """
def default_risk_thresholds() -> RiskThresholds:
    """
    1-4 G, 5-12 A, 15-25 R.
    """
def find_action(plan: Plan, number: str) -> PlanAction | None:
    """
    The action, or None.
    """
def find_action_references(text: str) -> list[str]:
    """
    Action numbers mentioned in text: 'Links to E safety 3.7' -> ['3.7'].
    """
def find_cross_references(text: str) -> list[CrossReference]:
    ...
def find_finding(diagnostic: Diagnostic, number: typing.SupportsInt | typing.SupportsIndex) -> DiagnosticFinding | None:
    ...
def find_section(plan: Plan, number: str) -> PlanSection | None:
    """
    The section, or None.
    """
def format_plan_csv(plan: Plan, as_of: datetime.date | None = None) -> str:
    """
    The plan as CSV, each action's position and rating as of the date (the latest if None).
    """
def format_risk_register_csv(register: RiskRegister) -> str:
    """
    The register as CSV, in the form read_risk_register_csv reads.
    """
def impact_label(impact: typing.SupportsInt | typing.SupportsIndex) -> str:
    ...
def is_action_number(text: str) -> bool:
    ...
def is_sentence_lead(lead: str) -> bool:
    """
    True when a piece of a Lead cell reads as a sentence, not a role, group or person.
    """
def lead_key(lead: str) -> str:
    """
    A lead as counted: case, runs of spaces and trailing punctuation ignored.
    """
def likelihood_label(likelihood: typing.SupportsInt | typing.SupportsIndex) -> str:
    ...
def movement_between(plan: Plan, start: datetime.date, end: datetime.date) -> list[ActionMovement]:
    """
    How every action moved from `start` to `end`; ValidationError if end is before start.
    """
def movement_since_last_report(plan: Plan, date: datetime.date) -> MovementReport:
    """
    Movement from the last reporting date before `date` to `date`.
    """
def overdue_as_of(plan: Plan, date: datetime.date) -> list[OverdueAction]:
    """
    Actions due before the date and not complete by it.
    """
def overdue_by_lead(plan: Plan, date: datetime.date) -> list[LeadOverdue]:
    """
    Overdue actions grouped by lead, most overdue first.
    """
def parse_diagnostic_text(text: str, source: str, *, as_of: datetime.date | None = None, recorded_by: str = '', first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> LoadedDiagnostic:
    ...
def parse_plan_csv(text: str, source: str, *, title: str = '', board: str = '', period: str = '', scheme: RagScheme | None = None, as_of: datetime.date | None = None) -> LoadedPlan:
    ...
def parse_plan_period(text: str) -> PlanPeriod:
    """
    '2015-2018' (calendar years) or '2015/16' (financial years); never raises.
    """
def parse_plan_text(text: str, source: str, *, board: str = '', period: str = '', as_of: datetime.date | None = None, recorded_by: str = '', add_blue_complete: bool = True, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> LoadedPlan:
    """
    Parses a plan pasted from Word; `source` names it in errors.
    """
def parse_rag_key(lines: collections.abc.Sequence[str]) -> RagScheme:
    """
    Reads the entries of a printed RAG key.
    """
def parse_risk_register_csv(text: str, source: str, *, title: str = '', board: str = '', scheme: RagScheme | None = None, thresholds: RiskThresholds | None = None) -> RiskRegister:
    ...
def parse_self_assessment_text(text: str, source: str, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> LoadedSelfAssessment:
    ...
def parse_timescale(text: str) -> Timescale:
    """
    Reads 'September 2014', 'Review March 2015', 'ongoing', ...; never raises.
    """
def plan_from_rows(rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], source: str, *, title: str = '', board: str = '', period: str = '', scheme: RagScheme | None = None, as_of: datetime.date | None = None) -> LoadedPlan:
    """
    Reads a plan from a spreadsheet's rows, (row number, cells as text), the first non-blank row the header of the CSV form; errors name `source`, the row number and the column.
    """
def position_as_of(plan: Plan, action: str, date: datetime.date) -> PositionUpdate | None:
    ...
def previous_reporting_date(plan: Plan, date: datetime.date) -> datetime.date | None:
    """
    The latest reporting date strictly before the date, or None.
    """
def progress_as_of(diagnostic: Diagnostic, finding: typing.SupportsInt | typing.SupportsIndex, date: datetime.date) -> FindingProgress | None:
    ...
def rag_counts_by_section(plan: Plan, date: datetime.date) -> list[SectionRagCount]:
    """
    Counts per section and status (unrated first), zeros included.
    """
def rating_as_of(plan: Plan, action: str, date: datetime.date) -> RagRating | None:
    """
    The latest rating on or before the date; None if unrated then. NotFoundError for an unknown action.
    """
def read_diagnostic_text(path: os.PathLike | str | bytes, *, as_of: datetime.date | None = None, recorded_by: str = '', first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> LoadedDiagnostic:
    """
    Reads an Assessment / Response table pasted from Word.
    """
def read_plan_csv(path: os.PathLike | str | bytes, *, title: str = '', board: str = '', period: str = '', scheme: RagScheme | None = None, as_of: datetime.date | None = None) -> LoadedPlan:
    """
    Reads a plan kept as CSV, one row per action (scheme None: the default BRAG scheme).
    """
def read_plan_text(path: os.PathLike | str | bytes, *, board: str = '', period: str = '', as_of: datetime.date | None = None, recorded_by: str = '', add_blue_complete: bool = True, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> LoadedPlan:
    """
    Reads a plan pasted from Word; InputError names file, line and field, StorageError if unreadable.
    """
def read_risk_register_csv(path: os.PathLike | str | bytes, *, title: str = '', board: str = '', scheme: RagScheme | None = None, thresholds: RiskThresholds | None = None) -> RiskRegister:
    """
    Reads a risk register kept as CSV, one row per risk (scheme None: the seed's RAG key; thresholds None: the default banding).
    """
def read_self_assessment_text(path: os.PathLike | str | bytes) -> LoadedSelfAssessment:
    """
    Reads a self-assessment table such as the Prevent template.
    """
def reads_complete(position: str) -> bool:
    """
    True when a position or evidence text says the action is done and nothing else.
    """
def record_review(register: RiskRegister, reference: str, reviewed: datetime.date, residual: RiskScore | None = None, next_review: datetime.date | None = None) -> None:
    """
    Records a review; raises and leaves the register unchanged on failure.
    """
def reporting_dates(plan: Plan) -> list[datetime.date]:
    """
    Distinct rating dates, ascending.
    """
def resolve_references(diagnostic: Diagnostic) -> list[ResolvedReference]:
    ...
def risk_register_from_rows(rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], source: str, *, title: str = '', board: str = '', scheme: RagScheme | None = None, thresholds: RiskThresholds | None = None) -> RiskRegister:
    """
    Reads a risk register from a spreadsheet's rows, (row number, cells as text).
    """
def risk_table(register: RiskRegister, date: datetime.date) -> list[RiskRow]:
    """
    The register at the date, highest current score first.
    """
def section_number_of(action_number: str) -> str:
    ...
def seed_rag_key() -> RagScheme:
    """
    The key printed with the Pan-Lancashire CSE plan: R, A, G.
    """
def split_area(cell: str) -> tuple[str, str]:
    """
    (area, question) from an area cell.
    """
def split_leads(text: str) -> list[str]:
    ...
def state_as_of(plan: Plan, date: datetime.date) -> list[ActionState]:
    """
    Every action's state at the date, in printed order.
    """
def status_for(thresholds: RiskThresholds, score: typing.SupportsInt | typing.SupportsIndex) -> str:
    ...
def status_spells(plan: Plan, action: str, start: datetime.date, end: datetime.date) -> list[StatusSpell]:
    ...
def time_in_status(plan: Plan, action: str, start: datetime.date, end: datetime.date) -> list[StatusTime]:
    """
    Days in each status over [start, end): unrated first, then worst first.
    """
@typing.overload
def validate(scheme: RagScheme) -> None:
    """
    Raises ValidationError unless the scheme is usable.
    """
@typing.overload
def validate(plan: Plan) -> None:
    """
    Raises ValidationError if the plan breaks a rule.
    """
@typing.overload
def validate(score: RiskScore) -> None:
    ...
@typing.overload
def validate(thresholds: RiskThresholds, scheme: RagScheme) -> None:
    ...
def with_blue_complete(scheme: RagScheme) -> RagScheme:
    """
    The scheme with Blue 'Complete' added unless it has a complete status.
    """
def with_code(warnings: collections.abc.Sequence[Warning], code: str) -> list[Warning]:
    """
    The warnings with this code.
    """
