"""Opening a store: the one place that turns a path, a mode and a user into a :class:`Store`
(:mod:`boardroom.store` re-exports it; the import machinery uses it without importing the
public module that re-exports the import)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Optional, Union

from ._core.io import Store

__all__ = ["current_user", "open_store"]

PathLike = Union[str, "os.PathLike[str]"]


def open_store(
    path: PathLike,
    mode: str = "read_write",
    *,
    busy_timeout_ms: int = 500,
    on_progress: Optional[Callable[[str, int], None]] = None,
    user: Optional[str] = None,
) -> Store:
    """Open a store: ``mode`` is "create" (make it if missing), "read_write" or "read_only".

    Use it in a ``with`` block, which closes the connection at the end. ``user`` names who
    writes through it in the audit trail (default: the login name).
    """
    return Store.open(os.fspath(path), mode, busy_timeout_ms, on_progress, current_user(user))


def current_user(user: Optional[str] = None) -> str:
    """``user`` if given, else the login name (``getpass.getuser``), else "unknown"."""
    if user:
        return user
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "unknown"
