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


def _readme_commands() -> list[list[str]]:
    """The shell commands the README shows after the first command, as argument lists."""
    import shlex

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("job and its relatives are") :]
    start = section.index("```sh\n") + len("```sh\n")
    block = section[start : section.index("\n```", start)].replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def test_readme_commands_run_and_write_under_out(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    commands = _readme_commands()
    assert len(commands) == 5
    needs_browser = any("--pdf" in c for c in commands)
    if needs_browser and not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")):
        if os.environ.get("BOARDROOM_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required for the README's --pdf command")
        commands = [c[: c.index("--pdf")] if "--pdf" in c else c for c in commands]
    for command in commands:
        assert command[0] == ".venv/bin/boardroom"
        result = subprocess.run(
            [sys.executable, "-m", "boardroom", *command[1:]],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"{command}: {result.stderr}"
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written and all(name.startswith("out/") for name in written), written
    assert "out/board.json" in written and "out/public.html" in written


def test_readme_own_board_commands_run_and_write_under_out(tmp_path: Path) -> None:
    import shlex
    import subprocess
    import sys

    pytest.importorskip("openpyxl")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Run your own board") :]
    assert "(docs/own-board.md)" in section
    start = section.index("```sh\n") + len("```sh\n")
    block = section[start : section.index("\n```", start)].replace("\\\n", " ")
    commands = [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]
    assert [c[1] for c in commands] == ["new", "template", "init", "export", "import", "action", "log"]
    outputs = []
    for command in commands:
        assert command[0] == ".venv/bin/boardroom"
        result = subprocess.run(
            [sys.executable, "-m", "boardroom", *command[1:]],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"{command}: {result.stderr}"
        outputs.append(result.stdout)
    assert "nothing to change" in outputs[4]
    assert "'open' -> 'done on 2015-12-01: Reported'" in outputs[6]
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written and all(name.startswith("out/") for name in written), written
