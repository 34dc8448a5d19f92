"""Word tokens with offsets, and the small tests the speech rules ask of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner apostrophes, hyphens, periods and ampersands (`Russia’s`, `U.S`, `AT&T`);
# everything else is one punctuation token.
# Numbers keep their separators (`6:21`, `33,000`, `1.5`) so they never read as clause breaks.
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:[’'\-.&]\w+)*|[^\w\s]")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of `text[start:end]` with absolute offsets."""
    return [
        Token(m.start(), m.end(), word := m.group(), word.lower())
        for m in _TOKEN.finditer(text, start, end)
    ]


def possessive_base(word: str) -> str:
    """`Taiwan's` -> `Taiwan`; other words unchanged."""
    if word[-1:] not in "s'’":
        return word  # the common case: no possessive ending at all
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word
