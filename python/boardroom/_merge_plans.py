"""Merging plans (by title), their sections and actions (plan + number), RAG ratings (plan +
action + date) and position updates, risk registers (by title) and their risks (register +
reference), diagnostics and self-assessments (by title, whole), and data-quality notes."""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Sequence
from typing import Any

from ._core import governance as _g
from ._core import plans as _p
from ._import_report import FieldChange, ImportReport, RecordChange
from ._merge import GovernanceMerge, shown

__all__ = ["merge_documents", "merge_notes", "merge_plans", "scheme_text"]


def _title_key(title: str) -> str:
    return " ".join(title.lower().split())


def scheme_text(scheme: _p.RagScheme) -> str:
    """A scheme as its codes: "R, A, G, B"."""
    return ", ".join(s.code for s in scheme.statuses)


def _sections(m: GovernanceMerge, stored: list[_p.PlanSection], incoming: Sequence[_p.PlanSection], plan: str) -> bool:
    index = {s.number: i for i, s in enumerate(stored)}
    fields = [m._attr("title", "title"), m._attr("statement", "statement"), m._attr("position heading", "position_heading")]
    changed = False
    for s in incoming:
        if m._upsert_into(stored, index, s.number, "plan section", f"{plan} section {s.number}", s, fields):
            changed = True
    return changed


def _actions(m: GovernanceMerge, stored: list[_p.PlanAction], incoming: Sequence[_p.PlanAction], plan: str) -> bool:
    index = {a.number: i for i, a in enumerate(stored)}

    def leads(merged: _p.PlanAction, new: _p.PlanAction) -> None:
        merged.leads_text = new.leads_text
        merged.leads = new.leads

    fields = [
        m._attr("section", "section"),
        m._attr("text", "text"),
        m._attr("outcomes", "outcomes"),
        ("leads", lambda a: a.leads_text, leads),
        ("timescale", lambda a: a.timescale.text, lambda a, b: setattr(a, "timescale", b.timescale)),
        m._attr("indicator", "indicator"),
    ]
    changed = False
    for a in incoming:
        if m._upsert_into(stored, index, a.number, "plan action", f"{plan} action {a.number}", a, fields):
            changed = True
    return changed


def _ratings(m: GovernanceMerge, stored: list[_p.RagRating], incoming: Sequence[_p.RagRating], plan: str) -> bool:
    index = {(r.action, r.date): i for i, r in enumerate(stored)}
    fields = [m._attr("status", "status"), m._attr("rated by", "rated_by"), m._attr("evidence", "note")]
    changed = False
    for r in incoming:
        key = (r.action, r.date)
        name = f"{plan} action {r.action} on {r.date.isoformat()}"
        if m._upsert_into(stored, index, key, "rating", name, r, fields):
            changed = True
    return changed


def _positions(report: ImportReport, stored: list[_p.PositionUpdate], incoming: Sequence[_p.PositionUpdate], plan: str) -> bool:
    seen = {(u.action, u.date, u.text) for u in stored}
    changed = False
    for u in incoming:
        if (u.action, u.date, u.text) in seen:
            report.count_unchanged("position update")
            continue
        seen.add((u.action, u.date, u.text))
        stored.append(u)
        report.changes.append(RecordChange("position update", f"{plan} action {u.action} {shown(u.date) or 'undated'}", True))
        changed = True
    return changed


def merge_plans(m: GovernanceMerge, stored: list[_p.Plan], incoming: Sequence[_p.Plan]) -> None:
    index = {_title_key(p.title): i for i, p in enumerate(stored)}

    def notes_apply(merged: _p.Plan, new: _p.Plan) -> None:
        merged.notes = [*merged.notes, *(n for n in new.notes if n not in merged.notes)]

    fields = [
        m._attr("board", "board"),
        ("period", lambda p: p.period.text, lambda a, b: setattr(a, "period", b.period)),
        ("RAG scheme", lambda p: scheme_text(p.scheme), lambda a, b: setattr(a, "scheme", b.scheme)),
        ("notes", lambda p: "\n".join(p.notes), notes_apply),
    ]
    next_id = max((p.id for p in stored), default=0) + 1
    for p in incoming:
        at = index.get(_title_key(p.title))
        if at is None:
            new = copy.copy(p)
            new.id = next_id
            next_id += 1
            m._upsert("plan", p.title, None, new, fields)
            for s in p.sections:
                m.report.changes.append(RecordChange("plan section", f"{p.title} section {s.number}", True))
            for a in p.actions:
                m.report.changes.append(RecordChange("plan action", f"{p.title} action {a.number}", True))
            for r in p.ratings:
                m.report.changes.append(RecordChange("rating", f"{p.title} action {r.action} on {r.date.isoformat()}", True))
            index[_title_key(p.title)] = len(stored)
            stored.append(new)
            continue
        before = stored[at]
        merged = m._upsert("plan", before.title, before, p, fields)
        target = merged if merged is not None else copy.copy(before)
        sections, actions, ratings, positions = target.sections, target.actions, target.ratings, target.positions
        dirty = merged is not None
        if _sections(m, sections, p.sections, before.title):
            target.sections, dirty = sections, True
        if _actions(m, actions, p.actions, before.title):
            target.actions, dirty = actions, True
        if _ratings(m, ratings, p.ratings, before.title):
            target.ratings, dirty = sorted(ratings, key=lambda r: r.date), True
        if _positions(m.report, positions, p.positions, before.title):
            # Undated baselines first, then by date, as a plan keeps them.
            target.positions = sorted(positions, key=lambda u: (u.date is not None, u.date or _dt.date.min))
            dirty = True
        if dirty:
            stored[at] = target


