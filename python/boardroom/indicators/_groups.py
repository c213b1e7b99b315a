"""Rows sorted into groups as R's ``group_by`` orders them: the one grouping helper of every grouped
function in :mod:`boardroom.indicators`.

Sort-based, without pandas ``groupby``: each key column is factorised with its values sorted
(categories in their own order, missing values last, as ``groupby(sort=True, dropna=False,
observed=True)``), several keys are combined into one code in mixed radix and ranked densely,
and rows are put in group order by a stable counting sort in C++. Rows keep their input order
within a group unless ``sort_within`` gives keys to sort them by.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

import numpy as np
import numpy.typing as npt

from .._core import indicators as _k
from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

Intp = npt.NDArray[np.intp]


class _Keys(NamedTuple):
    """Each key column's sorted distinct values and, per group, the index of its value in them."""

    names: tuple[str, ...]
    uniques: tuple[Any, ...]
    codes: tuple[Intp, ...]
    dtypes: tuple[Any, ...]


class _Groups:
    """Rows sorted into groups: ``order`` indexes the input, group g is order[offsets[g]:offsets[g+1]].
    ``keys`` (one row per group: the key columns) is built when first asked for."""

    __slots__ = ("_keys", "_order", "_parts", "_rows", "codes", "columns", "in_order", "offsets")

    def __init__(self, keys: pd.DataFrame | _Keys | None, order: Intp | None, offsets: npt.NDArray[np.uintp],
                 in_order: bool = False, codes: Intp | None = None, columns: tuple[str, ...] = ()) -> None:
        self._keys = keys if not isinstance(keys, _Keys) else None
        self._parts = keys if isinstance(keys, _Keys) else None
        self._order = order  # None: the identity (rows already in group order), built when asked for
        self.offsets = offsets
        self.in_order = in_order  # order is the identity: rows need no reordering
        self.codes = codes  # each input row's group, when known
        self.columns = columns
        self._rows: Intp | None = None

    @property
    def order(self) -> Intp:
        if self._order is None:
            self._order = np.arange(int(self.offsets[-1]) if len(self.offsets) else 0, dtype=np.intp)
        return self._order

    @property
    def keys(self) -> pd.DataFrame:
        if self._keys is None:
            import pandas as pd

            if self._parts is None:
                self._keys = pd.DataFrame(index=[0])
            else:
                self._keys = pd.DataFrame({
                    name: _key_column(uniques, codes, dtype)
                    for name, uniques, codes, dtype in zip(*self._parts)
                })
        return self._keys

    def _replace(self, **changes: Any) -> _Groups:
        fields: dict[str, Any] = {"keys": self._parts if self._parts is not None else self._keys, "order": self._order,
                  "offsets": self.offsets, "in_order": self.in_order, "codes": self.codes, "columns": self.columns}
        fields.update(changes)
        replaced = _Groups(**fields)
        if "offsets" not in changes:
            replaced._rows = self._rows
        return replaced

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
        """The group of each row in group order (computed once; do not modify)."""
        if self._rows is None:
            self._rows = np.repeat(np.arange(self.group_count(), dtype=np.intp), np.diff(self.offsets).astype(np.intp))
        return self._rows

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


def _dense(raw: Intp, space: int) -> tuple[Intp, Intp]:
    """Codes 0 <= raw < space ranked densely in one pass (no sort): (codes, the raw values present)."""
    seen = np.zeros(space, dtype=bool)
    seen[raw] = True
    return (np.cumsum(seen, dtype=np.intp) - 1)[raw], np.flatnonzero(seen)


def _factorised(column: pd.Series[Any]) -> tuple[Intp, Any]:
    """Codes of a key column in sorted order of its values (missing last) and the sorted distinct
    values: categories in their own order (observed ones only) and small ranges of whole numbers
    ranked without a sort, other numbers by numpy's sort, text by pandas' factorize."""
    import pandas as pd

    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        size = len(dtype.categories)
        raw = np.asarray(column.array.codes, dtype=np.intp)
        raw = np.where(raw < 0, size, raw)  # missing last
        codes, present = _dense(raw, size + 1)
        return codes, pd.Categorical.from_codes(np.where(present == size, -1, present), dtype=dtype)
    arrow = getattr(column.array, "_pa_array", None)
    if isinstance(dtype, pd.StringDtype) and arrow is not None and len(column) > 4096:
        return _arrow_factorised(arrow)
    if not isinstance(dtype, np.dtype) and not isinstance(dtype, pd.StringDtype):
        # pandas' other dtypes (nullable numbers, Arrow types) order their own values.
        codes, uniques = column.factorize(sort=True, use_na_sentinel=False)
        return np.asarray(codes, dtype=np.intp), uniques
    values = column.to_numpy()
    if values.dtype.kind in "iu" and len(values):
        low, high = int(values.min()), int(values.max())
        if high - low <= 4 * len(values) + 1024:
            codes, present = _dense((values - low).astype(np.intp), high - low + 1)
            return codes, (present + low).astype(values.dtype)
    if values.dtype.kind in "biufmM":
        uniques, codes = np.unique(values, return_inverse=True)
        return np.asarray(codes, dtype=np.intp).reshape(-1), uniques
    codes, uniques = pd.factorize(values, sort=True, use_na_sentinel=False)
    return np.asarray(codes, dtype=np.intp), np.asarray(uniques, dtype=object)


