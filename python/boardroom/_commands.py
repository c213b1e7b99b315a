"""The record-keeping commands: template, import, new, action, rate and log.

Each command that writes does so in one store transaction, recorded in the store's audit
trail with the user (``--user``, else the login name); errors are one line, raised as
boardroom errors for ``boardroom.cli.main`` to print.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

from .errors import BoardroomError, InputError, NotFoundError, StorageError

__all__ = [
    "IMPORT_SOURCES",
    "add_parsers",
    "need_openpyxl",
    "run_action",
    "run_import",
    "run_log",
    "run_new",
    "run_rate",
    "run_template",
]

RAG_HELP = (
    "STATUS is a code of the plan's RAG scheme: R (red: off track), A (amber: at risk), G (green: on track) "
    "and, on BRAG plans (the default), B (blue: complete); the scheme's labels work too (Amber)"
)


def _user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME", help="who makes the change, for the audit trail (default: your login name)")


def add_parsers(commands: Any) -> None:
    """Adds the record-keeping commands to the ``boardroom`` command line."""
    template = commands.add_parser(
        "template",
        help="write the empty board workbook",
        description="Write the board workbook (.xlsx): one sheet per kind of record, with drop-downs for every "
        "closed list and a ReadMe sheet explaining each column. Fill it in and bring it in with boardroom import.",
    )
    template.add_argument("file", help="the workbook to write, such as board.xlsx")

    imports = commands.add_parser(
        "import",
        help="bring records into a store from workbooks or JSON",
        description="Bring records into a store from board workbooks (.xlsx) and boardroom JSON documents "
        "(.json): rows the store holds are updated, new rows added, and nothing else touched, all in one "
        "transaction. Importing an unchanged file changes nothing.",
    )
    imports.add_argument("store", help="the store to update")
    imports.add_argument(
        "files", nargs="*", metavar="FILE", help="workbooks (.xlsx), JSON documents (.json), Word agendas or minutes (.docx)"
    )
    imports.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    _user_option(imports)

    new = commands.add_parser(
        "new",
        help="create a store for a new board",
        description="Create a store holding one new board, ready for its members, meetings and plans.",
    )
    new.add_argument("store", help="the store file to create")
    new.add_argument("--board", required=True, metavar="NAME", help="the board's name, as on its agenda")
    _user_option(new)

    action = commands.add_parser(
        "action",
        help="record an action's progress between meetings",
        description="Record a change of an action's status. REF is the action as the workbook's Actions sheet "
        "names it, DATE/ITEM/NO (2016-03-01/4/1: the first action of item 4 of the meeting of 1 March 2016; "
        "DATE/ITEM when the item raised one action), or its number in the store.",
    )
    action.add_argument("store", help="the store")
    action.add_argument("ref", help="the action: DATE/ITEM/NO, DATE/ITEM or its id")
    action.add_argument("--status", required=True, choices=("done", "open", "dropped"), help="its new status")
    action.add_argument("--on", required=True, metavar="DATE", help="when, YYYY-MM-DD")
    action.add_argument("--note", default="", metavar="TEXT", help="what was reported")
    action.add_argument("--board", metavar="NAME", help="the board, when several met on DATE")
    _user_option(action)

    rate = commands.add_parser(
        "rate",
        help="rate a plan action (RAG)",
        description=f"Record a RAG rating of a plan's action. {RAG_HELP}.",
        epilog="Example: boardroom rate board.sqlite 'Health and Wellbeing Action Plan' 1.2 A --on 2016-06-30",
    )
    rate.add_argument("store", help="the store")
    rate.add_argument("plan", help="the plan, by its title (or its id)")
    rate.add_argument("action", help="the action number, such as 1.2")
    rate.add_argument("status", help="R, A, G or B (see above)")
    rate.add_argument("--on", required=True, metavar="DATE", help="the date of the rating, YYYY-MM-DD")
    rate.add_argument("--by", default="", metavar="NAME", help="who rated it: a person, role or meeting")
    rate.add_argument("--evidence", default="", metavar="TEXT", help="the evidence for the rating")
    _user_option(rate)

    log = commands.add_parser(
        "log", help="show who changed what in a store", description="The store's audit trail, newest first."
    )
    log.add_argument("store", help="the store")
    log.add_argument("--since", metavar="DATE", help="only changes on or after this day (UTC), YYYY-MM-DD")


def _say(message: str) -> None:
    print(f"boardroom: {message}", file=sys.stderr, flush=True)


def _date(text: str, option: str) -> _dt.date:
    from ._dates import to_date

    try:
        return to_date(text, option)
    except InputError:
        reason = f"{text!r} is not a date in the form YYYY-MM-DD"
        raise InputError(f"{option}: {reason}", field=option, reason=reason) from None


def need_openpyxl() -> None:
    """One line saying what to install when the board workbook's library is missing."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise BoardroomError("the board workbook needs openpyxl: pip install 'boardroom-governance[excel]'") from None


