"""The board pack of one meeting, read top to bottom as it is made.

1. Read the records (:func:`boardroom.io.load_bundle`: a store, a JSON document, a folder of
   papers; a meeting folder makes a cover-and-agenda pack).
2. Resolve the board and the meeting once, and keep the board's own records.
3. Apply the disclosure gate once (:func:`boardroom.report.disclose`) for a public pack: every
   section after this sees only what may be published.
4. Build the sections, in the order officers put them: the previous meeting's attendance and
   minutes, the action log, matters arising, the action plans' RAG position, indicators, and the
   forward work plan.
5. Render them with the report's one Jinja environment (:mod:`boardroom.report._templates`).
6. Check the finished public pack for contact details (:func:`check_public`) and write it whole.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from .._core import governance as _g
from .._core.governance import AgendaPart, MeetingStatus, Register
from .._core.report import disclose, public_view
from .._dates import to_date as _to_date
from .._files import write_atomic
from ..errors import InputError, NotFoundError
from ..governance._common import BoardLike, DateLike, board_id, to_date
from ._templates import render
from .governance_sections import check_public, printed_name
from .indicator_section import example_indicators, indicators_left_out

if TYPE_CHECKING:
    import pandas as pd

    from .._core.governance import Meeting
    from .._core.io import BoardBundle
    from .._core.plans import Plan
    from .indicator_section import IndicatorBlock

__all__ = ["PackSection", "assemble_sections", "board_pack", "board_plans", "choose_meeting", "render_pack"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PackSection:
    """One section of the pack: its anchor id, heading and HTML body (already escaped)."""

    id: str
    title: str
    html: str


UnmarkedPart = Optional[Union[AgendaPart, str]]


def _unmarked_part(value: UnmarkedPart) -> Optional[AgendaPart]:
    """"public"/"I", "exempt"/"II" or an AgendaPart; None: refuse records of unknown part."""
    if value is None or isinstance(value, AgendaPart):
        return value
    key = str(value).strip().casefold()
    if key in ("public", "i", "1", "part i"):
        return AgendaPart.PUBLIC
    if key in ("exempt", "ii", "2", "part ii"):
        return AgendaPart.EXEMPT
    raise InputError(f"unmarked part {value!r}: expected 'public' or 'exempt'", field="unmarked_part")


def board_pack(
    store: str | os.PathLike[str] | None = None,
    *,
    board: str | None = None,
    meeting: str | _dt.date | None = None,
    out: str | os.PathLike[str] | None = None,
    public: bool = False,
    unmarked_part: UnmarkedPart = None,
    progress: Progress | None = None,
    checks: Mapping[str, Any] | None = None,
    indicator_series: str | os.PathLike[str] | pd.DataFrame | None = None,
) -> str:
    """Render the pack for one meeting and return the HTML (also written to ``out`` if given).

    ``store`` is a store file (``.sqlite``), a boardroom JSON document (``.json``), a folder of
    board papers (``boards.tsv`` with minutes and agendas) or a simple meeting folder
    (``meeting.csv`` + ``agenda.csv``); without it the bundled example is used: the Children's
    Partnership Board meeting of 10 December 2015 with the notes of 17 September 2015, the CSE
    action plan and the infant mortality table. ``board`` and ``meeting`` (a date or
    "YYYY-MM-DD") choose the meeting; by default the board's next meeting with an agenda.
    ``progress(step, steps, what)`` is called as sections are rendered. ``checks`` maps an action
    plan's title to its :func:`boardroom.plans.check_ratings` frame: each rating the indicator
    data contradict is flagged in that plan's RAG section. ``indicator_series`` (a frame, or a CSV
    file read by :func:`boardroom.plans.read_indicator_series`) checks every action that names an
    indicator series (:func:`boardroom.plans.check_ratings` on the bundle, as at the meeting);
    ``checks`` given for a plan take its place.

    ``public=True`` makes the pack from the disclosure gate's bundle (:func:`boardroom.report.disclose`) and checks
    the finished HTML for contact details (:func:`boardroom.report.check_public`); a minute, action or declaration
    whose part (I or II) neither it, the minutes' headings nor the meeting's agenda establish
    raises :class:`~boardroom.errors.DisclosureError` naming it, unless ``unmarked_part``
    ("public" for papers with no exempt business, or "exempt") says which part such records are in;
    for a folder of papers it is also the part of agenda items printed under no Part I / II heading.
    """
    say = progress or (lambda step, steps, what: None)
    stated = _unmarked_part(unmarked_part)
    if store is not None and (Path(store) / "meeting.csv").is_file():
        if indicator_series is not None:
            raise InputError(f"{store}: a meeting folder holds no action plan whose ratings the indicator series could check",
                             os.fspath(store), field="indicators")
        return _simple_pack(Path(store), board=board, meeting=meeting, out=out, public=public)

    # 1. The records.
    say(0, 1, "reading the board's records")
    from ..io import load_bundle

    # The pack works from the board's own records (its meetings and its task groups', their
    # attendance, minutes and actions, the people they name): every section gives the same
    # answer on them as on the whole store. A store named with its board is read for that
    # board alone (Store.load_board), in time that does not grow with the other boards; the
    # public check below then scans against those records, all that can reach the pack.
    if board is not None and store is not None and _is_store_file(store):
        from ..store import open_store

        with open_store(store, "read_only") as opened:
            bundle = opened.load_board(board)
        private = bundle.records
        # 2. The board, once.
        board_key = board_id(private, board)
    else:
        bundle = load_bundle(store, unmarked_part=stated)
        private = bundle.records
        board_key = _busiest_board(private, store) if board is None else board_id(private, board)
        bundle = _board_bundle(bundle, board_key)
    # 3. The disclosure gate, once: nothing below sees a record a public pack may not show.
    if public:
        bundle = disclose(bundle, unmarked_part=stated)
    register = bundle.records
    # 2. The meeting, once, from the view the sections get.
    chosen = choose_meeting(register, board_key, meeting)
    # The bundled example carries the infant mortality table of its item 3 (with its trend) and
    # the illustrative standardised rates, funnel plot and suppressed counts.
    indicators = example_indicators() if store is None else [indicators_left_out()]
    # 4. The sections, each from that view; 5. one document.
    if indicator_series is not None:
        from ..plans import check_ratings, read_indicator_series

        series = indicator_series if not isinstance(indicator_series, (str, os.PathLike)) else read_indicator_series(indicator_series)
        checks = {**check_ratings(bundle, series, on=chosen.date), **(checks or {})}
    sections = assemble_sections(bundle, board_key, chosen, progress=say, checks=checks)
    html = render_pack(
        chosen,
        public=public,
        indicators=indicators,
        sections=sections,
        board_line=_reporting_line(register, board_key),
        membership=_membership(register, board_key, chosen.date),
        last_changed=_last_changed(store, public),
    )
    # 6. The last check of a public pack, against the register before disclosure; then the file.
    if public:
        check_public(html, private, str(out) if out is not None else "the public pack")
    if out is not None:
        write_atomic(out, html)
    return html


def _last_changed(store: str | os.PathLike[str] | None, public: bool) -> str:
    """"1 March 2016 at 10:15 UTC by clerk" for a store's last change ("" for anything but a
    store, or a store with no audit trail); a public pack gives the time alone: who keeps the
    records is not for publication."""
    from ..io import BUNDLE_READERS
    from ..store import open_store

    if store is None or Path(store).is_dir() or Path(store).suffix.lower() in BUNDLE_READERS:
        return ""
    with open_store(store, "read_only") as opened:
        latest = opened.last_changed()
    if latest is None:
        return ""
    from .._core.core import long_date

    at = _dt.datetime.fromisoformat(latest.at.replace("Z", "+00:00"))
    when = f"{long_date(at.date())} at {at:%H:%M} UTC"
    return when if public or not latest.user else f"{when} by {latest.user}"


def _is_store_file(store: str | os.PathLike[str]) -> bool:
    """A store file, as :func:`boardroom.io.load_bundle` tells one (not a folder, nor a file
    one of its readers takes by its suffix)."""
    from ..io import BUNDLE_READERS

    return Path(store).is_file() and Path(store).suffix.lower() not in BUNDLE_READERS


def _board_bundle(bundle: BoardBundle, board: int) -> BoardBundle:
    """A bundle of the board's own records (``Register.board_records``) and everything else the
    store holds (plans, notes, ...); ``bundle`` itself is left whole, for the public check."""
    from .._core.io import BoardBundle as Bundle

    own = Bundle()
    own.records = bundle.records.board_records(board)
    own.data_quality_notes = bundle.data_quality_notes
    own.plans = bundle.plans
    own.risk_registers = bundle.risk_registers
    own.diagnostics = bundle.diagnostics
    own.self_assessments = bundle.self_assessments
    return own


def _busiest_board(register: Any, store: object) -> int:
    """Without --board: the board whose next meeting with an agenda comes first (else any
    board with meetings), so a store of one board needs no --board."""
    upcoming = [
        (m.date, m.board_id)
        for m in register.meetings
        if m.agenda and m.status != MeetingStatus.HELD
    ]
    if upcoming:
        return int(min(upcoming)[1])
    if register.meetings:
        return int(register.meetings[0].board_id)
    raise NotFoundError(f"{store or 'the example'}: holds no meetings")


def _meetings_of(register: _g.Register, board: int) -> list[_g.Meeting]:
    return sorted((register.meeting(i) for i in register.meetings_of(board)), key=lambda m: m.date)


def choose_meeting(register: _g.Register, board: int, meeting: Optional[DateLike]) -> _g.Meeting:
    """The meeting the pack is for: the one on ``meeting``, or else the board's next meeting
    with an agenda after its last held one."""
    meetings_by_id = _meetings_of(register, board)
    if meeting is not None:
        day = to_date(meeting, "meeting")
        for found in meetings_by_id:
            if found.date == day:
                return found
        dates = ", ".join(m.date.isoformat() for m in meetings_by_id) or "none"
        raise NotFoundError(f"{register.board(board).name} has no meeting on {day.isoformat()} (meetings: {dates})")
    with_agenda = [m for m in meetings_by_id if m.agenda and m.status != _g.MeetingStatus.HELD]
    if with_agenda:
        return with_agenda[0]
    if not meetings_by_id:
        raise NotFoundError(f"{register.board(board).name} has no meetings in this store")
    return meetings_by_id[-1]


def previous_meeting(register: _g.Register, board: int, before: _dt.date) -> Optional[_g.Meeting]:
    earlier = [m for m in _meetings_of(register, board) if m.date < before and m.status == _g.MeetingStatus.HELD]
    return max(earlier, key=lambda m: m.date) if earlier else None


def board_plans(bundle: BoardBundle, board: BoardLike) -> list[Plan]:
    """The action plans a pack of ``board`` shows: those whose ``board`` names it (its name or
    an alias, word order and punctuation ignored), and those that name no board of the register
    (no board at all, or an owner kept outside this store, such as a partner's plan brought to
    the board), which cannot be another board's. Plans of the store's other boards are left out.
    """
    register = bundle.records
    wanted = board_id(register, board)
    keys: dict[str, int] = {}
    for b in register.boards:
        for name in (b.name, *b.aliases):
            keys.setdefault(_g.board_name_key(name), b.id)
    shown = []
    for plan in bundle.plans:
        owner = keys.get(_g.board_name_key(plan.board)) if plan.board.strip() else None
        if owner is None or owner == wanted:
            shown.append(plan)
    return shown


def assemble_sections(
    bundle: BoardBundle,
    board: BoardLike,
    meeting: _g.Meeting,
    *,
    indicators: Sequence[IndicatorBlock] = (),
    progress: Optional[Progress] = None,
    checks: Optional[Mapping[str, pd.DataFrame]] = None,
) -> list[PackSection]:
    """Render the sections that follow the agenda for ``meeting`` of ``board`` (each a complete
    ``<section>``); the forward work plan comes last, after the indicators. The action plans'
    dashboards are those of :func:`board_plans`: the board's own, not every plan in the store;
    ``checks`` maps a plan's title to its :func:`boardroom.plans.check_ratings` frame, shown
    beside the ratings in that plan's dashboard."""
    from .governance_sections import (
        render_action_log,
        render_attendance,
        render_forward_plan,
        render_matters_arising,
    )
    from .minutes_section import render_minutes
    from .plan_section import render_plan_dashboard

    register = bundle.records
    wanted = board_id(register, board)
    before = previous_meeting(register, wanted, meeting.date)
    steps: list[tuple[str, str, Callable[[], str]]] = []
    if before is not None:
        steps.append(
            (
                "previous-meeting",
                f"Attendance at the meeting of {before.date:%-d %B %Y}",
                lambda: render_attendance(register, before.id),
            )
        )
        steps.append(
            (
                "previous-minutes",
                f"Minutes of the meeting of {before.date:%-d %B %Y}",
                lambda: render_minutes(register, before.id, meeting.date),
            )
        )
    steps.append(
        ("action-log", "Action log", lambda: render_action_log(register, wanted, meeting.date))
    )
    steps.append(
        (
            "matters-arising",
            "Matters arising",
            lambda: render_matters_arising(register, wanted, meeting.date),
        )
    )
    for index, plan in enumerate(board_plans(bundle, wanted)):
        steps.append(
            (
                f"action-plan-{index + 1}",
                plan.title,
                # Movement from the position at the board's previous meeting (else the previous
                # rating round); the data check of each rating where one was made for this plan.
                lambda plan=plan: render_plan_dashboard(  # type: ignore[misc]
                    plan, meeting.date, since=before.date if before is not None else None,
                    checks=(checks or {}).get(plan.title),
                ),
            )
        )
    steps.append(
        (
            "forward-plan",
            "Forward work plan",
            lambda: render_forward_plan(register, wanted, as_of=meeting.date),
        )
    )
    sections = []
    for done, (anchor, title, render) in enumerate(steps, start=1):
        if progress:
            progress(done, len(steps), title)
        sections.append(PackSection(anchor, title, render()))
    return sections


