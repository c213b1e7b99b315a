"""Boards, people, meetings, attendance, minutes, actions and forward plans, with pandas views.

The model is the compiled :mod:`boardroom._core.governance`, re-exported here; this package
adds loading a folder of board papers, DataFrame views, the questions asked before every
meeting, and charts::

    from boardroom.governance import load_board_folder, attendance_frame, overdue_actions, draft_agenda

    papers = load_board_folder("examples/cpb-2015-09-17", unmarked_part=AgendaPart.PUBLIC)
    reg = papers.register
    attendance_frame(reg, "2015-09-17")          # who came, sent apologies, substituted
    overdue_actions(reg, "2016-01-04")           # by owner, named in full
    draft_agenda(reg, "CPB", "2016-03-10")       # standing items, matters arising, forward plan
    notes_frame(papers)                          # where the papers disagree with themselves

Records are copied in and out of the compiled core: ``reg.people`` is a new list each time,
so change a register through its methods (``add_person``, ``update_person``,
``set_action_status``, ...), which check first and leave it unchanged when they raise.
Ids are plain ints; boards may be given by id or by any name they are printed under, dates
as ``datetime.date`` or "YYYY-MM-DD".

:func:`draft_agenda` and :func:`reporting_tree` here return a DataFrame and text; the
compiled functions of the same names (returning objects) remain in
:mod:`boardroom._core.governance`.
"""

from __future__ import annotations

from .._core.governance import (
    Action,
    ActionStatus,
    AgendaItem,
    AgendaPart,
    Attendance,
    AttendanceStatus,
    Board,
    BoardKind,
    ChairChange,
    ContactDetails,
    DataQualityNote,
    DatedTitle,
    DeclarationOfInterest,
    Due,
    ForwardPlanEntry,
    InterestKind,
    InterestsRecord,
    ItemPurpose,
    Meeting,
    MeetingStatus,
    Membership,
    MinuteItem,
    MinutesApproval,
    Organisation,
    PageRange,
    Person,
    PersonName,
    QuorumCheck,
    QuorumRule,
    Register,
    ReportingLine,
    Resolution,
    Role,
    StandingItem,
    StandingPlace,
    StatusChange,
    check_quorum,
    due_date,
    exempt_paragraph_description,
    import_agenda,
    import_boards_table,
    import_minutes,
    import_work_plan,
    matters_arising,
    overrunning_task_groups,
    parse_person_name,
    read_agenda_table,
    read_attendance_list,
    read_boards_table,
    read_minutes,
    read_numbered_agenda,
    read_work_plan,
    resolve_initials,
    split_initials,
    validate,
)
from ._actions import actions_frame, draft_agenda, draft_agenda_meeting, forward_plan_frame, overdue_actions
from ._agenda import agenda_frame
from ._attendance import attendance_frame, attendance_matrix, attendance_rate
from ._build import ACTION_STATUSES, ATTENDANCE_STATUSES
from ._common import BoardLike, DateLike, MeetingLike
from ._load import BoardFolder, load_board_folder, load_contacts
from ._minutes import declarations_frame, minutes_frame, notes_frame, reporting_tree, resolutions_frame
from ._plots import plot_attendance, plot_attendance_by_organisation
from ._records import boards_frame, chair_changes_frame, meetings_frame, memberships_frame, people_frame, terms_ending

__all__ = [
    "ACTION_STATUSES",
    "ATTENDANCE_STATUSES",
    "Action",
    "ActionStatus",
    "AgendaItem",
    "AgendaPart",
    "Attendance",
    "AttendanceStatus",
    "Board",
    "BoardFolder",
    "BoardKind",
    "BoardLike",
    "ChairChange",
    "ContactDetails",
    "DataQualityNote",
    "DateLike",
    "DatedTitle",
    "DeclarationOfInterest",
    "Due",
    "ForwardPlanEntry",
    "InterestKind",
    "InterestsRecord",
    "ItemPurpose",
    "Meeting",
    "MeetingLike",
    "MeetingStatus",
    "Membership",
    "MinuteItem",
    "MinutesApproval",
    "Organisation",
    "PageRange",
    "Person",
    "PersonName",
    "QuorumCheck",
    "QuorumRule",
    "Register",
    "ReportingLine",
    "Resolution",
    "Role",
    "StandingItem",
    "StandingPlace",
    "StatusChange",
    "actions_frame",
    "agenda_frame",
    "attendance_frame",
    "attendance_matrix",
    "attendance_rate",
    "boards_frame",
    "chair_changes_frame",
    "check_quorum",
    "declarations_frame",
    "draft_agenda",
    "draft_agenda_meeting",
    "due_date",
    "exempt_paragraph_description",
    "forward_plan_frame",
    "import_agenda",
    "import_boards_table",
    "import_minutes",
    "import_work_plan",
    "load_board_folder",
    "load_contacts",
    "matters_arising",
    "meetings_frame",
    "memberships_frame",
    "minutes_frame",
    "notes_frame",
    "overdue_actions",
    "overrunning_task_groups",
    "parse_person_name",
    "people_frame",
    "plot_attendance",
    "plot_attendance_by_organisation",
    "read_agenda_table",
    "read_attendance_list",
    "read_boards_table",
    "read_minutes",
    "read_numbered_agenda",
    "read_work_plan",
    "reporting_tree",
    "resolutions_frame",
    "resolve_initials",
    "split_initials",
    "terms_ending",
    "validate",
]