def run_template(args: argparse.Namespace) -> int:
    from .workbook import write_template

    need_openpyxl()
    path = Path(args.file)
    if path.exists():
        raise StorageError(f"{path}: already exists; template writes a new workbook (move the old one first)", str(path))
    write_template(path)
    _say(f"wrote the board workbook to {path}: fill it in, then run boardroom import STORE {path}")
    return 0


def _word_source(args: argparse.Namespace) -> Optional[tuple[str, Any]]:
    from ._importing import word_source

    return word_source(args)


def _moderngov_source(args: argparse.Namespace) -> Optional[tuple[str, Any]]:
    from ._importing import moderngov_source

    return moderngov_source(args)


#: Where ``boardroom import`` can read records from besides files (files are read by suffix
#: through ``boardroom.io.BUNDLE_READERS``): a source that is not a file (a feed named by
#: options) adds its options to the import parser in :func:`add_parsers` and an entry here,
#: name -> a function of the parsed arguments giving (its name for the report, its bundle),
#: or None when its options were not given. Every source goes through one import_records.
IMPORT_SOURCES: dict[str, Callable[[argparse.Namespace], Optional[tuple[str, Any]]]] = {
    "FILE.docx": _word_source,
    "--moderngov": _moderngov_source,
}


def run_import(args: argparse.Namespace) -> int:
    from ._import import merge_bundle
    from ._import_report import ImportReport
    from ._importing import is_option_file
    from .io import read_bundle
    from .store import import_records

    if any(Path(f).suffix.lower() == ".xlsx" for f in args.files):
        need_openpyxl()
    # Before reading: a web service is not asked for a committee that has nowhere to go.
    if not Path(args.store).exists():
        raise StorageError(f"{args.store}: no such store; create it with boardroom new or boardroom init", args.store)
    # Every source is read before anything is written: one unreadable file stops the import.
    # Word documents are read by their source below, with the command's --board and --unmarked-part.
    sources: list[tuple[str, Any]] = [(Path(f).name, read_bundle(f)) for f in args.files if not is_option_file(f)]
    for read in IMPORT_SOURCES.values():
        found = read(args)
        if found is not None:
            sources.append(found)
    if not sources:
        raise InputError(
            "import: name at least one file to import (a board workbook .xlsx, a JSON document or a Word "
            "agenda or minutes .docx), or --moderngov URL --committee ID"
        )
    incoming = sources[0][1]
    for _, more in sources[1:]:  # several sources: one bundle, so one transaction
        incoming = merge_bundle(incoming, more, ImportReport(store=""))
    names = ", ".join(name for name, _ in sources)
    report = import_records(args.store, incoming, dry_run=args.dry_run, user=args.user, source=names)
    print(report)
    return 0


def run_new(args: argparse.Namespace) -> int:
    from ._core import governance as _g
    from ._core.io import BoardBundle
    from ._import import apply_records
    from .store import init_store

    name = " ".join(args.board.split())
    if not name:
        raise InputError("--board: the board needs a name", field="--board", reason="the board needs a name")
    path = Path(args.store)
    if path.exists():
        raise StorageError(f"{path}: already exists; new makes a store for a new board", str(path))
    bundle = BoardBundle()
    records = _g.Register()
    records.add_board(_g.Board(name))
    bundle.records = records
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path}: cannot make its folder ({exc.strerror or exc})", str(path)) from exc
    init_store(path, user=args.user)
    apply_records(path, bundle, user=args.user, source="new", operation="new")
    _say(f"created {path} for {name}; add members, meetings and plans with boardroom import (see boardroom template)")
    return 0


_REF = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*/\s*([^/]+?)\s*(?:/\s*(\d+))?\s*$")


