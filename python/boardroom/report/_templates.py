"""The report's one Jinja environment: every section and the pack render through it, so they
share one set of filters and one escaping rule (autoescape everywhere, undefined names an error).
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any

__all__ = ["css_string", "environment", "render"]

_BULLETS = ("- ", "\u2022", "\u2013 ", "* ", "o ")


def _is_bullet(line: str) -> bool:
    """A line of a list as minutes print one: "- item", "• item"."""
    return line.lstrip().startswith(_BULLETS)


def _unbullet(line: str) -> str:
    stripped = line.lstrip()
    for bullet in _BULLETS:
        if stripped.startswith(bullet):
            return stripped[len(bullet) :].strip()
    return stripped


def _day(date: _dt.date) -> str:
    """'17 September 2015'."""
    return f"{date.day} {date:%B %Y}"


def css_string(text: str) -> Any:
    """``text`` as the inside of a CSS string (for a page header): every character but letters,
    digits and spaces written as a CSS escape, so no quote, backslash or markup can end it."""
    from markupsafe import Markup

    return Markup("".join(c if c.isascii() and (c.isalnum() or c == " ") else f"\\{ord(c):x} " for c in text))


@functools.lru_cache(maxsize=1)
def environment() -> Any:
    """The environment, made once: its templates are compiled on first use and kept (the plan
    dashboard of every plan reuses them)."""
    import jinja2

    from .._core.core import agenda_time, long_date
    from .._core.report import exempt_notice
    from .indicator_table import LEGEND

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("boardroom.report", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["long_date"] = long_date
    env.filters["agenda_time"] = agenda_time
    env.filters["css_string"] = css_string
    env.filters["day"] = _day
    env.filters["unbullet"] = _unbullet
    env.tests["bullet"] = _is_bullet
    env.globals["exempt_notice"] = exempt_notice
    env.globals["legend"] = LEGEND
    return env


def render(template: str, **context: Any) -> str:
    """``template`` (a file of report/templates) rendered with ``context``."""
    return str(environment().get_template(template).render(**context))
