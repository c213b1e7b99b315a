"""
Loading, the store and JSON interchange.
"""
from __future__ import annotations
import boardroom._core.governance
import boardroom._core.plans
import collections.abc
import datetime
import os
import pathlib
import typing
__all__: list[str] = ['AuditEntry', 'BoardBundle', 'JSON_FORMAT_VERSION', 'STORE_SCHEMA_VERSION', 'Store', 'bundle_from_json', 'bundle_to_json', 'load_meeting_folder', 'load_meeting_rows', 'plan_from_json', 'plan_to_json', 'register_from_json', 'register_to_json', 'to_popolo_json', 'write_bundle_json']
class BoardBundle:
    """
    Everything a store or a JSON document holds: governance records, their data-quality notes, plans, risk registers, diagnostics and self-assessments.
    """
    records: boardroom._core.governance.Register
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def data_quality_notes(self) -> list[boardroom._core.governance.DataQualityNote]:
        ...
    @data_quality_notes.setter
    def data_quality_notes(self, arg0: collections.abc.Sequence[boardroom._core.governance.DataQualityNote]) -> None:
        ...
    @property
    def diagnostics(self) -> list[boardroom._core.plans.Diagnostic]:
        ...
    @diagnostics.setter
    def diagnostics(self, arg0: collections.abc.Sequence[boardroom._core.plans.Diagnostic]) -> None:
        ...
    @property
    def plans(self) -> list[boardroom._core.plans.Plan]:
        ...
    @plans.setter
    def plans(self, arg0: collections.abc.Sequence[boardroom._core.plans.Plan]) -> None:
        ...
    @property
    def public_export(self) -> bool:
        """
        True when read from a public document ("public": true): its Part II records hold only their numbers, so it cannot update a store.
        """
    @public_export.setter
    def public_export(self, arg0: bool) -> None:
        ...
    @property
    def risk_registers(self) -> list[boardroom._core.plans.RiskRegister]:
        ...
    @risk_registers.setter
    def risk_registers(self, arg0: collections.abc.Sequence[boardroom._core.plans.RiskRegister]) -> None:
        ...
    @property
    def self_assessments(self) -> list[boardroom._core.plans.SelfAssessment]:
        ...
    @self_assessments.setter
    def self_assessments(self, arg0: collections.abc.Sequence[boardroom._core.plans.SelfAssessment]) -> None:
        ...
class AuditEntry:
    """
    One change in a store's audit trail: who, when, which record, which field, old and new value.
    """
    def __repr__(self) -> str:
        ...
    @property
    def at(self) -> str:
        """
        UTC, ISO 8601: 2016-03-01T10:15:00Z
        """
    @property
    def field(self) -> str:
        ...
    @property
    def new_value(self) -> str:
        ...
    @property
    def old_value(self) -> str:
        ...
    @property
    def operation(self) -> str:
        ...
    @property
    def record(self) -> str:
        ...
    @property
    def revision(self) -> int:
        ...
    @property
    def user(self) -> str:
        ...