def _find_action(register: Any, ref: str, board: Optional[str]) -> int:
    from ._core import governance as _g
    from ._merge_meetings import action_numbers

    if ref.strip().isdigit():
        wanted = int(ref)
        if not any(a.id == wanted for a in register.actions):
            raise NotFoundError(f"no action {wanted} in the store")
        return wanted
    match = _REF.match(ref)
    if match is None:
        raise InputError(f"REF {ref!r}: name the action as DATE/ITEM/NO (2016-03-01/4/1), DATE/ITEM, or its id")
    day = _date(match[1], "REF")
    item, number = _g.item_key(match[2]), int(match[3]) if match[3] else None
    board_id = None
    if board is not None:
        board_id = register.find_board(board)
        if board_id is None:
            raise NotFoundError(f"--board: no board called {board!r} in the store")
    meetings = {m.id: m for m in register.meetings if m.date == day and (board_id is None or m.board_id == board_id)}
    found = [
        (a, n)
        for a, n in zip(register.actions, action_numbers(register.actions))
        if a.raised_at in meetings and _g.item_key(a.item) == item and (number is None or n == number)
    ]
    if not found:
        raise NotFoundError(f"no action {ref} in the store (no meeting on {day.isoformat()} raised it)")
    boards = {meetings[a.raised_at].board_id for a, _ in found}
    if len(boards) > 1:
        raise InputError(f"REF {ref}: several boards met on {day.isoformat()}; say which with --board")
    if len(found) > 1:
        raise InputError(f"REF {ref}: item {match[2]} raised {len(found)} actions; add the number, {ref}/1 to {ref}/{len(found)}")
    return int(found[0][0].id)


def run_action(args: argparse.Namespace) -> int:
    from ._core import governance as _g
    from .store import open_store

    day = _date(args.on, "--on")
    status = _g.ActionStatus.parse(args.status)
    assert status is not None  # argparse allowed only known words
    with open_store(args.store, user=args.user) as store:
        action = _find_action(store.load_register(), args.ref, args.board)
        store.record_action_status(action, day, status, args.note)
    _say(f"recorded action {args.ref} as {status.label} on {day.isoformat()}")
    return 0


def run_rate(args: argparse.Namespace) -> int:
    from ._core import plans as _p
    from .store import open_store

    day = _date(args.on, "--on")
    with open_store(args.store, user=args.user) as store:
        plans = store.load_plans()
        wanted = " ".join(args.plan.lower().split())
        found = [p for p in plans if " ".join(p.title.lower().split()) == wanted or str(p.id) == args.plan.strip()]
        if not found:
            titles = "; ".join(p.title for p in plans) or "none"
            raise NotFoundError(f"no plan {args.plan!r} in the store (it holds: {titles})")
        plan = found[0]
        if _p.find_action(plan, args.action) is None:
            raise NotFoundError(f"plan {plan.title!r} has no action {args.action}")
        status = plan.scheme.find(args.status)
        if status is None:
            codes = ", ".join(f"{s.code} ({s.label})" for s in plan.scheme.statuses)
            raise InputError(f"STATUS {args.status!r} is not in the plan's RAG scheme: use one of {codes}")
        rating = _p.RagRating(action=args.action, date=day, status=status.code, rated_by=args.by, note=args.evidence)
        store.add_rating(plan.id, rating)
    _say(f"rated {plan.title} action {args.action} {status.code} ({status.label}) on {day.isoformat()}")
    return 0


def run_log(args: argparse.Namespace) -> int:
    from .store import open_store

    since = _date(args.since, "--since") if args.since else None
    with open_store(args.store, "read_only") as store:
        if store.schema_version < 5:
            raise StorageError(f"{args.store}: this store predates the audit trail; open it with boardroom import "
                               "or any change to upgrade it", args.store)
        entries = store.audit_trail(since)
    if not entries:
        print("no changes recorded" + (f" since {since.isoformat()}" if since else ""))
    for e in entries:
        change = e.record
        if e.field:
            change += f": {e.field} {_shown(e.old_value)} -> {_shown(e.new_value)}"
        elif e.new_value:
            change += f": {e.new_value}"
        print(f"{e.at}  {e.user}  {e.operation}  {change}")
    return 0


def _shown(value: str) -> str:
    if not value:
        return "(blank)"
    one_line = " / ".join(part.strip() for part in value.splitlines() if part.strip())
    return repr(one_line if len(one_line) <= 60 else one_line[:57] + "...")
