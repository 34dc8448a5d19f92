"""Owned organisations: `Taiwan's defense ministry`, `China's foreign ministry`.

`OWNED_ORG` is an owner (a run of capitalised words) and a possessive `'s`, then up to three
lowercase words. Running it over a whole article tries a run of capitals at every capital
letter and backtracks through each word, although few runs end in `'s`. `owned_org_matches`
gives the same matches as `OWNED_ORG.finditer(text)` while running the pattern only near the
possessives:

- A match holds exactly one `'s`, right after its owner: the owner is capitalised words and
  whitespace, the tail whitespace and lowercase words, neither holds an apostrophe.
- So a match whose `'s` is at `a` starts inside the longest run of capitalised words that
  ends at `a` (found by matching backwards in the reversed text; none, no match), and ends at
  or before the end of the longest tail after `a` (the tail's words cannot be shortened and
  still be followed by more tail).
- Searching that window alone finds what a search of the whole text from the same place
  would: the window holds no other complete `'s`, the pattern's final `\\b` still sees the
  character after the longest tail, and `\\b` before the owner sees the text before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

OWNED_ORG = re.compile(
    r"(?=[A-Z])\b([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)[’']s((?:\s+[a-z][\w\-]*){0,3})\b"
)
# An owner read backwards, in the reversed text: each word ends (there) with a capital. Greedy,
# it finds the longest such run, so no owner starts before it.
_OWNER_REVERSED = re.compile(r"[\w\-]*[A-Z](?:\s+[\w\-]*[A-Z])*")
_LONGEST_TAIL = re.compile(r"[’']s(?:\s+[a-z][\w\-]*){0,3}")


def owned_org_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `OWNED_ORG.finditer(text)`, in order."""
    reverse: str | None = None  # the text reversed, made at the first possessive
    pos = 0  # where the next match may start: the end of the last one
    for apostrophe in _possessives(text):
        if apostrophe < pos:
            continue  # inside the tail of the last match
        if reverse is None:
            reverse = text[::-1]
        before = len(text) - apostrophe  # the offset of `apostrophe` in `reverse`
        owner = _OWNER_REVERSED.match(reverse, before)
        if owner is None:
            continue  # `it's`, `that's`: no capitalised word before the `'s`
        owner_from = apostrophe - (owner.end() - before)
        tail_end = _LONGEST_TAIL.match(text, apostrophe).end()
        match = OWNED_ORG.search(text, max(pos, owner_from), min(tail_end + 1, len(text)))
        if match is not None:
            yield match
            pos = match.end()


def _possessives(text: str) -> Iterator[int]:
    """Offsets of `'s` and `’s` in order (`str.find` is several times faster than a regex
    scan for the two)."""
    straight, curly = text.find("'s"), text.find("’s")
    while straight >= 0 or curly >= 0:
        if curly < 0 or 0 <= straight < curly:
            yield straight
            straight = text.find("'s", straight + 1)
        else:
            yield curly
            curly = text.find("’s", curly + 1)
