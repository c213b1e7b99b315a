"""The ``boardroom`` command line.

    boardroom pack [STORE] [--board NAME] [--meeting DATE] [--out FILE] [--public [--unmarked-part public|exempt]] [--pdf FILE]
                   [--indicators FILE.csv]
    boardroom init STORE [--example]
    boardroom export STORE --out FILE [--public [--unmarked-part public|exempt] | --popolo]
    boardroom export STORE --xlsx FILE
    boardroom template FILE.xlsx
    boardroom import STORE [FILE.xlsx|.json|.docx ...] [--moderngov URL --committee ID [--from DATE] [--to DATE]] [--dry-run] [--user NAME]
    boardroom new STORE --board NAME
    boardroom action STORE REF --status done|open|dropped --on DATE [--note TEXT]
    boardroom rate STORE PLAN ACTION STATUS --on DATE [--by NAME] [--evidence TEXT]
    boardroom log STORE [--since DATE]
    boardroom agenda STORE [--board B] --meeting DATE --out FILE.docx|.xlsx|.html [--public]
    boardroom minutes STORE [--board B] --meeting DATE --out FILE.docx [--public]
    boardroom calendar STORE [--board B] --out FILE.ics [--pack-url URL]

Progress and errors go to stderr in plain words (a bar when stderr is a terminal); the exit
code is 0 on success, 1 when the data or files are at fault, 2 for a malformed command line.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.etree.ElementTree import ParseError

from ._commands import add_parsers as add_record_commands
from ._core import __version__
from .errors import BoardroomError, StorageError

__all__ = ["main"]


def _say(message: str) -> None:
    print(f"boardroom: {message}", file=sys.stderr, flush=True)


# What a file can cause besides boardroom's own errors: an unreadable file or folder, text in
# no encoding, a malformed CSV, and a damaged workbook (openpyxl reads .xlsx as a zip of XML).
_FILE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    UnicodeError,
    csv.Error,
    zipfile.BadZipFile,
    zlib.error,
    ParseError,
    EOFError,
)


def _file_errors() -> tuple[type[BaseException], ...]:
    try:
        from openpyxl.utils.exceptions import InvalidFileException
    except ImportError:  # openpyxl is optional
        return _FILE_ERRORS
    return (*_FILE_ERRORS, InvalidFileException)


def _one_line(error: BaseException) -> str:
    """The error as one line: several problems are joined, an OSError names its file."""
    if isinstance(error, OSError) and not isinstance(error, BoardroomError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        text = f"{where}{error.strerror}"
    else:
        text = str(error) or type(error).__name__
    line = ""
    for part in (p.strip() for p in text.splitlines()):
        if part:
            line += ("" if not line else " " if line.endswith(":") else "; ") + part
    return line


class _Progress:
    """Steps of a long job on stderr: a bar redrawn in place on a terminal, lines otherwise."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._drawn = False

    def __call__(self, step: int, steps: int, what: str) -> None:
        if not self._tty:
            _say(f"[{step}/{steps}] {what}" if steps > 1 else what)
            return
        width = 24
        filled = width * step // max(steps, 1)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\rboardroom: [{bar}] {step}/{steps} {what[:48]:<48}")
        sys.stderr.flush()
        self._drawn = True

    def done(self) -> None:
        if self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boardroom",
        description="Partnership board governance, action plans and indicator statistics.",
    )
    parser.add_argument("--version", action="version", version=f"boardroom {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    pack = commands.add_parser(
        "pack",
        help="render a meeting's board pack to one HTML file",
        description="Render a meeting's board pack to one self-contained HTML file. Without STORE, renders "
        "the bundled example: the South Ribble, Chorley & West Lancashire Children's Partnership Board "
        "meeting of 10 December 2015.",
    )
    pack.add_argument(
        "store",
        nargs="?",
        help="a store (.sqlite), a boardroom JSON document (.json), a board workbook (.xlsx), a folder of board papers, "
        "or a meeting folder holding meeting.csv and agenda.csv",
    )
    pack.add_argument("--board", help="the board (any name or alias it is printed under)")
    pack.add_argument("--meeting", metavar="DATE", help="the meeting date, YYYY-MM-DD (default: the next meeting)")
    pack.add_argument("--out", default="pack.html", help="the HTML file to write (default: pack.html)")
    pack.add_argument("--public", action="store_true", help="leave out Part II content and contact details")
    pack.add_argument(
        "--unmarked-part",
        choices=("public", "exempt"),
        help="the part of business whose papers mark no Part I / Part II (public: the papers have no "
        "exempt business; exempt: withhold it); without it such minutes and actions stop a public "
        "pack, and such agenda items in a folder of papers stop the pack",
    )
    pack.add_argument("--pdf", metavar="FILE", help="also print the pack to PDF with headless Chromium")
    pack.add_argument(
        "--indicators",
        metavar="FILE.csv",
        help="indicator series (columns indicator, period, value, lowercl, uppercl, benchmark, polarity) to check "
        "the ratings of plan actions that name one: a rating the data contradict is flagged in the RAG section",
    )

    init = commands.add_parser("init", help="create a store", description="Create a new store (a SQLite file).")
    init.add_argument("store", help="the store file to create")
    init.add_argument("--example", action="store_true", help="fill it with the bundled example")

    export = commands.add_parser(
        "export",
        help="export a store as JSON or as the board workbook",
        description="Export a store as a boardroom JSON document (--out), or as the board workbook (--xlsx).",
    )
    export.add_argument("store", help="the store to read")
    export.add_argument("--out", help="the JSON file to write")
    export.add_argument("--xlsx", metavar="FILE", help="write the board workbook (private: it holds contact details)")
    kind = export.add_mutually_exclusive_group()
    kind.add_argument("--public", action="store_true", help="leave out Part II content and contact details")
    export.add_argument(
        "--unmarked-part",
        choices=("public", "exempt"),
        help="with --public: the part of records whose papers mark no Part I / Part II",
    )
    kind.add_argument("--popolo", action="store_true", help="Popolo persons, organizations, memberships, events")
    add_record_commands(commands)
    _document_parsers(commands)
    return parser


