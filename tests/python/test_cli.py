"""The command line as a user runs it: a real process, exit codes, stderr."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


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


def test_init_pack_and_export_a_store(tmp_path: Path) -> None:
    assert run("init", "board.sqlite", "--example", cwd=tmp_path).returncode == 0
    again = run("init", "board.sqlite", cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr
    result = run(
        "pack", "board.sqlite", "--board", "Chorley, South Ribble & West Lancashire Children's Partnership Board",
        "--meeting", "2015-12-10", "--out", "pack.html", "--public", cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "[6/6] Forward work plan" in result.stderr
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "Public agenda pack" in html and "Matters arising" in html and "Karl Turner (KT)" in html
    assert (tmp_path / "pack.html").stat().st_mode & 0o044 == 0o044, "readable like any file the user writes"
    missing = run("pack", "board.sqlite", "--meeting", "2015-12-11", cwd=tmp_path)
    assert missing.returncode == 1
    assert "has no meeting on 2015-12-11 (meetings: 2015-09-17, 2015-12-10" in missing.stderr
    assert run("export", "board.sqlite", "--out", "public.json", "--public", cwd=tmp_path).returncode == 0
    assert '"public": true' in (tmp_path / "public.json").read_text(encoding="utf-8")
    assert run("export", "board.sqlite", "--out", "popolo.json", "--popolo", cwd=tmp_path).returncode == 0
    assert '"memberships"' in (tmp_path / "popolo.json").read_text(encoding="utf-8")
    not_a_store = run("pack", "nothing.sqlite", cwd=tmp_path)
    assert not_a_store.returncode == 1 and "no such store" in not_a_store.stderr


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr, result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("boardroom: error:")]


def test_windows_code_page_meeting_folder_packs(tmp_path: Path, example_copy: Path) -> None:
    agenda = example_copy / "agenda.csv"
    text = agenda.read_text(encoding="utf-8").replace("Welcome", "Chair\u2019s welcome (\u00a30)", 1)
    agenda.write_bytes(text.encode("cp1252"))
    result = run("pack", str(example_copy), "--out", "pack.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Chair\u2019s welcome (\u00a30)" in (tmp_path / "pack.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bytes.json", b'{\n"format": "boardroom",\n"x": "\x81"}', "bytes.json:3: byte offset 31: "),
        ("smart.json", b'{\n"format": \xe2\x80\x9cboardroom\xe2\x80\x9d}', "smart.json:2: not valid JSON"),
        ("huge.json", b'{"version": 1e400}', "huge.json: not valid JSON"),
        ("dangling.json", b'{"format": "boardroom", "version": 2, "memberships": [{"person": 8, "board": 9}]}',
         "dangling.json: the register has 2 problem(s): membership names missing person 8; "),
        ("missing.json", None, "missing.json: cannot read the file"),
    ],
)
def test_each_bad_file_gives_one_error_line(tmp_path: Path, name: str, content: bytes | None, expected: str) -> None:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    result = run("pack", name, "--out", "pack.html", cwd=tmp_path)
    assert result.returncode == 1
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"boardroom: error: {name}"), lines
    assert expected in lines[0]


def test_a_folder_whose_files_cannot_be_read_gives_one_error_line(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(REPO / "examples" / "cpb-2015-09-17", folder)
    notes = folder / "notes.txt"
    notes.write_bytes(notes.read_bytes() + b"\n\x81\x8d\n")
    result = run("pack", str(folder), "--out", "pack.html", cwd=tmp_path)
    assert result.returncode == 1
    lines = error_lines(result)
    assert len(lines) == 1 and f"{notes}:" in lines[0] and "byte offset" in lines[0], result.stderr


def test_a_damaged_workbook_gives_one_error_line(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(REPO / "examples" / "cpb-2015-09-17", folder)
    (folder / "boards.tsv").unlink()
    (folder / "boards.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    result = run("pack", str(folder), "--out", "pack.html", cwd=tmp_path)
    assert result.returncode == 1
    lines = error_lines(result)
    assert len(lines) == 1 and "boards.xlsx" in lines[0], result.stderr


def test_pack_flags_ratings_the_indicator_series_contradict(tmp_path: Path) -> None:
    import pandas as pd

    from boardroom import plans
    from boardroom.store import example_bundle, init_store

    bundle = example_bundle()
    plan = bundle.plans[0]
    actions = list(plan.actions)
    actions[0].indicator = "Infant mortality (illustrative)"
    plan.actions = actions
    plans.rate(plan, actions[0].number, "2015-11-30", "G", rated_by="CSE Strategic Group")
    bundle.plans = [plan]
    init_store(tmp_path / "board.sqlite", bundle)
    years = range(2006, 2011)
    values = [4.9, 5.3, 5.8, 6.2, 6.9]
    pd.DataFrame({"indicator": "Infant mortality (illustrative)", "period": years, "value": values,
                  "lowercl": [v - 0.3 for v in values], "uppercl": [v + 0.3 for v in values], "benchmark": 4.1,
                  "polarity": "low_is_good"}).to_csv(tmp_path / "series.csv", index=False)
    args = ("pack", "board.sqlite", "--meeting", "2015-12-10", "--out", "pack.html")
    result = run(*args, "--indicators", "series.csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "Check: rated Green, but significantly worse than England and getting worse" in html
    missing = run(*args, "--indicators", "nowhere.csv", cwd=tmp_path)
    assert missing.returncode == 1
    assert [line for line in missing.stderr.splitlines() if "error" in line] == [
        "boardroom: error: nowhere.csv: cannot read the file (No such file or directory)"]
