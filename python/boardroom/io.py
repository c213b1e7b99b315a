"""Loading boardroom data from files."""

from __future__ import annotations

import os

from ._core import io as _io
from ._core.governance import Meeting

__all__ = ["load_meeting"]


def load_meeting(folder: str | os.PathLike[str]) -> Meeting:
    """Load a meeting kept as a folder of CSV files (``meeting.csv`` and ``agenda.csv``).

    Raises :class:`boardroom.errors.InputError` naming the file, line and field at fault,
    or :class:`boardroom.errors.StorageError` when a file cannot be read.
    """
    return _io.load_meeting_folder(os.fspath(folder))
