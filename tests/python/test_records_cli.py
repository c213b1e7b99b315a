"""The record-keeping commands: template, import, new, action, rate, log, export --xlsx, and
pack from a workbook; each writes one transaction and fails with one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("openpyxl")

from boardroom.store import open_store  # noqa: E402

CPB = "Chorley, South Ribble & West Lancashire Children's Partnership Board"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "boardroom", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("boardroom: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    assert run("init", "x.sqlite", "--example", cwd=folder).returncode == 0
    return folder


def test_export_and_import_of_the_example_round_trips_with_no_change(example: Path) -> None:
    exported = run("export", "x.sqlite", "--xlsx", "x.xlsx", cwd=example)
    assert exported.returncode == 0, exported.stderr
    dry = run("import", "x.sqlite", "x.xlsx", "--dry-run", cwd=example)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("import of x.xlsx into x.sqlite: nothing to change"), dry.stdout
    assert run("export", "x.sqlite", "--out", "x.json", cwd=example).returncode == 0
    again = run("import", "x.sqlite", "x.xlsx", "x.json", "--user", "clerk", cwd=example)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("import of x.xlsx, x.json into x.sqlite: nothing to change"), again.stdout
    with open_store(example / "x.sqlite", "read_only") as store:
        latest = store.last_changed()
        assert latest is not None and latest.operation == "create", "an import that changes nothing writes nothing"


def test_pack_accepts_a_workbook(example: Path) -> None:
    assert run("export", "x.sqlite", "--xlsx", "pack.xlsx", cwd=example).returncode == 0
    result = run("pack", "pack.xlsx", "--board", CPB, "--meeting", "2015-12-10", "--out", "from-xlsx.html", cwd=example)
    assert result.returncode == 0, result.stderr
    assert "10 December 2015" in (example / "from-xlsx.html").read_text(encoding="utf-8")


def test_export_needs_one_of_out_and_xlsx(example: Path) -> None:
    assert "give --out FILE (JSON) or --xlsx FILE" in one_error(run("export", "x.sqlite", cwd=example))


def test_new_action_rate_and_log(tmp_path: Path) -> None:
    made = run("new", "hwb.sqlite", "--board", "Health and Wellbeing Board", "--user", "manager", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "already exists" in one_error(run("new", "hwb.sqlite", "--board", "Other", cwd=tmp_path))
    with open_store(tmp_path / "hwb.sqlite", "read_only") as store:
        assert [b.name for b in store.load_register().boards] == ["Health and Wellbeing Board"]
    log = run("log", "hwb.sqlite", cwd=tmp_path)
    assert log.returncode == 0, log.stderr
    assert "manager  new  board Health and Wellbeing Board: added" in log.stdout


def test_action_and_rate_on_the_example(tmp_path: Path) -> None:
    assert run("init", "x.sqlite", "--example", cwd=tmp_path).returncode == 0
    with open_store(tmp_path / "x.sqlite", "read_only") as store:
        bundle = store.load()
    action = bundle.records.actions[0]
    meeting = bundle.records.meeting(action.raised_at)
    ref = f"{meeting.date.isoformat()}/{action.item}/1"
    done = run("action", "x.sqlite", ref, "--status", "done", "--on", "2015-12-01", "--note", "Sent round",
               "--user", "officer", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    plan = bundle.plans[0]
    number = plan.actions[0].number
    rated = run("rate", "x.sqlite", plan.title, number, "amber", "--on", "2015-12-31", "--by", "CSE group",
                "--evidence", "Training under way", "--user", "lead", cwd=tmp_path)
    assert rated.returncode == 0, rated.stderr
    assert "(Amber)" in rated.stderr
    with open_store(tmp_path / "x.sqlite", "read_only") as store:
        after = store.load()
    assert after.records.action(action.id).status.label == "done"
    assert after.plans[0].ratings[-1].status == "A" and after.plans[0].ratings[-1].rated_by == "CSE group"
    log = run("log", "x.sqlite", "--since", "2000-01-01", cwd=tmp_path).stdout.splitlines()
    assert "  lead  rate  " in log[0] and "'G'" not in log[0] and "A on 2015-12-31 by CSE group" in log[0]
    assert "  officer  action  " in log[1] and "'open' -> 'done on 2015-12-01: Sent round'" in log[1]
    assert run("log", "x.sqlite", "--since", "2999-01-01", cwd=tmp_path).stdout.strip() == "no changes recorded since 2999-01-01"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("action", "x.sqlite", "2015-09-17/99/1", "--status", "done", "--on", "2015-12-01"), "no action 2015-09-17/99/1"),
        (("action", "x.sqlite", "yesterday", "--status", "done", "--on", "2015-12-01"), "name the action as DATE/ITEM/NO"),
        (("action", "x.sqlite", "1", "--status", "done", "--on", "01/12/2015"), "--on: '01/12/2015' is not a date"),
        (("rate", "x.sqlite", "No such plan", "1.1", "R", "--on", "2015-12-31"), "no plan 'No such plan' in the store"),
        (("rate", "x.sqlite", "1", "9.9", "R", "--on", "2015-12-31"), "has no action 9.9"),
        (("rate", "x.sqlite", "1", "1.1", "Purple", "--on", "2015-12-31"), "STATUS 'Purple' is not in the plan's RAG scheme"),
        (("import", "x.sqlite", "missing.xlsx"), "missing.xlsx: cannot open the file for reading"),
        (("import", "x.sqlite", "notes.txt"), "cannot read records from a .txt file"),
        (("import", "nowhere.sqlite", "x.json"), "nowhere.sqlite: no such store"),
        (("template", "x.sqlite"), "already exists"),
        (("log", "nowhere.sqlite"), "there is no store at this path"),
    ],
)
def test_each_mistake_gives_one_error_line(example: Path, args: tuple[str, ...], expected: str) -> None:
    (example / "notes.txt").write_text("notes", encoding="utf-8")
    if not (example / "x.json").exists():
        assert run("export", "x.sqlite", "--out", "x.json", cwd=example).returncode == 0
    assert expected in one_error(run(*args, cwd=example))


def test_a_status_dated_before_the_last_change_is_refused_and_nothing_written(tmp_path: Path) -> None:
    assert run("init", "x.sqlite", "--example", cwd=tmp_path).returncode == 0
    assert run("action", "x.sqlite", "1", "--status", "done", "--on", "2015-12-01", cwd=tmp_path).returncode == 0
    line = one_error(run("action", "x.sqlite", "1", "--status", "open", "--on", "2015-11-01", cwd=tmp_path))
    assert "cannot come after it" in line
    with open_store(tmp_path / "x.sqlite", "read_only") as store:
        assert len(store.audit_trail()) == 2


def test_template_writes_the_workbook(tmp_path: Path) -> None:
    result = run("template", "board.xlsx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    import openpyxl

    assert openpyxl.load_workbook(tmp_path / "board.xlsx").sheetnames[0] == "ReadMe"
    assert "empty" not in run("import", "--help", cwd=tmp_path).stdout
    assert "B (blue: complete)" in " ".join(run("rate", "--help", cwd=tmp_path).stdout.split())


def test_without_openpyxl_the_workbook_commands_say_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['openpyxl'] = None\n"
        "from boardroom.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    for args in (["template", "board.xlsx"], ["import", "x.sqlite", "board.xlsx"]):
        result = subprocess.run([sys.executable, "-c", code, *args], cwd=tmp_path, capture_output=True, text=True,
                                timeout=300, check=False)
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == (
            "boardroom: error: the board workbook needs openpyxl: pip install 'boardroom-governance[excel]'"
        )
