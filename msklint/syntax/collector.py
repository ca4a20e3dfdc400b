"""The cyclic garbage collector paused while a parser builds its tree."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """Parsing builds a tree of millions of objects and no garbage cycles; CPython's cyclic collector, started
    by the allocations, would walk the growing tree again and again (70 % of composing an 8 MB YAML file).
    Paused while parsing, as it was before (when enabled) afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
