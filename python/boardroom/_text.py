"""Reading a text file as every boardroom loader does.

The decoding itself is the library's (``boardroom._core.core.decode_text``): UTF-8 with or without
a byte-order mark, else Windows-1252 converted and said so in a data-quality note, else an
:class:`~boardroom.errors.InputError` naming the file, line and byte offset. This module only adds
reading the bytes, so that Python code never decodes a file any other way.
"""

from __future__ import annotations

import os
from typing import Optional, Union

from ._core.core import decode_text
from ._core.governance import DataQualityNote
from .errors import StorageError

__all__ = ["read_bytes", "read_text"]


def read_bytes(path: Union[str, os.PathLike[str]]) -> bytes:
    """The whole file; :class:`~boardroom.errors.StorageError` naming it if it cannot be read."""
    name = os.fspath(path)
    if os.path.exists(name) and not os.path.isfile(name):
        raise StorageError(f"{name}: is not a regular file", name)
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise StorageError(f"{name}: cannot read the file ({exc.strerror or exc})", name) from exc


def read_text(path: Union[str, os.PathLike[str]]) -> tuple[str, Optional[DataQualityNote]]:
    """The file as text, and a note naming it when it was read as Windows-1252 (else None)."""
    name = os.fspath(path)
    text, note = decode_text(read_bytes(name), name)
    return text, (DataQualityNote(name, 0, note) if note is not None else None)
