"""
What may be published, and how.
"""
from __future__ import annotations
import boardroom._core.governance
import boardroom._core.io
import typing
__all__: list[str] = ['check_public_text', 'disclose', 'disclose_register', 'exempt_notice', 'exempt_paragraph_notice', 'html_escape', 'public_view', 'withheld_title']
def check_public_text(text: str, register: boardroom._core.governance.Register, where: str = 'the public version') -> None:
    """
    Raises DisclosureError if the finished public text shows a contact detail recorded in the register, an email address or a UK telephone number; one linear pass.
    """
def disclose(bundle: boardroom._core.io.BoardBundle, *, unmarked_part: boardroom._core.governance.AgendaPart | None = None) -> boardroom._core.io.BoardBundle:
    """
    The disclosure gate: the bundle as it may be published. Part II agenda items, minutes, actions, declarations and forward-plan topics keep their number and Schedule 12A paragraph only; contact details and data-quality notes are removed. A minute, action or declaration of no established part raises DisclosureError unless unmarked_part says which part such records are in.
    """
def disclose_register(register: boardroom._core.governance.Register, *, unmarked_part: boardroom._core.governance.AgendaPart | None = None) -> boardroom._core.governance.Register:
    """
    The register alone, as disclose() would publish it.
    """
def exempt_notice(item: boardroom._core.governance.AgendaItem) -> str:
    """
    The line printed under a Part II heading; empty for Part I.
    """
def exempt_paragraph_notice(paragraph: typing.SupportsInt | typing.SupportsIndex) -> str:
    """
    The line printed under a Part II heading for a paragraph (0: not given).
    """
def html_escape(text: str) -> str:
    ...
def public_view(meeting: boardroom._core.governance.Meeting) -> boardroom._core.governance.Meeting:
    """
    The meeting as it may be published: Part II items keep only their number and paragraph.
    """
def withheld_title() -> str:
    """
    The title printed in public in place of a Part II item's.
    """
