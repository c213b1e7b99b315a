"""``boardroom import`` for Word documents and ModernGov: read the papers into one bundle, then
bring the bundle into the store (a new store is made holding it)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from ._core import governance as _g
from ._dates import to_date
from .errors import InputError, StorageError

if TYPE_CHECKING:
    from ._core.io import BoardBundle

__all__ = ["DOCUMENT_READERS", "read_documents", "read_moderngov", "run_import"]

PathLike = Union[str, "os.PathLike[str]"]


def _unmarked(value: Optional[str]) -> Optional[_g.AgendaPart]:
    from .report import _unmarked_part

    return _unmarked_part(value)


def read_docx_files(
    paths: list[PathLike], *, board: Optional[str] = None, unmarked_part: Optional[_g.AgendaPart] = None
) -> tuple[BoardBundle, list[str]]:
    """Agendas and minutes in Word, read in turn into one bundle (minutes first, as the folder
    loader reads them: they make items standing and announce later meetings)."""
    from ._core.io import BoardBundle as Bundle
    from ._word import docx_text, is_agenda_text, load_docx

    kinds = [(0 if not is_agenda_text(docx_text(p)) else 1, i, p) for i, p in enumerate(paths)]
    register: Optional[_g.Register] = None
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
        said.append(f"read the {read.kind} of {meeting.board}, {meeting.date.isoformat()} from {path}")
    bundle = Bundle()
    bundle.records = register if register is not None else _g.Register()
    bundle.data_quality_notes = notes
    return bundle, said


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


def read_documents(args: argparse.Namespace) -> tuple[BoardBundle, list[str]]:
    """The bundle the command line asks for: ModernGov, or the files by their suffix."""
    if args.moderngov:
        if args.files:
            raise InputError("import either FILEs or --moderngov, not both in one run", field="--moderngov")
        return read_moderngov(args)
    if not args.files:
        raise InputError("nothing to import: give FILE.docx or --moderngov URL --committee ID", field="FILE")
    if args.committee or args.date_from or args.date_to:
        raise InputError("--committee, --from and --to go with --moderngov", field="--committee")
    suffixes = {Path(f).suffix.lower() for f in args.files}
    unknown = sorted(suffixes - DOCUMENT_READERS.keys())
    if unknown:
        bad = next(f for f in args.files if Path(f).suffix.lower() in unknown)
        known = ", ".join(sorted(DOCUMENT_READERS))
        raise InputError(f"{bad}: import reads {known} files, not {Path(bad).suffix or 'files without a suffix'}",
                         file=str(bad))
    if len(suffixes) > 1:
        raise InputError("import one kind of file at a time", field="FILE")
    reader = DOCUMENT_READERS[suffixes.pop()]
    return reader(list(args.files), board=args.board, unmarked_part=_unmarked(args.unmarked_part))


def _counts(bundle: BoardBundle) -> str:
    r = bundle.records
    return (
        f"{len(r.boards)} board(s), {len(r.meetings)} meeting(s), {sum(len(m.agenda) for m in r.meetings)} agenda "
        f"item(s), {len(r.attendance)} attendance record(s), {len(r.minutes)} minute(s), {len(r.actions)} action(s)"
    )


def run_import(args: argparse.Namespace) -> list[str]:
    """Read what the command line names and bring it into the store; the lines to tell the user."""
    from .store import init_store

    bundle, said = read_documents(args)
    store = Path(args.store)
    if args.dry_run:
        return [*said, f"would bring into {store}: {_counts(bundle)} (dry run: nothing written)"]
    if not store.exists():
        init_store(store, bundle)
        return [*said, f"created {store} holding {_counts(bundle)}"]
    raise StorageError(
        f"{store}: already exists; bringing records into a store that holds some needs the store's upsert, "
        "which this version lacks: import into a new store",
        str(store),
    )
