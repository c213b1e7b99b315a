"""Board packs: one self-contained HTML file from a board's data.

A public pack is rendered from :func:`boardroom._core.report.public_view`, which removes
Part II content before any template sees it.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._core.report import exempt_notice, html_escape, public_view
from ..errors import NotFoundError, StorageError
from ..examples import example_path, infant_mortality_table
from ..io import load_meeting
from .indicator_table import LEGEND, IndicatorTable

if TYPE_CHECKING:
    from .._core.governance import Meeting

__all__ = [
    "IndicatorTable",
    "board_pack",
    "exempt_notice",
    "html_escape",
    "public_view",
    "render_pack",
    "write_atomic",
]


def _environment() -> Any:
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
    env.globals["exempt_notice"] = exempt_notice
    env.globals["legend"] = LEGEND
    return env


def render_pack(
    meeting: Meeting, *, public: bool = False, indicators: Sequence[IndicatorTable] = ()
) -> str:
    """Render a meeting's pack as one HTML document (a string).

    With ``public=True`` the pack is made from the public view: Part II items keep their
    heading and the paragraph they are exempt under, and nothing else. ``indicators`` are
    tables in the style of the seed's Table 1, shown in an Indicators section.
    """
    shown = public_view(meeting) if public else meeting
    template = _environment().get_template("pack.html.j2")
    return str(
        template.render(
            meeting=shown,
            public=public,
            indicators=list(indicators),
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
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(f"{target}: writing failed ({exc.strerror or exc})", str(target)) from exc
    return target


def board_pack(
    store: str | os.PathLike[str] | None = None,
    *,
    board: str | None = None,
    meeting: str | _dt.date | None = None,
    out: str | os.PathLike[str] | None = None,
    public: bool = False,
) -> str:
    """Render the pack for one meeting and return the HTML (also written to ``out`` if given).

    ``store`` is a meeting folder (``meeting.csv`` + ``agenda.csv``); without it the bundled
    example is used. ``board`` and ``meeting`` (a date or "YYYY-MM-DD"), when given, must
    match the meeting found, or :class:`boardroom.errors.NotFoundError` is raised.
    """
    folder = Path(store) if store is not None else example_path()
    loaded = load_meeting(folder)
    # The bundled example carries the infant mortality table of its item 3.
    indicators = [infant_mortality_table()] if store is None else []
    if board is not None and board.casefold() != loaded.board.casefold():
        raise NotFoundError(f"{folder}: holds a meeting of {loaded.board!r}, not {board!r}")
    if meeting is not None:
        wanted = meeting if isinstance(meeting, _dt.date) else _parse_date(meeting)
        if wanted != loaded.date:
            raise NotFoundError(f"{folder}: holds the meeting of {loaded.date.isoformat()}, not {wanted.isoformat()}")
    html = render_pack(loaded, public=public, indicators=indicators)
    if out is not None:
        write_atomic(out, html)
    return html


def _parse_date(text: str) -> _dt.date:
    from .._core.core import parse_iso_date
    from ..errors import InputError

    parsed = parse_iso_date(text)
    if parsed is None:
        raise InputError(f"meeting date {text!r} is not in the form YYYY-MM-DD", field="meeting")
    return parsed
