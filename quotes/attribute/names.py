"""How a capitalised run of words splits into titles and a name, and what it is a name of.

`White House Press Secretary Josh Earnest` is titles (`White House Press Secretary`) and a name
(`Josh Earnest`); `National Mall` is a place, `R-Wis` a party tag; `John G. Roberts Jr.` is
clustered by `roberts`.
"""

from __future__ import annotations

import re
from functools import cache

from quotes.lexicon.entities import (
    AFFILIATIONS,
    HONORIFICS,
    NAME_SUFFIXES,
    NATIONALITIES,
    NOT_NAMES,
    PARTIES,
    PLACE_HEADS,
    ROLES,
)
from quotes.lexicon.grammar import HEADLINE_BREAKS

_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")


@cache
def is_title_word(word: str) -> bool:
    """Words that open a capitalised run without being part of the name."""
    low = word.lower().rstrip(".")
    return (
        low + "." in NATIONALITIES  # `U.S.`
        or low in NOT_NAMES
        or low in ROLES
        or low in HONORIFICS
        or low in NATIONALITIES
        or low in PARTIES  # `Democrat Hillary Clinton`, `Republican Sen. Lindsey Graham`
    )


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words) of a capitalised run: the name follows the last title word.

    `White House Press Secretary Josh Earnest` -> Josh Earnest; `Secretary of State Hillary
    Clinton` -> Hillary Clinton; `Mr. King` -> King (a role word after an honorific is a name).
    """
    cut = 0
    k = 0
    while k < len(words):
        low = words[k].lower().rstrip(".")
        if low in HONORIFICS:
            cut = k + 1
            break  # what follows an honorific is the name
        if is_title_word(words[k]) and k + 1 < len(words):
            cut = k + 1
            if words[k + 1] == "of" and k + 2 < len(words):
                cut = k + 3  # `Secretary of State`, `Minister of Defense`
                k += 2
        k += 1
    honorific = cut > 0 and words[cut - 1].lower().rstrip(".") in HONORIFICS
    if not honorific and all(is_title_word(word) for word in words[cut:]):
        return words, []  # `Friday`, `President`: no name at all
    return words[:cut], words[cut:]


def is_place(words: list[str]) -> bool:
    """`National Mall`, `Keelung port`, `Fifth Avenue`: named by a place head."""
    return words[-1].lower() in PLACE_HEADS or (
        len(words) > 1 and words[0].lower() in AFFILIATIONS and words[-1].lower() in PLACE_HEADS
    )


def is_tag(name: str) -> bool:
    """Party tags and state abbreviations: `R-Wis`, `D-Md`, `Va`."""
    return len(name.rstrip(".")) <= 2 or (name[1:2] == "-" and _TAG.fullmatch(name) is not None)


def surname(words: list[str]) -> str:
    """The word a person is clustered by: the last, skipping `Jr.`, `III` and the like."""
    for word in reversed(words):
        low = word.rstrip(".,").lower().replace("’", "'")  # O’Neill and O'Neill are one
        if low not in NAME_SUFFIXES:
            return low
    return words[-1].lower()


def headline_break(words: list[str]) -> int:
    """How many words precede a name after a title-case function word: `Railing Against
    Trump` -> 2, so the name is `Trump`; 0 in a plain run."""
    for k in range(len(words) - 2, 0, -1):
        if words[k][:1].isupper() and words[k].lower() in HEADLINE_BREAKS:
            return k + 1
    return 0
