"""Writing the board workbook: the empty template, or every record of a store."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Optional

from .._core import governance as _g
from .._core.io import BoardBundle
from .._merge_meetings import action_numbers
from ._schema import SCHEMES, SHEETS, Sheet

__all__ = ["scheme_name", "write_workbook"]

Row = dict[str, Any]
_HEADER_FILL = "DDEBF7"
_MAX_ROW = 1048576


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as exc:
        raise ImportError("the board workbook needs openpyxl: pip install 'boardroom-governance[excel]'") from exc
    return openpyxl


def scheme_name(codes: Sequence[str]) -> str:
    """The Plans sheet's name for a scheme with these codes, or the codes themselves."""
    for name, known in SCHEMES.items():
        if tuple(codes) == known:
            return name
    return ", ".join(codes)


def _list(values: Sequence[str]) -> str:
    return "; ".join(values)


def _yes(value: Optional[bool]) -> Optional[str]:
    return None if value is None else "yes" if value else "no"


def _part(part: Optional[_g.AgendaPart]) -> Optional[str]:
    return None if part is None else part.label


def _paragraph(value: int) -> Optional[int]:
    return value or None


def _rows(bundle: BoardBundle) -> dict[str, list[Row]]:
    reg = bundle.records
    orgs = {o.id: o.name for o in reg.organisations}
    people = {p.id: p.full_name for p in reg.people}
    boards = {b.id: b.name for b in reg.boards}
    meetings = {m.id: m for m in reg.meetings}

    def board_of(meeting: int) -> str:
        m = meetings[meeting]
        return boards.get(m.board_id, m.board)

    out: dict[str, list[Row]] = {s.name: [] for s in SHEETS}
    for b in reg.boards:
        out["Boards"].append(
            {"Board": b.name, "Aliases": _list(b.aliases), "Kind": b.kind.label, "Parent board": boards.get(b.parent),
             "Host organisation": orgs.get(b.host), "Remit": b.remit, "Established": b.established,
             "Planned end": b.planned_end, "Ended": b.ended}
        )
    for p in reg.people:
        titles = p.titles
        out["People"].append(
            {"Honorific": p.honorific, "Given name": p.given_name, "Family name": p.family_name, "Initials": p.initials,
             "Organisation": orgs.get(p.organisation), "Job title": titles[-1].title if titles else None,
             "Other names": _list(p.other_names)}
        )
        if p.contact is not None:
            c = p.contact
            out["Contacts"].append({"Person": p.full_name, "Phone": c.phone, "Email": c.email, "Postcode": c.postcode})
    for ms in reg.memberships:
        out["Memberships"].append(
            {"Board": boards.get(ms.board), "Person": people.get(ms.person), "Role": ms.role.label,
             "On behalf of": orgs.get(ms.on_behalf_of), "Start": ms.start, "End": ms.end, "Voting": _yes(ms.voting),
             "Note": ms.note}
        )
    for m in reg.meetings:
        board = boards.get(m.board_id, m.board)
        out["Meetings"].append(
            {"Board": board, "Date": m.date, "Start": m.start, "End": m.end, "Venue": m.venue, "Status": m.status.label}
        )
        for item in m.agenda:
            pages = item.pages
            out["Agenda"].append(
                {"Board": board, "Date": m.date, "Item": item.number, "Title": item.title, "Purpose": item.purpose.label,
                 "Intended outcome": item.intended_outcome, "Leads": _list(item.leads),
                 "Pages": f"{pages.first}-{pages.last}" if pages is not None else None, "Part": item.part.label,
                 "Paragraph": _paragraph(item.exempt_paragraph), "Standing": _yes(item.standing),
                 "Urgent reason": item.urgent_reason}
            )
    for a in reg.attendance:
        out["Attendance"].append(
            {"Board": board_of(a.meeting), "Date": meetings[a.meeting].date, "Person": people.get(a.person),
             "Status": a.status.label, "Substitute for": people.get(a.replaces), "Capacity": a.capacity,
             "Organisation": orgs.get(a.organisation), "Chaired": _yes(a.chaired)}
        )
    for mi in reg.minutes:
        resolutions = "\n\n".join("\n".join([r.preamble, *r.parts]) for r in mi.resolutions)
        out["Minutes"].append(
            {"Board": board_of(mi.meeting), "Date": meetings[mi.meeting].date, "Item": mi.number, "Title": mi.title,
             "Text": "\n\n".join(mi.paragraphs), "Resolutions": resolutions, "Part": _part(mi.part),
             "Paragraph": _paragraph(mi.exempt_paragraph)}
        )
    for ac, number in zip(reg.actions, action_numbers(reg.actions)):
        last = ac.history[-1] if ac.history else None
        due = ac.due
        out["Actions"].append(
            {"Board": board_of(ac.raised_at), "Date": meetings[ac.raised_at].date, "Item": ac.item, "No": number,
             "Action": ac.text, "Owners": _list([people.get(o, "") for o in ac.owners]),
             "Owners as printed": ac.owners_as_printed,
             "Due": due.date if due.date is not None else (None if due.kind == _g.Due.Kind.UNSPECIFIED else due.kind.label),
             "Status": last.status.label if last else "open", "Status date": last.date if last else None,
             "Status note": last.note if last else None, "Part": _part(ac.part), "Paragraph": _paragraph(ac.exempt_paragraph)}
        )
    for fp in reg.forward_plan:
        out["ForwardPlan"].append(
            {"Board": boards.get(fp.board), "Meeting date": fp.meeting_date, "Topic": fp.topic,
             "Lead officers": _list(fp.lead_officers), "Notes": fp.notes, "Part": fp.part.label,
             "Paragraph": _paragraph(fp.exempt_paragraph)}
        )
    for rec in reg.interests:
        base = {"Board": board_of(rec.meeting), "Date": meetings[rec.meeting].date, "As minuted": rec.as_minuted}
        if rec.none_disclosed or not rec.declarations:
            out["Interests"].append({**base, "None disclosed": _yes(rec.none_disclosed)})
        for d in rec.declarations:
            out["Interests"].append(
                {**base, "Person": people.get(d.member), "Item": d.item, "Kind": d.kind.label, "Declaration": d.text,
                 "Part": _part(d.part), "Paragraph": _paragraph(d.exempt_paragraph)}
            )
    _plan_rows(bundle, out)
    return out


