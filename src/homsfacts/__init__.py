"""homsfacts: sourced, checkable facts about the Syrian city of Homs.

The package is a library first. ``homsfacts.load()`` opens a fact base and returns a
:class:`~homsfacts.base.store.FactBase` to query; the command line in :mod:`homsfacts.cli` is
a thin front on top of it. Nothing here imports Typer or Rich; ARCHITECTURE.md maps the
folders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from homsfacts.base.loader import load
    from homsfacts.base.store import FactBase
    from homsfacts.errors import FactBaseError, HomsfactsError, NotFoundError, QueryError

__all__ = [
    "FactBase",
    "FactBaseError",
    "HomsfactsError",
    "NotFoundError",
    "QueryError",
    "__version__",
    "load",
]

_LAZY = {
    "load": "homsfacts.base.loader",
    "FactBase": "homsfacts.base.store",
    "FactBaseError": "homsfacts.errors",
    "HomsfactsError": "homsfacts.errors",
    "NotFoundError": "homsfacts.errors",
    "QueryError": "homsfacts.errors",
}


def __getattr__(name: str) -> Any:
    # Importing the package stays free: the loader and the store come in on first use.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'homsfacts' has no attribute {name!r}")