def _document_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands for papers kept in Word, on ModernGov and in calendars."""
    store_help = "a store, JSON document or folder of papers (anything pack reads)"
    def meeting_document(name: str, help: str, description: str, out: str, public: str, unmarked: str) -> None:
        document = commands.add_parser(name, help=help, description=description)
        document.add_argument("store", help=store_help)
        document.add_argument("--board", help="the board (any name it is printed under)")
        document.add_argument("--meeting", metavar="DATE", required=True, help="the meeting date, YYYY-MM-DD")
        document.add_argument("--out", required=True, help=out)
        document.add_argument("--public", action="store_true", help=public)
        document.add_argument("--unmarked-part", choices=("public", "exempt"), help=unmarked)

    meeting_document(
        "agenda",
        "write a meeting's draft agenda (.docx, .xlsx or .html)",
        "Write the draft agenda for a meeting: the standing items, matters arising from open "
        "actions and the forward-plan topics for that meeting.",
        "the file to write: .docx, .xlsx or .html",
        "draft from what may be published",
        "the part of records whose papers mark no Part I / Part II",
    )
    meeting_document(
        "minutes",
        "write a meeting's minutes as a Word document",
        "Write the minutes of a meeting as a Word document: present and apologies, numbered "
        "items with their resolutions, and the ACTION BY column.",
        "the .docx file to write",
        "leave out Part II content and contact details",
        "with --public: the part of records whose papers mark none",
    )

    calendar = commands.add_parser(
        "calendar",
        help="write the meetings as an iCalendar feed (.ics)",
        description="Write every meeting (cancelled ones as cancelled events) as an iCalendar file whose "
        "entries keep their identity from one export to the next.",
    )
    calendar.add_argument("store", help=store_help)
    calendar.add_argument("--board", help="only this board's meetings")
    calendar.add_argument("--out", required=True, help="the .ics file to write")
    calendar.add_argument(
        "--pack-url", default="", metavar="URL", help="where the packs are published (the events link URL + <board>-<date>.html)"
    )

    # The import command may already be defined (with FILE, --dry-run and --user) by the record-keeping
    # commands: the Word and ModernGov options join it there.
    imports = commands.choices.get("import")
    if imports is None:
        imports = commands.add_parser(
            "import",
            help="bring records into a store (a Word agenda or minutes, or a ModernGov committee)",
            description="Read agendas and minutes kept as Word documents (.docx), or a committee's meetings from "
            "a council's ModernGov web service, into a store (made if missing).",
        )
        imports.add_argument("store", help="the store to bring the records into")
        imports.add_argument("files", nargs="*", metavar="FILE", help="Word documents (.docx): agendas or minutes")
        imports.add_argument("--dry-run", action="store_true", help="say what would change and change nothing")
    imports.add_argument("--moderngov", metavar="URL", help="a council's ModernGov site or its mgWebService.asmx")
    imports.add_argument(
        "--committee", metavar="ID", action="append", help="with --moderngov: the committee's ModernGov id (repeatable)"
    )
    imports.add_argument("--from", dest="date_from", metavar="DATE", help="with --moderngov: meetings from this date")
    imports.add_argument("--to", dest="date_to", metavar="DATE", help="with --moderngov: meetings up to this date")
    imports.add_argument(
        "--delay", type=float, default=1.0, metavar="SECONDS", help="with --moderngov: pause between requests (default 1)"
    )
    imports.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS", help="with --moderngov: wait for an answer (default 30)"
    )
    imports.add_argument("--board", help="the board Word documents are for (default: the one they name)")
    imports.add_argument(
        "--unmarked-part",
        choices=("public", "exempt"),
        help="the part of items a Word document prints under no Part I / II heading, and of ModernGov items "
        "that say neither",
    )


def _pack(args: argparse.Namespace) -> int:
    from .report import board_pack

    progress = _Progress()
    source = args.store if args.store else "the bundled example"
    _say(f"reading {source}")
    try:
        html = board_pack(
            args.store,
            board=args.board,
            meeting=args.meeting,
            out=args.out,
            public=args.public,
            unmarked_part=args.unmarked_part,
            progress=progress,
            indicator_series=args.indicators,
        )
    finally:
        progress.done()
    size_kb = len(html.encode("utf-8")) / 1024
    kind = "public pack" if args.public else "pack"
    _say(f"wrote the {kind} to {Path(args.out)} ({size_kb:.0f} KB)")
    if args.store:
        from .report import INDICATORS_LEFT_OUT

        _say(INDICATORS_LEFT_OUT)
    if args.pdf:
        _print_pdf(Path(args.out), Path(args.pdf))
        _say(f"printed it to {args.pdf}")
    return 0


def _print_pdf(html: Path, pdf: Path) -> None:
    """Print the pack with headless Chromium's print-to-PDF (no network, no sandbox)."""
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if browser is None:
        raise StorageError("--pdf needs Chromium (Debian: apt-get install chromium); the HTML pack was written", str(pdf))
    with tempfile.TemporaryDirectory(prefix="boardroom-pdf-") as profile:
        result = subprocess.run(
            [
                browser,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf.resolve()}",
                html.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if result.returncode != 0 or not pdf.exists():
        raise StorageError(f"{pdf}: Chromium could not print the pack", str(pdf))


def _init(args: argparse.Namespace) -> int:
    from .store import BoardBundle, example_bundle, init_store

    path = Path(args.store)
    if path.exists():  # before reading the example; init_store checks again as it finishes
        raise StorageError(f"{path}: already exists; init makes a new store", str(path))
    bundle = example_bundle() if args.example else BoardBundle()
    # All or nothing: a failure (a full disk) leaves no half-made store that "already exists".
    # Quick enough to need no progress: one line says what was made.
    init_store(path, bundle)
    what = "the bundled example" if args.example else "nothing yet"
    _say(f"created {path} holding {what}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .store import export_json, export_popolo, open_store

    if (args.out is None) == (args.xlsx is None):
        raise BoardroomError("export: give --out FILE (JSON) or --xlsx FILE (the board workbook), one of them")
    with open_store(args.store, "read_only") as store:
        bundle = store.load()
    if args.xlsx:
        if args.public or args.popolo:
            raise BoardroomError("export: the board workbook is the private record; --public and --popolo go with --out")
        from ._commands import need_openpyxl
        from .workbook import export_workbook

        need_openpyxl()
        export_workbook(bundle, args.xlsx)
        _say(f"wrote the board workbook to {args.xlsx} (private: it holds contact details and Part II business)")
        return 0
    if args.popolo:
        export_popolo(bundle, args.out)
    else:
        from .report.pack import _unmarked_part

        export_json(bundle, args.out, public=args.public, unmarked_part=_unmarked_part(args.unmarked_part))
    _say(f"wrote {'Popolo' if args.popolo else 'public JSON' if args.public else 'JSON'} to {args.out}")
    return 0


def _agenda(args: argparse.Namespace) -> int:
    from ._documents import write_agenda

    from .report.pack import _unmarked_part

    paper = write_agenda(
        args.store,
        board=args.board,
        meeting=args.meeting,
        out=args.out,
        public=args.public,
        unmarked_part=_unmarked_part(args.unmarked_part),
    )
    count = len(paper.meeting.agenda)
    _say(f"wrote the {'public ' if args.public else ''}draft agenda of {paper.board}, {paper.meeting.date.isoformat()} "
         f"({count} item{'s' if count != 1 else ''}) to {args.out}")
    return 0


def _minutes(args: argparse.Namespace) -> int:
    from ._documents import write_minutes
    from .report.pack import _unmarked_part

    paper = write_minutes(
        args.store,
        board=args.board,
        meeting=args.meeting,
        out=args.out,
        public=args.public,
        unmarked_part=_unmarked_part(args.unmarked_part),
    )
    _say(f"wrote the {'public ' if args.public else ''}minutes of {paper.board}, {paper.meeting.date.isoformat()} "
         f"({len(paper.items)} items) to {args.out}")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from ._calendar import write_calendar
    from ._documents import _board, load_store

    register = load_store(args.store).records
    board = _board(register, args.board, args.store) if args.board else None
    path, count = write_calendar(register, args.out, board=board, pack_url=args.pack_url)
    _say(f"wrote {count} meeting{'s' if count != 1 else ''} to {path}")
    return 0


def _record_keeping(name: str) -> Callable[[argparse.Namespace], int]:
    """The command ``name`` of :mod:`boardroom._commands` (``run_<name>``), imported when run."""

    def run(args: argparse.Namespace) -> int:
        from . import _commands

        command: Callable[[argparse.Namespace], int] = getattr(_commands, f"run_{name}")
        return command(args)

    return run


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    commands = {
        "pack": _pack,
        "init": _init,
        "export": _export,
        "template": _record_keeping("template"),
        "import": _record_keeping("import"),
        "new": _record_keeping("new"),
        "action": _record_keeping("action"),
        "rate": _record_keeping("rate"),
        "log": _record_keeping("log"),
        "agenda": _agenda,
        "minutes": _minutes,
        "calendar": _calendar,
    }
    try:
        return commands[args.command](args)
    except BoardroomError as error:
        _say(f"error: {_one_line(error)}")
        return 1
    except _file_errors() as error:
        _say(f"error: {_one_line(error)}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
