"""What a long claim is asked again for each of its numbers, read once a claim: a claim of
many numbers would otherwise cost the square of its length."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=64)
def searched(pattern: re.Pattern[str], claim: str) -> re.Match[str] | None:
    """``pattern.search(claim)``, once a claim."""
    return pattern.search(claim)


__all__ = ["searched"]
