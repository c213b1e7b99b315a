"""
Loading and saving.
"""
from __future__ import annotations
import boardroom._core.governance
import os
import typing
__all__: list[str] = ['load_meeting_folder']
def load_meeting_folder(folder: os.PathLike | str | bytes) -> boardroom._core.governance.Meeting:
    """
    Loads meeting.csv and agenda.csv from a folder; raises InputError naming file, line and field.
    """
