""" "Did you mean …?": the closest known name to a misspelt one (difflib), remembered per word and vocabulary,
since a run of thousands of files meets the same few misspellings again and again."""

from __future__ import annotations

from functools import lru_cache


def closest(word: str, choices, cutoff: float = 0.6, ignore_case: bool = False) -> str:
    """The choice most like `word` (at least `cutoff` alike, difflib's ratio), or "" when none is."""
    return _closest(word, tuple(choices), cutoff, ignore_case)


@lru_cache(maxsize=4096)
def _closest(word: str, choices: tuple[str, ...], cutoff: float, ignore_case: bool) -> str:
    import difflib

    if not ignore_case:
        close = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
        return close[0] if close else ""
    lowered = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=cutoff)
    return lowered[close[0]] if close else ""