def _arrow_factorised(arrow: Any) -> tuple[Intp, Any]:
    """Arrow-backed text: dictionary-encoded by Arrow (several times faster than hashing Python
    strings), the dictionary sorted with missing last."""
    import pyarrow.compute as pc

    encoded = arrow.dictionary_encode(null_encoding="encode").combine_chunks()
    dictionary = encoded.dictionary
    order = np.asarray(pc.array_sort_indices(dictionary, null_placement="at_end"), dtype=np.intp)
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order), dtype=np.intp)
    codes = rank[np.asarray(encoded.indices, dtype=np.intp)]
    return codes, np.asarray(dictionary.take(order).to_pylist(), dtype=object)


def _key_column(uniques: Any, codes: Intp, dtype: Any) -> Any:
    import pandas as pd

    taken = uniques.take(codes)
    if isinstance(taken, np.ndarray) and taken.dtype == dtype:
        return taken
    if type(taken).__module__.startswith("pyarrow") and isinstance(dtype, pd.StringDtype):
        return pd.array(taken, dtype=dtype)  # Arrow text to Arrow-backed text: no Python strings
    values = pd.Series(taken)
    return values if values.dtype == dtype else values.astype(dtype)


def _refuse_output_keys(function: str, by: Sequence[str], outputs: Iterable[str]) -> None:
    """A group column named like one of ``function``'s output columns would be overwritten by that
    output (a key ``value`` replaced by the values): refuse it, as dplyr refuses to modify a
    grouping variable. Names are compared exactly, as pandas compares them."""
    written = list(dict.fromkeys(str(c) for c in outputs))
    clash = [c for c in by if c in written]
    if clash:
        raise InputError(
            f"{function}: by: the group column {clash[0]!r} has the name of an output column, which would "
            f"overwrite it; rename the column (the outputs are {', '.join(map(repr, written))})",
            field=clash[0])


def _group(data: pd.DataFrame, by: Sequence[str], sort_within: Sequence[Any] = ()) -> _Groups:
    """Group keys sorted as R's group_by, rows of a group in input order (or by ``sort_within``,
    arrays in input order, first key first). A key that is not a column is an InputError."""
    by = list(by)
    rows = len(data)
    missing = [c for c in by if c not in data.columns]
    if missing:
        raise InputError(f"by: no column {missing[0]!r} in the data; the columns are {_present(data)}",
                         field=missing[0])
    keys: _Keys | None = None
    if by and not sort_within and rows:
        fast = _sorted_groups(data, by)
        if fast is not None:
            return fast
    if not by:
        codes: Intp = np.zeros(rows, dtype=np.intp)
        count = 1
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


class _RawKey(NamedTuple):
    """One key column as the one-pass grouping reads it: its codes in their own width (raw - low,
    a negative one meaning missing, sorted last; then ``table``), and how a group's code becomes
    the key's sorted distinct values and the group's index in them."""

    raw: npt.NDArray[Any]
    low: int
    space: int
    table: npt.NDArray[np.int64] | None
    finish: Callable[[Intp], tuple[Any, Intp]]


def _observed(present_values: Callable[[Intp], Any]) -> Callable[[Intp], tuple[Any, Intp]]:
    """finish() of a key whose codes leave gaps: the values of the codes the groups use."""

    def finish(codes: Intp) -> tuple[Any, Intp]:
        present = np.unique(codes)
        return present_values(present), np.searchsorted(present, codes).astype(np.intp)

    return finish


