"""Importing records into a store: an upsert on natural keys, all in one transaction.

Every source (a board workbook, a JSON document, Word papers, a ModernGov feed) becomes a
:class:`BoardBundle` and goes through :func:`import_records`, so that matching, reporting and
the audit trail are the same whatever the source.
"""

from __future__ import annotations

import os
from typing import Optional, Union

from ._core.io import BoardBundle
from ._import_report import ImportReport
from ._merge import GovernanceMerge, ReadBundle, unstated_of
from ._merge_meetings import merge_meeting_records
from ._merge_plans import merge_documents, merge_notes, merge_plans
from ._opening import open_store
from .errors import StorageError

__all__ = ["apply_records", "audit_changes", "import_records", "merge_bundle"]

PathLike = Union[str, "os.PathLike[str]"]


def merge_bundle(stored: BoardBundle, incoming: BoardBundle, report: ImportReport) -> BoardBundle:
    """``stored`` with ``incoming`` merged in (see _merge.py for the rules); ``report`` lists
    every change. Raises ValidationError when the merged records do not refer to each other."""
    merge = GovernanceMerge(stored.records, report, unstated_of(incoming))
    theirs = incoming.records
    merge.merge_organisations(theirs.organisations)
    merge.merge_people(theirs.people)
    merge.merge_boards(theirs.boards, theirs)
    merge_meeting_records(merge, theirs)
    result = BoardBundle()
    result.records = merge.register()
    plans = stored.plans
    merge_plans(merge, plans, incoming.plans)
    result.plans = plans
    result.risk_registers = stored.risk_registers
    result.diagnostics = stored.diagnostics
    result.self_assessments = stored.self_assessments
    merge_documents(merge, result, incoming)
    notes = stored.data_quality_notes
    merge_notes(report, notes, incoming.data_quality_notes)
    result.data_quality_notes = notes
    # Several sources merged into one import stay a public export if any of them was one, and
    # keep the fields they left blank (a blank never overwrites, whichever source it is in).
    result.public_export = stored.public_export or incoming.public_export
    unstated = unstated_of(stored) | unstated_of(incoming)
    if unstated:
        result = ReadBundle.of(result, unstated)
    return result


_REGISTER_TABLES = ("organisations", "people", "boards", "reporting_lines", "memberships", "meetings",
                    "attendance", "interests", "minutes", "approvals", "actions", "forward_plan")


def _holds_records(bundle: BoardBundle) -> bool:
    records = bundle.records
    return any(getattr(records, table) for table in _REGISTER_TABLES) or any(
        (bundle.plans, bundle.risk_registers, bundle.diagnostics, bundle.self_assessments)
    )


def check_public_export(stored: BoardBundle, incoming: BoardBundle, report: ImportReport) -> None:
    """Refuses a public export (``boardroom export --public``) into a store that holds records.

    Its Part II records hold only their number and paragraph ("Not for publication"), so
    matching them to stored ones would replace exempt business with nothing. Into an empty
    store it is the only record there is, and the report says what it lacks.
    """
    if not incoming.public_export:
        return
    what = f"{report.source}: " if report.source else ""
    if _holds_records(stored):
        raise StorageError(
            f"{what}a public export (boardroom export --public) cannot update a store: its Part II records "
            f"hold only their numbers; import the private export instead",
            report.store,
        )
    report.notes.append(f"{what}a public export: its Part II records hold only their numbers")


def audit_changes(report: ImportReport) -> list[tuple[str, str, str, str]]:
    """The report as audit-trail rows: (record, field, old, new)."""
    rows: list[tuple[str, str, str, str]] = []
    for change in report.changes:
        record = f"{change.kind} {change.key}"
        if change.added:
            rows.append((record, "", "", "added"))
        rows += [(record, f.field, f.old, f.new) for f in change.fields]
    return rows


def import_records(
    store_path: PathLike,
    incoming: BoardBundle,
    *,
    dry_run: bool = False,
    user: Optional[str] = None,
    source: str = "",
) -> ImportReport:
    """Upserts ``incoming`` into the store at ``store_path`` on natural keys.

    A board is matched by its name or an alias; a person by name; a meeting by board and date;
    an agenda or minute item by board, date and item number (compared as ``item_key``);
    attendance by meeting and person; an action by meeting, item and its number among that
    item's actions; a membership by board, person and role; a plan by title, a plan action by
    plan and number, a rating by plan, action and date; a risk by register and reference.
    A public export (``"public": true``, :attr:`BoardBundle.public_export`) is refused with a
    :class:`~boardroom.errors.StorageError` unless the store is empty, since its Part II
    records hold only their numbers. A matched record takes the incoming values, but a blank
    incoming value never erases a stored one, and an action's status history only gains changes. Records the store holds
    and the import does not mention are left as they are.

    Everything is written in one store transaction, or nothing: the write is refused
    (:class:`~boardroom.errors.StorageError`) if another program changed the store after this
    import read it. ``dry_run`` computes the report and writes nothing. ``user`` names who
    made the change in the store's audit trail (default: the login name); ``source`` names
    where the records came from, for the report and the trail. Re-importing the same records
    changes nothing, and the report says so.
    """
    return apply_records(store_path, incoming, dry_run=dry_run, user=user, source=source,
                         operation=f"import {source}".strip())


def apply_records(
    store_path: PathLike,
    incoming: BoardBundle,
    *,
    dry_run: bool = False,
    user: Optional[str] = None,
    source: str = "",
    operation: str = "import",
) -> ImportReport:
    """:func:`import_records`, recording the change under ``operation`` in the audit trail
    (``boardroom new`` records its board as "new")."""
    report = ImportReport(store=os.fspath(store_path), source=source, dry_run=dry_run)
    with open_store(store_path, "read_only" if dry_run else "read_write", user=user) as store:
        stored = store.load()
        check_public_export(stored, incoming, report)
        merged = merge_bundle(stored, incoming, report)
        if dry_run or report.nothing_to_change:
            return report
        store.save(merged, operation=operation, changes=audit_changes(report))
    report.applied = True
    return report
