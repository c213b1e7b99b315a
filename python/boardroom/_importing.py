"""``boardroom import`` from Word documents and from ModernGov: each read into one bundle, which
the import command brings into the store with the other files it names (one upsert, one
transaction: :func:`boardroom.store.import_records`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from ._core import governance as _g
from ._dates import to_date
from .errors import InputError, StorageError

if TYPE_CHECKING:
    from ._core.io import BoardBundle

__all__ = ["DOCUMENT_READERS", "is_option_file", "moderngov_source", "read_docx_files", "read_moderngov", "word_source"]

PathLike = Union[str, "os.PathLike[str]"]


def _unmarked(value: Optional[str]) -> Optional[_g.AgendaPart]:
    from .report.pack import _unmarked_part

    return _unmarked_part(value)


def read_docx_files(
    paths: list[PathLike],
    *,
    board: Optional[str] = None,
    unmarked_part: Optional[_g.AgendaPart] = None,
    stored: Optional[_g.Register] = None,
) -> tuple[BoardBundle, list[str]]:
    """Agendas and minutes in Word, read in turn into one bundle (minutes first, as the folder
    loader reads them: they make items standing and announce later meetings).

    ``stored`` (the store's records, when importing into a store): a meeting the papers only
    announce ("future meeting dates") that the store already knows keeps the time, venue and
    status the store has for it, which its own agenda gave; the papers' own meetings are as
    printed.
    """
    from ._core.io import BoardBundle as Bundle
    from ._word import docx_text, is_agenda_text, load_docx

    kinds = [(0 if not is_agenda_text(docx_text(p)) else 1, i, p) for i, p in enumerate(paths)]
    register: Optional[_g.Register] = None
    own: set[int] = set()
    notes: list[_g.DataQualityNote] = []
    said = []
    for _, _, path in sorted(kinds, key=lambda k: (k[0], k[1])):
        try:
            read = load_docx(path, register=register, board=board, unmarked_part=unmarked_part)
        except InputError as error:
            if error.field != "part" or unmarked_part is not None:
                raise
            hint = "; say which part such items are in with --unmarked-part public|exempt"
            raise InputError(f"{error}{hint}", file=error.file, field=error.field, record=error.record,
                             reason=f"{error.reason}{hint}") from None
        register = read.bundle.records
        notes.extend(read.notes)
        meeting = register.meeting(read.meeting)
        own.add(meeting.id)
        said.append(f"read the {read.kind} of {meeting.board}, {meeting.date.isoformat()} from {path}")
    if register is not None and stored is not None:
        _keep_known_meetings(register, stored, own)
    bundle = Bundle()
    bundle.records = register if register is not None else _g.Register()
    bundle.data_quality_notes = notes
    return bundle, said


def _keep_known_meetings(register: _g.Register, stored: _g.Register, own: set[int]) -> None:
    for meeting in register.meetings:
        if meeting.id in own:
            continue
        board = stored.find_board(register.board(meeting.board_id).name)
        found = stored.find_meeting(board, meeting.date) if board is not None else None
        if found is None:
            continue
        known = stored.meeting(found)
        meeting.start, meeting.end, meeting.venue, meeting.status = known.start, known.end, known.venue, known.status
        register.update_meeting(meeting)


#: The readers of files by suffix: each returns the bundle and what it read, in words.
DOCUMENT_READERS: dict[str, Callable[..., tuple[BoardBundle, list[str]]]] = {".docx": read_docx_files}


def read_moderngov(args: argparse.Namespace) -> tuple[BoardBundle, list[str]]:
    """Each committee named, in turn, into one bundle; one client, so requests stay one at a time."""
    from ._core.io import BoardBundle as Bundle
    from ._moderngov import ModernGovClient, import_committee

    if not args.committee:
        raise InputError("--moderngov needs --committee ID (the committee's id in the council's ModernGov)",
                         field="--committee")
    date_from = to_date(args.date_from, "--from") if args.date_from else None
    date_to = to_date(args.date_to, "--to") if args.date_to else None
    if args.delay < 0 or args.timeout <= 0:
        raise InputError("--delay must be 0 or more and --timeout more than 0 seconds", field="--delay")
    client = ModernGovClient(args.moderngov, timeout=args.timeout, delay=args.delay)
    register: Optional[_g.Register] = None
    notes: list[_g.DataQualityNote] = []
    said = []
    for committee in args.committee:
        read = import_committee(
            args.moderngov,
            committee,
            date_from=date_from,
            date_to=date_to,
            register=register,
            client=client,
            unmarked_part=_unmarked(args.unmarked_part),
        )
        register = read.bundle.records
        notes.extend(read.notes)
        said.append(f"read {len(read.meetings)} meeting{'s' if len(read.meetings) != 1 else ''} of {read.committee} "
                    f"from {client.service}")
    said.append(f"{client.requests} request{'s' if client.requests != 1 else ''} made")
    bundle = Bundle()
    bundle.records = register if register is not None else _g.Register()
    bundle.data_quality_notes = notes
    return bundle, said


def _say(message: str) -> None:
    print(f"boardroom: {message}", file=sys.stderr, flush=True)


def word_source(args: argparse.Namespace) -> Optional[tuple[str, BoardBundle]]:
    """The ``import`` command's Word documents (FILE.docx), read with its --board and
    --unmarked-part into one bundle; None when it names none."""
    paths = [f for f in args.files if Path(f).suffix.lower() in DOCUMENT_READERS]
    if not paths:
        return None
    from .store import open_store

    with open_store(args.store, "read_only") as opened:
        stored = opened.load().records
    bundle, said = read_docx_files(
        paths, board=args.board, unmarked_part=_unmarked(args.unmarked_part), stored=stored
    )
    for line in said:
        _say(line)
    return ", ".join(Path(p).name for p in paths), bundle


def moderngov_source(args: argparse.Namespace) -> Optional[tuple[str, BoardBundle]]:
    """The committees --moderngov and --committee name; None without --moderngov."""
    if not args.moderngov:
        if args.committee or args.date_from or args.date_to:
            raise InputError("--committee, --from and --to go with --moderngov URL", field="--committee")
        return None
    bundle, said = read_moderngov(args)
    for line in said:
        _say(line)
    return args.moderngov, bundle


def is_option_file(path: str) -> bool:
    """Files the sources above read (with the command's options), not the plain file readers."""
    return Path(path).suffix.lower() in DOCUMENT_READERS
