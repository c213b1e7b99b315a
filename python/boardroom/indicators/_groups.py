"""Rows sorted into groups as R's ``group_by`` orders them: the one grouping helper of every grouped
function in :mod:`boardroom.indicators`.

Sort-based, without pandas ``groupby``: each key column is factorised with its values sorted
(categories in their own order, missing values last, as ``groupby(sort=True, dropna=False,
observed=True)``), several keys are combined into one code in mixed radix and ranked densely,
and rows are put in group order by a stable counting sort in C++. Rows keep their input order
within a group unless ``sort_within`` gives keys to sort them by.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import numpy.typing as npt

from .._core import indicators as _k
from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

Intp = npt.NDArray[np.intp]


class _Groups(NamedTuple):
    """Rows sorted into groups: ``order`` indexes the input, group g is order[offsets[g]:offsets[g+1]]."""

    keys: pd.DataFrame  # one row per group: the key columns (none without keys)
    order: Intp
    offsets: npt.NDArray[np.uintp]
    in_order: bool = False  # order is the identity: rows need no reordering
    codes: Intp | None = None  # each input row's group
    columns: tuple[str, ...] = ()

    def take(self, column: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """``column`` in group order (itself when the rows already are)."""
        return column if self.in_order else column[self.order]

    def label(self, g: int) -> str:
        """Group g named by its keys ("area='E06000001'"), built only for error messages."""
        if not len(self.keys.columns):
            return "all rows"
        return ", ".join(f"{c}={v!r}" for c, v in zip(self.keys.columns, self.keys.iloc[g].tolist()))

    def group_count(self) -> int:
        return len(self.offsets) - 1

    def group_of_row(self) -> Intp:
        """The group of each row in group order."""
        return np.repeat(np.arange(self.group_count(), dtype=np.intp), np.diff(self.offsets).astype(np.intp))

    def row_codes(self) -> Intp:
        """The group of each row in input order."""
        if self.codes is not None:
            return self.codes
        codes = np.empty(len(self.order), dtype=np.intp)
        codes[self.order] = self.group_of_row()
        return codes

    def blocks(self) -> list[Intp]:
        """Each group's row positions in the input, group by group."""
        bounds = self.offsets.astype(np.intp)
        return [self.order[bounds[g]:bounds[g + 1]] for g in range(self.group_count())]


def _present(data: pd.DataFrame) -> str:
    return ", ".join(repr(str(c)) for c in data.columns) or "none"


def _factorised(column: pd.Series[Any]) -> tuple[Intp, Any]:
    """Codes of a key column in sorted order of its values (missing last) and the sorted uniques."""
    import pandas as pd

    codes, uniques = pd.factorize(column, sort=True, use_na_sentinel=False)
    return np.asarray(codes, dtype=np.intp), uniques


def _key_column(uniques: Any, codes: Intp, dtype: Any) -> Any:
    import pandas as pd

    values = pd.Series(uniques.take(codes))
    return values if values.dtype == dtype else values.astype(dtype)


def _group(data: pd.DataFrame, by: Sequence[str], sort_within: Sequence[Any] = ()) -> _Groups:
    """Group keys sorted as R's group_by, rows of a group in input order (or by ``sort_within``,
    arrays in input order, first key first). A key that is not a column is an InputError."""
    import pandas as pd

    by = list(by)
    rows = len(data)
    missing = [c for c in by if c not in data.columns]
    if missing:
        raise InputError(f"by: no column {missing[0]!r} in the data; the columns are {_present(data)}",
                         field=missing[0])
    if not by:
        keys = pd.DataFrame(index=[0])
        codes: Intp = np.zeros(rows, dtype=np.intp)
        count = 1
    else:
        first = data[by[0]]
        if (len(by) == 1 and rows > 1 and not isinstance(first.dtype, pd.CategoricalDtype)
                and first.is_monotonic_increasing and not first.hasnans):
            # Already sorted by its one key (the usual layout): groups are the runs, no hashing.
            values = first.to_numpy()
            starts = np.flatnonzero(values[1:] != values[:-1]) + 1
            offsets = np.concatenate([[0], starts, [rows]]).astype(np.uintp)
            keys = pd.DataFrame({by[0]: first.iloc[offsets[:-1].astype(np.intp)].reset_index(drop=True)})
            codes = np.repeat(np.arange(len(keys), dtype=np.intp), np.diff(offsets).astype(np.intp))
            if not sort_within:
                return _Groups(keys, np.arange(rows, dtype=np.intp), offsets, True, codes, tuple(by))
            count = len(keys)
        else:
            codes, keys, count = _combined(data, by)
    if sort_within and _already_sorted(codes, sort_within):
        order = np.arange(rows, dtype=np.intp)  # grouped, and sorted within each group
        offsets = _offsets(codes, count)
    elif sort_within:
        order = np.lexsort((*reversed([np.asarray(s) for s in sort_within]), codes)).astype(np.intp)
        offsets = _offsets(codes, count)
    elif rows < 2 or bool((codes[1:] >= codes[:-1]).all()):
        order = np.arange(rows, dtype=np.intp)  # already grouped and in key order
        offsets = _offsets(codes, count)
    else:
        ordered, bounds = _k.group_order(codes.astype(np.int64, copy=False), count)
        order, offsets = ordered.view(np.intp), bounds.astype(np.uintp, copy=False)
    in_order = rows < 2 or bool((order[1:] > order[:-1]).all())
    return _Groups(keys, order, offsets, in_order, codes, tuple(by))


