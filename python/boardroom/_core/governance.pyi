"""
Boards, meetings and agendas.
"""
from __future__ import annotations
import collections.abc
import datetime
import typing
__all__: list[str] = ['AgendaItem', 'AgendaPart', 'ItemPurpose', 'Meeting', 'MeetingStatus', 'PageRange', 'exempt_paragraph_description', 'validate']
class ItemPurpose:
    """
    What the board is asked to do with an item ('Item for').
    
    Members:
    
      INFORMATION
    
      ACTION
    
      DISCUSS
    
      DECISION
    """
    ACTION: typing.ClassVar[ItemPurpose]
    DECISION: typing.ClassVar[ItemPurpose]
    DISCUSS: typing.ClassVar[ItemPurpose]
    INFORMATION: typing.ClassVar[ItemPurpose]
    __members__: typing.ClassVar[dict[str, ItemPurpose]]
    @typing.overload
    def __eq__(self, other: ItemPurpose) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: ItemPurpose) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
class AgendaPart:
    """
    Part I (public) or Part II (exempt under Schedule 12A).
    
    Members:
    
      PUBLIC
    
      EXEMPT
    """
    EXEMPT: typing.ClassVar[AgendaPart]
    PUBLIC: typing.ClassVar[AgendaPart]
    __members__: typing.ClassVar[dict[str, AgendaPart]]
    @typing.overload
    def __eq__(self, other: AgendaPart) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: AgendaPart) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
class MeetingStatus:
    """
    Members:
    
      SCHEDULED
    
      TO_BE_CONFIRMED
    
      HELD
    
      CANCELLED
    """
    CANCELLED: typing.ClassVar[MeetingStatus]
    HELD: typing.ClassVar[MeetingStatus]
    SCHEDULED: typing.ClassVar[MeetingStatus]
    TO_BE_CONFIRMED: typing.ClassVar[MeetingStatus]
    __members__: typing.ClassVar[dict[str, MeetingStatus]]
    @typing.overload
    def __eq__(self, other: MeetingStatus) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: MeetingStatus) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def label(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
class PageRange:
    """
    Pages of the agenda pack that carry an item's papers.
    """
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, first: typing.SupportsInt | typing.SupportsIndex, last: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def first(self) -> int:
        ...
    @property
    def last(self) -> int:
        ...
class AgendaItem:
    """
    One item of a meeting's agenda.
    """
    intended_outcome: str
    number: str
    pages: PageRange | None
    part: AgendaPart
    purpose: ItemPurpose
    standing: bool
    title: str
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def exempt_paragraph(self) -> int:
        ...
    @exempt_paragraph.setter
    def exempt_paragraph(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def is_exempt(self) -> bool:
        ...
    @property
    def leads(self) -> list[str]:
        ...
    @leads.setter
    def leads(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class Meeting:
    """
    A meeting of a board and its agenda.
    """
    board: str
    date: datetime.date
    start: datetime.time | None
    status: MeetingStatus
    venue: str
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def item(self, number: str) -> AgendaItem:
        """
        The item printed with this number; raises NotFoundError.
        """
    @property
    def agenda(self) -> list[AgendaItem]:
        ...
    @agenda.setter
    def agenda(self, arg0: collections.abc.Sequence[AgendaItem]) -> None:
        ...
def exempt_paragraph_description(paragraph: typing.SupportsInt | typing.SupportsIndex) -> str:
    """
    What Schedule 12A paragraph 1-7 covers.
    """
def validate(meeting: Meeting) -> None:
    """
    Checks the agenda rules; raises ValidationError naming the item.
    """
