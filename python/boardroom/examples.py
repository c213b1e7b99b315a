"""The example data bundled with boardroom, transcribed from published agenda packs."""

from __future__ import annotations

from pathlib import Path

__all__ = ["example_path", "EXAMPLE_MEETING"]

#: The South Ribble, Chorley & West Lancashire Children's Partnership Board, 10 December 2015.
EXAMPLE_MEETING = "cpb-2015-12-10"


def example_path(name: str = EXAMPLE_MEETING) -> Path:
    """Folder of a bundled example (installed package, or the source tree when run from it)."""
    candidates = [
        Path(__file__).parent / "examples" / name,
        Path(__file__).resolve().parents[2] / "examples" / name,
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    from .errors import NotFoundError

    raise NotFoundError(f"no bundled example named {name!r}")