def _offsets(codes: Intp, count: int) -> npt.NDArray[np.uintp]:
    return np.concatenate([[0], np.cumsum(np.bincount(codes, minlength=count))]).astype(np.uintp)


def _combined(data: pd.DataFrame, by: list[str]) -> tuple[Intp, pd.DataFrame, int]:
    """Dense group codes in key order, the keys of each group and the group count."""
    import pandas as pd

    parts = [_factorised(data[c]) for c in by]
    if len(parts) == 1:
        codes, uniques = parts[0]
        keys = pd.DataFrame({by[0]: _key_column(uniques, np.arange(len(uniques)), data[by[0]].dtype)})
        return codes, keys, len(uniques)
    sizes = [max(len(u), 1) for _, u in parts]
    if float(np.prod(np.asarray(sizes, dtype=np.float64))) < 2.0**62:
        # Mixed radix: the combined code sorts as the keys do, first key first.
        combined = parts[0][0].astype(np.int64)
        for (key_codes, _), size in zip(parts[1:], sizes[1:]):
            combined = combined * size + key_codes
        space = int(np.prod(np.asarray(sizes, dtype=np.int64)))
        if space <= 4 * len(combined) + 1024:
            seen = np.zeros(space, dtype=bool)
            seen[combined] = True
            present = np.flatnonzero(seen)
            rank = np.cumsum(seen, dtype=np.intp) - 1
            codes = rank[combined]
        else:
            present, inverse = np.unique(combined, return_inverse=True)
            codes = np.asarray(inverse, dtype=np.intp).reshape(-1)
        columns: dict[str, Any] = {}
        rest = present
        for c, (_, uniques), size, position in reversed(
                list(zip(by, parts, sizes, range(len(by))))):
            key_codes = rest % size if position else rest
            rest = rest // size
            columns[c] = _key_column(uniques, key_codes.astype(np.intp), data[c].dtype)
        keys = pd.DataFrame({c: columns[c] for c in by})
        return codes, keys, len(present)
    # Too many combinations for one 64-bit code: sort the key codes lexicographically.
    stacked = np.vstack([c for c, _ in parts])
    order = np.lexsort(stacked[::-1])
    sorted_codes = stacked[:, order]
    change = np.concatenate([[True], (sorted_codes[:, 1:] != sorted_codes[:, :-1]).any(axis=0)])
    codes = np.empty(len(order), dtype=np.intp)
    codes[order] = np.cumsum(change) - 1
    firsts = sorted_codes[:, change]
    keys = pd.DataFrame({c: _key_column(u, firsts[k], data[c].dtype) for k, (c, (_, u)) in enumerate(zip(by, parts))})
    return codes, keys, int(change.sum())


def _already_sorted(codes: Intp, sort_within: Sequence[Any]) -> bool:
    """True when rows are in group order and, within a group, ascending by the one sort key
    with no ties (then lexsort would return the identity)."""
    if len(sort_within) != 1 or len(codes) < 2:
        return len(codes) < 2
    key = np.asarray(sort_within[0])
    if key.dtype.kind not in "iuf":
        return False
    step = np.diff(codes)
    with np.errstate(invalid="ignore"):
        rising = np.diff(key) > 0
    return bool(((step > 0) | ((step == 0) & rising)).all())


def _group_sums(groups: _Groups, values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Sum of ``values`` (input order) per group, NaN when any member is missing (R's sum without
    na.rm). Whole numbers (counts) add exactly in any order; other values are added in ascending
    order within each group, so the sums never depend on row order."""
    ordered = groups.take(values)
    if groups.group_count() == 0:
        return np.zeros(0)
    finite = ordered[np.isfinite(ordered)]
    if not (np.all(finite == np.round(finite)) and np.abs(finite).sum() < 2.0**53):
        ordered = ordered[np.lexsort((ordered, groups.group_of_row()))]
    starts = groups.offsets[:-1].astype(np.intp)
    sums = np.add.reduceat(ordered, starts) if len(ordered) else np.zeros(groups.group_count())
    sums[np.diff(groups.offsets) == 0] = 0.0
    return sums
