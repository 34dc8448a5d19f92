"""Runs of capitalised words, how a run splits into titles and a name, and what it names.

`NAME_RUN` finds the runs (`Russian President Vladimir Putin`, `Larry King`); `White House
Press Secretary Josh Earnest` is titles (`White House Press Secretary`) and a name
(`Josh Earnest`); `National Mall` is a place, `R-Wis` a party tag; `John G. Roberts Jr.` is
clustered by `roberts`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quotes.lexicon.entities import (
    AFFILIATIONS,
    HONORIFICS,
    NAME_SUFFIXES,
    NATIONALITIES,
    NOT_NAMES,
    PARTIES,
    PLACE_HEADS,
    PLACES,
    ROLES,
)
from quotes.lexicon.grammar import HEADLINE_BREAKS

_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")


# A capitalised word; a period only after an initial or a short title (`J.`, `Mr.`, `Jr.`),
# so a name never runs across a sentence end (`Netflix. DuVernay`). Runs stay on one line.
# Written as (?:(?:[A-Z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|…|Capt)\.|[A-Z][\w’'\-]*) with the capital
# every alternative opens with taken out front, so that the pattern itself opens with `[A-Z]`
# and the engine skips to capitals in its fast scan; a title is then the rest of its word,
# checked with a lookbehind for its capital (`r(?<=Mr)`), and tried only before a period.
# The same matches, in 40% less time than the form above behind a `(?=[A-Z])` lookahead.
_TITLES = "Mr Mrs Ms Dr Jr Sr St Gen Sen Rep Gov Lt Col Sgt Capt".split()
_TITLE_REST = "|".join(f"{title[1:]}(?<={title})" for title in _TITLES)
_CAP = rf"[A-Z](?:\.(?:[A-Z]\.)+|\.|(?=[a-z]{{1,3}}\.)(?:{_TITLE_REST})\.|[\w’'\-]*)"
# A run ends after a possessive: `Larry King's Russia Today` is two names, not one.
NAME_RUN = re.compile(
    rf"{_CAP}(?:(?<![’']s)[ \t]+(?:(?:of|de|van|von|bin|al|da|del|la|le)[ \t]+)?{_CAP})*"
)
_CONTRACTION = re.compile(r"[’'](?:s|m|re|ve|ll|d)$")


@lru_cache(maxsize=1 << 16)  # bounded: a corpus has millions of distinct capitalised words
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


def is_place(words: Sequence[str]) -> bool:
    """`National Mall`, `Keelung port`, `Fifth Avenue`: named by a place head."""
    return words[-1].lower() in PLACE_HEADS or (
        len(words) > 1 and words[0].lower() in AFFILIATIONS and words[-1].lower() in PLACE_HEADS
    )


def is_tag(name: str) -> bool:
    """Party tags and state abbreviations: `R-Wis`, `D-Md`, `Va`."""
    return len(name.rstrip(".")) <= 2 or (name[1:2] == "-" and _TAG.fullmatch(name) is not None)


def surname(words: Sequence[str]) -> str:
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


@lru_cache(maxsize=1 << 16)
def is_title_run(run: str) -> bool:
    """A one-word run that is only a title or common word (`The`, `It's`), by its form alone:
    cached, as the same few hundred words make most runs."""
    return is_title_word(_CONTRACTION.sub("", run))


def is_people(name: str) -> bool:
    """A nationality in the plural: `Saudis`, `Americans`, `Chinese`."""
    low = name.lower()
    plural = low.endswith("s") and low[:-1] in NATIONALITIES
    return name[:1].isupper() and (plural or (low.endswith("ese") and low in NATIONALITIES))


@lru_cache(maxsize=1 << 16)
def name_form(name: str) -> tuple[tuple[str, ...], str, bool]:
    """A proper name's words, its surname, and whether its form alone rules out a speaker (a
    people, a place, a tag). Cached: `EntityIndex` asks this of every name it meets, and the
    same names recur within and across articles."""
    words = tuple(name.split())
    not_speaker = (len(words) == 1 and is_people(name)) or (
        name in PLACES or is_place(words) or is_tag(name)
    )
    return words, surname(words), not_speaker


def gap_after(text: str, at: int) -> int:
    """Extra whitespace after a word beyond the single space already counted."""
    n = 0
    while at + 1 + n < len(text) and text[at + 1 + n].isspace():
        n += 1
    return n
