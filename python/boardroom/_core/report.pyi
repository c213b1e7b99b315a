"""
What may be published, and how.
"""
from __future__ import annotations
import boardroom._core.governance
__all__: list[str] = ['exempt_notice', 'html_escape', 'public_view']
def exempt_notice(item: boardroom._core.governance.AgendaItem) -> str:
    """
    The line printed under a Part II heading; empty for Part I.
    """
def html_escape(text: str) -> str:
    ...
def public_view(meeting: boardroom._core.governance.Meeting) -> boardroom._core.governance.Meeting:
    """
    The meeting as it may be published: Part II items keep only their heading.
    """
