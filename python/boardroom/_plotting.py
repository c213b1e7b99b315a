"""What the chart modules share: matplotlib on demand, a new axes when none is given, and
labels matplotlib prints as written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["matplotlib_for", "new_axes", "plain"]


def matplotlib_for(charts: str) -> Any:
    """The matplotlib module, or an ImportError saying which charts need it and how to get it."""
    try:
        import matplotlib
    except ImportError as exc:
        raise ImportError(
            f"boardroom's {charts} need matplotlib, a dependency of boardroom-governance that is missing "
            "here: pip install matplotlib"
        ) from exc
    return matplotlib


def new_axes(ax: Optional[Axes], size: tuple[float, float], charts: str) -> Axes:
    """``ax`` itself, or the axes of a new constrained-layout figure of ``size`` inches."""
    matplotlib_for(charts)
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, created = plt.subplots(figsize=size, layout="constrained")
    return created


def plain(text: str) -> str:
    """Text matplotlib shows as written (a '$' would start mathtext)."""
    return text.replace("$", r"\$")
