"""Rows sorted into groups as R's ``group_by`` orders them, for the kernels that run over group offsets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import numpy.typing as npt

from ..errors import InputError
from ._frames import _present

if TYPE_CHECKING:
    import pandas as pd


class _Groups(NamedTuple):
    """Rows sorted into groups: ``order`` indexes the input, group g is order[offsets[g]:offsets[g+1]]."""

    keys: pd.DataFrame
    order: npt.NDArray[np.intp]
    offsets: npt.NDArray[np.uintp]
    in_order: bool = False  # order is the identity: rows need no reordering

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


def _group(data: pd.DataFrame, by: list[str], sort_within: Sequence[Any] = ()) -> _Groups:
    """Group keys sorted as R's group_by, rows of a group in input order (or by ``sort_within``)."""
    import pandas as pd

    if not by:
        keys = pd.DataFrame(index=[0])
        codes: npt.NDArray[np.intp] = np.zeros(len(data), dtype=np.intp)
    else:
        missing = [c for c in by if c not in data.columns]
        if missing:
            raise InputError(f"by: no column {missing[0]!r} in the data; the columns are {_present(data)}",
                             field=missing[0])
        column = data[by[0]]
        plain = len(by) == 1 and not isinstance(column.dtype, pd.CategoricalDtype)
        if plain and len(column) > 1 and column.is_monotonic_increasing and not column.hasnans:
            # Already sorted by its key (the usual layout): groups are the runs, no hashing.
            values = column.to_numpy()
            starts = np.flatnonzero(values[1:] != values[:-1]) + 1
            offsets = np.concatenate([[0], starts, [len(values)]]).astype(np.uintp)
            keys = pd.DataFrame({by[0]: column.iloc[offsets[:-1].astype(np.intp)].reset_index(drop=True)})
            if not sort_within:
                return _Groups(keys, np.arange(len(values), dtype=np.intp), offsets, True)
            codes = np.repeat(np.arange(len(keys), dtype=np.intp), np.diff(offsets).astype(np.intp))
        elif plain:
            # One plain key column: a sorted hash factorisation, the same order as groupby's.
            factor_codes, uniques = pd.factorize(column, sort=True, use_na_sentinel=False)
            codes = np.asarray(factor_codes, dtype=np.intp)
            keys = pd.DataFrame({by[0]: uniques})
            keys[by[0]] = keys[by[0]].astype(column.dtype)
        else:
            codes = np.asarray(data.groupby(by, sort=True, dropna=False, observed=True).ngroup(), dtype=np.intp)
            first = np.unique(codes, return_index=True)[1]
            keys = data[by].iloc[first].reset_index(drop=True)
    if sort_within and _already_sorted(codes, sort_within):
        order = np.arange(len(codes), dtype=np.intp)  # grouped, and sorted within each group
    elif sort_within:
        order = np.lexsort((*reversed([np.asarray(s) for s in sort_within]), codes)).astype(np.intp)
    elif len(codes) < 2 or bool((codes[1:] >= codes[:-1]).all()):
        order = np.arange(len(codes), dtype=np.intp)  # already grouped and in key order
    else:
        order = np.argsort(codes, kind="stable").astype(np.intp)
    counts = np.bincount(codes, minlength=len(keys))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.uintp)
    in_order = len(order) < 2 or bool((order[1:] > order[:-1]).all())
    return _Groups(keys, order, offsets, in_order)


def _already_sorted(codes: npt.NDArray[np.intp], sort_within: Sequence[Any]) -> bool:
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
