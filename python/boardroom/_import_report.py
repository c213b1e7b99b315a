"""What an import changes: the records it adds, the fields it changes (old -> new) and how
many records it found already as they are."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["FieldChange", "ImportReport", "RecordChange"]


@dataclass(frozen=True)
class FieldChange:
    """One field of one record: its stored value and the value the import gives it."""

    field: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.field}: {_shown(self.old)} -> {_shown(self.new)}"


@dataclass(frozen=True)
class RecordChange:
    """A record the import adds (``fields`` lists its values, old empty) or changes."""

    kind: str  # "board", "meeting", "agenda item", "action", "rating", ...
    key: str  # its natural key, readable: "Health and Wellbeing Board 2016-03-01 item 4"
    added: bool
    fields: tuple[FieldChange, ...] = ()

    def __str__(self) -> str:
        head = f"{'added' if self.added else 'changed'} {self.kind} {self.key}"
        if self.added:
            return head
        return head + "".join(f"\n    {change}" for change in self.fields)


def _shown(value: str) -> str:
    if value == "":
        return "(blank)"
    one_line = " / ".join(part for part in value.splitlines() if part.strip())
    return repr(one_line if len(one_line) <= 80 else one_line[:77] + "...")


@dataclass
class ImportReport:
    """The outcome of :func:`boardroom.store.import_records`.

    ``changes`` holds every record added or changed, in the order applied; ``unchanged``
    counts, per kind of record, those the store already held as the import gives them.
    ``applied`` is False for a dry run and when there was nothing to change.
    """

    store: str
    source: str = ""
    dry_run: bool = False
    applied: bool = False
    changes: list[RecordChange] = field(default_factory=list)
    unchanged: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the records imported lack, said once

    @property
    def added(self) -> list[RecordChange]:
        return [c for c in self.changes if c.added]

    @property
    def changed(self) -> list[RecordChange]:
        return [c for c in self.changes if not c.added]

    @property
    def unchanged_count(self) -> int:
        return sum(self.unchanged.values())

    @property
    def nothing_to_change(self) -> bool:
        return not self.changes

    def count_unchanged(self, kind: str) -> None:
        self.unchanged[kind] = self.unchanged.get(kind, 0) + 1

    def summary(self) -> str:
        """One line: "3 added, 1 changed, 40 unchanged"."""
        return f"{len(self.added)} added, {len(self.changed)} changed, {self.unchanged_count} unchanged"

    def __str__(self) -> str:
        what = f"import of {self.source} into {self.store}" if self.source else f"import into {self.store}"
        if self.nothing_to_change:
            lines = [f"{what}: nothing to change ({self.unchanged_count} records already as given)"]
        else:
            verb = "would change" if self.dry_run else "changed" if self.applied else "changes"
            lines = [f"{what} {verb}: {self.summary()}"]
            lines += [f"  {change}" for change in self.changes]
            if self.unchanged:
                kinds = ", ".join(f"{kind} ({n})" for kind, n in sorted(self.unchanged.items()))
                lines.append(f"  unchanged: {kinds}")
            if self.dry_run:
                lines.append("dry run: nothing was written")
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)
