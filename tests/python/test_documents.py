"""The draft agenda and the minutes written from a store, as a council circulates them."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("docx")

import docx  # noqa: E402

from boardroom._core import governance as _g  # noqa: E402
from boardroom._word import docx_text, read_agenda_docx, read_minutes_docx  # noqa: E402
from boardroom.cli import main  # noqa: E402
from boardroom.examples import example_path  # noqa: E402
from boardroom.store import example_bundle, init_store, open_store  # noqa: E402

CPB = "South Ribble, Chorley & West Lancashire Children's Partnership Board"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "board.sqlite"
    init_store(path, example_bundle())
    return path


def _private_store(tmp_path: Path) -> Path:
    """The example with a Part II item minuted and contact details on its chair."""
    bundle = example_bundle()
    register = bundle.records
    meeting = next(m for m in register.meetings if m.date.isoformat() == "2015-09-17")
    minutes = register.minutes
    secret = _g.MinuteItem()
    secret.meeting = meeting.id
    secret.number = "14"
    secret.title = "Case review"
    secret.part = _g.AgendaPart.EXEMPT
    secret.exempt_paragraph = 2
    secret.paragraphs = ["The family of the child were named in the review."]
    register.minutes = [*minutes, secret]
    chair = next(p for p in register.people if p.family_name == "Huddleston")
    chair.contact = _g.ContactDetails(email="rebecca.huddleston@chorley.gov.uk", phone="01257 515151")
    register.update_person(chair)
    bundle.records = register
    path = tmp_path / "private.sqlite"
    init_store(path, bundle)
    return path


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".html"])
def test_the_draft_agenda_in_each_form(store: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"agenda{suffix}"
    assert main(["agenda", str(store), "--meeting", "2016-03-10", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    if suffix == ".docx":
        table = docx.Document(str(out)).tables[0]
        assert [c.text for c in table.rows[0].cells][2:] == ["Item for", "Intended Outcome", "Lead", "Time/papers"]
        assert table.rows[0].cells[0]._tc is table.rows[0].cells[1]._tc  # "Agenda Item" spans number and title
        text = docx_text(out).text
        assert "Rebecca Huddleston: The Chair to report back to the Trust Board." in text  # matters arising
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(out)["Agenda"]
        titles = [row[1] for row in sheet.iter_rows(min_row=5, values_only=True)]
        assert "Minutes of last meeting and matters arising" in titles
    else:
        html = out.read_text(encoding="utf-8")
        assert "<th colspan=\"2\">Agenda Item</th>" in html and "Any other business" in html


def test_the_word_agenda_reads_back_as_the_draft(store: Path, tmp_path: Path) -> None:
    from boardroom.governance import draft_agenda_meeting

    out = tmp_path / "agenda.docx"
    assert main(["agenda", str(store), "--board", "CPB", "--meeting", "2016-03-10", "--out", str(out)]) == 0
    read = read_agenda_docx(out, _g.AgendaPart.PUBLIC)
    with open_store(store, "read_only") as opened:
        register = opened.load().records
    draft = draft_agenda_meeting(register, "CPB", "2016-03-10")
    assert [(i.number, i.title, i.purpose) for i in read.meeting.agenda] == [
        (i.number, i.title, i.purpose) for i in draft.agenda
    ]
    assert read.meeting.venue.startswith("Wheel Room")
    assert all(i.pages is None for i in read.meeting.agenda)  # last pack's pages are not carried


def test_minutes_as_circulated(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "minutes.docx"
    assert main(["minutes", str(store), "--meeting", "2015-09-17", "--out", str(out)]) == 0
    document = docx.Document(str(out))
    items = document.tables[-1]
    assert items.rows[0].cells[1].text == "ACTION BY"
    by = {row.cells[0].text: row.cells[1].text for row in items.rows}
    assert by["The Chair to report back to the Trust Board."] == "RH"
    # The document reads back with the minutes loader: the same items and owners.
    read = read_minutes_docx(out)
    assert [i.number for i in read.items] == [str(n) for n in range(1, 14)]
    assert read.attendance.count(_g.AttendanceStatus.PRESENT) == 19
    assert read.attendance.count(_g.AttendanceStatus.APOLOGIES) == 6
    assert [a.initials for i in read.items for a in i.actions] == ["RH", "KT", "SA/SM", "KT/SA"]


def test_public_minutes_withhold_part_two_and_contacts(tmp_path: Path) -> None:
    store = _private_store(tmp_path)
    private = tmp_path / "private.docx"
    public = tmp_path / "public.docx"
    assert main(["minutes", str(store), "--meeting", "2015-09-17", "--out", str(private)]) == 0
    assert main(["minutes", str(store), "--meeting", "2015-09-17", "--out", str(public), "--public"]) == 0
    private_text = docx_text(private).text
    public_text = docx_text(public).text
    assert "The family of the child" in private_text and "PART II" in private_text
    assert "The family of the child" not in public_text and "Case review" not in public_text
    assert "paragraph 2" in public_text.lower() or "Schedule 12A" in public_text
    assert "chorley.gov.uk" not in public_text and "515151" not in public_text


def test_public_output_is_scanned_before_it_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = _private_store(tmp_path)
    # A phone number typed into a minute's narrative is caught by the final scan.
    with open_store(store) as opened:
        bundle = opened.load()
        register = bundle.records
        minutes = register.minutes
        minutes[0].paragraphs = [*minutes[0].paragraphs, "Call Rebecca on 01257 515151."]
        register.minutes = minutes
        bundle.records = register
        opened.save(bundle)
    out = tmp_path / "public.docx"
    assert main(["minutes", str(store), "--meeting", "2015-09-17", "--out", str(out), "--public"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "telephone number" in err and str(out) in err, err
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        (["agenda", "{store}", "--meeting", "2016-03-10", "--out", "{tmp}/a.pdf"], "written as .docx, .xlsx or .html"),
        (["minutes", "{store}", "--meeting", "2015-09-17", "--out", "{tmp}/m.html"], "written as .docx"),
        (["minutes", "{store}", "--meeting", "2015-09-18", "--out", "{tmp}/m.docx"], "has no meeting on 2015-09-18"),
        (["agenda", "{store}", "--board", "Nobody", "--meeting", "2016-03-10", "--out", "{tmp}/a.docx"], "no board is called"),
        (["agenda", "{tmp}/missing.sqlite", "--meeting", "2016-03-10", "--out", "{tmp}/a.docx"], "no such store"),
        (["minutes", "{store}", "--meeting", "17/09/2015", "--out", "{tmp}/m.docx"], "17/09/2015"),
    ],
)
def test_failures_are_one_line(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], wanted: str
) -> None:
    args = [a.format(store=store, tmp=tmp_path) for a in argv]
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and wanted in err, err


def test_a_meeting_folder_is_a_store_too(tmp_path: Path) -> None:
    out = tmp_path / "agenda.html"
    folder = example_path("cpb-2015-12-10")
    assert main(["agenda", str(folder), "--meeting", "2016-03-10", "--out", str(out)]) == 0
    assert "<table>" in out.read_text(encoding="utf-8")


def _store_with_part_two_standing_item(tmp_path: Path) -> Path:
    bundle = example_bundle()
    register = bundle.records
    december = next(m for m in register.meetings if m.date.isoformat() == "2015-12-10")
    agenda = december.agenda
    item = _g.AgendaItem()
    item.number = "11"
    item.title = "Serious case review"
    item.purpose = _g.ItemPurpose.DISCUSS
    item.part = _g.AgendaPart.EXEMPT
    item.exempt_paragraph = 2
    item.standing = True
    december.agenda = [*agenda, item]
    register.update_meeting(december)
    bundle.records = register
    path = tmp_path / "part-two.sqlite"
    init_store(path, bundle)
    return path


def test_part_two_business_is_printed_under_its_heading_and_read_back(tmp_path: Path) -> None:
    store = _store_with_part_two_standing_item(tmp_path)
    out = tmp_path / "agenda.docx"
    assert main(["agenda", str(store), "--board", "CPB", "--meeting", "2016-03-10", "--out", str(out)]) == 0
    text = docx_text(out).text
    assert "PART I\t" in text and "PART II (NOT OPEN TO PRESS AND PUBLIC)" in text
    read = read_agenda_docx(out)  # the headings mark every item: no unmarked part to state
    exempt = [(i.title, i.exempt_paragraph) for i in read.meeting.agenda if i.part == _g.AgendaPart.EXEMPT]
    assert exempt == [("Serious case review (paragraph 2)", 2)]
    public = tmp_path / "public.html"
    assert main(["agenda", str(store), "--board", "CPB", "--meeting", "2016-03-10", "--out", str(public), "--public"]) == 0
    html = public.read_text(encoding="utf-8")
    assert "Serious case review" not in html and "PART II" in html


def test_a_folder_of_papers_is_a_store_too(tmp_path: Path) -> None:
    folder = example_path("cpb-2015-09-17")
    out = tmp_path / "minutes.docx"
    argv = ["minutes", str(folder), "--meeting", "2015-09-17", "--out", str(out), "--public", "--unmarked-part", "public"]
    assert main(argv) == 0
    assert "ACTION BY" in docx_text(out).text
    agenda = tmp_path / "agenda.xlsx"
    assert main(["agenda", str(folder), "--meeting", "2016-03-10", "--out", str(agenda), "--unmarked-part", "public"]) == 0


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".html"])
def test_a_public_agenda_in_any_form_passes_the_final_scan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    bundle = example_bundle()
    register = bundle.records
    december = next(m for m in register.meetings if m.date.isoformat() == "2015-12-10")
    agenda = december.agenda
    agenda[0].intended_outcome += " Apologies to the Chair on 01257 515151."
    december.agenda = agenda
    register.update_meeting(december)
    bundle.records = register
    store = tmp_path / "board.sqlite"
    init_store(store, bundle)
    out = tmp_path / f"agenda{suffix}"
    argv = ["agenda", str(store), "--board", "CPB", "--meeting", "2016-03-10", "--out", str(out)]
    assert main(argv) == 0  # the officers' draft keeps it
    out.unlink()
    assert main([*argv, "--public"]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "telephone number" in err and str(out) in err
    assert not out.exists()
