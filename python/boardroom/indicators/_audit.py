"""The audit of a suppressed table: what an outsider can work out about each hidden count.

From the shown counts, the totals and the fact that no count is negative, each hidden count is
known to lie in a feasible range: the least and greatest value it takes over all completions of
the table, its bounds under linear programming. A hidden small count is disclosed when every
value in its range is small. This is the audit of statistical disclosure control (Hundepool et
al., *Statistical Disclosure Control*, Wiley 2012, ch. 4; the tau-ARGUS manual, de Wolf et al.,
Statistics Netherlands).

:func:`audit_disclosure` solves the linear programs with ``scipy.optimize.linprog`` (HiGHS) when
scipy is installed, and otherwise takes the compiled kernel's exact bounds, which it computes as
maximum flows; ``method`` chooses.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from .._core import indicators as _k
from ..errors import DisclosureError, InputError
from ._suppress import SuppressedTable, _number, _rule, _Rule, mark_codes, published_line

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["audit_disclosure"]

Method = Literal["auto", "linprog", "flow"]
COLUMNS = ["row", "column", "value", "lower", "upper", "disclosed"]


def audit_disclosure(
    table: SuppressedTable | pd.DataFrame,
    count: str | None = None,
    *,
    threshold: float = 5,
    range: tuple[float, float] | None = None,
    zero_exempt: bool | None = None,
    method: Method = "auto",
    raise_if_disclosed: bool = False,
) -> pd.DataFrame:
    """The feasible range of every hidden count of a table or list marked for publication.

    ``table`` is a :class:`SuppressedTable` (from ``suppress(table)``) or the frame of
    ``suppress(data, count, total=True)`` (or without a total: then nothing bounds a hidden count);
    name ``count`` when that frame has other columns.
    Returns one row per hidden entry, margins included: ``row`` and ``column`` (labels; for a
    list the row label and the count column), ``value`` (the hidden count when known, else NaN),
    ``lower`` and ``upper`` (its range given what is shown; ``upper`` is ``inf`` when a hidden
    total leaves it unbounded) and ``disclosed`` (every value of its range is small under the rule
    of ``threshold``, ``range`` and ``zero_exempt``, as in :func:`suppress`: the outsider knows the
    count is small; with the default rule, ``upper < 5``).

    ``method``: ``"linprog"`` solves two linear programs per hidden entry with
    ``scipy.optimize.linprog`` (HiGHS); ``"flow"`` takes the compiled kernel's exact bounds
    (maximum flows, no scipy needed); ``"auto"`` (default) uses linprog when scipy can be
    imported. With ``raise_if_disclosed=True`` a :class:`boardroom.errors.DisclosureError` naming
    the first disclosed cell (or a shown small count) is raised instead of returning.
    """
    import pandas as pd

    rule = _rule(threshold, range, zero_exempt)
    if method not in ("auto", "linprog", "flow"):
        raise InputError(f"method must be 'auto', 'linprog' or 'flow', not {method!r}", field="method")
    if method == "auto":
        method = "linprog" if _have_scipy() else "flow"

    if isinstance(table, SuppressedTable):
        values = np.ascontiguousarray(table.values.to_numpy(dtype=np.float64))
        codes = np.ascontiguousarray(mark_codes(table.marks.to_numpy()))
        rows, cols = values.shape
        row_labels, col_labels = list(table.values.index), list(table.values.columns)
        labels = [(row_labels[e // cols], col_labels[e % cols]) for e in np.arange(rows * cols)]
        known = start = values.ravel()
        flat_codes = codes.ravel()
        lines = _table_lines(rows - 1, cols - 1)
        if method == "flow":
            lower, upper = (np.ravel(a) for a in _k.table_feasible_ranges(values, codes))
    else:
        line = published_line(table, count)
        labels = [(label, line.count) for label in line.labels]
        known, start, flat_codes = line.values, line.start, line.codes
        lines = [list(np.arange(len(known)))]
        if not line.has_total:  # nothing ties a hidden count down
            lower, upper = np.where(flat_codes != 0, 0.0, known), np.where(flat_codes != 0, math.inf, known)
        elif method == "flow":
            lower, upper = _k.line_feasible_ranges(line.start, line.codes)
    if method == "linprog" and (isinstance(table, SuppressedTable) or line.has_total):
        lower, upper = _linprog_ranges(start, flat_codes != 0, lines)

    records = []
    for e in np.flatnonzero(flat_codes != 0):
        lo, hi = _snap(float(lower[e])), _snap(float(upper[e]))
        records.append((labels[e][0], labels[e][1], float(known[e]), lo, hi, rule.all_small(lo, hi)))
    out = pd.DataFrame.from_records(records, columns=COLUMNS)
    out = out.astype({"value": "float64", "lower": "float64", "upper": "float64", "disclosed": "bool"})

    if raise_if_disclosed:
        _raise_first(out, known, flat_codes, labels, rule)
    return out


def _raise_first(
    audit: pd.DataFrame,
    known: np.ndarray[Any, np.dtype[np.float64]],
    codes: np.ndarray[Any, np.dtype[np.uint8]],
    labels: Sequence[tuple[Any, Any]],
    rule: _Rule,
) -> None:
    for e in np.flatnonzero(codes == 0):
        if rule.is_small(float(known[e])):
            row, column = labels[int(e)]
            raise DisclosureError(f"{row}, {column}: the count {_number(float(known[e]))} is small but shown")
    disclosed = audit[audit["disclosed"]]
    if len(disclosed):
        first = disclosed.iloc[0]
        lo, hi = float(first["lower"]), float(first["upper"])
        where = f"exactly {_number(lo)}" if lo == hi else f"between {_number(lo)} and {_number(hi)}"
        raise DisclosureError(
            f"{first['row']}, {first['column']}: the hidden count can be worked out to be {where} from the shown "
            f"counts and totals, so it is known to be small ({rule.describe()})"
        )


def _have_scipy() -> bool:
    try:
        import scipy.optimize  # noqa: F401
    except ImportError:
        return False
    return True


def _table_lines(rows: int, cols: int) -> list[list[int]]:
    """Entries of each row and column of a (rows + 1) x (cols + 1) table, margin last."""
    width = cols + 1
    lines = [[r * width + c for c in np.arange(width)] for r in np.arange(rows + 1)]
    lines += [[r * width + c for r in np.arange(rows + 1)] for c in np.arange(width)]
    return [[int(e) for e in line] for line in lines]


def _linprog_ranges(
    start: np.ndarray[Any, np.dtype[np.float64]],
    hidden: np.ndarray[Any, np.dtype[np.bool_]],
    lines: Sequence[Sequence[int]],
) -> tuple[np.ndarray[Any, np.dtype[np.float64]], np.ndarray[Any, np.dtype[np.float64]]]:
    """Least and greatest value of each hidden entry: inner entries of a line sum to its margin,
    shown entries are fixed, hidden ones are at least 0. Shown entries get their own value."""
    from scipy.optimize import linprog

    index = {int(e): k for k, e in enumerate(np.flatnonzero(hidden))}
    lower = start.astype(np.float64).copy()
    upper = start.astype(np.float64).copy()
    if not index:
        return lower, upper
    a_eq = np.zeros((len(lines), len(index)))
    b_eq = np.zeros(len(lines))
    for i, line in enumerate(lines):
        for position, e in enumerate(line):
            sign = -1.0 if position == len(line) - 1 else 1.0
            if int(e) in index:
                a_eq[i, index[int(e)]] += sign
            else:
                b_eq[i] -= sign * float(start[e])
    for e, k in index.items():
        objective = np.zeros(len(index))
        for direction in (1.0, -1.0):
            objective[k] = direction
            result = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
            if direction < 0 and result.status == 3:  # unbounded above
                upper[e] = math.inf
            elif result.status != 0:
                raise InputError(f"the published counts admit no completion ({result.message})", field="values")
            elif direction > 0:
                lower[e] = float(result.x[k])
            else:
                upper[e] = float(result.x[k])
    return lower, upper


def _snap(value: float) -> float:
    """Round solver noise off whole numbers."""
    if math.isinf(value):
        return value
    nearest = round(value)
    return float(nearest) if abs(value - nearest) <= 1e-7 * max(1.0, abs(value)) else value