def render_pack(
    meeting: Meeting,
    *,
    public: bool = False,
    indicators: Sequence[IndicatorBlock] = (),
    sections: Sequence[PackSection] = (),
    board_line: str = "",
    membership: Sequence[tuple[str, str, str]] = (),
    last_changed: str = "",
) -> str:
    """Render a meeting's pack as one HTML document (a string).

    ``last_changed`` ("1 March 2016 at 10:15 UTC") is said in the footer: when the records the
    pack is made from last changed.

    With ``public=True`` the agenda is shown through :func:`public_view` (the disclosure gate's
    rule for one meeting): Part II items keep their number and the paragraph they are exempt
    under, and nothing else; ``sections`` must then come from a disclosed bundle. ``indicators`` are
    tables in the style of the seed's Table 1; ``sections`` are further sections (see
    :mod:`boardroom.report.pack`), the forward plan last, after the indicators.
    """
    from markupsafe import Markup

    shown = public_view(meeting) if public else meeting
    before = [(f"part-{s.id}", Markup(s.html)) for s in sections if s.id != "forward-plan"]
    after = [(f"part-{s.id}", Markup(s.html)) for s in sections if s.id == "forward-plan"]
    contents = [("agenda", "Agenda")]
    contents += [(f"part-{s.id}", s.title) for s in sections if s.id != "forward-plan"]
    if indicators:
        contents.append(("indicators", "Indicators"))
    contents += [(f"part-{s.id}", s.title) for s in sections if s.id == "forward-plan"]
    from .._core.core import long_date

    running_header = " \u2014 ".join(
        (shown.board, long_date(shown.date), "Public" if public else "Private")
    )
    return str(
        render(
            "pack.html.j2",
            meeting=shown,
            public=public,
            indicators=list(indicators),
            sections_before=before,
            sections_after=after,
            contents=contents,
            running_header=running_header,
            board_line=board_line,
            membership=list(membership),
            generated=_dt.date.today(),
            last_changed=last_changed,
        )
    )


