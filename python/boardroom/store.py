"""The store (one SQLite file) and the JSON interchange, from Python.

Everything a board keeps travels as one :class:`BoardBundle`: the governance records, the
data-quality notes their loaders reported, plans, risk registers, diagnostics and
self-assessments. A store holds one bundle; every write is one transaction, so a failed or
interrupted write leaves the store as it was, and a second writer gets
:class:`boardroom.errors.StorageError` ("the store is busy") rather than corrupting it. A save
over a change someone else saved after you loaded is refused too ("changed since you loaded
it"): load again and redo your change.

    from boardroom.store import example_bundle, init_store, open_store
    init_store("board.sqlite", example_bundle())
    with open_store("board.sqlite") as store:
        bundle = store.load()
        ...
        store.save(bundle)

Records from any source (a board workbook, a JSON document, Word papers) are merged into a
store by :func:`import_records`, an upsert on natural keys. Every write records who made it,
when, and which records changed from what to what, in the store's audit trail
(:meth:`Store.audit_trail`, newest first; :meth:`Store.last_changed`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Optional, Union

from ._core.io import (
    JSON_FORMAT_VERSION,
    STORE_SCHEMA_VERSION,
    AuditEntry,
    BoardBundle,
    Store,
    bundle_from_json,
    bundle_to_json,
    to_popolo_json,
    write_bundle_json,
)
from ._core.governance import AgendaPart
from ._import import import_records
from ._opening import current_user, open_store
from ._import_report import FieldChange, ImportReport, RecordChange

__all__ = [
    "JSON_FORMAT_VERSION",
    "STORE_SCHEMA_VERSION",
    "AuditEntry",
    "BoardBundle",
    "FieldChange",
    "ImportReport",
    "RecordChange",
    "Store",
    "current_user",
    "example_bundle",
    "export_json",
    "export_popolo",
    "import_json",
    "import_records",
    "init_store",
    "open_store",
]

PathLike = Union[str, "os.PathLike[str]"]


def init_store(
    path: PathLike,
    bundle: Optional[BoardBundle] = None,
    *,
    on_progress: Optional[Callable[[str, int], None]] = None,
    user: Optional[str] = None,
) -> Path:
    """Create a new store holding ``bundle`` (default: nothing yet), all or nothing.

    The store is built under a temporary name in the same folder and renamed into place when
    complete, so a failure (a full disk, an invalid bundle) leaves no file behind. Raises
    :class:`boardroom.errors.StorageError` if ``path`` already exists.
    """
    Store.init(os.fspath(path), bundle if bundle is not None else BoardBundle(), on_progress, current_user(user))
    return Path(path)


def example_bundle() -> BoardBundle:
    """The bundled example as one bundle, read from the text of the published packs.

    The Children's Partnership Board (its boards and reporting lines, the notes of 17 September
    2015 with attendance and actions, the agenda of 10 December 2015), the Pan-Lancashire LSCB
    CSE Action Plan 2015-2018 (every action unrated, as printed), the CSE diagnostic of July 2015
    and the Prevent self-assessment template.
    """
    from . import plans
    from .examples import example_path
    from .governance import AgendaPart, load_board_folder

    # The CPB pack prints no Part I / Part II headings and holds no exempt business: its items
    # are public, and the loader records that it was told so in a data-quality note.
    board = load_board_folder(example_path("cpb-2015-09-17"), unmarked_part=AgendaPart.PUBLIC)
    bundle = BoardBundle()
    bundle.records = board.register
    plan = plans.example_plan()
    diagnostic = plans.load_diagnostic(example_path("cse-diagnostic-2015") / "responses.txt")
    assessment = plans.load_self_assessment(example_path("prevent-template") / "template.txt")
    bundle.data_quality_notes = list(board.notes)
    bundle.plans = [plan.plan]
    bundle.diagnostics = [diagnostic.diagnostic]
    bundle.self_assessments = [assessment.assessment]
    return bundle


def export_json(
    bundle: BoardBundle,
    path: PathLike,
    *,
    public: bool = False,
    indent: int = 2,
    unmarked_part: Optional[AgendaPart] = None,
) -> Path:
    """Write the bundle as a boardroom JSON document (docs/json-format.md), atomically.

    ``public=True`` writes what the disclosure gate (:func:`boardroom.report.disclose`) returns:
    no contact details, no data-quality notes, Part II records reduced to their number and
    Schedule 12A paragraph; a record of no established part raises
    :class:`~boardroom.errors.DisclosureError` unless ``unmarked_part`` says which part it is in.
    """
    from ._files import write_atomic_file

    # Streamed from C++ into the temporary file: a county's store is never held as one text.
    return write_atomic_file(
        path,
        lambda temporary: write_bundle_json(bundle, temporary, public_only=public, indent=indent,
                                            unmarked_part=unmarked_part),
    )


def export_popolo(bundle: BoardBundle, path: PathLike, *, indent: int = 2) -> Path:
    """Write the governance records as Popolo JSON (always public), atomically."""
    from ._files import write_atomic

    return write_atomic(path, to_popolo_json(bundle.records, indent))


def import_json(path: PathLike) -> BoardBundle:
    """Read a boardroom JSON document; errors name the file and the JSON path at fault."""
    from ._text import read_text

    target = Path(path)
    text, note = read_text(target)
    bundle = bundle_from_json(text, str(target))
    if note is not None:
        bundle.data_quality_notes = [*bundle.data_quality_notes, note]
    return bundle
