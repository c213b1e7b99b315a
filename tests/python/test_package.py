"""The package as installed: version agreement, typing marker, bundled data."""

from __future__ import annotations

import re
from importlib import resources

import pytest

import boardroom
from conftest import REPO


def test_versions_agree() -> None:
    tomllib = pytest.importorskip("tomllib")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    cmake = (REPO / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(boardroom VERSION (\S+)", cmake)
    assert match is not None
    assert boardroom.__version__ == pyproject["project"]["version"] == match.group(1)


def test_typed_and_stubbed() -> None:
    package = resources.files("boardroom")
    assert package.joinpath("py.typed").is_file()


def test_example_is_bundled() -> None:
    folder = boardroom.example_path()
    assert (folder / "meeting.csv").is_file()
    assert (folder / "agenda.csv").is_file()
