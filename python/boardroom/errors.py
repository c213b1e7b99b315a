"""Exceptions raised by boardroom.

Every error derives from :class:`BoardroomError`. Errors about the input are also
``ValueError``; errors reading or writing files and stores are also ``OSError``;
so code that already catches those keeps working.
"""

from __future__ import annotations

__all__ = [
    "BoardroomError",
    "DisclosureError",
    "InputError",
    "NotFoundError",
    "StorageError",
    "ValidationError",
]


class BoardroomError(Exception):
    """Root of every error boardroom raises."""


class InputError(BoardroomError, ValueError):
    """Input that cannot be read or used as given.

    ``file``, ``line``, ``field`` and ``record`` say where (``None`` when not known);
    ``reason`` is the message without the location.
    """

    def __init__(
        self,
        message: str,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
        record: str | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file or None
        self.line = line or None
        self.field = field or None
        self.record = record or None
        self.reason = reason or message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str | None, int | None, str | None, str | None, str]]:
        return (type(self), (str(self), self.file, self.line, self.field, self.record, self.reason))


class ValidationError(BoardroomError, ValueError):
    """A well-formed model that breaks a rule (an exempt item with no paragraph)."""


class NotFoundError(BoardroomError, LookupError):
    """A lookup by id, name, number or date found nothing."""


class StorageError(BoardroomError, OSError):
    """Reading or writing a file or store failed; the model is left as it was."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path or None

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[StorageError], tuple[str, str | None]]:
        return (type(self), (str(self), self.path))


class DisclosureError(BoardroomError, ValueError):
    """An export would publish private data, or the data are not marked well enough to tell."""
