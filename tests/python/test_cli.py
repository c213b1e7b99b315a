"""The command line as a user runs it: a real process, exit codes, stderr."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "boardroom", *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_pack_writes_the_example(tmp_path: Path) -> None:
    result = run("pack", "--out", "pack.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "wrote the pack to pack.html" in result.stderr
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "Children&#39;s Partnership Board" in html
    assert "Infant Mortality" in html


def test_malformed_example_gives_one_error_line(tmp_path: Path, example_copy: Path) -> None:
    agenda = example_copy / "agenda.csv"
    lines = agenda.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace(",Discuss,", ",Discus,", 1)  # item 3, on line 4
    agenda.write_text("".join(lines), encoding="utf-8")
    result = run("pack", str(example_copy), "--out", "pack.html", cwd=tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [f"boardroom: error: {agenda}:4: field 'purpose': unknown purpose 'Discus' "
                      "(expected Information, Action, Discuss or Decision)"]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "pack.html").exists()


def test_bad_command_line_exits_2(tmp_path: Path) -> None:
    result = run("pack", "--no-such-flag", cwd=tmp_path)
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("boardroom")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("boardroom 0.1.0")
