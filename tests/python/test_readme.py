"""The README's examples are the files CI runs, word for word."""

from __future__ import annotations

import pytest

from conftest import REPO


def test_readme_examples_are_the_tested_files() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, fence in (("quickstart.py", "```python\n"), ("quickstart.cpp", "```cpp\n")):
        source = (REPO / "examples" / name).read_text(encoding="utf-8")
        assert fence + source.rstrip() + "\n```" in readme, f"README's example differs from examples/{name}"


def test_readme_names_both_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/example.sh" in readme
    assert "bash scripts/test.sh" in readme
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci and "bash scripts/example.sh" in ci


def test_readme_indicator_example_prints_what_it_shows(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Indicator statistics") :]
    start = section.index("```python\n") + len("```python\n")
    block = section[start : section.index("\n```", start)]
    code = [line for line in block.splitlines() if not line.startswith("#")]
    shown = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    code[-1] = f"print({code[-1]})"
    exec("\n".join(code), {})
    assert capsys.readouterr().out.splitlines() == shown