_ROLE_ORDER = ("chair", "deputy chair", "member", "co-opted", "officer", "adviser")


def _membership(register: Any, board: int, day: _dt.date) -> list[tuple[str, str, str]]:
    """(role, name, on behalf of) of each membership of ``board`` active on ``day``, chair first."""
    people = {p.id: p for p in register.people}
    organisations = {o.id: o.name for o in register.organisations}
    rows = [
        (m.role.label, printed_name(people[m.person]), organisations.get(m.on_behalf_of, ""))
        for m in register.memberships
        if m.board == board and m.active_on(day) and m.person in people
    ]
    rank = {role: i for i, role in enumerate(_ROLE_ORDER)}
    return sorted(rows, key=lambda r: (rank.get(r[0], len(rank)), r[1]))


def _reporting_line(register: Any, board: int) -> str:
    """"Board -> parent -> ..." as the boards report upwards (the first parent at each step)."""
    parents: dict[int, int] = {}
    for line in register.reporting_lines:
        parents.setdefault(line.from_, line.to)
    names = []
    current, seen = board, {board}
    while current in parents and parents[current] not in seen:
        current = parents[current]
        seen.add(current)
        names.append(register.board(current).name)
    return " \u2192 ".join(names)


def _simple_pack(
    folder: Path,
    *,
    board: str | None,
    meeting: str | _dt.date | None,
    out: str | os.PathLike[str] | None,
    public: bool,
) -> str:
    """The pack of a meeting kept as meeting.csv + agenda.csv: cover and agenda."""
    from ..io import load_meeting

    loaded = load_meeting(folder)
    if board is not None and board.casefold() != loaded.board.casefold():
        raise NotFoundError(f"{folder}: holds a meeting of {loaded.board!r}, not {board!r}")
    if meeting is not None:
        wanted = _to_date(meeting, "meeting")
        if wanted != loaded.date:
            raise NotFoundError(f"{folder}: holds the meeting of {loaded.date.isoformat()}, not {wanted.isoformat()}")
    html = render_pack(loaded, public=public)
    if public:
        check_public(html, Register(), str(out) if out is not None else "the public pack")
    if out is not None:
        write_atomic(out, html)
    return html
