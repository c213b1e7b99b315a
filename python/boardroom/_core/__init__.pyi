"""
boardroom's compiled core; use the boardroom package, not this module.
"""
from __future__ import annotations
from . import core
from . import governance
from . import indicators
from . import plans
from . import io
from . import report
__all__: list[str] = ['core', 'governance', 'indicators', 'io', 'plans', 'report']
__version__: str = '0.1.0'
