"""boardroom: partnership board governance, action plans and indicator statistics.

The compiled core lives in ``boardroom._core``; use the modules of this package.
"""

from __future__ import annotations

from . import errors, governance, indicators, io, plans, report
from ._core import __version__
from .examples import example_path
from .io import load_meeting

__all__ = ["__version__", "errors", "example_path", "governance", "indicators", "io", "load_meeting", "plans", "report"]
