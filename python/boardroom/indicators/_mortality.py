"""Years of life lost and the comparative mortality figure, by age band (bands matched by label).

Sources:

- Years of life lost (potential years of life lost, PYLL): deaths in each band times the years
  between the band's mid-point and a cut-off age (75 by default), summed over bands below it;
  J. W. Gardner and J. S. Sanborn, "Years of potential life lost (YPLL) - what does it measure?",
  Epidemiology 1 (1990) 322-329, and the ONS "Avoidable mortality" methodology (cut-off 75).
  The mid-point of band a-b is (a + b + 1) / 2 (ages in completed years: "0-4" is 2.5).
- Comparative mortality figure: CMF = 100 * sum(r_i * P_i) / sum(R_i * P_i), r_i the area's
  and R_i the reference population's age-specific rates, P_i the standard population (the
  reference's own population by default, so the denominator is the reference's deaths);
  Office for National Statistics, "Standardised mortality ratios and comparative mortality
  figures", and D. Rothman & S. Greenland, Modern Epidemiology (3rd ed., 2008), ch. 3.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError
from ._bands import Standard, match_bands, parse_band, standard_from_mapping
from ._frames import By, Frame, _by_list, _floats, _need, _row_record, _ungroup
from ._groups import _group, _refuse_output_keys

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["cmf", "years_of_life_lost"]


def _groups(data: pd.DataFrame, by: list[str]) -> tuple[pd.DataFrame, np.ndarray[Any, np.dtype[np.intp]]]:
    groups = _group(data, by)
    return groups.keys, groups.row_codes()


def _label(keys: pd.DataFrame, g: int) -> str:
    if not len(keys.columns):
        return "group 1 (all rows)"
    return f"group {g + 1} (" + ", ".join(f"{c}={v!r}" for c, v in zip(keys.columns, keys.iloc[g].tolist())) + ")"


def years_of_life_lost(data: Frame, deaths: str, ageband: str = "ageband", by: By = None,
                       cutoff: float = 75) -> pd.DataFrame:
    """Years of life lost before ``cutoff`` per group: sum(deaths * max(0, cutoff - mid-point)).

    Bands are read from their labels ("0-4", "<1", "90+"); an open band or a band whose mid-point
    is at or above ``cutoff`` adds nothing. One row per group of ``by`` with ``deaths`` (the total)
    and ``yll``. A label that is no age band, a bare age ("5": its end is unknown) or negative
    deaths are an InputError naming the column and row. Sources in the module's docstring.
    """
    data, by = _ungroup(data, by)
    groups = _by_list(by)
    _need(data, "years_of_life_lost", deaths=deaths, ageband=ageband, **{f"by[{k}]": c for k, c in enumerate(groups)})
    _refuse_output_keys("years_of_life_lost", groups, [deaths, "yll", "statistic"])
    counts = _floats(data[deaths])
    if (counts < 0).any():
        i = int(np.flatnonzero(counts < 0)[0])
        record = _row_record(data.index, i)
        raise InputError(f"{record}: field {deaths!r}: deaths are negative ({counts[i]:g})", field=deaths,
                         record=record, reason="deaths are negative")
    years = np.zeros(len(data))
    for i, label in enumerate(data[ageband].tolist()):
        band = parse_band(label)
        if band is None or math.isnan(band.end):
            record = _row_record(data.index, i)
            reason = f"{label!r} is not an age band with a first and last age"
            raise InputError(f"{record}: field {ageband!r}: {reason}", field=ageband, record=record, reason=reason)
        middle = (band.start + band.end + 1) / 2 if math.isfinite(band.end) else math.inf
        years[i] = max(0.0, cutoff - middle)
    keys, codes = _groups(data, groups)
    lost = np.bincount(codes, weights=np.nan_to_num(counts) * years, minlength=len(keys))
    total = np.bincount(codes, weights=np.nan_to_num(counts), minlength=len(keys))
    out = keys.copy()
    out[deaths] = total
    out["yll"] = lost
    out["statistic"] = f"years of life lost before age {cutoff:g}"
    return out


def cmf(data: Frame, x: str, n: str, x_ref: Any, n_ref: Any, ageband: str = "ageband", by: By = None,
        stdpop: Any = None) -> pd.DataFrame:
    """Comparative mortality figure per group: 100 * sum(r * P) / sum(R * P) (sources in the module).

    ``x``, ``n``: the area's deaths and population per band (columns). ``x_ref``, ``n_ref``: the
    reference population's deaths and population per band, as mappings or Series from band
    label to value. ``stdpop``: the standard population P, a mapping from band to value (default
    ``n_ref``). Bands are matched by label: every group needs each band of the reference exactly
    once, in any row order. One row per group of ``by`` with ``value`` (the CMF, England = 100).
    """
    import pandas as pd

    data, by = _ungroup(data, by)
    groups = _by_list(by)
    _need(data, "cmf", x=x, n=n, ageband=ageband, **{f"by[{k}]": c for k, c in enumerate(groups)})
    _refuse_output_keys("cmf", groups, ["value", "statistic"])
    specs = {}
    for name, spec in (("x_ref", x_ref), ("n_ref", n_ref), ("stdpop", n_ref if stdpop is None else stdpop)):
        if not isinstance(spec, (dict, pd.Series)):
            raise InputError(f"cmf: {name} must be a mapping or Series from age band to value", field=name)
        specs[name] = standard_from_mapping(spec, name)
    keys, codes = _groups(data, groups)
    order = np.argsort(codes, kind="stable")
    labels = data[ageband].iloc[order].reset_index(drop=True)
    sorted_codes = codes[order]

    def values_of(standard: Standard) -> np.ndarray[Any, np.dtype[np.float64]]:
        matched = match_bands(labels, ageband, sorted_codes, len(keys), lambda g: _label(keys, g), standard)
        return matched.values

    reference_rate = values_of(specs["x_ref"]) / values_of(specs["n_ref"])
    weight = values_of(specs["stdpop"])
    rate = _floats(data[x])[order] / _floats(data[n])[order]
    observed = np.bincount(sorted_codes, weights=rate * weight, minlength=len(keys))
    expected = np.bincount(sorted_codes, weights=reference_rate * weight, minlength=len(keys))
    out = keys.copy()
    out["value"] = 100.0 * observed / expected
    out["statistic"] = "comparative mortality figure (reference = 100)"
    return out