def _raw_key(column: pd.Series[Any]) -> _RawKey:
    """The key's codes without a pass that writes one value per row where the column allows it
    (categories, Arrow text, small ranges of whole numbers); else :func:`_factorised`'s."""
    import pandas as pd

    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        size = len(dtype.categories)
        return _RawKey(np.asarray(column.array.codes), 0, size + 1, None, _observed(
            lambda present: pd.Categorical.from_codes(np.where(present == size, -1, present), dtype=dtype)))
    arrow = getattr(column.array, "_pa_array", None)
    if isinstance(dtype, pd.StringDtype) and arrow is not None and len(column) > 4096:
        import pyarrow.compute as pc

        encoded = arrow.dictionary_encode(null_encoding="encode").combine_chunks()
        dictionary = encoded.dictionary
        order = np.asarray(pc.array_sort_indices(dictionary, null_placement="at_end"), dtype=np.intp)
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order), dtype=np.int64)
        # The distinct values stay Arrow text: the key column is then taken from them in Arrow.
        uniques = dictionary.take(order)
        indices = np.asarray(encoded.indices.to_numpy(zero_copy_only=False))
        return _RawKey(indices, 0, max(len(order), 1), rank, lambda codes: (uniques, codes))
    if isinstance(dtype, np.dtype) and (dtype.kind == "i" or (dtype.kind == "u" and dtype.itemsize < 8)):
        values = column.to_numpy()
        low, high = int(values.min()), int(values.max())
        if high - low <= 4 * len(values) + 1024:
            return _RawKey(values, low, high - low + 1, None,
                           _observed(lambda present: (present + low).astype(values.dtype)))
    codes, uniques = _factorised(column)
    return _RawKey(codes, 0, max(len(uniques), 1), None, lambda group_codes: (uniques, group_codes))


def _sorted_groups(data: pd.DataFrame, by: list[str]) -> _Groups | None:
    """The groups of rows already in key order (as an extract writes them) in one C++ pass that
    writes nothing per row: no group code per row, no order (the identity). None when the rows
    are not in key order or the keys' codes do not fit one 64-bit code."""
    columns = [data[c] for c in by]
    keys = [_raw_key(c) for c in columns]
    if float(np.prod(np.asarray([k.space for k in keys], dtype=np.float64))) >= 2.0**62:
        return None
    found = _k.sorted_groups([(k.raw, k.low, k.space, k.table) for k in keys], len(data))
    if found is None:
        return None
    offsets, rest = found
    per_key: list[Intp] = []
    for key in reversed(keys[1:]):
        per_key.append((rest % key.space).astype(np.intp))
        rest = rest // key.space
    per_key.append(rest.astype(np.intp))
    per_key.reverse()
    finished = [key.finish(codes) for key, codes in zip(keys, per_key)]
    parts = _Keys(tuple(by), tuple(u for u, _ in finished), tuple(c for _, c in finished),
                  tuple(c.dtype for c in columns))
    return _Groups(parts, None, offsets.view(np.uintp), True, None, tuple(by))


def _offsets(codes: Intp, count: int) -> npt.NDArray[np.uintp]:
    return np.concatenate([[0], np.cumsum(np.bincount(codes, minlength=count))]).astype(np.uintp)


def _combined(data: pd.DataFrame, by: list[str]) -> tuple[Intp, _Keys, int]:
    """Dense group codes in key order, each group's keys, and the group count."""
    columns = [data[c] for c in by]
    parts = [_factorised(c) for c in columns]
    dtypes = tuple(c.dtype for c in columns)
    if len(parts) == 1:
        codes, uniques = parts[0]
        return codes, _Keys(tuple(by), (uniques,), (np.arange(len(uniques), dtype=np.intp),), dtypes), len(uniques)
    sizes = [max(len(u), 1) for _, u in parts]
    if float(np.prod(np.asarray(sizes, dtype=np.float64))) < 2.0**62:
        # Mixed radix: the combined code sorts as the keys do, first key first.
        combined = parts[0][0].astype(np.int64)
        for (key_codes, _), size in zip(parts[1:], sizes[1:]):
            combined = combined * size + key_codes
        space = int(np.prod(np.asarray(sizes, dtype=np.int64)))
        if space <= 4 * len(combined) + 1024:
            codes, present = _dense(combined.astype(np.intp, copy=False), space)
        else:
            present, inverse = np.unique(combined, return_inverse=True)
            codes = np.asarray(inverse, dtype=np.intp).reshape(-1)
        per_key: list[Intp] = []
        rest = present
        for size in reversed(sizes[1:]):
            per_key.append((rest % size).astype(np.intp))
            rest = rest // size
        per_key.append(rest.astype(np.intp))
        per_key.reverse()
        return codes, _Keys(tuple(by), tuple(u for _, u in parts), tuple(per_key), dtypes), len(present)
    # Too many combinations for one 64-bit code: sort the key codes lexicographically.
    stacked = np.vstack([c for c, _ in parts])
    order = np.lexsort(stacked[::-1])
    sorted_codes = stacked[:, order]
    change = np.concatenate([[True], (sorted_codes[:, 1:] != sorted_codes[:, :-1]).any(axis=0)])
    codes = np.empty(len(order), dtype=np.intp)
    codes[order] = np.cumsum(change) - 1
    firsts = sorted_codes[:, change]
    keys = _Keys(tuple(by), tuple(u for _, u in parts), tuple(firsts[k] for k in range(len(by))), dtypes)
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