def _risk_fields(m: GovernanceMerge) -> list[Any]:
    def score(s: Any) -> str:
        return "" if s is None else f"{s.likelihood}x{s.impact}"

    return [
        m._attr("description", "description"),
        m._attr("owner", "owner"),
        m._attr("inherent", "inherent", score),
        m._attr("residual", "residual", score),
        m._attr("mitigations", "mitigations", lambda v: "\n".join(v)),
        m._attr("mitigating actions", "mitigating_actions"),
        m._attr("last reviewed", "last_reviewed"),
        m._attr("next review", "next_review"),
        m._attr("indicator", "indicator"),
    ]


def merge_documents(m: GovernanceMerge, bundle: Any, incoming: Any) -> None:
    """Risk registers (risk by risk), diagnostics and self-assessments (whole documents)."""
    registers = bundle.risk_registers
    index = {_title_key(r.title): i for i, r in enumerate(registers)}
    reg_fields = [m._attr("board", "board"), ("RAG scheme", lambda r: scheme_text(r.scheme), lambda a, b: setattr(a, "scheme", b.scheme))]
    for r in incoming.risk_registers:
        at = index.get(_title_key(r.title))
        if at is None:
            m._upsert("risk register", r.title, None, r, reg_fields)
            for risk in r.risks:
                m.report.changes.append(RecordChange("risk", f"{r.title} {risk.reference}", True))
            index[_title_key(r.title)] = len(registers)
            registers.append(r)
            continue
        merged = m._upsert("risk register", r.title, registers[at], r, reg_fields)
        target = merged if merged is not None else copy.copy(registers[at])
        risks = target.risks
        rindex = {x.reference: i for i, x in enumerate(risks)}
        dirty = merged is not None
        for risk in r.risks:
            ra = rindex.get(risk.reference)
            got = m._upsert("risk", f"{r.title} {risk.reference}", None if ra is None else risks[ra], risk, _risk_fields(m))
            if ra is None:
                rindex[risk.reference] = len(risks)
                risks.append(risk)
                dirty = True
            elif got is not None:
                risks[ra] = got
                dirty = True
        if dirty:
            target.risks = risks
            registers[at] = target
    bundle.risk_registers = registers
    for attr, kind in (("diagnostics", "diagnostic"), ("self_assessments", "self-assessment")):
        have = getattr(bundle, attr)
        index = {_title_key(d.title): i for i, d in enumerate(have)}
        for d in getattr(incoming, attr):
            at = index.get(_title_key(d.title))
            if at is None:
                index[_title_key(d.title)] = len(have)
                have.append(d)
                m.report.changes.append(RecordChange(kind, d.title, True))
            elif have[at] == d:
                m.report.count_unchanged(kind)
            else:
                have[at] = d
                m.report.changes.append(RecordChange(kind, d.title, False, (FieldChange("content", "as stored", "as imported"),)))
        setattr(bundle, attr, have)


def merge_notes(report: ImportReport, stored: list[_g.DataQualityNote], incoming: Sequence[_g.DataQualityNote]) -> bool:
    seen = {(n.file, n.line, n.message) for n in stored}
    changed = False
    for n in incoming:
        key = (n.file, n.line, n.message)
        if key in seen:
            report.count_unchanged("data-quality note")
            continue
        seen.add(key)
        stored.append(n)
        # Line 0: the file names its own place ("minutes.docx, table 2, row 3"), as Word notes do.
        report.changes.append(RecordChange("data-quality note", f"{n.file}:{n.line}" if n.line > 0 else n.file, True))
        changed = True
    return changed
