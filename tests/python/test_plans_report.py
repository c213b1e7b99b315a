"""The plan's charts and its RAG dashboard section for the board pack.

Ratings are illustrative (the seed prints none), built here.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

from boardroom import errors, plans
from boardroom.plans import Plan
from boardroom.report.plan_section import render_plan_dashboard

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PACK_DATE = dt.date(2015, 12, 10)

#: Illustrative ratings, not from the source.
ILLUSTRATIVE = [
    ("1.1", "2015-06-30", "R"),
    ("1.1", "2015-09-30", "A"),
    ("2.1", "2015-09-30", "G"),
    ("1.1", "2015-12-10", "G"),
    ("2.1", "2015-12-10", "R"),
    ("6.1", "2015-12-10", "B"),
]


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@pytest.fixture
def rated() -> Plan:
    plan = plans.example_plan().plan
    for number, date, status in ILLUSTRATIVE:
        plans.rate(plan, number, date, status, rated_by="illustrative")
    return plan


def test_rag_history_chart_names_statuses_in_words(rated: Plan) -> None:
    ax = plans.plot_rag_history(rated)
    legend = ax.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["Unrated", "Blue", "Green", "Amber", "Red"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["30 Jun 2015", "30 Sep 2015", "10 Dec 2015"]
    numbers = [t.get_text() for t in ax.texts]
    assert numbers.count("39") == 1 and numbers.count("38") == 1 and numbers.count("37") == 1
    # Each bar stacks to the 40 actions.
    tops: dict[float, float] = {}
    for patch in ax.patches:
        x = round(patch.get_x(), 3)  # type: ignore[attr-defined]
        tops[x] = tops.get(x, 0) + patch.get_height()  # type: ignore[attr-defined]
    assert sorted(tops.values()) == [40, 40, 40]


def test_rag_history_of_one_section_and_given_dates(rated: Plan) -> None:
    ax = plans.plot_rag_history(rated, ["2015-09-30", PACK_DATE], section="1")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["30 Sep 2015", "10 Dec 2015"]
    assert "section 1" in ax.get_title()
    with pytest.raises(errors.NotFoundError):
        plans.plot_rag_history(rated, [PACK_DATE], section="9")


def test_rag_history_needs_dates_for_an_unrated_plan() -> None:
    plan = plans.example_plan().plan
    with pytest.raises(errors.ValidationError, match="no ratings"):
        plans.plot_rag_history(plan)
    ax = plans.plot_rag_history(plan, [PACK_DATE])
    assert [t.get_text() for t in ax.texts] == ["40"]


def test_action_timeline(rated: Plan) -> None:
    ax = plans.plot_action_timeline(rated, "1.1")
    texts = [t.get_text() for t in ax.texts]
    assert texts[:4] == ["Unrated (180 days)", "Red (92 days)", "Amber (71 days)", "Green (1 day)"]
    assert " due 30 Sep 2014" in texts
    assert len(ax.lines) == 3 + 1, "three rating markers and the due-date line"
    with pytest.raises(errors.NotFoundError):
        plans.plot_action_timeline(rated, "3.7")


def test_charts_without_matplotlib_say_what_to_install(rated: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"need matplotlib.*pip install matplotlib"):
        plans.plot_rag_history(rated)
    with pytest.raises(ImportError, match="matplotlib"):
        plans.plot_action_timeline(rated, "1.1")


class _Checker(HTMLParser):
    """Collects the tags of a fragment, and whether every opened element is closed."""

    VOID = {"br", "img", "meta", "link", "hr", "input", "path", "rect", "use", "stop"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.mismatched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.mismatched.append(tag)
            return
        self.stack.pop()


def _parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.mismatched == [] and checker.stack == [], "the fragment is well nested"
    return checker


def _without_svg(html: str) -> str:
    return re.sub(r"<svg.*?</svg>", "", html, flags=re.S)


def test_dashboard_has_its_parts(rated: Plan) -> None:
    html = render_plan_dashboard(rated, PACK_DATE)
    parsed = _parse(html)
    assert html.lstrip().startswith('<section id="action-plan"')
    assert '<h2 id="action-plan-heading">Action plan: RAG position at Thursday 10 December 2015</h2>' in html
    headers = [attrs.get("scope") for tag, attrs in parsed.tags if tag == "th"]
    assert None not in headers, "every header cell says whether it heads a row or a column"
    text = _without_svg(html)
    assert '<th scope="col">Unrated</th>' in text and '<th scope="col">Blue</th>' in text
    assert '<th scope="row">1. Prevent: Public Confidence and Awareness</th>' in text
    assert '<th scope="row">All sections</th>' in text
    assert "Compared with the position at Wednesday 30 September 2015." in text
    assert re.search(r'<th scope="row">1.1</th>\s*<td>1</td>\s*<td>Amber</td>\s*<td>Green</td>\s*<td>improved</td>', text)
    assert re.search(r"<td>Green</td>\s*<td>Red</td>\s*<td>worsened</td>", text)
    assert re.search(r"<td>Unrated</td>\s*<td>Blue</td>\s*<td>completed</td>", text)
    assert "27 actions are past their due date" in text
    assert '<th scope="row">No lead given</th>' in text
    assert re.search(r'<th scope="row">Head of PPU</th>\s*<td>8</td>', text), "6.1 is complete (illustrative)"
    assert html.count("<svg") == 1 and 'role="img"' in html
    assert re.search(r"<text[^>]*>[^<]*Unrated", html), "the chart's text is text, in words"
    assert "Little progress made/Significant challenges" in text, "the printed key"


def test_dashboard_of_an_unrated_plan() -> None:
    plan = plans.example_plan().plan
    html = render_plan_dashboard(plan, "2015-12-10")
    _parse(html)
    assert "No action in this plan has been rated yet: all 40 actions are unrated." in html
    assert "There is no earlier report" in html
    assert "No action changed RAG status." in html
    assert "27 actions are past their due date" in html, "6.1's evidence reads Reviewed / completed"
    assert "Action 6.1: the evidence reads &ldquo;Reviewed / completed&rdquo;" in html


def test_dashboard_escapes_plan_text() -> None:
    plan = plans.Plan()
    plan.title = "Plan <script>alert('title')</script> 2015-2018"
    plan.period = plans.parse_plan_period("2015-2018")
    scheme = plans.default_rag_scheme()
    statuses = scheme.statuses
    statuses[0].label = "Red <i>bad</i>"
    statuses[1].colour = "red; background-image: url(x)"
    scheme.statuses = statuses
    plan.scheme = scheme
    plans.add_section(plan, plans.PlanSection("1", "Tom & Jerry <b>section</b>"))
    plans.add_action(plan, plans.PlanAction("1.1", "1", "Act", leads="<img src=x onerror=alert(1)>", timescale="May 2015"))
    plans.rate(plan, "1.1", "2015-09-30", "R")
    plans.rate(plan, "1.1", "2015-12-10", "A")
    html = render_plan_dashboard(plan, PACK_DATE)
    _parse(html)
    for raw in ("<script>", "<b>section", "<i>bad", "<img src=x", "url(x)"):
        assert raw not in html, raw
    assert "Tom &amp; Jerry &lt;b&gt;section&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Red &lt;i&gt;bad&lt;/i&gt;" in html
    tags = {tag for tag, _ in _parse(html).tags}
    assert not tags & {"script", "img", "b", "i"}


def test_dashboard_since_a_chosen_date(rated: Plan) -> None:
    html = render_plan_dashboard(rated, PACK_DATE, since="2015-06-30")
    text = _without_svg(html)
    assert "Compared with the position at Tuesday 30 June 2015." in text
    assert re.search(r'<th scope="row">1.1</th>\s*<td>1</td>\s*<td>Red</td>\s*<td>Green</td>', text)
    unchanged = copy.deepcopy(rated)
    render_plan_dashboard(unchanged, PACK_DATE)
    assert unchanged == rated, "rendering does not change the plan"


def test_rag_chart_counts_actions_in_whole_numbers(rated: Plan) -> None:
    ax = plans.plot_rag_history(rated)
    ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]
    assert ticks and all(float(t).is_integer() for t in ticks)
