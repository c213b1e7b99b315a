"""The README's commands for papers in Word and calendars run as shown."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytest.importorskip("docx")
pytest.importorskip("icalendar")


def _commands() -> list[list[str]]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Papers in Word, from ModernGov, and in calendars") :]
    start = section.index("```sh\n") + len("```sh\n")
    block = section[start : section.index("\n```", start)].replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def test_readme_document_commands_run_and_write_under_out(tmp_path: Path) -> None:
    commands = _commands()
    (tmp_path / "out").mkdir()  # made by the README's first commands, which come before these
    assert [c[1] for c in commands] == ["init", "agenda", "minutes", "init", "import", "calendar"]
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
    assert all(name.startswith("out/") for name in written), written
    assert {"out/agenda.docx", "out/minutes.docx", "out/from-word.sqlite", "out/meetings.ics"} <= set(written)
