"""What a run of several capitalised words names, by its form alone, and where sentences open.

`EntityIndex` meets about 50,000 runs in the 840 PolNeAR train articles, only 13,000 of
them distinct. Whether a run is an organisation's name, and how it splits into a headline,
titles and a person's name, depends on its words only, so it is worked out once per distinct
run and cached. What depends on the place of the run (a common word opening a sentence, role
words before it) stays with `EntityIndex`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotes.attribute.names import headline_break, split_title
from quotes.detect.tokens import possessive_base
from quotes.lexicon.entities import ORG_HEADS

SENTENCE_START = re.compile(r"(?:^|[.!?][”’\"']?\s+|\n\s*)$")


def opens_sentence(text: str, start: int) -> bool:
    """Whether `SENTENCE_START` ends at `start`, searched from four characters before."""
    if start > 1 and text[start - 1] == " " and text[start - 2].isalnum():
        # the common case, `said Trump`: a space after a letter or digit ends no sentence (the
        # pattern wants `.!?` or a quote before the spaces, or a newline among them)
        return False
    return SENTENCE_START.search(text, max(0, start - 4), start) is not None


class OrgRun(NamedTuple):
    """A run that names an organisation whole: `Democratic National Committee`."""

    offset: int  # where the name starts in the run: after `The` or `A`
    base: str  # the name, possessive removed
    head: str  # its last word, as written


class PersonRun(NamedTuple):
    """A run split into headline and title words and a name: `Secretary of State Hillary
    Clinton` -> titles (secretary, of, state), name `Hillary Clinton`."""

    offset: int  # where the name starts in the run
    titles: tuple[str, ...]  # title words before the name, lowercased, final period removed
    base: str  # the name, possessive removed
    words: int  # how many words the name has


@lru_cache(maxsize=1 << 16)
def first_word(run: str) -> str:
    """The run's first word, possessive removed and lowercased, as a common word is asked."""
    return possessive_base(run.split(None, 1)[0]).lower()


@lru_cache(maxsize=1 << 16)
def org_in_run(run: str) -> OrgRun | None:
    """The organisation a run of several words names when a word after its first is an
    organisation head (`Federal Bureau of Prisons`); None otherwise."""
    words = run.split()
    if not any(w.lower() in ORG_HEADS for w in words[1:]):
        return None
    offset = 0
    if words[0] in ("The", "A"):
        offset = len(words[0]) + 1  # one space counted, as the index always has
        words = words[1:]
    return OrgRun(offset, possessive_base(" ".join(words)), words[-1])


@lru_cache(maxsize=1 << 16)
def person_run(run: str, skip_first: bool) -> PersonRun | None:
    """The name a run of several words gives after a headline (`Railing Against Trump`) and
    titles, its first word skipped when that opens a sentence as a common word (`Many
    voters`); None when no name is left (`White House`)."""
    words = run.split()
    skipped = 1 if skip_first else 0
    skipped += headline_break(words[skipped:])  # the headline's words go too
    lead, name = split_title(words[skipped:])
    if not name:
        return None
    titles = tuple([w.lower().rstrip(".") for w in lead])
    return PersonRun(
        _word_offset(run, skipped + len(lead)),
        titles,
        possessive_base(" ".join(name)),
        len(name),
    )


def _word_offset(run: str, k: int) -> int:
    """Where the run's word `k` (counted from 0) starts in it (runs may hold several spaces or
    a tab between words): what is left after splitting off the `k` words before it."""
    return len(run) - len(run.split(None, k)[-1]) if k else 0
