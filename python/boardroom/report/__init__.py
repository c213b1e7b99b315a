"""Board packs: one self-contained HTML file from a board's data.

A public pack is rendered from what the disclosure gate :func:`disclose` returns (Part II
records reduced to their number and Schedule 12A paragraph, contact details and data-quality
notes removed) before any section sees it, and the finished HTML is checked for contact details
(:func:`check_public`) before it is written.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import tempfile
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Optional, Union

from .._core.governance import AgendaPart, MeetingStatus, Register
from .._core.report import disclose, disclose_register, exempt_notice, html_escape, public_view
from ..errors import InputError, NotFoundError, StorageError
from .._dates import to_date
from ..examples import example_path
from ..io import BUNDLE_READERS, load_meeting, read_bundle
from .charts import CountTable, IndicatorFigure
from .indicator_section import IndicatorBlock, example_indicators
from .indicator_table import LEGEND, IndicatorTable
from .governance_sections import check_public
from .pack import PackSection, Progress

if TYPE_CHECKING:
    from .._core.governance import Meeting
    from .._core.io import BoardBundle

__all__ = [
    "CountTable",
    "IndicatorBlock",
    "IndicatorFigure",
    "IndicatorTable",
    "board_pack",
    "check_public",
    "disclose",
    "disclose_register",
    "exempt_notice",
    "html_escape",
    "public_view",
    "render_pack",
    "write_atomic",
]


@functools.lru_cache(maxsize=1)
def _environment() -> Any:
    """The pack's Jinja environment, made once: its templates are compiled on first use and
    kept (the plan dashboard of every plan reuses them)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("boardroom.report", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from .._core.core import agenda_time, long_date

    env.filters["long_date"] = long_date
    env.filters["agenda_time"] = agenda_time
    env.filters["css_string"] = css_string
    env.globals["exempt_notice"] = exempt_notice
    env.globals["legend"] = LEGEND
    return env


def css_string(text: str) -> Any:
    """``text`` as the inside of a CSS string (for a page header): every character but letters,
    digits and spaces written as a CSS escape, so no quote, backslash or markup can end it."""
    from markupsafe import Markup

    return Markup("".join(c if c.isascii() and (c.isalnum() or c == " ") else f"\\{ord(c):x} " for c in text))


def render_pack(
    meeting: Meeting,
    *,
    public: bool = False,
    indicators: Sequence[IndicatorBlock] = (),
    sections: Sequence[PackSection] = (),
    board_line: str = "",
    membership: Sequence[tuple[str, str, str]] = (),
) -> str:
    """Render a meeting's pack as one HTML document (a string).

    With ``public=True`` the agenda is shown through :func:`public_view` (the disclosure gate's
    rule for one meeting): Part II items keep their number and the paragraph they are exempt
    under, and nothing else; ``sections`` must then come from a disclosed bundle. ``indicators`` are
    tables in the style of the seed's Table 1; ``sections`` are further sections (see
    :mod:`boardroom.report.pack`), the forward plan last, after the indicators.
    """
    from markupsafe import Markup

    shown = public_view(meeting) if public else meeting
    template = _environment().get_template("pack.html.j2")
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
        template.render(
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
        )
    )


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new one, never half.

    Writes a temporary file in the same folder, flushes it to disk, then renames it over
    the target. Raises :class:`boardroom.errors.StorageError` on failure, leaving no temp file.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"{target}: cannot write here ({exc.strerror or exc})", str(target)) from exc
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(f"{target}: writing failed ({exc.strerror or exc})", str(target)) from exc
    return target


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
) -> str:
    """Render the pack for one meeting and return the HTML (also written to ``out`` if given).

    ``store`` is a store file (``.sqlite``), a boardroom JSON document (``.json``), a folder of
    board papers (``boards.tsv`` with minutes and agendas) or a simple meeting folder
    (``meeting.csv`` + ``agenda.csv``); without it the bundled example is used: the Children's
    Partnership Board meeting of 10 December 2015 with the notes of 17 September 2015, the CSE
    action plan and the infant mortality table. ``board`` and ``meeting`` (a date or
    "YYYY-MM-DD") choose the meeting; by default the board's next meeting with an agenda.
    ``progress(step, steps, what)`` is called as sections are rendered.

    ``public=True`` makes the pack from the disclosure gate's bundle (:func:`disclose`) and checks
    the finished HTML for contact details (:func:`check_public`); a minute, action or declaration
    whose part (I or II) neither it, the minutes' headings nor the meeting's agenda establish
    raises :class:`~boardroom.errors.DisclosureError` naming it, unless ``unmarked_part``
    ("public" for papers with no exempt business, or "exempt") says which part such records are in;
    for a folder of papers it is also the part of agenda items printed under no Part I / II heading.
    """
    from .pack import assemble_sections, choose_meeting

    say = progress or (lambda step, steps, what: None)
    stated = _unmarked_part(unmarked_part)
    if store is not None and (Path(store) / "meeting.csv").is_file():
        return _simple_pack(Path(store), board=board, meeting=meeting, out=out, public=public)

    say(0, 1, "reading the board's records")
    bundle = _load_bundle(store, stated)
    private = bundle.records
    if board is None:
        board_key = _busiest_board(private, store)
    else:
        from ..governance._common import board_id

        board_key = board_id(private, board)
    # The pack works from the board's own records (its meetings and its task groups', their
    # attendance, minutes and actions, the people they name): every section gives the same
    # answer on them as on the whole store, in time that does not grow with the other boards.
    bundle = _board_bundle(bundle, board_key)
    if public:
        bundle = disclose(bundle, unmarked_part=stated)
    register = bundle.records
    chosen = choose_meeting(register, board_key, meeting)
    # The bundled example carries the infant mortality table of its item 3 (with its trend) and
    # the illustrative standardised rates, funnel plot and suppressed counts.
    indicators = example_indicators() if store is None else []
    sections = assemble_sections(bundle, board_key, chosen, progress=say)
    html = render_pack(
        chosen,
        public=public,
        indicators=indicators,
        sections=sections,
        board_line=_reporting_line(register, board_key),
        membership=_membership(register, board_key, chosen.date),
    )
    if public:
        check_public(html, private, str(out) if out is not None else "the public pack")
    if out is not None:
        write_atomic(out, html)
    return html


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


