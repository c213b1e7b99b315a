"""
Boards, meetings and agendas.
"""
from __future__ import annotations
import collections.abc
import datetime
import os
import typing
__all__: list[str] = ['Action', 'ActionLine', 'ActionStatus', 'AgendaDocument', 'AgendaItem', 'AgendaPart', 'Attendance', 'AttendanceEntry', 'AttendanceList', 'AttendanceStatus', 'Board', 'BoardKind', 'ChairChange', 'ContactDetails', 'DataQualityNote', 'DatedTitle', 'DeclarationOfInterest', 'DraftAgenda', 'DraftItemOrigin', 'DraftItemSource', 'Due', 'ForwardPlanEntry', 'ImportResult', 'InterestKind', 'InterestsRecord', 'ItemPart', 'ItemParts', 'ItemPurpose', 'Meeting', 'MeetingLine', 'MeetingStatus', 'MemberAttendance', 'Membership', 'MinuteItem', 'MinuteItemText', 'MinuteParagraph', 'MinutesApproval', 'MinutesDocument', 'Organisation', 'OrganisationAttendance', 'OwnerActions', 'PageRange', 'Person', 'PersonMatch', 'PersonName', 'PrintedDate', 'QuorumCheck', 'QuorumRule', 'Register', 'ReportingLine', 'ReportingNode', 'Resolution', 'ResolutionText', 'Role', 'StandingItem', 'StandingPlace', 'StatusChange', 'TaskGroupOverrun', 'TaskGroupText', 'WorkPlanDocument', 'WorkPlanRow', 'YearHint', 'attach_contacts_rows', 'attendance_by_member', 'attendance_by_organisation', 'board_name_key', 'chair_changes', 'check_quorum', 'display_name', 'draft_agenda', 'due_date', 'exempt_paragraph_description', 'exemption_stated', 'format_reporting_tree', 'full_name', 'import_agenda', 'import_boards_rows', 'import_boards_table', 'import_minutes', 'import_work_plan', 'initials_of', 'is_attendance_heading', 'is_councillor_honorific', 'is_initials_line', 'is_meeting_dates_item', 'is_procedural_item', 'is_substitution_sentence', 'item_key', 'load_contacts', 'matters_arising', 'name_matches', 'normalise_name', 'overdue_actions_by_owner', 'overrunning_task_groups', 'parse_agenda_table', 'parse_attendance_list', 'parse_meeting_line', 'parse_minutes', 'parse_numbered_agenda', 'parse_page_reference', 'parse_person_name', 'parse_roman', 'parse_work_plan', 'read_agenda_table', 'read_attendance_list', 'read_boards_table', 'read_governance_text', 'read_minutes', 'read_numbered_agenda', 'read_work_plan', 'reporting_forest', 'reporting_tree', 'required_for_quorum', 'resolution_label', 'resolve_initials', 'split_initials', 'standing_items_from', 'terms_ending_within', 'validate']
class ItemPurpose:
    """
    What the board is asked to do with an item ('Item for').
    
    Members:
    
      INFORMATION
    
      ACTION
    
      DISCUSS
    
      DECISION
    """
    ACTION: typing.ClassVar[ItemPurpose]
    DECISION: typing.ClassVar[ItemPurpose]
    DISCUSS: typing.ClassVar[ItemPurpose]
    INFORMATION: typing.ClassVar[ItemPurpose]
    __members__: typing.ClassVar[dict[str, ItemPurpose]]
    @staticmethod
    def parse(text: str) -> ItemPurpose | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: ItemPurpose) -> bool:
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
    def __ne__(self, other: ItemPurpose) -> bool:
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
class AgendaPart:
    """
    Part I (public) or Part II (exempt under Schedule 12A).
    
    Members:
    
      PUBLIC
    
      EXEMPT
    """
    EXEMPT: typing.ClassVar[AgendaPart]
    PUBLIC: typing.ClassVar[AgendaPart]
    __members__: typing.ClassVar[dict[str, AgendaPart]]
    @staticmethod
    def parse(text: str) -> AgendaPart | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: AgendaPart) -> bool:
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
    def __ne__(self, other: AgendaPart) -> bool:
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
class MeetingStatus:
    """
    Members:
    
      SCHEDULED
    
      TO_BE_CONFIRMED
    
      HELD
    
      CANCELLED
    """
    CANCELLED: typing.ClassVar[MeetingStatus]
    HELD: typing.ClassVar[MeetingStatus]
    SCHEDULED: typing.ClassVar[MeetingStatus]
    TO_BE_CONFIRMED: typing.ClassVar[MeetingStatus]
    __members__: typing.ClassVar[dict[str, MeetingStatus]]
    @staticmethod
    def parse(text: str) -> MeetingStatus | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: MeetingStatus) -> bool:
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
    def __ne__(self, other: MeetingStatus) -> bool:
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
class BoardKind:
    """
    Board, committee, or task-and-finish group.
    
    Members:
    
      BOARD
    
      COMMITTEE
    
      TASK_AND_FINISH_GROUP
    """
    BOARD: typing.ClassVar[BoardKind]
    COMMITTEE: typing.ClassVar[BoardKind]
    TASK_AND_FINISH_GROUP: typing.ClassVar[BoardKind]
    __members__: typing.ClassVar[dict[str, BoardKind]]
    @staticmethod
    def parse(text: str) -> BoardKind | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: BoardKind) -> bool:
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
    def __ne__(self, other: BoardKind) -> bool:
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
class StandingPlace:
    """
    Where a standing item goes on a draft agenda: opening run, body, closing run.
    
    Members:
    
      OPENING
    
      BODY
    
      CLOSING
    """
    BODY: typing.ClassVar[StandingPlace]
    CLOSING: typing.ClassVar[StandingPlace]
    OPENING: typing.ClassVar[StandingPlace]
    __members__: typing.ClassVar[dict[str, StandingPlace]]
    @typing.overload
    def __eq__(self, other: StandingPlace) -> bool:
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
    def __ne__(self, other: StandingPlace) -> bool:
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
class Role:
    """
    A member's role on a board.
    
    Members:
    
      CHAIR
    
      DEPUTY_CHAIR
    
      MEMBER
    
      CO_OPTED
    
      OFFICER
    
      ADVISER
    """
    ADVISER: typing.ClassVar[Role]
    CHAIR: typing.ClassVar[Role]
    CO_OPTED: typing.ClassVar[Role]
    DEPUTY_CHAIR: typing.ClassVar[Role]
    MEMBER: typing.ClassVar[Role]
    OFFICER: typing.ClassVar[Role]
    __members__: typing.ClassVar[dict[str, Role]]
    @staticmethod
    def parse(text: str) -> Role | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: Role) -> bool:
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
    def __ne__(self, other: Role) -> bool:
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
class AttendanceStatus:
    """
    How the minutes record a person.
    
    Members:
    
      PRESENT
    
      APOLOGIES
    
      ABSENT
    
      SUBSTITUTE
    
      IN_ATTENDANCE
    """
    ABSENT: typing.ClassVar[AttendanceStatus]
    APOLOGIES: typing.ClassVar[AttendanceStatus]
    IN_ATTENDANCE: typing.ClassVar[AttendanceStatus]
    PRESENT: typing.ClassVar[AttendanceStatus]
    SUBSTITUTE: typing.ClassVar[AttendanceStatus]
    __members__: typing.ClassVar[dict[str, AttendanceStatus]]
    @staticmethod
    def parse(text: str) -> AttendanceStatus | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: AttendanceStatus) -> bool:
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
    def __ne__(self, other: AttendanceStatus) -> bool:
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
class InterestKind:
    """
    Kind of a declared interest.
    
    Members:
    
      PECUNIARY
    
      NON_PECUNIARY
    
      OTHER
    """
    NON_PECUNIARY: typing.ClassVar[InterestKind]
    OTHER: typing.ClassVar[InterestKind]
    PECUNIARY: typing.ClassVar[InterestKind]
    __members__: typing.ClassVar[dict[str, InterestKind]]
    @staticmethod
    def parse(text: str) -> InterestKind | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: InterestKind) -> bool:
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
    def __ne__(self, other: InterestKind) -> bool:
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
class ActionStatus:
    """
    Status of an action; open and in progress are outstanding.
    
    Members:
    
      OPEN
    
      IN_PROGRESS
    
      DONE
    
      DROPPED
    """
    DONE: typing.ClassVar[ActionStatus]
    DROPPED: typing.ClassVar[ActionStatus]
    IN_PROGRESS: typing.ClassVar[ActionStatus]
    OPEN: typing.ClassVar[ActionStatus]
    __members__: typing.ClassVar[dict[str, ActionStatus]]
    @staticmethod
    def parse(text: str) -> ActionStatus | None:
        """
        The value a printed word names (case-insensitive); None if it names none.
        """
    @typing.overload
    def __eq__(self, other: ActionStatus) -> bool:
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
    def __ne__(self, other: ActionStatus) -> bool:
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
    def is_outstanding(self) -> bool:
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
class PageRange:
    """
    Pages of the agenda pack that carry an item's papers.
    """
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, first: typing.SupportsInt | typing.SupportsIndex, last: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def first(self) -> int:
        ...
    @property
    def last(self) -> int:
        ...
