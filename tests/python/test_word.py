"""Agendas and minutes in Word read into the same records as their text form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("docx")

import docx  # noqa: E402

from boardroom import errors  # noqa: E402
from boardroom._core import governance as _g  # noqa: E402
from boardroom._word import docx_text, load_docx, read_agenda_docx, read_minutes_docx  # noqa: E402
from boardroom.cli import main  # noqa: E402
from boardroom.examples import example_path  # noqa: E402
from boardroom.governance import agenda_frame, load_board_folder  # noqa: E402
from docx_papers import agenda_docx, minutes_docx, paragraphs_docx  # noqa: E402

CPB = example_path("cpb-2015-09-17")
SCRUTINY = example_path("scrutiny-2015")
PUBLIC = _g.AgendaPart.PUBLIC


def _messages(notes: list[_g.DataQualityNote]) -> list[str]:
    """What the notes say, without where they say it (a line of text, a table row of Word)."""
    return [re.sub(r"\((line \d+|paragraph \d+|table \d+, row \d+)\)", "(...)", n.message) for n in notes]


def _records(register: _g.Register) -> dict[str, list[str]]:
    return {
        "boards": [repr(b) for b in register.boards],
        "meetings": [repr(m) + repr([repr(i) for i in m.agenda]) for m in register.meetings],
        "agenda": [f"{i.number}|{i.title}|{i.intended_outcome}|{i.leads}|{i.pages}" for m in register.meetings for i in m.agenda],
        "people": [repr(p) for p in register.people],
        "attendance": [repr(a) for a in register.attendance],
        "minutes": [f"{m.number}|{m.title}|{m.paragraphs}|{[repr(r) for r in m.resolutions]}|{m.part}" for m in register.minutes],
        "actions": [repr(a) + a.text for a in register.actions],
        "memberships": [repr(m) for m in register.memberships],
        "forward_plan": [repr(f) for f in register.forward_plan],
        "approvals": [repr(a) for a in register.approvals],
    }


def test_the_agenda_table_reads_as_its_text(tmp_path: Path) -> None:
    word = agenda_docx(CPB / "agenda-2015-12-10.txt", tmp_path / "agenda.docx")
    from_word = read_agenda_docx(word, PUBLIC)
    from_text = _g.read_agenda_table(CPB / "agenda-2015-12-10.txt", PUBLIC)
    assert agenda_frame(from_word.meeting).equals(agenda_frame(from_text.meeting))
    for field in ("board", "date", "start", "venue", "status"):
        assert getattr(from_word.meeting, field) == getattr(from_text.meeting, field), field
    assert from_word.meeting.item("2").pages == _g.PageRange(3, 10)
    assert _messages(from_word.notes) == _messages(from_text.notes)
    assert len(from_word.meeting.agenda) == 11


@pytest.mark.parametrize(("folder", "name"), [(CPB, "notes.txt"), (SCRUTINY, "minutes-2015-06-19.txt")])
def test_minutes_read_as_their_text(tmp_path: Path, folder: Path, name: str) -> None:
    word = minutes_docx(folder / name, tmp_path / "minutes.docx")
    from_word = read_minutes_docx(word)
    from_text = _g.read_minutes(folder / name)
    assert _messages(from_word.notes) == _messages(from_text.notes)
    boards = (folder / "boards.tsv").read_text(encoding="utf-8")
    registers = []
    notes = []
    for document in (from_word, from_text):
        register = _g.Register()
        _g.import_boards_table(register, boards, "boards.tsv")
        board = register.find_board(document.board_name)
        assert board is not None
        result = _g.import_minutes(register, board, document, unmarked_part=PUBLIC)
        registers.append(_records(register))
        notes.append(_messages(result.notes))
    assert registers[0] == registers[1]
    assert notes[0] == notes[1]


def test_the_action_by_column_gives_the_owners(tmp_path: Path) -> None:
    word = minutes_docx(CPB / "notes.txt", tmp_path / "notes.docx")
    table = docx.Document(str(word)).tables[-1]
    assert table.rows[0].cells[1].text == "ACTION BY"
    assert "RH" in [row.cells[1].text for row in table.rows]
    register = load_docx(word, unmarked_part=PUBLIC).bundle.records
    people = {p.id: p for p in register.people}
    owners = {a.text: "/".join(people[o].derived_initials for o in a.owners) for a in register.actions}
    assert owners["The Chair to report back to the Trust Board."] == "RH"


def test_a_folder_of_papers_in_word_gives_the_folder_records(tmp_path: Path) -> None:
    minutes = minutes_docx(CPB / "notes.txt", tmp_path / "notes.docx")
    agenda = agenda_docx(CPB / "agenda-2015-12-10.txt", tmp_path / "agenda.docx")
    base = _g.Register()
    _g.import_boards_table(base, (CPB / "boards.tsv").read_text(encoding="utf-8"), "boards.tsv")
    first = load_docx(minutes, register=base, unmarked_part=PUBLIC)
    second = load_docx(agenda, register=first.bundle.records, unmarked_part=PUBLIC)
    assert (first.kind, second.kind) == ("minutes", "agenda")
    folder = load_board_folder(CPB, unmarked_part=PUBLIC)
    expected = _records(folder.register)
    got = _records(second.bundle.records)
    expected.pop("people"), got.pop("people")  # the folder also attaches contact details
    assert got == expected
    words = _messages(first.notes + second.notes)
    assert words == [m for m in _messages(folder.notes) if "contacts" not in m and "Director of Quality" not in m]
    assert all(re.search(r"\.docx(, (table \d+, row \d+|paragraph \d+))?$", n.file) for n in second.notes)
    assert base.meetings == []  # the register given is copied, never changed


def test_the_numbered_agenda_in_paragraphs_reads_as_its_text(tmp_path: Path) -> None:
    word = paragraphs_docx(SCRUTINY / "agenda-2015-07-17.txt", tmp_path / "agenda.docx")
    from_word = read_agenda_docx(word)
    from_text = _g.read_numbered_agenda(SCRUTINY / "agenda-2015-07-17.txt")
    assert agenda_frame(from_word.meeting).equals(agenda_frame(from_text.meeting))


def _minutes_with_part_two(path: Path) -> Path:
    document = docx.Document()
    for line in ("THE BOARD", "NOTES OF MEETING HELD ON THURSDAY, 17 SEPTEMBER 2015 AT YOUTH ZONE", "Present:"):
        document.add_paragraph(line)
    people = document.add_table(rows=0, cols=3)
    for values in (["Mark Gaffney", "Director", "South Ribble Borough Council"], ["Ann Smith", "Officer", "LCC"]):
        for cell, value in zip(people.add_row().cells, values):
            cell.text = value
    items = document.add_table(rows=1, cols=2)
    items.rows[0].cells[1].text = "ACTION BY"
    for text, owner in (
        ("PART I", ""),
        ("1 WELCOME", ""),
        ("Ann to circulate the slides.", "AS"),
        ("PART II (NOT FOR PUBLICATION)", ""),
        ("2 CONTRACT AWARD", ""),
        ("Exempt under paragraph 3 of Schedule 12A.", ""),
        ("The Board agreed the award.", ""),
    ):
        cells = items.add_row().cells
        cells[0].text, cells[1].text = text, owner
    document.save(str(path))
    return path


def test_part_two_headings_in_word_minutes(tmp_path: Path) -> None:
    read = load_docx(_minutes_with_part_two(tmp_path / "minutes.docx"))
    register = read.bundle.records
    parts = {m.number: (m.part, m.exempt_paragraph) for m in register.minutes}
    assert parts == {"1": (_g.AgendaPart.PUBLIC, 0), "2": (_g.AgendaPart.EXEMPT, 3)}
    assert [a.text for a in register.actions] == ["Ann to circulate the slides."]
    assert register.boards[0].name == "The Board" and register.find_board("THE BOARD") == register.boards[0].id


def _bad_agenda(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("THE BOARD")
    document.add_paragraph("Thursday, 10th December 2015, 2.00 pm at Town Hall")
    table = document.add_table(rows=0, cols=6)
    for values in (
        ["Agenda Item", "", "Item for", "Intended Outcome", "Lead", "Time/papers"],
        ["PART I"] * 6,
        ["1", "Welcome", "Information", "x", "Chair", ""],
        ["2", "Report", "Informaton", "x", "Chair", ""],
    ):
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    table.rows[1].cells[0].merge(table.rows[1].cells[5]).text = "PART I"
    document.save(str(path))
    return path


def test_errors_name_the_file_table_and_row(tmp_path: Path) -> None:
    bad = _bad_agenda(tmp_path / "agenda.docx")
    with pytest.raises(errors.InputError) as caught:
        read_agenda_docx(bad)
    assert str(caught.value).startswith(f"{bad}, table 1, row 4: Item for: unknown purpose 'Informaton'")
    assert caught.value.record == "table 1, row 4" and caught.value.field == "Item for"


def _empty_store(tmp_path: Path) -> Path:
    store = tmp_path / "s.sqlite"
    assert main(["init", str(store)]) == 0
    return store


def test_import_command_upserts_word_into_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from boardroom.store import open_store

    minutes = minutes_docx(CPB / "notes.txt", tmp_path / "notes.docx")
    agenda = agenda_docx(CPB / "agenda-2015-12-10.txt", tmp_path / "agenda.docx")
    store = _empty_store(tmp_path)
    args = ["import", str(store), str(agenda), str(minutes), "--unmarked-part", "public"]
    assert main([*args, "--dry-run"]) == 0
    with open_store(store, "read_only") as opened:
        assert opened.load().records.meetings == []
    capsys.readouterr()
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "read the minutes of" in captured.err and "read the agenda of" in captured.err
    assert "added meeting" in captured.out
    with open_store(store, "read_only") as opened:
        register = opened.load().records
    assert len(register.meetings) >= 2 and len(register.actions) == 4
    out = tmp_path / "pack.html"
    assert main(["pack", str(store), "--meeting", "2015-12-10", "--out", str(out)]) == 0
    assert "Infant Mortality" in out.read_text(encoding="utf-8")
    # The same documents again change nothing.
    assert main(args) == 0
    with open_store(store, "read_only") as opened:
        again = opened.load().records
    assert _records(again) == _records(register)


def _empty_zip(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not Word")


def _damaged(path: Path) -> None:
    import zipfile

    whole = agenda_docx(CPB / "agenda-2015-12-10.txt", path.with_name("whole.docx"))
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            archive.writestr(name, data[: len(data) // 2] if name == "word/document.xml" else data)


@pytest.mark.parametrize(
    ("make", "wanted"),
    [
        (lambda p: p.write_text("not a zip"), "not a Word document"),
        (lambda p: None, "no such file"),
        (_empty_zip, "not a Word document"),
        (_damaged, "the Word document is damaged"),
    ],
)
def test_unreadable_documents_give_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, wanted: str
) -> None:
    path = tmp_path / "papers.docx"
    make(path)  # type: ignore[operator]
    store = _empty_store(tmp_path)
    capsys.readouterr()
    assert main(["import", str(store), str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and wanted in err and str(path) in err


def test_import_refuses_what_it_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = _empty_store(tmp_path)
    bad = _bad_agenda(tmp_path / "agenda.docx")
    assert main(["import", str(store), str(bad)]) == 1
    assert "table 1, row 4" in capsys.readouterr().err
    unmarked = agenda_docx(CPB / "agenda-2015-12-10.txt", tmp_path / "unmarked.docx")
    assert main(["import", str(store), str(unmarked)]) == 1
    err = capsys.readouterr().err
    assert "unmarked.docx, table 1, row 2: part:" in err and "--unmarked-part public|exempt" in err
    assert main(["import", str(store), str(tmp_path / "notes.pdf")]) == 1
    assert "(boardroom reads .docx, .json, .xlsx)" in capsys.readouterr().err
    assert main(["import", str(store)]) == 1
    assert "name at least one file to import" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.sqlite"), str(unmarked)]) == 1
    assert "missing.sqlite: no such store" in capsys.readouterr().err
    from boardroom.store import open_store

    with open_store(store, "read_only") as opened:
        assert opened.load().records.meetings == []


def test_docx_text_keeps_merged_cells_once(tmp_path: Path) -> None:
    text = docx_text(agenda_docx(CPB / "agenda-2015-12-10.txt", tmp_path / "agenda.docx"))
    assert "Agenda Item\t\tItem for\tIntended Outcome\tLead\tTime/papers" in text.lines


def test_without_python_docx_the_commands_say_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    word = tmp_path / "agenda.docx"
    word.write_bytes(b"")
    assert main(["import", str(_empty_store(tmp_path)), str(word)]) == 1
    assert "pip install 'boardroom-governance[word]'" in capsys.readouterr().err
    store = tmp_path / "board.sqlite"
    assert main(["init", str(store), "--example"]) == 0
    capsys.readouterr()
    assert main(["minutes", str(store), "--board", "CPB", "--meeting", "2015-09-17", "--out", str(tmp_path / "m.docx")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "needs python-docx: pip install 'boardroom-governance[word]'" in err


def test_content_controls_are_read_through(tmp_path: Path) -> None:
    """Council templates wrap their tables in content controls (w:sdt); the text inside counts."""
    from docx.oxml import OxmlElement

    word = agenda_docx(CPB / "agenda-2015-12-10.txt", tmp_path / "agenda.docx")
    document = docx.Document(str(word))
    body = document.element.body
    table = body.find(docx.oxml.ns.qn("w:tbl"))
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    table.addprevious(control)
    control.append(content)
    content.append(table)
    wrapped = tmp_path / "wrapped.docx"
    document.save(str(wrapped))
    assert docx.Document(str(wrapped)).tables == []  # python-docx alone does not see it
    assert agenda_frame(read_agenda_docx(wrapped, PUBLIC).meeting).equals(agenda_frame(read_agenda_docx(word, PUBLIC).meeting))


def test_minutes_into_the_store_they_came_from_change_nothing_but_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The minutes written from a store, imported back: every record found as it is, the venue
    the agenda gave the next meeting kept (the minutes only announce that meeting)."""
    store = tmp_path / "board.sqlite"
    word = tmp_path / "minutes.docx"
    assert main(["init", str(store), "--example"]) == 0
    assert main(["minutes", str(store), "--board", "CPB", "--meeting", "2015-09-17", "--out", str(word)]) == 0
    capsys.readouterr()
    assert main(["import", str(store), str(word), "--unmarked-part", "public", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert ", 0 changed," in out.splitlines()[0], out
    added = [line for line in out.splitlines() if line.startswith("  added")]
    assert added and all(line.startswith("  added data-quality note") for line in added), out
    # A note read from Word names its table and row, with no line number stuck on ("row 3:0").
    assert all("minutes.docx" in line and not line.rstrip().endswith(":0") for line in added), out
    assert not any(line.startswith("  changed") for line in out.splitlines()), out
