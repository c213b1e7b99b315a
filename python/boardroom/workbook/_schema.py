"""The board workbook's sheets and columns: one sheet per kind of record, each column with
its meaning and, for a closed vocabulary, the values its drop-down offers.

This table is the one description of the workbook: the template, the export, the reader and
the ReadMe sheet are all made from it, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .._core import governance as _g

__all__ = ["Column", "SCHEMES", "SHEETS", "Sheet", "VOCABULARIES"]


def _labels(enum: type) -> tuple[str, ...]:
    members: dict[str, object] = getattr(enum, "__members__")
    return tuple(str(getattr(v, "label")) for v in members.values())


#: The RAG schemes a plan can be kept on, by the name the Plans sheet gives: their codes,
#: worst first. "BRAG" (the default) adds Blue = complete to red, amber and green.
SCHEMES: dict[str, tuple[str, ...]] = {"BRAG": ("R", "A", "G", "B"), "RAG": ("R", "A", "G")}

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "board kind": _labels(_g.BoardKind),
    "role": _labels(_g.Role),
    "meeting status": _labels(_g.MeetingStatus),
    "purpose": _labels(_g.ItemPurpose),
    "part": ("I", "II"),
    "paragraph": tuple(str(n) for n in range(1, 8)),
    "attendance status": _labels(_g.AttendanceStatus),
    "interest kind": _labels(_g.InterestKind),
    "action status": _labels(_g.ActionStatus),
    "yes/no": ("yes", "no"),
    "RAG scheme": tuple(SCHEMES),
    "RAG code": SCHEMES["BRAG"],
    "score": ("1", "2", "3", "4", "5"),
}


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    kind: str = "text"  # text, date, time, int, list (";" between entries), or a VOCABULARIES key
    required: bool = False
    width: int = 18

    @property
    def vocabulary(self) -> Optional[tuple[str, ...]]:
        return VOCABULARIES.get(self.kind)


@dataclass(frozen=True)
class Sheet:
    name: str
    meaning: str
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, meaning: str, kind: str = "text", required: bool = False, width: int = 18) -> Column:
    return Column(name, meaning, kind, required, width)


_BOARD = _c("Board", "The board, by its name or an alias on the Boards sheet", required=True, width=30)
_DATE = _c("Date", "The date of the meeting", "date", required=True, width=12)
_PART = _c("Part", "I: open to press and public; II: exempt business (Schedule 12A)", "part", width=6)
# Required where the record has no "not established" state: a blank cell must not turn a
# stored Part II item into a Part I one.
_PART_REQUIRED = _c("Part", "I: open to press and public; II: exempt business (Schedule 12A)", "part", required=True, width=6)
_PARAGRAPH = _c("Paragraph", "For Part II: the paragraph (1-7) of Schedule 12A that makes it exempt", "paragraph", width=10)
_PERSON = _c("Person", "A person, by the name on the People sheet (given and family name)", required=True, width=24)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "Boards",
        "Each board, committee or task-and-finish group, once.",
        (
            _c("Board", "Its name as printed on its own agenda", required=True, width=36),
            _c("Aliases", "Other names it is printed under (acronyms), separated by ;", "list", width=18),
            _c("Kind", "board, committee or task and finish group", "board kind", width=20),
            _c("Parent board", "The board that set it up and that it reports to, if any", width=30),
            _c("Host organisation", "The organisation that services it", width=24),
            _c("Remit", "What it is for", width=40),
            _c("Established", "When it was set up", "date", width=12),
            _c("Planned end", "Task-and-finish groups: when it should finish", "date", width=12),
            _c("Ended", "When it stood down", "date", width=12),
        ),
    ),
    Sheet(
        "People",
        "Everyone who sits on, attends or owns actions for a board, once.",
        (
            _c("Honorific", "Cllr, Dr, Mrs ... (may be blank)", width=10),
            _c("Given name", "First name, or an initial", width=14),
            _c("Family name", "Surname", required=True, width=16),
            _c("Initials", "Initials used in ACTION BY columns, if not the name's own", width=9),
            _c("Organisation", "Employer or council", width=26),
            _c("Job title", "Current job title", width=26),
            _c("Other names", "Other printed forms of the name, separated by ;", "list", width=20),
        ),
    ),
    Sheet(
        "Memberships",
        "Who sits on which board, in what role, from when to when.",
        (
            _BOARD,
            _PERSON,
            _c("Role", "chair, deputy chair, member, co-opted, officer or adviser", "role", required=True, width=14),
            _c("On behalf of", "The organisation the person represents", width=24),
            _c("Start", "First day of the membership (blank: before the records begin)", "date", width=12),
            _c("End", "Last day (blank: still a member)", "date", width=12),
            _c("Voting", "yes/no where it differs from the role's usual rights", "yes/no", width=8),
            _c("Note", "Where the facts came from", width=24),
        ),
    ),
    Sheet(
        "Meetings",
        "Each meeting of a board: one row per board and date.",
        (
            _BOARD,
            _DATE,
            _c("Start", "Start time, HH:MM", "time", width=8),
            _c("End", "Finish time, HH:MM", "time", width=8),
            _c("Venue", "Where it meets", width=30),
            _c("Status", "scheduled, to be confirmed, held or cancelled", "meeting status", width=16),
        ),
    ),
    Sheet(
        "Agenda",
        "The items of each meeting's agenda: one row per board, date and item number.",
        (
            _BOARD,
            _DATE,
            _c("Item", "The item number as printed: 1, 5a", required=True, width=6),
            _c("Title", "The item's title", required=True, width=36),
            _c("Purpose", "What the board is asked to do: Information, Action, Discuss or Decision", "purpose", width=12),
            _c("Intended outcome", "What the item should achieve", width=30),
            _c("Leads", "Who presents it, separated by ;", "list", width=20),
            _c("Pages", "Pages of the pack, as 3-10", width=8),
            _PART_REQUIRED,
            _PARAGRAPH,
            _c("Standing", "yes for an item on every agenda (apologies, minutes)", "yes/no", width=9),
            _c("Urgent reason", "For urgent business the chair admitted: the reason recorded", width=24),
        ),
    ),
    Sheet(
        "Attendance",
        "Who came to each meeting: one row per meeting and person.",
        (
            _BOARD,
            _DATE,
            _PERSON,
            _c("Status", "present, apologies, absent, substitute or in attendance", "attendance status", width=14),
            _c("Substitute for", "Substitutes: the member they stood in for", width=22),
            _c("Capacity", "Job title as printed at this meeting", width=24),
            _c("Organisation", "Organisation represented at this meeting", width=22),
            _c("Chaired", "yes if they chaired the meeting", "yes/no", width=8),
        ),
    ),
    Sheet(
        "Minutes",
        "The minute of each item: one row per board, date and item number.",
        (
            _BOARD,
            _DATE,
            _c("Item", "The item number as printed", required=True, width=6),
            _c("Title", "The minute's heading", width=30),
            _c("Text", "The narrative; paragraphs separated by a blank line", width=50),
            _c("Resolutions", "Each resolution: its preamble (Resolved that) on the first line, one part per line; "
               "resolutions separated by a blank line", width=40),
            _PART,
            _PARAGRAPH,
        ),
    ),
    Sheet(
        "Actions",
        "The action log: one row per action, raised at a meeting's item.",
        (
            _BOARD,
            _c("Date", "The date of the meeting that raised it", "date", required=True, width=12),
            _c("Item", "The minute item it was raised at", required=True, width=6),
            _c("No", "Its number among that item's actions (1, 2 ...); blank: the next", "int", width=5),
            _c("Action", "What is to be done", required=True, width=44),
            _c("Owners", "People on the People sheet, separated by ; (blank: not yet assigned)", "list", width=24),
            _c("Owners as printed", "The ACTION BY cell as printed: SA/SM", width=12),
            _c("Due", "A date, or next meeting; blank if not said", width=14),
            _c("Status", "open, in progress, done or dropped", "action status", width=12),
            _c("Status date", "When it took that status (needed unless open)", "date", width=12),
            _c("Status note", "What was reported", width=30),
            _PART,
            _PARAGRAPH,
        ),
    ),
    Sheet(
        "Plans",
        "Each action plan, once.",
        (
            _c("Plan", "The plan's title", required=True, width=40),
            _c("Board", "The board that owns it", width=30),
            _c("Period", "The years it covers: 2016-2019, 2016/17", width=12),
            _c("RAG scheme", "BRAG (R, A, G and B = complete; the default) or RAG (R, A, G)", "RAG scheme", width=11),
            _c("Notes", "Notes printed with the plan, separated by ;", "list", width=30),
        ),
    ),
    Sheet(
        "PlanActions",
        "The numbered actions of each plan: one row per plan and action number.",
        (
            _c("Plan", "The plan's title on the Plans sheet", required=True, width=30),
            _c("Section", "The section (priority) number: 1", required=True, width=8),
            _c("Section title", "The section's heading (once per section is enough)", width=28),
            _c("Action", "The action number: 1.1, 1.2a", required=True, width=8),
            _c("Text", "What is to be done", required=True, width=44),
            _c("Outcomes", "Anticipated outcomes", width=30),
            _c("Leads", "Who leads it, separated by ;", width=22),
            _c("Timescale", "When: March 2017, by 31/03/2017, ongoing", width=16),
            _c("Indicator", "The indicator series whose data should bear the rating out, named as the data names it", width=28),
        ),
    ),
    Sheet(
        "Ratings",
        "RAG ratings: one row per plan, action and date rated.",
        (
            _c("Plan", "The plan's title", required=True, width=30),
            _c("Action", "The action number", required=True, width=8),
            _c("Date", "The date of the rating", "date", required=True, width=12),
            _c("Status", "A code of the plan's scheme: R, A, G (B = complete, BRAG plans)", "RAG code", required=True, width=8),
            _c("Rated by", "Who rated it: a person, role or meeting", width=22),
            _c("Evidence", "The evidence for the rating", width=40),
        ),
    ),
    Sheet(
        "Risks",
        "Risk registers: one row per register and risk reference.",
        (
            _c("Register", "The register's title", required=True, width=28),
            _c("Board", "The board that keeps it", width=24),
            _c("Reference", "The risk's reference: R1", required=True, width=10),
            _c("Description", "The risk", width=40),
            _c("Owner", "Who owns it", width=18),
            _c("Inherent likelihood", "Before mitigation, 1 (rare) to 5 (almost certain)", "score", required=True, width=10),
            _c("Inherent impact", "Before mitigation, 1 (negligible) to 5 (catastrophic)", "score", required=True, width=10),
            _c("Residual likelihood", "After mitigation, 1-5 (blank: not yet assessed)", "score", width=10),
            _c("Residual impact", "After mitigation, 1-5", "score", width=10),
            _c("Mitigations", "Controls in place, separated by ;", "list", width=30),
            _c("Mitigating actions", "Plan action numbers that mitigate it, separated by ;", "list", width=14),
            _c("Last reviewed", "When it was last reviewed", "date", width=12),
            _c("Next review", "When it is next to be reviewed", "date", width=12),
            _c("Indicator", "The indicator series that shows whether the risk is materialising, named as the data names it", width=28),
        ),
    ),
    Sheet(
        "ForwardPlan",
        "Topics planned for future meetings: one row per board, meeting date and topic.",
        (
            _BOARD,
            _c("Meeting date", "The meeting it is planned for (blank: not yet scheduled)", "date", width=12),
            _c("Topic", "The topic", required=True, width=40),
            _c("Lead officers", "Who brings it, separated by ;", "list", width=24),
            _c("Notes", "Anything else", width=24),
            _PART_REQUIRED,
            _PARAGRAPH,
        ),
    ),
    Sheet(
        "Interests",
        "Declarations of interest at meetings: one row per declaration, or one row with None disclosed = yes.",
        (
            _BOARD,
            _DATE,
            _c("Person", "Who declared it (blank on a None disclosed row)", width=24),
            _c("Item", "The agenda item it relates to (blank: general)", width=6),
            _c("Kind", "pecuniary, non-pecuniary or other", "interest kind", width=14),
            _c("Declaration", "The declaration as minuted", width=40),
            _c("None disclosed", "yes when the minutes record that none were disclosed", "yes/no", width=9),
            _c("As minuted", "The minutes' wording for the record as a whole", width=30),
            _PART,
            _PARAGRAPH,
        ),
    ),
    Sheet(
        "Contacts",
        "Private: phone, email and postcode of people on the People sheet. Never published.",
        (
            _PERSON,
            _c("Phone", "Telephone", width=16),
            _c("Email", "Email address", width=28),
            _c("Postcode", "Postcode of a private address", width=10),
        ),
    ),
)
