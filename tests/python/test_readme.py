"""The README's examples are the files CI runs, word for word."""

from __future__ import annotations

from pathlib import Path

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


def _readme_commands(marker: str = "job and its relatives are") -> list[list[str]]:
    """The shell commands of the first ``sh`` block after ``marker`` in the README, as argument lists."""
    import shlex

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(marker) :]
    start = section.index("```sh\n") + len("```sh\n")
    block = section[start : section.index("\n```", start)].replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def _run_readme_commands(commands: list[list[str]], cwd: Path) -> list[str]:
    """Run each README command as the installed ``boardroom`` in ``cwd``; their standard outputs.

    Each must succeed, and together they write only under ``out/``."""
    import subprocess
    import sys

    outputs = []
    for command in commands:
        assert command[0] == ".venv/bin/boardroom"
        result = subprocess.run(
            [sys.executable, "-m", "boardroom", *command[1:]],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"{command}: {result.stderr}"
        outputs.append(result.stdout)
    written = _written(cwd)
    assert written and all(name.startswith("out/") for name in written), written
    return outputs


def _written(cwd: Path) -> set[str]:
    return {p.relative_to(cwd).as_posix() for p in cwd.rglob("*") if p.is_file()}


def test_readme_commands_run_and_write_under_out(tmp_path: Path) -> None:
    import os
    import shutil

    commands = _readme_commands()
    assert len(commands) == 5
    needs_browser = any("--pdf" in c for c in commands)
    if needs_browser and not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")):
        if os.environ.get("BOARDROOM_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required for the README's --pdf command")
        commands = [c[: c.index("--pdf")] if "--pdf" in c else c for c in commands]
    _run_readme_commands(commands, tmp_path)
    written = _written(tmp_path)
    assert "out/board.json" in written and "out/public.html" in written


def test_readme_own_board_commands_run_and_write_under_out(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "(docs/own-board.md)" in readme[readme.index("## Run your own board") :]
    commands = _readme_commands("## Run your own board")
    assert [c[1] for c in commands] == ["new", "template", "init", "export", "import", "action", "log"]
    outputs = _run_readme_commands(commands, tmp_path)
    assert "nothing to change" in outputs[4]
    assert "'open' -> 'done on 2015-12-01: Reported'" in outputs[6]


def test_readme_document_commands_run_and_write_under_out(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    pytest.importorskip("icalendar")
    commands = _readme_commands("## Papers in Word, from ModernGov, and in calendars")
    (tmp_path / "out").mkdir()  # made by the README's first commands, which come before these
    assert [c[1] for c in commands] == ["init", "agenda", "minutes", "init", "import", "calendar"]
    _run_readme_commands(commands, tmp_path)
    assert {"out/agenda.docx", "out/minutes.docx", "out/from-word.sqlite", "out/meetings.ics"} <= _written(tmp_path)
