"""Files written whole: a reader sees the old file or the new one, never half of either.

Kept apart from the report, store and plans modules (all of which write files) so that none of
them imports another to save a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import StorageError

__all__ = ["write_atomic", "write_atomic_file"]


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new one, never half.

    Writes a temporary file in the same folder, flushes it to disk, then renames it over
    the target. Raises :class:`boardroom.errors.StorageError` on failure, leaving no temp file.
    """

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    return write_atomic_file(path, write)


def write_atomic_file(path: str | os.PathLike[str], write: Callable[[str], object]) -> Path:
    """The one atomic write: ``write`` writes the temporary file, given its path (so a writer in
    C++ can stream a document of any size into it); the file is then flushed to disk and renamed
    over ``path``. Whatever fails, or raises, leaves no temporary file behind."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise StorageError(f"{target}: cannot write here ({exc.strerror or exc})", str(target)) from exc
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        write(tmp)
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(f"{target}: writing failed ({exc.strerror or exc})", str(target)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