def _plan_rows(bundle: BoardBundle, out: dict[str, list[Row]]) -> None:
    for plan in bundle.plans:
        out["Plans"].append(
            {"Plan": plan.title, "Board": plan.board, "Period": plan.period.text,
             "RAG scheme": scheme_name([s.code for s in plan.scheme.statuses]), "Notes": _list(plan.notes)}
        )
        titles = {s.number: s.title for s in plan.sections}
        seen: set[str] = set()
        for a in plan.actions:
            out["PlanActions"].append(
                {"Plan": plan.title, "Section": a.section, "Section title": None if a.section in seen else titles.get(a.section),
                 "Action": a.number, "Text": a.text, "Outcomes": a.outcomes, "Leads": a.leads_text,
                 "Timescale": a.timescale.text, "Indicator": a.indicator}
            )
            seen.add(a.section)
        for r in plan.ratings:
            out["Ratings"].append(
                {"Plan": plan.title, "Action": r.action, "Date": r.date, "Status": r.status, "Rated by": r.rated_by,
                 "Evidence": r.note}
            )
    for reg in bundle.risk_registers:
        for risk in reg.risks:
            residual = risk.residual
            out["Risks"].append(
                {"Register": reg.title, "Board": reg.board, "Reference": risk.reference, "Description": risk.description,
                 "Owner": risk.owner, "Inherent likelihood": risk.inherent.likelihood,
                 "Inherent impact": risk.inherent.impact,
                 "Residual likelihood": residual.likelihood if residual is not None else None,
                 "Residual impact": residual.impact if residual is not None else None,
                 "Mitigations": _list(risk.mitigations), "Mitigating actions": _list(risk.mitigating_actions),
                 "Last reviewed": risk.last_reviewed, "Next review": risk.next_review, "Indicator": risk.indicator}
            )


