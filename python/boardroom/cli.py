"""The ``boardroom`` command line.

    boardroom pack [STORE] [--board NAME] [--meeting DATE] [--out FILE] [--public]

Progress and errors go to stderr in plain words; the exit code is 0 on success,
1 when the data or files are at fault, 2 for a malformed command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._core import __version__
from .errors import BoardroomError

__all__ = ["main"]


def _say(message: str) -> None:
    print(f"boardroom: {message}", file=sys.stderr, flush=True)


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
        description="Render a meeting's board pack to one self-contained HTML file. "
        "Without STORE, renders the bundled example: the South Ribble, Chorley & West Lancashire "
        "Children's Partnership Board meeting of 10 December 2015.",
    )
    pack.add_argument("store", nargs="?", help="a meeting folder holding meeting.csv and agenda.csv")
    pack.add_argument("--board", help="the board whose meeting to render (checked against the store)")
    pack.add_argument("--meeting", metavar="DATE", help="the meeting date, YYYY-MM-DD (checked against the store)")
    pack.add_argument("--out", default="pack.html", help="the HTML file to write (default: pack.html)")
    pack.add_argument(
        "--public",
        action="store_true",
        help="leave out Part II (exempt) content, for publication",
    )
    return parser


def _pack(args: argparse.Namespace) -> int:
    from .report import board_pack

    source = args.store if args.store else "the bundled example"
    _say(f"reading {source}")
    html = board_pack(args.store, board=args.board, meeting=args.meeting, out=args.out, public=args.public)
    size_kb = len(html.encode("utf-8")) / 1024
    kind = "public pack" if args.public else "pack"
    _say(f"wrote the {kind} to {Path(args.out)} ({size_kb:.0f} KB)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "pack":
            return _pack(args)
    except BoardroomError as error:
        _say(f"error: {error}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    return 2
