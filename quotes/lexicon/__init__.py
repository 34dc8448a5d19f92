"""Lexicons: curated word lists as data. No logic beyond loading lives here."""

from __future__ import annotations

from functools import cache
from importlib import resources


def words(literal: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated literal (the form every lexicon module uses)."""
    return frozenset(literal.split())


@cache
def load_lines(name: str) -> frozenset[str]:
    """Entries of `quotes/lexicon/<name>.txt`, one a line; `#` starts a comment."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)


@cache
def load_table(name: str) -> dict[str, str]:
    """`quotes/lexicon/<name>.txt` as a mapping of each line's first field to its second."""
    return dict(entry.split(None, 1) for entry in load_lines(name))
