"""Polars DataFrames and PyArrow Tables given to the DataFrame API, and the Dask recipe of the
README: boardroom.indicators per partition, each partition holding whole groups, on a Parquet data
set larger than the memory the run allows itself."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom import errors


def _counts(rows: int = 200) -> pd.DataFrame:
    rng = np.random.default_rng(8)
    n = rng.integers(50, 5000, rows).astype(float)
    return pd.DataFrame({
        "area": rng.choice(["E01", "E02", "E03"], rows),
        "year": rng.integers(2018, 2021, rows),
        "x": np.floor(rng.random(rows) * n),
        "n": n,
    })


def test_polars_frames_are_accepted_without_copying_numbers() -> None:
    pl = pytest.importorskip("polars")
    data = _counts()
    table = pl.from_pandas(data)
    calls: list[Callable[[Any], pd.DataFrame]] = [
        lambda d: ind.proportion(d, "x", "n"), lambda d: ind.rate(d, "x", "n", by=["area", "year"]),
        lambda d: ind.mean(d, "x", by="area")]
    for call in calls:
        pd.testing.assert_frame_equal(call(table), call(data), check_dtype=False)
    x = table.get_column("x")
    assert np.shares_memory(x.to_numpy(), x.to_numpy())  # numbers without nulls are views


def test_arrow_tables_are_accepted_and_nulls_are_missing() -> None:
    pa = pytest.importorskip("pyarrow")
    data = _counts()
    table = pa.Table.from_pandas(data, preserve_index=False)
    pd.testing.assert_frame_equal(ind.proportion(table, "x", "n", by="area"), ind.proportion(data, "x", "n", by="area"),
                                  check_dtype=False)
    with_null = pa.table({"x": pa.array([1.0, None]), "n": pa.array([10.0, 20.0])})
    out = ind.proportion(with_null, "x", "n")
    assert np.isnan(out["value"].iloc[1]) and out["value"].iloc[0] == 0.1


def test_other_objects_are_refused_naming_what_is_accepted() -> None:
    with pytest.raises(errors.InputError, match="a Polars DataFrame or a PyArrow Table"):
        ind.proportion([[1, 2]], "x", "n")  # type: ignore[arg-type]


AREAS, SEXES, YEARS, FILES = 6000, 2, 10, 60


def _write_dataset(folder: Path) -> tuple[list[Path], int]:
    """A mortality data set in Parquet files of whole areas (as a partitioned extract is written):
    areas x 19 age bands x 2 sexes x 10 years. Returns the files and the bytes the whole data set
    takes as a pandas DataFrame."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rng = np.random.default_rng(16)
    bands = len(ind.ESP2013_LABELS)
    per_file = AREAS // FILES
    files, size = [], 0
    for f in range(FILES):
        rows = per_file * bands * SEXES * YEARS
        area = np.repeat(np.arange(f * per_file, (f + 1) * per_file, dtype=np.int32), bands * SEXES * YEARS)
        sex = np.tile(np.repeat(np.array([1, 2], dtype=np.int8), bands * YEARS), per_file)
        year = np.tile(np.repeat(np.arange(2010, 2010 + YEARS, dtype=np.int16), bands), per_file * SEXES)
        band = np.tile(np.arange(bands, dtype=np.int8), per_file * SEXES * YEARS)
        n = rng.integers(200, 4000, rows).astype(np.float64)
        x = rng.poisson(n * 0.0004 * np.exp(band / 3.5)).astype(np.float64)
        frame = pd.DataFrame({"area": area, "sex": sex, "year": year,
                              "ageband": pd.Categorical.from_codes(band, dtype=pd.CategoricalDtype(list(ind.ESP2013_LABELS))),
                              "x": x, "n": n})
        size += int(frame.memory_usage(index=False, deep=True).sum())
        path = folder / f"part-{f:03d}.parquet"
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
        files.append(path)
    return files, size


def test_dask_recipe_runs_per_partition_of_whole_groups_in_bounded_memory(tmp_path: Path) -> None:
    dd = pytest.importorskip("dask.dataframe")

    files, size = _write_dataset(tmp_path)
    budget = size // 4  # the run may hold a quarter of the data set at most
    out = tmp_path / "dsr"
    keys = ["area", "sex", "year"]

    # The recipe: one partition per file (each file holds whole areas), the same call per partition.
    def dsr(part: pd.DataFrame) -> pd.DataFrame:
        return ind.dsr(part, "x", "n", by=keys, ageband="ageband")

    tracemalloc.start()
    try:
        partitions = dd.from_map(pd.read_parquet, files)
        meta = dsr(pd.read_parquet(files[0])).iloc[:0]
        partitions.map_partitions(dsr, meta=meta).to_parquet(out, write_index=False, compute=True,
                                                             compute_kwargs={"scheduler": "synchronous"})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < budget, f"the recipe held {peak / 1e6:.1f} MB at its peak, over {budget / 1e6:.1f} MB"

    result = pd.read_parquet(out).sort_values(keys).reset_index(drop=True)
    whole = dsr(pd.concat([pd.read_parquet(f) for f in files], ignore_index=True))
    assert len(result) == AREAS * SEXES * YEARS
    for column in ("value", "lowercl", "uppercl", "total_count", "total_pop"):
        np.testing.assert_array_equal(result[column].to_numpy(), whole[column].to_numpy())
