"""Word documents made from the bundled papers' text, laid out as councils keep them."""

from __future__ import annotations

from pathlib import Path

from boardroom._core import governance as _g


def _table_rows(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """Consecutive tab-separated lines from ``start`` (blank lines between them skipped)."""
    rows: list[list[str]] = []
    i = start
    while i < len(lines):
        if "\t" in lines[i]:
            rows.append(lines[i].split("\t"))
            i += 1
        elif not lines[i].strip() and any("\t" in later for later in lines[i + 1 : i + 2]):
            i += 1
        else:
            break
    return rows, i


def agenda_docx(text_file: Path, out: Path) -> Path:
    """The agenda: its heading as paragraphs, the pasted table as a Word table ("Agenda Item"
    spanning the number and title columns, continuation rows with empty first cells)."""
    import docx

    lines = text_file.read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            rows, i = _table_rows(lines, i)
            width = max(len(r) for r in rows)
            table = document.add_table(rows=0, cols=width)
            for n, row in enumerate(rows):
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
                if n == 0 and row[1:2] == [""]:
                    cells[0].merge(cells[1]).text = row[0]
            continue
        if lines[i].strip():
            document.add_paragraph(lines[i])
        i += 1
    document.save(str(out))
    return out


def _blocks(lines: list[str], paragraphs: set[str]) -> list[str]:
    """The text's paragraphs: runs of lines with no blank between them (one paragraph with line
    breaks), and runs a page break split (blank lines in the middle of a paragraph the minutes
    loader reads as one) joined again, as the paragraph stands in the Word document."""
    runs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            runs.append("\n".join(current))
            current = []
    blocks: list[str] = []
    i = 0
    while i < len(runs):
        text = runs[i]
        while text not in paragraphs and i + 1 < len(runs) and any(p.startswith(text + " ") for p in paragraphs):
            i += 1
            text = text + " " + runs[i]
        blocks.append(text)
        i += 1
    return blocks


def minutes_docx(text_file: Path, out: Path) -> Path:
    """The minutes: heading paragraphs, Present and Apologies as three-column tables, then the
    items in a two-column table headed ACTION BY, owners' initials in its right-hand column
    beside the paragraph that gives the action."""
    import docx

    parsed = _g.read_minutes(text_file)
    paragraphs = {p.text for item in parsed.items for p in item.paragraphs}
    lines = text_file.read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            rows, i = _table_rows(lines, i)
            table = document.add_table(rows=0, cols=max(len(r) for r in rows))
            for values in rows:
                for cell, value in zip(table.add_row().cells, values):
                    cell.text = value
            continue
        i += 1
        if line.strip().upper() == "ACTION BY":
            break
        if line.strip():
            document.add_paragraph(line)
    else:
        document.save(str(out))
        return out
    items = document.add_table(rows=1, cols=2)
    items.rows[0].cells[1].text = "ACTION BY"
    row = None
    for block in _blocks(lines[i:], paragraphs):
        if _g.is_initials_line(block) and row is not None:
            row.cells[1].text = block
            row = None
            continue
        row = items.add_row()
        row.cells[0].text = block
    document.save(str(out))
    return out


def paragraphs_docx(text_file: Path, out: Path) -> Path:
    """Every non-blank line a paragraph (papers printed as prose and numbered lists)."""
    import docx

    document = docx.Document()
    for line in text_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.save(str(out))
    return out