def _load_bundle(store: str | os.PathLike[str] | None, unmarked_part: Optional[AgendaPart] = None) -> BoardBundle:
    from ..store import example_bundle, open_store

    if store is None:
        return example_bundle()
    path = Path(store)
    if path.is_dir():
        from .._core.io import BoardBundle as Bundle
        from ..governance import load_board_folder

        # A folder of papers read now: what is stated of unmarked business applies to its loaders too.
        folder = load_board_folder(path, unmarked_part=unmarked_part)
        bundle = Bundle()
        bundle.records = folder.register
        bundle.data_quality_notes = list(folder.notes)
        return bundle
    if path.suffix.lower() in BUNDLE_READERS:  # a JSON document or a board workbook
        return read_bundle(path)
    if not path.exists():
        raise StorageError(f"{path}: no such store, JSON document or folder", str(path))
    with open_store(path, "read_only") as opened:
        return opened.load()


_ROLE_ORDER = ("chair", "deputy chair", "member", "co-opted", "officer", "adviser")


def _membership(register: Any, board: int, day: _dt.date) -> list[tuple[str, str, str]]:
    """(role, name, on behalf of) of each membership of ``board`` active on ``day``, chair first."""
    people = {p.id: p for p in register.people}
    organisations = {o.id: o.name for o in register.organisations}
    rows = [
        (m.role.label, people[m.person].display_name, organisations.get(m.on_behalf_of, ""))
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
    loaded = load_meeting(folder)
    if board is not None and board.casefold() != loaded.board.casefold():
        raise NotFoundError(f"{folder}: holds a meeting of {loaded.board!r}, not {board!r}")
    if meeting is not None:
        wanted = to_date(meeting, "meeting")
        if wanted != loaded.date:
            raise NotFoundError(f"{folder}: holds the meeting of {loaded.date.isoformat()}, not {wanted.isoformat()}")
    html = render_pack(loaded, public=public)
    if public:
        check_public(html, Register(), str(out) if out is not None else "the public pack")
    if out is not None:
        write_atomic(out, html)
    return html
