"""Word tokens with offsets, and the small tests the speech rules ask of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.lexicon.cues import LY_NOUNS
from quotes.lexicon.marks import CLOSING_CHARACTERS, DOUBLE_OPENING_CHARACTERS

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


_QUOTE_REACH = 8  # tokens of a short quote inside a phrase: `host of MSNBC’s “Morning Joe,”`


def before_closing_marks(tokens: list[Token], k: int) -> int:
    """Index of the comma (or mark) before the closing marks that end at token `k`: `…,”`
    hides its comma inside the marks; `k` itself when no mark closes there."""
    while (
        k > 0
        and tokens[k].text in CLOSING_CHARACTERS
        and (tokens[k - 1].text == "," or tokens[k - 1].text in CLOSING_CHARACTERS)
    ):
        k -= 1
    return k


def quote_opens_after_word(tokens: list[Token], comma: int) -> bool:
    """A comma at `comma` closing a short double quote that opens after a word (`host of MSNBC’s
    “Morning Joe,”`, `calls him a “sociopath,”`), not at the clause start (`“We will win,”
    said Robert Stone, 59, …`)."""
    if tokens[comma].text != ",":
        return False
    for k in range(comma - 1, max(0, comma - _QUOTE_REACH) - 1, -1):
        if tokens[k].text in DOUBLE_OPENING_CHARACTERS:
            return k > 0 and tokens[k - 1].is_word
    return False


def possessive_base(word: str) -> str:
    """`Taiwan's` -> `Taiwan`; other words unchanged."""
    if word[-1:] not in "s'’":
        return word  # the common case: no possessive ending at all
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def is_ly_adverb(token: Token) -> bool:
    """An `-ly` adverb (`traditionally`, `proudly`), not an `-ly` noun (`family`, `ally`)."""
    low = token.lower
    return len(low) > 4 and low.endswith("ly") and not token.is_cap and low not in LY_NOUNS
