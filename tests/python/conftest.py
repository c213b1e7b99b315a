from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import boardroom

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled example meeting folder."""
    target = tmp_path / "meeting"
    shutil.copytree(boardroom.example_path(), target)
    return target