class AgendaItem:
    """
    One item of a meeting's agenda.
    """
    intended_outcome: str
    number: str
    pages: PageRange | None
    part: AgendaPart
    purpose: ItemPurpose
    standing: bool
    title: str
    def __copy__(self) -> AgendaItem:
        ...
    def __deepcopy__(self, memo: typing.Any) -> AgendaItem:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def exempt_paragraph(self) -> int:
        ...
    @exempt_paragraph.setter
    def exempt_paragraph(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def is_exempt(self) -> bool:
        ...
    @property
    def is_urgent(self) -> bool:
        ...
    @property
    def leads(self) -> list[str]:
        ...
    @leads.setter
    def leads(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def urgent_reason(self) -> str | None:
        """
        For urgent business the chair admitted, the special circumstances recorded in the minutes; None for an item on the published agenda.
        """
    @urgent_reason.setter
    def urgent_reason(self, arg0: str | None) -> None:
        ...
class Meeting:
    """
    A meeting of a board and its agenda.
    """
    board: str
    date: datetime.date
    start: datetime.time | None
    status: MeetingStatus
    venue: str
    def __copy__(self) -> Meeting:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Meeting:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def item(self, number: str) -> AgendaItem:
        """
        The item printed with this number; raises NotFoundError.
        """
    @property
    def agenda(self) -> list[AgendaItem]:
        """
        The items in printed order (a copy).
        """
    @agenda.setter
    def agenda(self, arg1: collections.abc.Sequence[AgendaItem]) -> None:
        ...
    @property
    def board_id(self) -> int:
        """
        The board in a Register; 0 if not in one.
        """
    @board_id.setter
    def board_id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def end(self) -> datetime.time | None:
        """
        When the meeting is due to finish, if printed.
        """
    @end.setter
    def end(self, arg0: datetime.time | None) -> None:
        ...
    @property
    def id(self) -> int:
        """
        Id in a Register; 0 if not in one.
        """
    @id.setter
    def id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Organisation:
    """
    An organisation people sit on boards for (Popolo Organization).
    """
    classification: str
    name: str
    def __copy__(self) -> Organisation:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Organisation:
        ...
    def __init__(self, name: str = '', *, aliases: collections.abc.Sequence[str] = [], classification: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def aliases(self) -> list[str]:
        ...
    @aliases.setter
    def aliases(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def id(self) -> int:
        """
        Id in a Register; 0 until added.
        """
    @id.setter
    def id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ContactDetails:
    """
    Private data: never part of a public export. The repr hides it.
    """
    email: str
    phone: str
    def __copy__(self) -> ContactDetails:
        ...
    def __deepcopy__(self, memo: typing.Any) -> ContactDetails:
        ...
    def __init__(self, *, phone: str = '', email: str = '', postcode: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def postcode(self) -> str:
        """
        Of a private address.
        """
    @postcode.setter
    def postcode(self, arg0: str) -> None:
        ...
class DatedTitle:
    """
    A job title held from one date to another (either may be unknown).
    """
    title: str
    def __copy__(self) -> DatedTitle:
        ...
    def __deepcopy__(self, memo: typing.Any) -> DatedTitle:
        ...
    def __init__(self, title: str = '', *, from_: datetime.date | None = None, to: datetime.date | None = None, seen_on: datetime.date | None = None) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def held_on(self, date: datetime.date) -> bool:
        ...
    @property
    def from_(self) -> datetime.date | None:
        """
        First day held, if known.
        """
    @from_.setter
    def from_(self, arg0: datetime.date | None) -> None:
        ...
    @property
    def seen_on(self) -> datetime.date | None:
        """
        A date on which the title was printed.
        """
    @seen_on.setter
    def seen_on(self, arg0: datetime.date | None) -> None:
        ...
    @property
    def to(self) -> datetime.date | None:
        """
        Last day held, if known.
        """
    @to.setter
    def to(self, arg0: datetime.date | None) -> None:
        ...
class PersonName:
    """
    A name as printed, split into its parts.
    """
    chair_marker: str
    family_name: str
    given_name: str
    honorific: str
    def __copy__(self) -> PersonName:
        ...
    def __deepcopy__(self, memo: typing.Any) -> PersonName:
        ...
    def __init__(self, printed: str) -> None:
        """
        Parses a printed name ('Cllr Yvonne Gagen', 'Rebecca Huddleston(Chair)'); raises ValidationError if empty.
        """
    def __repr__(self) -> str:
        ...
class Person:
    """
    Someone who sits on or attends boards (Popolo Person).
    """
    family_name: str
    given_name: str
    honorific: str
    def __copy__(self) -> Person:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Person:
        ...
    def __init__(self, given_name: str = '', family_name: str = '', *, honorific: str = '', initials: str = '', organisation: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def matches(self, printed: str) -> bool:
        """
        Could this printed name be this person?
        """
    def note_title(self, title: str, date: datetime.date) -> None:
        """
        Records that the person was printed with this title on this date.
        """
    def title_on(self, date: datetime.date) -> str | None:
        """
        The title held on that date, or None.
        """
    @property
    def contact(self) -> ContactDetails | None:
        """
        Private contact details, or None (a copy).
        """
    @contact.setter
    def contact(self, arg1: ContactDetails | None) -> None:
        ...
    @property
    def derived_initials(self) -> str:
        """
        The initials ACTION BY columns use: 'KT'.
        """
    @property
    def display_name(self) -> str:
        """
        'Cllr Yvonne Gagen'.
        """
    @property
    def full_name(self) -> str:
        """
        'Yvonne Gagen'.
        """
    @property
    def id(self) -> int:
        """
        Id in a Register; 0 until added.
        """
    @id.setter
    def id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def initials(self) -> str:
        """
        Initials set explicitly; empty to derive them (see initials_of / derived_initials).
        """
    @initials.setter
    def initials(self, arg0: str) -> None:
        ...
    @property
    def organisation(self) -> int:
        """
        Employer or council; 0 if unknown.
        """
    @organisation.setter
    def organisation(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def other_names(self) -> list[str]:
        """
        Other printed forms of the name.
        """
    @other_names.setter
    def other_names(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def titles(self) -> list[DatedTitle]:
        """
        Job titles with their dates (a copy).
        """
    @titles.setter
    def titles(self, arg1: collections.abc.Sequence[DatedTitle]) -> None:
        ...
class QuorumRule:
    """
    How many voting members make a meeting quorate.
    """
    class Kind:
        """
        Members:
        
          COUNT
        
          FRACTION
        """
        COUNT: typing.ClassVar[QuorumRule.Kind]
        FRACTION: typing.ClassVar[QuorumRule.Kind]
        __members__: typing.ClassVar[dict[str, QuorumRule.Kind]]
        @typing.overload
        def __eq__(self, other: QuorumRule.Kind) -> bool:
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
        def __ne__(self, other: QuorumRule.Kind) -> bool:
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
    kind: QuorumRule.Kind
    @staticmethod
    def at_least(members: typing.SupportsInt | typing.SupportsIndex) -> QuorumRule:
        ...
    @staticmethod
    def fraction(numerator: typing.SupportsInt | typing.SupportsIndex, denominator: typing.SupportsInt | typing.SupportsIndex, minimum: typing.SupportsInt | typing.SupportsIndex = 0) -> QuorumRule:
        ...
    def __copy__(self) -> QuorumRule:
        ...
    def __deepcopy__(self, memo: typing.Any) -> QuorumRule:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def required(self, voting_members: typing.SupportsInt | typing.SupportsIndex) -> int:
        """
        Voting members needed; raises ValidationError for a malformed rule.
        """
    @property
    def count(self) -> int:
        ...
    @count.setter
    def count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def denominator(self) -> int:
        ...
    @denominator.setter
    def denominator(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def minimum(self) -> int:
        ...
    @minimum.setter
    def minimum(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def numerator(self) -> int:
        ...
    @numerator.setter
    def numerator(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class StandingItem:
    """
    An item on every agenda, and where it goes.
    """
    item: AgendaItem
    place: StandingPlace
    def __copy__(self) -> StandingItem:
        ...
    def __deepcopy__(self, memo: typing.Any) -> StandingItem:
        ...
    def __init__(self, item: AgendaItem, place: StandingPlace = ...) -> None:
        ...
    def __repr__(self) -> str:
        ...
class Board:
    """
    A board, committee or task-and-finish group.
    """
    ended: datetime.date | None
    established: datetime.date | None
    kind: BoardKind
    name: str
    planned_end: datetime.date | None
    remit: str
    def __copy__(self) -> Board:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Board:
        ...
    def __init__(self, name: str = '', *, kind: BoardKind = ..., aliases: collections.abc.Sequence[str] = [], parent: typing.SupportsInt | typing.SupportsIndex = 0, remit: str = '', planned_end: datetime.date | None = None) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def is_called(self, name: str) -> bool:
        """
        True if the name or an alias is this board's.
        """
    @property
    def aliases(self) -> list[str]:
        ...
    @aliases.setter
    def aliases(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def host(self) -> int:
        """
        The organisation that services it; 0 if unknown.
        """
    @host.setter
    def host(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def id(self) -> int:
        """
        Id in a Register; 0 until added.
        """
    @id.setter
    def id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def parent(self) -> int:
        """
        The board that set up this group; 0 if none.
        """
    @parent.setter
    def parent(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def quorum(self) -> QuorumRule | None:
        """
        The quorum rule, or None (a copy).
        """
    @quorum.setter
    def quorum(self, arg1: QuorumRule | None) -> None:
        ...
    @property
    def standing_items(self) -> list[StandingItem]:
        """
        Standing items in agenda order (a copy).
        """
    @standing_items.setter
    def standing_items(self, arg1: collections.abc.Sequence[StandingItem]) -> None:
        ...
class ReportingLine:
    """
    One board reporting to another.
    """
    def __copy__(self) -> ReportingLine:
        ...
    def __deepcopy__(self, memo: typing.Any) -> ReportingLine:
        ...
    def __init__(self, from_: typing.SupportsInt | typing.SupportsIndex, to: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def from_(self) -> int:
        """
        The board that reports.
        """
    @from_.setter
    def from_(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def to(self) -> int:
        """
        The board it reports to.
        """
    @to.setter
    def to(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Membership:
    """
    Who sits on which board, in what role, for whom, from when to when.
    """
    note: str
    role: Role
    def __copy__(self) -> Membership:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Membership:
        ...
    def __init__(self, person: typing.SupportsInt | typing.SupportsIndex = 0, board: typing.SupportsInt | typing.SupportsIndex = 0, *, role: Role = ..., on_behalf_of: typing.SupportsInt | typing.SupportsIndex = 0, start: datetime.date | None = None, end: datetime.date | None = None, voting: bool | None = None, note: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def active_on(self, date: datetime.date) -> bool:
        ...
    @property
    def board(self) -> int:
        ...
    @board.setter
    def board(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def end(self) -> datetime.date | None:
        """
        None: still a member.
        """
    @end.setter
    def end(self, arg0: datetime.date | None) -> None:
        ...
    @property
    def is_voting(self) -> bool:
        ...
    @property
    def on_behalf_of(self) -> int:
        """
        Organisation represented; 0 if none.
        """
    @on_behalf_of.setter
    def on_behalf_of(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def person(self) -> int:
        ...
    @person.setter
    def person(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def start(self) -> datetime.date | None:
        """
        None: a member since before the records begin.
        """
    @start.setter
    def start(self, arg0: datetime.date | None) -> None:
        ...
    @property
    def voting(self) -> bool | None:
        """
        Voting rights when they differ from the role's usual ones.
        """
    @voting.setter
    def voting(self, arg0: bool | None) -> None:
        ...
class ChairChange:
    """
    A chair handing over to another (outgoing 0: records start here).
    """
    def __repr__(self) -> str:
        ...
    @property
    def board(self) -> int:
        ...
    @board.setter
    def board(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def date(self) -> datetime.date:
        ...
    @property
    def incoming(self) -> int:
        ...
    @incoming.setter
    def incoming(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def outgoing(self) -> int:
        ...
    @outgoing.setter
    def outgoing(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Attendance:
    """
    One person's attendance at one meeting, as minuted.
    """
    chaired: bool
    status: AttendanceStatus
    def __copy__(self) -> Attendance:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Attendance:
        ...
    def __init__(self, meeting: typing.SupportsInt | typing.SupportsIndex = 0, person: typing.SupportsInt | typing.SupportsIndex = 0, status: AttendanceStatus = ..., *, replaces: typing.SupportsInt | typing.SupportsIndex = 0, capacity: str = '', organisation: typing.SupportsInt | typing.SupportsIndex = 0, chaired: bool = False) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def capacity(self) -> str:
        """
        Job title as printed at this meeting.
        """
    @capacity.setter
    def capacity(self, arg0: str) -> None:
        ...
    @property
    def in_room(self) -> bool:
        ...
    @property
    def meeting(self) -> int:
        ...
    @meeting.setter
    def meeting(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def organisation(self) -> int:
        """
        Organisation represented at this meeting.
        """
    @organisation.setter
    def organisation(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def person(self) -> int:
        ...
    @person.setter
    def person(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def replaces(self) -> int:
        """
        Substitutes only: the member stood in for; 0 otherwise.
        """
    @replaces.setter
    def replaces(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class DeclarationOfInterest:
    """
    An interest a member declared.
    """
    item: str
    kind: InterestKind
    text: str
    def __copy__(self) -> DeclarationOfInterest:
        ...
    def __deepcopy__(self, memo: typing.Any) -> DeclarationOfInterest:
        ...
    def __init__(self, member: typing.SupportsInt | typing.SupportsIndex = 0, kind: InterestKind = ..., text: str = '', *, item: str = '', part: AgendaPart | None = None, exempt_paragraph: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def exempt_paragraph(self) -> int:
        """
        Part II: 1-7, 0 if not given.
        """
    @exempt_paragraph.setter
    def exempt_paragraph(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def member(self) -> int:
        ...
    @member.setter
    def member(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def part(self) -> AgendaPart | None:
        """
        Part I / Part II of its item; None when not established (see disclose).
        """
    @part.setter
    def part(self, arg0: AgendaPart | None) -> None:
        ...
class InterestsRecord:
    """
    A meeting's disclosure of interests; none_disclosed differs from not recorded.
    """
    as_minuted: str
    none_disclosed: bool
    def __copy__(self) -> InterestsRecord:
        ...
    def __deepcopy__(self, memo: typing.Any) -> InterestsRecord:
        ...
    def __init__(self, meeting: typing.SupportsInt | typing.SupportsIndex = 0, *, none_disclosed: bool = False, declarations: collections.abc.Sequence[DeclarationOfInterest] = [], as_minuted: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def declarations(self) -> list[DeclarationOfInterest]:
        """
        Declarations (a copy).
        """
    @declarations.setter
    def declarations(self, arg1: collections.abc.Sequence[DeclarationOfInterest]) -> None:
        ...
    @property
    def meeting(self) -> int:
        ...
    @meeting.setter
    def meeting(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Resolution:
    """
    'Resolved that; (i) ... (ii) ...': the parts, without labels.
    """
    preamble: str
    def __copy__(self) -> Resolution:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Resolution:
        ...
    def __init__(self, preamble: str = '', parts: collections.abc.Sequence[str] = []) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def parts(self) -> list[str]:
        ...
    @parts.setter
    def parts(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class MinuteItem:
    """
    The minute of one item: narrative and resolutions.
    """
    number: str
    title: str
    def __copy__(self) -> MinuteItem:
        ...
    def __deepcopy__(self, memo: typing.Any) -> MinuteItem:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def exempt_paragraph(self) -> int:
        """
        Part II: 1-7, 0 if not given.
        """
    @exempt_paragraph.setter
    def exempt_paragraph(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def meeting(self) -> int:
        ...
    @meeting.setter
    def meeting(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def paragraphs(self) -> list[str]:
        ...
    @paragraphs.setter
    def paragraphs(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def part(self) -> AgendaPart | None:
        """
        Part I / Part II, from the minutes' headings or the agenda; None when not established.
        """
    @part.setter
    def part(self, arg0: AgendaPart | None) -> None:
        ...
    @property
    def resolutions(self) -> list[Resolution]:
        """
        Resolutions (a copy).
        """
    @resolutions.setter
    def resolutions(self, arg1: collections.abc.Sequence[Resolution]) -> None:
        ...
class MinutesApproval:
    """
    Earlier minutes agreed as a correct record.
    """
    as_correct_record: bool
    as_minuted: str
    item: str
    minutes_of: datetime.date
    def __copy__(self) -> MinutesApproval:
        ...
    def __deepcopy__(self, memo: typing.Any) -> MinutesApproval:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def at(self) -> int:
        """
        The meeting that approved them.
        """
    @at.setter
    def at(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def minutes_of_meeting(self) -> int:
        """
        0 if not in the register.
        """
    @minutes_of_meeting.setter
    def minutes_of_meeting(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class StatusChange:
    """
    One dated entry of an action's status history.
    """
    date: datetime.date
    note: str
    status: ActionStatus
    def __copy__(self) -> StatusChange:
        ...
    def __deepcopy__(self, memo: typing.Any) -> StatusChange:
        ...
    def __init__(self, date: datetime.date, status: ActionStatus, note: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
class Due:
    """
    When an action is due: a date, the next meeting, or unspecified.
    """
    class Kind:
        """
        Members:
        
          UNSPECIFIED
        
          ON_DATE
        
          NEXT_MEETING
        """
        NEXT_MEETING: typing.ClassVar[Due.Kind]
        ON_DATE: typing.ClassVar[Due.Kind]
        UNSPECIFIED: typing.ClassVar[Due.Kind]
        __members__: typing.ClassVar[dict[str, Due.Kind]]
        @typing.overload
        def __eq__(self, other: Due.Kind) -> bool:
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
        def __ne__(self, other: Due.Kind) -> bool:
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
    kind: Due.Kind
    @staticmethod
    def next_meeting() -> Due:
        ...
    @staticmethod
    def on(date: datetime.date) -> Due:
        ...
    def __copy__(self) -> Due:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Due:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def date(self) -> datetime.date | None:
        """
        The date for ON_DATE; None otherwise.
        """
class Action:
    """
    An action from the minutes: owners, due date and status history.
    """
    due: Due
    text: str
    def __copy__(self) -> Action:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Action:
        ...
    def __init__(self, raised_at: typing.SupportsInt | typing.SupportsIndex = 0, text: str = '', owners: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = [], *, item: str = '', due: Due = ..., part: AgendaPart | None = None, exempt_paragraph: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def set_status(self, date: datetime.date, status: ActionStatus, note: str = '') -> None:
        """
        Appends a status change; raises ValidationError if dated before the last one.
        """
    def status_on(self, date: datetime.date) -> ActionStatus:
        """
        Status as of that date.
        """
    @property
    def exempt_paragraph(self) -> int:
        """
        Part II: 1-7, 0 if not given.
        """
    @exempt_paragraph.setter
    def exempt_paragraph(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def history(self) -> list[StatusChange]:
        """
        Status changes, oldest first (a copy).
        """
    @history.setter
    def history(self, arg1: collections.abc.Sequence[StatusChange]) -> None:
        ...
    @property
    def id(self) -> int:
        """
        Id in a Register; 0 until added.
        """
    @id.setter
    def id(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def item(self) -> str:
        """
        Minute item number where it was raised.
        """
    @item.setter
    def item(self, arg0: str) -> None:
        ...
    @property
    def owners(self) -> list[int]:
        """
        Owners' person ids (a copy).
        """
    @owners.setter
    def owners(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def owners_as_printed(self) -> str:
        """
        'SA/SM'; empty when typed in.
        """
    @owners_as_printed.setter
    def owners_as_printed(self, arg0: str) -> None:
        ...
    @property
    def part(self) -> AgendaPart | None:
        """
        Part I / Part II of the item it was raised at; None when not established.
        """
    @part.setter
    def part(self, arg0: AgendaPart | None) -> None:
        ...
    @property
    def raised_at(self) -> int:
        """
        The meeting that raised it.
        """
    @raised_at.setter
    def raised_at(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def status(self) -> ActionStatus:
        """
        Latest status (open if no history).
        """
class ForwardPlanEntry:
    """
    A forward-plan topic for a meeting (None: not yet scheduled).
    """
    meeting_date: datetime.date | None
    notes: str
    topic: str
    def __copy__(self) -> ForwardPlanEntry:
        ...
    def __deepcopy__(self, memo: typing.Any) -> ForwardPlanEntry:
        ...
    def __init__(self, board: typing.SupportsInt | typing.SupportsIndex = 0, topic: str = '', *, meeting_date: datetime.date | None = None, lead_officers: collections.abc.Sequence[str] = [], notes: str = '', part: AgendaPart = ..., exempt_paragraph: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def board(self) -> int:
        ...
    @board.setter
    def board(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def exempt_paragraph(self) -> int:
        """
        Part II: 1-7, 0 if not given.
        """
    @exempt_paragraph.setter
    def exempt_paragraph(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def lead_officers(self) -> list[str]:
        ...
    @lead_officers.setter
    def lead_officers(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def part(self) -> AgendaPart:
        """
        Part I unless marked as Part II business.
        """
    @part.setter
    def part(self, arg0: AgendaPart) -> None:
        ...
class DataQualityNote:
    """
    Where a document disagrees with itself: file, line (0: whole file), message.
    """
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, file: str, line: typing.SupportsInt | typing.SupportsIndex, message: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    @property
    def file(self) -> str:
        ...
    @property
    def line(self) -> int:
        ...
    @property
    def message(self) -> str:
        ...
class PersonMatch:
    """
    The person a printed name was matched to, or added as.
    """
    def __repr__(self) -> str:
        ...
    @property
    def added(self) -> bool:
        ...
    @property
    def ambiguous(self) -> bool:
        ...
    @property
    def id(self) -> int:
        ...
class Register:
    """
    The governance records of one or more boards. The record lists are copies: change the register through its methods (or assign a whole list, then check_references).
    """
    def __copy__(self) -> Register:
        ...
    def __deepcopy__(self, memo: typing.Any) -> Register:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def action(self, id: typing.SupportsInt | typing.SupportsIndex) -> Action:
        ...
    def add_action(self, action: Action) -> int:
        """
        Adds an action; its meeting and owners must exist. Returns the id.
        """
    def add_attendance(self, attendance: Attendance) -> None:
        """
        Records one person's attendance at a meeting (once per meeting).
        """
    def add_board(self, board: Board) -> int:
        """
        Adds a board; refuses a name already in use and a reporting cycle. Returns the id.
        """
    def add_forward_plan_entry(self, entry: ForwardPlanEntry) -> None:
        """
        Adds a forward-plan topic for a board.
        """
    def add_meeting(self, meeting: Meeting) -> int:
        """
        Adds a meeting of board_id (a date in the diary if it has no agenda); returns the id.
        """
    def add_membership(self, membership: Membership) -> None:
        """
        Adds a membership; the person, board and organisation must exist.
        """
    def add_organisation(self, organisation: Organisation) -> int:
        """
        Adds an organisation; returns its id.
        """
    def add_person(self, person: Person) -> int:
        """
        Adds a person (a family name at least); returns the id.
        """
    def add_reporting_line(self, from_: typing.SupportsInt | typing.SupportsIndex, to: typing.SupportsInt | typing.SupportsIndex) -> None:
        """
        'from_ reports to to'; raises ValidationError naming a cycle.
        """
    def attendance_at(self, meeting: typing.SupportsInt | typing.SupportsIndex) -> list[Attendance]:
        """
        The attendance records of one meeting, in the order recorded.
        """
    def board(self, id: typing.SupportsInt | typing.SupportsIndex) -> Board:
        ...
    def board_records(self, board: typing.SupportsInt | typing.SupportsIndex) -> Register:
        """
        The records one board's business needs (its meetings and its task groups', with their attendance, minutes and actions, its memberships and forward plan, the people these name, every organisation and board), as a register of their own: queries about the board answer the same on it.
        """
    def check_references(self) -> None:
        """
        Checks every cross reference; raises ValidationError listing every problem, one per line.
        """
    def find_board(self, name: str) -> int | None:
        """
        The board with this name or alias, word order ignored; None if none.
        """
    def find_meeting(self, board: typing.SupportsInt | typing.SupportsIndex, date: datetime.date) -> int | None:
        """
        The board's meeting on that date; None if none.
        """
    def find_or_add_organisation(self, name: str) -> int:
        ...
    def find_or_add_person(self, printed: str, organisation: typing.SupportsInt | typing.SupportsIndex = 0) -> PersonMatch:
        """
        The person a printed name names, preferring those of the organisation; added if none or ambiguous.
        """
    def find_organisation(self, name: str) -> int | None:
        """
        The organisation with this name or alias; None if none.
        """
    def find_people(self, printed: str) -> list[int]:
        """
        Everyone a printed name could be; more than one means ambiguous.
        """
    def find_reporting_cycle(self) -> list[int] | None:
        """
        A cycle among the reporting lines as board ids, the first repeated at the end; None if none.
        """
    def interests_at(self, meeting: typing.SupportsInt | typing.SupportsIndex) -> InterestsRecord | None:
        """
        The meeting's interests record; None if none was minuted.
        """
    def meeting(self, id: typing.SupportsInt | typing.SupportsIndex) -> Meeting:
        ...
    def meetings_of(self, board: typing.SupportsInt | typing.SupportsIndex) -> list[int]:
        """
        The board's meetings, by date.
        """
    def organisation(self, id: typing.SupportsInt | typing.SupportsIndex) -> Organisation:
        ...
    def person(self, id: typing.SupportsInt | typing.SupportsIndex) -> Person:
        ...
    def set_action_status(self, action: typing.SupportsInt | typing.SupportsIndex, date: datetime.date, status: ActionStatus, note: str = '') -> None:
        """
        Appends a dated status change to an action; raises ValidationError if dated before the last.
        """
    def update_action(self, action: Action) -> None:
        """
        Replaces the action with the same id.
        """
    def update_board(self, board: Board) -> None:
        """
        Replaces the board with the same id (to set its quorum rule, say).
        """
    def update_meeting(self, meeting: Meeting) -> None:
        """
        Replaces the meeting with the same id.
        """
    def update_organisation(self, organisation: Organisation) -> None:
        """
        Replaces the organisation with the same id.
        """
    def update_person(self, person: Person) -> None:
        """
        Replaces the person with the same id (to add contact details, say).
        """
    @property
    def actions(self) -> list[Action]:
        """
        Actions (a copy).
        """
    @actions.setter
    def actions(self, arg1: collections.abc.Sequence[Action]) -> None:
        ...
    @property
    def approvals(self) -> list[MinutesApproval]:
        """
        Approvals of earlier minutes (a copy).
        """
    @approvals.setter
    def approvals(self, arg1: collections.abc.Sequence[MinutesApproval]) -> None:
        ...
    @property
    def attendance(self) -> list[Attendance]:
        """
        Attendance records (a copy).
        """
    @attendance.setter
    def attendance(self, arg1: collections.abc.Sequence[Attendance]) -> None:
        ...
    @property
    def boards(self) -> list[Board]:
        """
        Boards, committees and groups (a copy).
        """
    @boards.setter
    def boards(self, arg1: collections.abc.Sequence[Board]) -> None:
        ...
    @property
    def forward_plan(self) -> list[ForwardPlanEntry]:
        """
        Forward-plan entries (a copy).
        """
    @forward_plan.setter
    def forward_plan(self, arg1: collections.abc.Sequence[ForwardPlanEntry]) -> None:
        ...
    @property
    def interests(self) -> list[InterestsRecord]:
        """
        Interests records, one per meeting at most (a copy).
        """
    @interests.setter
    def interests(self, arg1: collections.abc.Sequence[InterestsRecord]) -> None:
        ...
    @property
    def meetings(self) -> list[Meeting]:
        """
        Meetings (a copy).
        """
    @meetings.setter
    def meetings(self, arg1: collections.abc.Sequence[Meeting]) -> None:
        ...
    @property
    def memberships(self) -> list[Membership]:
        """
        Memberships (a copy).
        """
    @memberships.setter
    def memberships(self, arg1: collections.abc.Sequence[Membership]) -> None:
        ...
    @property
    def minutes(self) -> list[MinuteItem]:
        """
        Minute items (a copy).
        """
    @minutes.setter
    def minutes(self, arg1: collections.abc.Sequence[MinuteItem]) -> None:
        ...
    @property
    def organisations(self) -> list[Organisation]:
        """
        Organisations (a copy).
        """
    @organisations.setter
    def organisations(self, arg1: collections.abc.Sequence[Organisation]) -> None:
        ...
    @property
    def people(self) -> list[Person]:
        """
        People (a copy).
        """
    @people.setter
    def people(self, arg1: collections.abc.Sequence[Person]) -> None:
        ...
    @property
    def reporting_lines(self) -> list[ReportingLine]:
        """
        Reporting lines (a copy).
        """
    @reporting_lines.setter
    def reporting_lines(self, arg1: collections.abc.Sequence[ReportingLine]) -> None:
        ...
class OwnerActions:
    """
    One owner's overdue actions, oldest due first.
    """
    def __repr__(self) -> str:
        ...
    @property
    def actions(self) -> list[int]:
        ...
    @property
    def owner(self) -> int:
        ...
class DraftItemSource:
    """
    Why an item is on a draft agenda.
    
    Members:
    
      STANDING
    
      MATTERS_ARISING
    
      FORWARD_PLAN
    """
    FORWARD_PLAN: typing.ClassVar[DraftItemSource]
    MATTERS_ARISING: typing.ClassVar[DraftItemSource]
    STANDING: typing.ClassVar[DraftItemSource]
    __members__: typing.ClassVar[dict[str, DraftItemSource]]
    @typing.overload
    def __eq__(self, other: DraftItemSource) -> bool:
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
    def __ne__(self, other: DraftItemSource) -> bool:
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
class DraftItemOrigin:
    """
    Where one item of a draft agenda comes from.
    """
    def __repr__(self) -> str:
        ...
    @property
    def actions(self) -> list[int]:
        """
        Ids of the outstanding actions the item lists as matters arising.
        """
    @property
    def agenda_of(self) -> datetime.date | None:
        """
        Standing items: the date of the agenda copied; None for the board's own standing items.
        """
    @property
    def plan_date(self) -> datetime.date | None:
        """
        Forward-plan topics: the meeting date the forward plan gives them.
        """
    @property
    def source(self) -> DraftItemSource:
        ...
class DraftAgenda:
    """
    A draft agenda: the meeting, matters arising, unscheduled topics.
    """
    def __repr__(self) -> str:
        ...
    @property
    def matters_arising(self) -> list[int]:
        ...
    @property
    def meeting(self) -> Meeting:
        ...
    @property
    def origins(self) -> list[DraftItemOrigin]:
        """
        Where each item comes from, parallel to meeting.agenda.
        """
    @property
    def unscheduled_topics(self) -> list[ForwardPlanEntry]:
        ...
class MemberAttendance:
    """
    One person's attendance over a period.
    """
    def __repr__(self) -> str:
        ...
    @property
    def absent(self) -> int:
        ...
    @property
    def apologies(self) -> int:
        ...
    @property
    def expected(self) -> int:
        ...
    @property
    def person(self) -> int:
        ...
    @property
    def present(self) -> int:
        ...
    @property
    def rate(self) -> float:
        """
        present / expected (0 if never expected).
        """
    @property
    def substituted(self) -> int:
        ...
class OrganisationAttendance:
    """
    Was an organisation represented?
    """
    def __repr__(self) -> str:
        ...
    @property
    def attendances(self) -> int:
        ...
    @property
    def meetings_expected(self) -> int:
        ...
    @property
    def meetings_represented(self) -> int:
        ...
    @property
    def organisation(self) -> int:
        ...
    @property
    def rate(self) -> float:
        """
        meetings_represented / meetings_expected (0 if never expected).
        """
class QuorumCheck:
    """
    A meeting checked against its board's quorum rule.
    """
    def __bool__(self) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def quorate(self) -> bool:
        ...
    @property
    def required(self) -> int:
        ...
    @property
    def voting_members(self) -> int:
        ...
    @property
    def voting_present(self) -> int:
        ...
class ReportingNode:
    """
    A board and the boards that report to it.
    """
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    @property
    def board(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def reports_from(self) -> list[ReportingNode]:
        ...
class TaskGroupOverrun:
    """
    A task-and-finish group still going past its planned end.
    """
    def __repr__(self) -> str:
        ...
    @property
    def group(self) -> int:
        ...
    @property
    def last_meeting(self) -> datetime.date | None:
        ...
    @property
    def meetings_after_planned_end(self) -> int:
        ...
    @property
    def planned_end(self) -> datetime.date:
        ...
class ItemPart:
    """
    Part I, or Part II with its Schedule 12A paragraph (0: not given).
    """
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, part: AgendaPart = ..., exempt_paragraph: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def exempt_paragraph(self) -> int:
        ...
    @property
    def is_exempt(self) -> bool:
        ...
    @property
    def part(self) -> AgendaPart:
        ...
class ItemParts:
    """
    The part of every numbered item of every meeting, from agendas and minutes; one pass to build, a hash lookup per question.
    """
    def __init__(self, register: Register) -> None:
        ...
    def of_action(self, action: Action) -> ItemPart | None:
        """
        An action's own mark and that of the item it was raised at, the stricter.
        """
    def of_item(self, meeting: typing.SupportsInt | typing.SupportsIndex, number: str) -> ItemPart | None:
        """
        What the agenda and minutes of a meeting establish for an item number; None if nothing.
        """
    def of_minute(self, minute: MinuteItem) -> ItemPart | None:
        """
        A minute item's own mark and its agenda item's, the stricter.
        """
class YearHint:
    """
    Which year a date printed without one falls in.
    
    Members:
    
      ON_OR_AFTER
    
      ON_OR_BEFORE
    """
    ON_OR_AFTER: typing.ClassVar[YearHint]
    ON_OR_BEFORE: typing.ClassVar[YearHint]
    __members__: typing.ClassVar[dict[str, YearHint]]
    @typing.overload
    def __eq__(self, other: YearHint) -> bool:
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
    def __ne__(self, other: YearHint) -> bool:
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
class PrintedDate:
    """
    A date found in text, and how it was printed.
    """
    def __repr__(self) -> str:
        ...
    @property
    def begin(self) -> int:
        ...
    @property
    def date(self) -> datetime.date:
        ...
    @property
    def end(self) -> int:
        ...
    @property
    def weekday_mismatch(self) -> bool:
        """
        The printed weekday is not the date's.
        """
    @property
    def year_inferred(self) -> bool:
        """
        The year was not printed.
        """
class MeetingLine:
    """
    A meeting as a line of text announces it.
    """
    def __repr__(self) -> str:
        ...
    @property
    def before(self) -> str:
        """
        Text before the date.
        """
    @property
    def date(self) -> PrintedDate:
        ...
    @property
    def end(self) -> datetime.time | None:
        ...
    @property
    def start(self) -> datetime.time | None:
        ...
    @property
    def status(self) -> MeetingStatus:
        ...
    @property
    def venue(self) -> str:
        ...
class AttendanceEntry:
    """
    One name in an attendance list, as printed.
    """
    def __repr__(self) -> str:
        ...
    @property
    def line(self) -> int:
        ...
    @property
    def name(self) -> PersonName:
        ...
    @property
    def organisation(self) -> str:
        ...
    @property
    def other_forms(self) -> list[str]:
        ...
    @property
    def printed(self) -> str:
        ...
    @property
    def replaces(self) -> PersonName:
        """
        Substitutes only: the member replaced.
        """
    @property
    def replaces_line(self) -> int:
        ...
    @property
    def status(self) -> AttendanceStatus:
        ...
    @property
    def title(self) -> str:
        ...
class AttendanceList:
    """
    An attendance block as read.
    """
    def __repr__(self) -> str:
        ...
    def count(self, status: AttendanceStatus) -> int:
        """
        Entries with this status.
        """
    @property
    def entries(self) -> list[AttendanceEntry]:
        ...
    @property
    def notes(self) -> list[DataQualityNote]:
        ...
    @property
    def source(self) -> str:
        ...
class MinuteParagraph:
    @property
    def line(self) -> int:
        ...
    @property
    def text(self) -> str:
        ...
class ActionLine:
    """
    An action of the minutes: owners' initials printed under a paragraph, or a commitment minuted without initials (unassigned).
    """
    def __repr__(self) -> str:
        ...
    @property
    def initials(self) -> str:
        """
        As printed: 'SA/SM'.
        """
    @property
    def line(self) -> int:
        """
        Line of the initials.
        """
    @property
    def owner(self) -> str:
        """
        Unassigned only: what is printed instead of initials ('Chair').
        """
    @property
    def text(self) -> str:
        ...
    @property
    def text_line(self) -> int:
        ...
    @property
    def unassigned(self) -> bool:
        """
        Minuted without initials: no owner.
        """
class ResolutionText:
    @property
    def line(self) -> int:
        ...
    @property
    def resolution(self) -> Resolution:
        ...
class MinuteItemText:
    """
    One item of minutes as read.
    """
    def __repr__(self) -> str:
        ...
    @property
    def actions(self) -> list[ActionLine]:
        ...
    @property
    def exempt_paragraph(self) -> int:
        ...
    @property
    def line(self) -> int:
        ...
    @property
    def number(self) -> str:
        ...
    @property
    def paragraphs(self) -> list[MinuteParagraph]:
        ...
    @property
    def part(self) -> AgendaPart | None:
        ...
    @property
    def resolutions(self) -> list[ResolutionText]:
        ...
    @property
    def title(self) -> str:
        ...
class MinutesDocument:
    """
    Minutes or notes of a meeting as read.
    """
    def __repr__(self) -> str:
        ...
    @property
    def action_column(self) -> bool:
        ...
    @property
    def attendance(self) -> AttendanceList:
        ...
    @property
    def board_name(self) -> str:
        ...
    @property
    def heading(self) -> list[str]:
        ...
    @property
    def items(self) -> list[MinuteItemText]:
        ...
    @property
    def meeting(self) -> MeetingLine | None:
        ...
    @property
    def meeting_line(self) -> int:
        ...
    @property
    def notes(self) -> list[DataQualityNote]:
        ...
    @property
    def parts_marked(self) -> bool:
        """
        A Part I / Part II heading was found.
        """
    @property
    def source(self) -> str:
        ...
class AgendaDocument:
    """
    An agenda as read.
    """
    def __repr__(self) -> str:
        ...
    @property
    def heading(self) -> list[str]:
        ...
    @property
    def item_lines(self) -> list[int]:
        """
        Line of each agenda item.
        """
    @property
    def meeting(self) -> Meeting:
        ...
    @property
    def meeting_line(self) -> int:
        ...
    @property
    def notes(self) -> list[DataQualityNote]:
        ...
    @property
    def source(self) -> str:
        ...
class WorkPlanRow:
    """
    One row of a work plan (meeting_date None: not yet scheduled).
    """
    def __repr__(self) -> str:
        ...
    @property
    def date_carried(self) -> bool:
        """
        The date was carried down from the row above.
        """
    @property
    def lead_officers(self) -> list[str]:
        ...
    @property
    def line(self) -> int:
        ...
    @property
    def meeting_date(self) -> datetime.date | None:
        ...
    @property
    def notes(self) -> str:
        ...
    @property
    def topic(self) -> str:
        ...
class TaskGroupText:
    @property
    def line(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def remit(self) -> str:
        ...
class WorkPlanDocument:
    """
    A forward work plan as read.
    """
    def __repr__(self) -> str:
        ...
    @property
    def notes(self) -> list[DataQualityNote]:
        ...
    @property
    def rows(self) -> list[WorkPlanRow]:
        ...
    @property
    def source(self) -> str:
        ...
    @property
    def task_groups(self) -> list[TaskGroupText]:
        ...
    @property
    def title(self) -> str:
        ...
class ImportResult:
    """
    The meeting an import added or updated, and its notes.
    """
    def __repr__(self) -> str:
        ...
    @property
    def meeting(self) -> int:
        ...
    @property
    def notes(self) -> list[DataQualityNote]:
        ...
def attach_contacts_rows(register: Register, rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], source: str) -> list[DataQualityNote]:
    """
    The same from a sheet's rows ((row number, cells), the header first), as read from a workbook.
    """
def attendance_by_member(register: Register, board: typing.SupportsInt | typing.SupportsIndex | None = None, start: datetime.date | None = None, end: datetime.date | None = None) -> list[MemberAttendance]:
    """
    Per person, over meetings of the board (every board if None) from start to end inclusive.
    """
def attendance_by_organisation(register: Register, board: typing.SupportsInt | typing.SupportsIndex | None = None, start: datetime.date | None = None, end: datetime.date | None = None) -> list[OrganisationAttendance]:
    """
    Per organisation: meetings where it was expected, and where someone came for it.
    """
def board_name_key(name: str) -> str:
    """
    Key under which board names compare equal (word order and punctuation ignored).
    """
def chair_changes(register: Register, board: typing.SupportsInt | typing.SupportsIndex) -> list[ChairChange]:
    """
    The board's chair changes, in date order.
    """
def check_quorum(register: Register, meeting: typing.SupportsInt | typing.SupportsIndex) -> QuorumCheck:
    """
    Checks a meeting against its board's quorum rule; raises ValidationError if the board has none.
    """
def display_name(person: Person) -> str:
    ...
def draft_agenda(register: Register, board: typing.SupportsInt | typing.SupportsIndex, date: datetime.date) -> DraftAgenda:
    """
    Draft agenda for the board's meeting on date: standing items, matters arising, forward-plan topics.
    """
def due_date(register: Register, action: Action) -> datetime.date | None:
    """
    When the action falls due (its date, or the board's next meeting); None if unknown.
    """
def exempt_paragraph_description(paragraph: typing.SupportsInt | typing.SupportsIndex) -> str:
    """
    What Schedule 12A paragraph 1-7 covers.
    """
def exemption_stated(text: str) -> ItemPart | None:
    """
    Part II when text says its business is exempt ('Part II', 'not for publication', ...); None otherwise.
    """
def format_reporting_tree(node: ReportingNode) -> str:
    """
    Indented text, two spaces a level.
    """
def full_name(person: Person) -> str:
    ...
def import_agenda(register: Register, board: typing.SupportsInt | typing.SupportsIndex, document: AgendaDocument) -> ImportResult:
    """
    Imports an agenda: the meeting on its date gets it (added to the diary if absent).
    """
def import_boards_rows(register: Register, rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], source: str) -> list[int]:
    """
    Boards and reporting lines from a sheet's rows ((row number, cells), the header first), as read from a workbook; InputError names the source, the row and the column.
    """
def import_boards_table(register: Register, text: str, source: str) -> list[int]:
    """
    Boards and reporting lines from a tab-separated table (Board, Kind, Reports to, Also printed as, Source).
    """
def import_minutes(register: Register, board: typing.SupportsInt | typing.SupportsIndex, document: MinutesDocument, *, default_organisation: str = '', action_due: Due = ..., memberships_from_attendance: bool = False, unmarked_part: AgendaPart | None = None) -> ImportResult:
    """
    Imports minutes of a meeting of board: attendance, chair, items (with the part their Part I / Part II headings give; unmarked_part for items under none), interests, approvals, actions with owners resolved from their initials. Raises InputError (file, line, field 'ACTION BY') for unknown or ambiguous initials; the register is unchanged if it raises.
    """
def import_work_plan(register: Register, board: typing.SupportsInt | typing.SupportsIndex, document: WorkPlanDocument) -> list[DataQualityNote]:
    """
    Imports forward-plan entries and task groups for board; returns the notes.
    """
def initials_of(person: Person) -> str:
    ...
def is_attendance_heading(line: str) -> bool:
    ...
def is_councillor_honorific(honorific: str) -> bool:
    ...
def is_initials_line(line: str) -> bool:
    ...
def is_meeting_dates_item(title: str) -> bool:
    ...
def is_procedural_item(title: str) -> bool:
    ...
def is_substitution_sentence(line: str) -> bool:
    ...
def item_key(number: str) -> str:
    """
    The one form item numbers are compared in: '7.', '07', 'Item 7' -> '7'; '5A' -> '5a'.
    """
def load_contacts(register: Register, path: os.PathLike | str | bytes) -> list[DataQualityNote]:
    """
    Attaches the contact details of a contacts table (tab-separated text, or .csv) to people of the register (private data). InputError names file, line and field for unknown people or a malformed email; the register is unchanged if it raises. Returns the data-quality notes.
    """
def matters_arising(register: Register, board: typing.SupportsInt | typing.SupportsIndex, as_of: datetime.date) -> list[int]:
    """
    Ids of the actions outstanding on as_of from the board's earlier meetings, oldest meeting first.
    """
def name_matches(person: Person, printed: PersonName) -> bool:
    ...
def normalise_name(name: str) -> str:
    """
    Key for comparing names: lower case words, '&' read as 'and', punctuation dropped.
    """
def overdue_actions_by_owner(register: Register, as_of: datetime.date) -> list[OwnerActions]:
    """
    Outstanding actions due before as_of, grouped by owner (joint actions under each), owners by family name.
    """
def overrunning_task_groups(register: Register, as_of: datetime.date) -> list[TaskGroupOverrun]:
    """
    Task-and-finish groups not stood down whose planned end is before as_of.
    """
def parse_agenda_table(text: str, source: str, unmarked_part: AgendaPart | None = None, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> AgendaDocument:
    """
    Parses an agenda pasted from a Word table. Items under no Part I/II line are an InputError unless unmarked_part says which part they are in.
    """
def parse_attendance_list(text: str, source: str, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> AttendanceList:
    """
    Parses an attendance block; raises InputError naming source, line and field.
    """
def parse_meeting_line(text: str, reference: datetime.date | None = None, hint: YearHint = ...) -> MeetingLine | None:
    """
    The meeting a line announces; None if it holds no date.
    """
def parse_minutes(text: str, source: str, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> MinutesDocument:
    """
    Parses minutes; raises InputError naming source, line and field.
    """
def parse_numbered_agenda(text: str, source: str, unmarked_part: AgendaPart | None = None, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> AgendaDocument:
    """
    Parses a numbered-list agenda ('3. Minutes of the Meeting held on ... (Pages 1 - 8)').
    """
def parse_page_reference(text: str) -> PageRange | None:
    """
    '(Pages 3 - 10)' -> PageRange(3, 10).
    """
def parse_person_name(printed: str) -> PersonName:
    """
    Splits a printed name into honorific, given and family name, and a '(Chair)' marker.
    """
def parse_roman(text: str) -> int:
    """
    'iv' -> 4; 0 if not a roman numeral.
    """
def parse_work_plan(text: str, source: str, first_line: typing.SupportsInt | typing.SupportsIndex = 1) -> WorkPlanDocument:
    """
    Parses a forward work plan; raises InputError naming source, line and field.
    """
def read_agenda_table(path: os.PathLike | str | bytes, unmarked_part: AgendaPart | None = None) -> AgendaDocument:
    ...
def read_attendance_list(path: os.PathLike | str | bytes) -> AttendanceList:
    ...
def read_boards_table(register: Register, path: os.PathLike | str | bytes) -> list[int]:
    """
    Reads a boards table file into the register; returns the board ids.
    """
def read_governance_text(path: os.PathLike | str | bytes) -> str:
    """
    A text file, whole, decoded as every loader decodes (UTF-8, else Windows-1252 converted); raises StorageError naming the path, InputError naming line and byte offset for bytes in neither encoding.
    """
def read_minutes(path: os.PathLike | str | bytes) -> MinutesDocument:
    ...
def read_numbered_agenda(path: os.PathLike | str | bytes, unmarked_part: AgendaPart | None = None) -> AgendaDocument:
    ...
def read_work_plan(path: os.PathLike | str | bytes) -> WorkPlanDocument:
    ...
def reporting_forest(register: Register) -> list[ReportingNode]:
    """
    A tree for every board that reports to no one.
    """
def reporting_tree(register: Register, root: typing.SupportsInt | typing.SupportsIndex) -> ReportingNode:
    """
    The boards reporting (directly or not) to root, as a tree.
    """
def required_for_quorum(rule: QuorumRule, voting_members: typing.SupportsInt | typing.SupportsIndex) -> int:
    ...
def resolution_label(index: typing.SupportsInt | typing.SupportsIndex) -> str:
    """
    '(i)', '(ii)', ... for a 0-based index.
    """
def resolve_initials(register: Register, meeting: typing.SupportsInt | typing.SupportsIndex, printed: str) -> list[int]:
    """
    The people ACTION BY initials ('SA/SM') name at a meeting; raises ValidationError naming unknown or ambiguous initials.
    """
def split_initials(printed: str) -> list[str]:
    """
    'SA/SM' -> ['SA', 'SM'].
    """
def standing_items_from(agenda: Meeting) -> list[StandingItem]:
    """
    The standing items of a printed agenda, with their places.
    """
def terms_ending_within(register: Register, start: datetime.date, days: typing.SupportsInt | typing.SupportsIndex) -> list[Membership]:
    """
    Memberships whose end date falls within days of start (inclusive), soonest first.
    """
def validate(meeting: Meeting) -> None:
    """
    Checks the agenda rules; raises ValidationError naming the item.
    """