class Store:
    """
    A SQLite store: every write one transaction, one writer at a time (a second gets StorageError 'the store is busy'), a save over someone else's newer save refused (StorageError 'changed since you loaded it'), the schema migrated forwards on open.
    """
    @staticmethod
    def init(path: os.PathLike | str | bytes, bundle: BoardBundle, on_progress: collections.abc.Callable[[str, int], None] | None = None, user: str = '') -> None:
        """
        Creates a new store holding the bundle, all or nothing: built under a temporary name in the same folder and renamed into place, so a failure leaves no file. StorageError if the path exists.
        """
    @staticmethod
    def open(path: os.PathLike | str | bytes, mode: str = 'read_write', busy_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 500, on_progress: collections.abc.Callable[[str, int], None] | None = None, user: str = '') -> Store:
        """
        Opens a store ('create' makes a new one if the file does not exist). on_progress(table, rows) is called during bulk writes; user names who writes, in the audit trail.
        """
    def __enter__(self) -> Store:
        ...
    def __exit__(self, arg0: typing.Any, arg1: typing.Any, arg2: typing.Any) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def add_position_update(self, plan_id: typing.SupportsInt | typing.SupportsIndex, update: boardroom._core.plans.PositionUpdate) -> None:
        ...
    def add_rating(self, plan_id: typing.SupportsInt | typing.SupportsIndex, rating: boardroom._core.plans.RagRating) -> None:
        """
        Appends a RAG rating, checked against the stored plan.
        """
    def audit_trail(self, since: datetime.date | None = None) -> list[AuditEntry]:
        """
        The audit trail, newest first; with since, the changes made on or after that day (UTC).
        """
    def close(self) -> None:
        """
        Closes the connection; further use raises StorageError.
        """
    def last_changed(self) -> AuditEntry | None:
        """
        The latest change in the audit trail (an AuditEntry), or None.
        """
    def load(self) -> BoardBundle:
        ...
    @typing.overload
    def load_board(self, board: typing.SupportsInt | typing.SupportsIndex) -> BoardBundle:
        """
        One board's records, read without the other boards': load() narrowed by Register.board_records (its and its task-and-finish groups' meetings and what they record, the people named, every board), with the plans and risk registers of that board or of none the store knows. Raises NotFoundError for an unknown board.
        """
    @typing.overload
    def load_board(self, board: str) -> BoardBundle:
        """
        The same for the board with this name or alias.
        """
    def load_data_quality_notes(self) -> list[boardroom._core.governance.DataQualityNote]:
        ...
    def load_plan(self, plan_id: typing.SupportsInt | typing.SupportsIndex) -> boardroom._core.plans.Plan:
        ...
    def load_plans(self) -> list[boardroom._core.plans.Plan]:
        ...
    def load_register(self) -> boardroom._core.governance.Register:
        ...
    def record_action_status(self, action: typing.SupportsInt | typing.SupportsIndex, date: datetime.date, status: boardroom._core.governance.ActionStatus, note: str = '') -> None:
        """
        Records an action's change of status between meetings (all or nothing).
        """
    def save(self, bundle: BoardBundle, *, operation: str = 'save', changes: collections.abc.Sequence[tuple[str, str, str, str]] = []) -> None:
        """
        Replaces the whole content of the store, in one transaction, recording the changes (record, field, old, new) under operation in the audit trail (none: one row summarising the new content).
        """
    def save_plan(self, plan: boardroom._core.plans.Plan) -> int:
        """
        Saves a plan (a new id if it has none); returns its id.
        """
    def save_register(self, register: boardroom._core.governance.Register) -> None:
        ...
    def verify(self) -> None:
        """
        SQLite's integrity and foreign-key checks, then every record read back; raises StorageError naming the damage.
        """
    @property
    def closed(self) -> bool:
        ...
    @property
    def path(self) -> pathlib.Path:
        ...
    @property
    def read_only(self) -> bool:
        ...
    @property
    def schema_version(self) -> int:
        ...
def bundle_from_json(text: str, source_name: str) -> BoardBundle:
    """
    Reads a boardroom JSON document; InputError names the JSON path of a bad member.
    """
def bundle_to_json(bundle: BoardBundle, public_only: bool = False, include_contact_details: bool | None = None, include_exempt_content: bool | None = None, indent: typing.SupportsInt | typing.SupportsIndex = 2, unmarked_part: boardroom._core.governance.AgendaPart | None = None) -> str:
    """
    The bundle as a boardroom JSON document. public_only makes it from the disclosure gate (report.disclose): no contact details, data-quality notes or Part II content, and the text checked for contact details; asking a public document for them raises DisclosureError, as does a record of no established part unless unmarked_part says which part such records are in.
    """
def load_meeting_folder(folder: os.PathLike | str | bytes) -> boardroom._core.governance.Meeting:
    """
    Loads meeting.csv and agenda.csv from a folder; raises InputError naming file, line and field.
    """
def load_meeting_rows(meeting_rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], meeting_source: str, agenda_rows: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, collections.abc.Sequence[str]]], agenda_source: str) -> boardroom._core.governance.Meeting:
    """
    A meeting from the rows of its meeting and agenda tables ((row number, cells) each, the header first), as read from a workbook's sheets; InputError names the source, the row and the column.
    """
def plan_from_json(text: str, source_name: str) -> boardroom._core.plans.Plan:
    ...
def plan_to_json(plan: boardroom._core.plans.Plan, public_only: bool = False, indent: typing.SupportsInt | typing.SupportsIndex = 2) -> str:
    ...
def register_from_json(text: str, source_name: str) -> boardroom._core.governance.Register:
    ...
def register_to_json(register: boardroom._core.governance.Register, public_only: bool = False, include_contact_details: bool | None = None, include_exempt_content: bool | None = None, indent: typing.SupportsInt | typing.SupportsIndex = 2, unmarked_part: boardroom._core.governance.AgendaPart | None = None) -> str:
    ...
def to_popolo_json(register: boardroom._core.governance.Register, indent: typing.SupportsInt | typing.SupportsIndex = 2) -> str:
    """
    The register as Popolo (persons, organizations, memberships, events); always public.
    """
def write_bundle_json(bundle: BoardBundle, path: str, public_only: bool = False, include_contact_details: bool | None = None, include_exempt_content: bool | None = None, indent: typing.SupportsInt | typing.SupportsIndex = 2, unmarked_part: boardroom._core.governance.AgendaPart | None = None) -> None:
    """
    bundle_to_json written to the file at path as it is made, a chunk at a time (never the whole text in memory); a public document is checked whole before any of it is written. The file is overwritten: write to a temporary file and rename it (boardroom.store.export_json does).
    """
JSON_FORMAT_VERSION: int = 4
STORE_SCHEMA_VERSION: int = 7
