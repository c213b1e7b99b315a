"""Files as councils save them: Windows-1252 text from Word and Excel, UTF-8 with a byte-order
mark, and bytes in no encoding, through every kind of loader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import boardroom
from boardroom import errors, plans
from boardroom._core.core import decode_text
from boardroom._core.governance import DataQualityNote
from boardroom.governance import AgendaPart, load_board_folder
from boardroom.io import load_meeting
from boardroom.store import example_bundle, export_json, import_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SMART = "Chair\u2019s \u00a35k fund"  # ’ and £, both in Windows-1252


def recode(folder: Path, encoding: str) -> None:
    """Rewrite every text file of the folder in `encoding` ("utf-8-sig" adds a byte-order mark)."""
    for path in folder.iterdir():
        if path.suffix in {".txt", ".csv", ".tsv", ".json"}:
            path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))


def windows_notes(notes: list[DataQualityNote]) -> list[str]:
    """The files of the notes that say a file was read as Windows-1252."""
    return [n.file for n in notes if "Windows-1252" in n.message]


def test_decode_text_mirrors_every_loader() -> None:
    assert decode_text(SMART.encode("utf-8"), "a.txt") == (SMART, None)
    assert decode_text(b"\xef\xbb\xbf" + SMART.encode("utf-8"), "a.txt") == (SMART, None)
    text, note = decode_text(SMART.encode("cp1252"), "a.txt")
    assert text == SMART
    assert note is not None and "Windows-1252" in note
    with pytest.raises(errors.InputError) as info:
        decode_text(b"one\ntwo \x81", "bad.txt")
    assert (info.value.file, info.value.line, info.value.record) == ("bad.txt", 2, "byte offset 8")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_meeting_folder(tmp_path: Path, encoding: str) -> None:
    folder = tmp_path / "meeting"
    shutil.copytree(boardroom.example_path(), folder)
    meeting_csv = folder / "meeting.csv"
    meeting_csv.write_text(meeting_csv.read_text(encoding="utf-8").replace("Town Hall", SMART), encoding="utf-8")
    recode(folder, encoding)
    meeting = load_meeting(folder)
    assert SMART in meeting.venue
    assert "\u2013" in "".join(item.intended_outcome + item.title for item in meeting.agenda)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_board_folder(tmp_path: Path, encoding: str) -> None:
    folder = tmp_path / "board"
    shutil.copytree(EXAMPLES / "cpb-2015-09-17", folder)
    boards = folder / "boards.tsv"
    source_cell = boards.read_text(encoding="utf-8").replace("line 143", "line 143 \u2013 \u00a3", 1)
    boards.write_text(source_cell, encoding="utf-8")
    expected = load_board_folder(EXAMPLES / "cpb-2015-09-17", unmarked_part=AgendaPart.PUBLIC)
    recode(folder, encoding)
    loaded = load_board_folder(folder, unmarked_part=AgendaPart.PUBLIC)
    assert len(loaded.register.meetings) == len(expected.register.meetings)
    assert len(loaded.register.people) == len(expected.register.people)
    noted = windows_notes(list(loaded.notes))
    if encoding == "cp1252":
        files = ("boards.tsv", "notes.txt", "agenda-2015-12-10.txt", "contacts.tsv")
        assert {str(folder / n) for n in files} <= set(noted)
    else:
        assert noted == []


@pytest.mark.parametrize("name", ["plan.txt", "plan.csv"])
def test_plan_text_and_csv(tmp_path: Path, name: str) -> None:
    source = EXAMPLES / "cse-action-plan-2015-2018" / name
    target = tmp_path / name
    target.write_bytes(source.read_text(encoding="utf-8").encode("cp1252"))
    kwargs = {} if name == "plan.txt" else {"title": "CSE plan", "board": "LSCB", "period": "2015-2018"}
    expected = plans.load_plan(source, **kwargs)  # type: ignore[arg-type]
    loaded = plans.load_plan(target, **kwargs)  # type: ignore[arg-type]
    assert [a.text for a in loaded.plan.actions] == [a.text for a in expected.plan.actions]
    converted = [w for w in loaded.warnings if w.code == "windows-1252"]
    assert len(converted) == 1 and converted[0].file == str(target)


def test_json_document(tmp_path: Path) -> None:
    path = tmp_path / "board.json"
    export_json(example_bundle(), path)
    text = path.read_text(encoding="utf-8")
    assert "\u2013" in text
    path.write_bytes(text.encode("cp1252", errors="replace"))
    bundle = import_json(path)
    converted = [n for n in bundle.data_quality_notes if "Windows-1252" in n.message]
    assert [n.file for n in converted] == [str(path)]
    marked = tmp_path / "marked.json"
    marked.write_bytes(text.encode("utf-8-sig"))
    assert windows_notes(list(import_json(marked).data_quality_notes)) == []


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (b'{\n  "format": "boardroom",\n  "venue": "caf\x81"\n}', 3),   # no Windows-1252 character
        (b'{\n"format": \xe2\x80\x9cboardroom\xe2\x80\x9d}', 2),        # a smart quote for a plain one
        (b'{"version": 1e400}', None),
    ],
)
def test_json_errors_are_input_errors(tmp_path: Path, content: bytes, line: int | None) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(errors.InputError) as info:
        import_json(path)
    assert info.value.file == str(path)
    assert info.value.line == line


def test_invalid_bytes_name_file_line_and_offset(tmp_path: Path) -> None:
    folder = tmp_path / "meeting"
    shutil.copytree(boardroom.example_path(), folder)
    agenda = folder / "agenda.csv"
    agenda.write_bytes(agenda.read_bytes().replace(b"Welcome", b"Welcome\x81", 1))
    with pytest.raises(errors.InputError) as info:
        load_meeting(folder)
    assert info.value.file == str(agenda)
    assert info.value.line == 2
    assert info.value.record is not None and info.value.record.startswith("byte offset ")

