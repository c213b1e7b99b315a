"""docs/own-board.md runs as written: its ```bash and ```python blocks, in order, in an empty
folder, with ``boardroom`` on the PATH."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytest.importorskip("openpyxl")

DOC = REPO / "docs" / "own-board.md"


def blocks() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    return [(m[1], m[2]) for m in re.finditer(r"^```(bash|python)\n(.*?)^```$", text, re.S | re.M)]


def test_the_walk_through_has_both_ways_in() -> None:
    found = blocks()
    kinds = [kind for kind, _ in found]
    assert "python" in kinds and "bash" in kinds
    code = "\n".join(text for _, text in found)
    for command in ("boardroom new", "boardroom template", "boardroom import", "--dry-run", "boardroom action",
                    "boardroom rate", "boardroom log", "boardroom export", "--public", "--xlsx"):
        assert command in code, command


def test_the_walk_through_runs_as_written(tmp_path: Path) -> None:
    # `boardroom` as the reader would type it: this interpreter's boardroom.
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "boardroom").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m boardroom "$@"\n', encoding="utf-8")
    (shim / "boardroom").chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PATH": f"{shim}{os.pathsep}{os.environ.get('PATH', '')}", "USER": "reader"}
    outputs = []
    for kind, code in blocks():
        command = ["bash", "-euo", "pipefail", "-c", code] if kind == "bash" else [sys.executable, "-c", code]
        result = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=600, check=False)
        assert result.returncode == 0, f"{kind} block failed:\n{code}\n{result.stdout}\n{result.stderr}"
        outputs.append(result.stdout + result.stderr)
    joined = "\n".join(outputs)
    public = (work / "public.html").read_text(encoding="utf-8")
    private = (work / "private.html").read_text(encoding="utf-8")
    assert "sarah.dunn@example.org" in private and "sarah.dunn@example.org" not in public
    assert "Better Care Fund" in private and "Better Care Fund" not in public
    assert "Health and Wellbeing Board" in public
    assert "nothing to change" in joined, "re-importing the same workbook changes nothing"
    assert "would change" in joined and "dry run: nothing was written" in joined
    assert "Board business manager" in joined and "reader" in joined, "the log names who changed what"
    assert "done on 2016-04-20: Timetable circulated" in joined
    assert "last changed" in joined
