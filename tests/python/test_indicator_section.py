"""The pack's indicator section: the infant mortality trend, the illustrative standardised rates,
funnel plot and suppressed counts, public and private."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import boardroom.indicators as ind
from boardroom import examples
from boardroom.errors import DisclosureError
from boardroom.report import CountTable, board_pack
from boardroom.report.charts import figure_svg
from boardroom.report.indicator_section import example_indicators
from conftest import REPO


def test_illustrative_data_is_what_its_generator_writes(tmp_path: Path) -> None:
    folder = REPO / "examples" / "illustrative-mortality"
    out = tmp_path / "deaths.csv"
    subprocess.run([sys.executable, str(folder / "generate.py"), str(out)], check=True)
    assert out.read_bytes() == (folder / "deaths.csv").read_bytes()
    data = examples.illustrative_mortality()
    assert data.shape == (13 * 5 * 19, 5)
    assert list(data["ageband"].iloc[:19]) == [f"{a}-{a + 4}" for a in range(0, 90, 5)] + ["90+"]


def test_lancashire_trend_has_limits_only_where_the_paper_gives_deaths() -> None:
    trend = examples.infant_mortality_trend("Lancashire")
    assert list(trend["period"]) == ["2002-04", "2003-05", "2004-06", "2005-07", "2006-08", "2007-09",
                                     "2008-10", "2009-11", "2010-12"]
    with_limits = trend.dropna(subset=["lowercl"])
    assert list(with_limits["period"]) == ["2002-04", "2004-06", "2009-11", "2010-12"]
    assert list(with_limits["deaths"]) == [215, 234, 203, 200]
    # 2010-12: 200 deaths, Byar's limits scaled to the printed rate of 4.8 per 1,000.
    z = 1.959963984540054
    low = 200 * (1 - 1 / (9 * 200) - z / (3 * np.sqrt(200))) ** 3
    high = 201 * (1 - 1 / (9 * 201) + z / (3 * np.sqrt(201))) ** 3
    last = trend.iloc[-1]
    assert last["lowercl"] == pytest.approx(4.8 * low / 200, rel=1e-12)
    assert last["uppercl"] == pytest.approx(4.8 * high / 200, rel=1e-12)
    assert last["england"] == 4.1


def test_illustrative_dsr_table_compares_each_year_with_england() -> None:
    table = examples.illustrative_dsr_table()
    rates = ind.dsr(examples.illustrative_mortality(), "deaths", "population", by=["area", "year"])
    a_2015 = rates[(rates["area"] == "Area A") & (rates["year"] == 2015)].iloc[0]
    england_2015 = rates[(rates["area"] == "England") & (rates["year"] == 2015)].iloc[0]
    assert table.values.loc["Area A", "2015"] == a_2015["value"]
    assert table.values.index[-1] == "England"
    expected = "Worse" if a_2015["lowercl"] > england_2015["value"] else "Similar"
    assert table.comparisons.loc["Area A", "2015"] == expected == "Worse"
    assert set(table.comparisons.loc["England"]) == {""}
    assert set(table.comparisons.drop(index="England").to_numpy().ravel()) == {"Better", "Similar", "Worse"}
    assert table.title.startswith(examples.ILLUSTRATIVE)


def test_example_indicator_section_has_table_charts_and_counts() -> None:
    kinds = [block.kind for block in example_indicators()]
    assert kinds == ["table", "figure", "table", "figure", "counts"]


def test_figures_are_inline_accessible_svg_with_distinct_ids() -> None:
    from matplotlib.figure import Figure

    svgs = []
    for label in ("First chart", "Second chart"):
        figure = Figure()
        figure.add_subplot().plot([1, 2], [3, 4])
        svgs.append(figure_svg(figure, label))
    for svg, label in zip(svgs, ("First chart", "Second chart")):
        assert svg.startswith("<svg ") and f'aria-label="{label}"' in svg and f"<title>{label}</title>" in svg
        assert "<?xml" not in svg and "<metadata" not in svg
        assert not re.search(r'(href="|url\()(https?:|//)', svg), "nothing fetched from outside"
    ids = [set(re.findall(r'id="([^"]+)"', svg)) for svg in svgs]
    assert ids[0] and not ids[0] & ids[1]
    assert figure_svg(figure, "Second chart") == svgs[1], "the same chart renders to the same bytes"


def _count_cells(html: str) -> list[str]:
    section = html[html.index("count-table"):]
    section = section[:section.index("</table>")]
    return re.findall(r"<td[^>]*>(.*?)</td>", section, flags=re.S)


def test_public_pack_prints_no_small_count_and_marks_the_suppressed() -> None:
    public = board_pack(public=True)
    cells = _count_cells(public)
    shown = [c for c in cells if not c.startswith("*")]
    assert len(cells) == 13 * 4 and len(shown) < len(cells)
    assert all(int(c.replace(",", "")) >= 5 for c in shown)
    assert "* suppressed: fewer than 5" in public

    private = board_pack()
    private_cells = _count_cells(private)
    hidden = [c for c in private_cells if "suppressed in the public pack" in c]
    assert len(hidden) == len(cells) - len(shown)
    assert any(int(c.split("<")[0]) < 5 for c in hidden), "the board sees the small counts"


def test_a_table_that_would_reveal_a_small_count_is_refused() -> None:
    counts = pd.DataFrame({"2014": [3, 12], "2015": [9, 10]}, index=["Area X", "Area Y"])
    table = CountTable.from_counts("Deaths", "deaths", counts)
    table.rows(public=True)  # suppressed properly: fine
    marks = table.marks.copy()
    marks.loc[:, :] = "shown"
    leaky = CountTable("Deaths", "deaths", table.counts, marks)
    with pytest.raises(DisclosureError):
        leaky.rows(public=True)
    # Hiding the small count alone is not enough: the totals give it back.
    marks.loc["Area X", "2014"] = "primary"
    with pytest.raises(DisclosureError):
        CountTable("Deaths", "deaths", table.counts, marks).rows(public=True)
    assert leaky.rows(public=False)[0]["cells"][0]["text"] == "3"