def _readme_rows() -> Iterator[tuple[str, str, str, str, str]]:
    for sheet in SHEETS:
        for c in sheet.columns:
            allowed = ", ".join(c.vocabulary) if c.vocabulary else {
                "date": "a date (typed as a date: 01/03/2016 or 2016-03-01)",
                "time": "a time, HH:MM",
                "int": "a whole number",
                "list": "entries separated by ;",
            }.get(c.kind, "text")
            yield sheet.name, c.name, "yes" if c.required else "", c.meaning, allowed


_INTRO = (
    "The board workbook: one sheet per kind of record. Fill in the sheets you need (leave the others as "
    "they are) and import the workbook with: boardroom import STORE board.xlsx (add --dry-run to see what "
    "it would change first). Rows are matched to what the store holds by their natural keys (a meeting by "
    "board and date, an agenda item by board, date and item number, a plan action by plan and number, a "
    "rating by plan, action and date): a row the store has is updated, a new row is added, and records "
    "the workbook does not mention are left as they are. A blank cell never erases a stored value. "
    "Importing an unchanged workbook changes nothing. Dates are typed as dates. The Contacts sheet is "
    "private: never publish it. RAG codes: R = red (off track), A = amber (at risk), G = green (on track), "
    "B = blue (complete; BRAG plans only)."
)


def _style_header(ws: Any, openpyxl: Any, widths: Sequence[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        cell = ws.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"


def _validations(ws: Any, sheet: Sheet) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        cells = f"{letter}2:{letter}{_MAX_ROW}"
        vocabulary = column.vocabulary
        if vocabulary is not None:
            rule = DataValidation(type="list", formula1='"' + ",".join(vocabulary) + '"', allow_blank=True)
            rule.error = f"{column.name}: one of {', '.join(vocabulary)}"
            rule.errorTitle = f"Not a {column.kind}"
        elif column.kind == "date":
            # Any date from 1900 on: Excel then refuses text that is not a date.
            rule = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
            rule.error = f"{column.name}: a date, such as 01/03/2016"
            rule.errorTitle = "Not a date"
        else:
            continue
        rule.showErrorMessage = True
        ws.add_data_validation(rule)
        rule.add(cells)


def _cell_value(value: Any) -> Any:
    if value is None or value == "":
        return None
    return value


def _build(rows: Optional[dict[str, list[Row]]]) -> Any:
    openpyxl = _openpyxl()
    book = openpyxl.Workbook()
    readme = book.active
    readme.title = "ReadMe"
    readme.append([_INTRO])
    readme.append([])
    readme.append(["Sheet", "Column", "Required", "Meaning", "Allowed values"])
    for line in _readme_rows():
        readme.append(list(line))
    readme.append([])
    readme.append(["RAG scheme", "Codes, worst first"])
    for name, codes in SCHEMES.items():
        readme.append([name, ", ".join(codes)])
    from openpyxl.styles import Alignment, Font

    readme["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    readme.merge_cells("A1:E1")
    readme.row_dimensions[1].height = 150
    for cell in readme[3]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (14, 20, 9, 70, 50)):
        readme.column_dimensions[letter].width = width
    for sheet in SHEETS:
        ws = book.create_sheet(sheet.name)
        ws.append([c.name for c in sheet.columns])
        _style_header(ws, openpyxl, [c.width for c in sheet.columns])
        _validations(ws, sheet)
        kinds = [c.kind for c in sheet.columns]
        for record in (rows or {}).get(sheet.name, []):
            ws.append([_cell_value(record.get(c.name)) for c in sheet.columns])
            for index, kind in enumerate(kinds, start=1):
                if kind == "date":
                    ws.cell(row=ws.max_row, column=index).number_format = "yyyy-mm-dd"
                elif kind == "time":
                    ws.cell(row=ws.max_row, column=index).number_format = "hh:mm"
    return book


def write_workbook(path: str | os.PathLike[str], bundle: Optional[BoardBundle] = None) -> Path:
    """Writes the board workbook to ``path`` atomically: empty (the template) or filled from
    ``bundle``. Raises StorageError if the file cannot be written."""
    from .._files import write_atomic_file

    book = _build(_rows(bundle) if bundle is not None else None)
    return write_atomic_file(path, book.save)
