"""Every C++ exception class arrives in Python as its boardroom.errors class."""

from __future__ import annotations

import pickle

import pytest

from boardroom import errors
from boardroom._core import core


def test_input_error_carries_location() -> None:
    with pytest.raises(errors.InputError, match=r"^agenda.csv:7: item 5a: field 'purpose': bad purpose$") as info:
        core._raise("input", "bad purpose")
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, errors.BoardroomError)
    assert (error.file, error.line, error.field, error.record) == ("agenda.csv", 7, "purpose", "item 5a")
    assert error.reason == "bad purpose"


@pytest.mark.parametrize(
    ("kind", "cls", "builtin"),
    [
        ("validation", errors.ValidationError, ValueError),
        ("not_found", errors.NotFoundError, LookupError),
        ("storage", errors.StorageError, OSError),
        ("disclosure", errors.DisclosureError, ValueError),
        ("other", errors.BoardroomError, Exception),
    ],
)
def test_each_error_maps_to_its_class(kind: str, cls: type[Exception], builtin: type[Exception]) -> None:
    with pytest.raises(cls) as info:
        core._raise(kind, "went wrong")
    assert isinstance(info.value, builtin)
    assert isinstance(info.value, errors.BoardroomError)
    assert "went wrong" in str(info.value)


def test_storage_error_names_the_path() -> None:
    with pytest.raises(errors.StorageError) as info:
        core._raise("storage", "disk full")
    assert info.value.path == "/tmp/store.sqlite"
    assert str(info.value) == "/tmp/store.sqlite: disk full"


def test_errors_pickle_with_their_fields() -> None:
    with pytest.raises(errors.InputError) as info:
        core._raise("input", "bad purpose")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.file, copy.line, copy.field, str(copy)) == ("agenda.csv", 7, "purpose", str(info.value))


def test_messages_quoting_bytes_that_are_not_utf8_stay_boardroom_errors() -> None:
    # A Windows-1252 quote in the message: replaced, never a UnicodeDecodeError naming no file.
    with pytest.raises(errors.InputError) as info:
        core._raise("input", b"unknown purpose 'Chair\x92s'")  # type: ignore[arg-type]
    assert "\ufffd" in str(info.value)
    assert info.value.file == "agenda.csv" and info.value.line == 7
    with pytest.raises(errors.StorageError):
        core._raise("storage", b"cut \xe2\x80")  # type: ignore[arg-type]
