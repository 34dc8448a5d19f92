"""What the words of a speaker mention name, before any entity is looked up.

`White House spokesman Josh Earnest` names Josh Earnest (`proper_name`); `the Republican
National Committee` an organisation, whole (`org_run`); `the California congressman` a role
(`role_head`); `Taiwan's defense ministry` an owned organisation (`owned_org`).
"""

from __future__ import annotations

from quotes.attribute.names import split_title
from quotes.detect.tokens import possessive_base
from quotes.lexicon.entities import (
    AFFILIATIONS,
    HONORIFICS,
    LEADER_WORDS,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_SYNONYMS,
    ROLES,
)
from quotes.lexicon.grammar import ARTICLES, NAME_PARTICLES


def proper_name(words: list[str]) -> str | None:
    """The head name of a mention: its last run of capitalised words, titles removed.

    `White House spokesman Josh Earnest` -> Josh Earnest; `Russian President Vladimir Putin`
    -> Vladimir Putin; `the President` -> None (a descriptor, resolved elsewhere).
    """
    runs: list[list[str]] = []
    current: list[str] = []
    for word in words:
        if word[:1].isupper() or (current and word in NAME_PARTICLES):
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    for run in reversed(runs):
        while run and run[-1] in NAME_PARTICLES:
            run = run[:-1]
        _, name = split_title([w.rstrip(",") for w in run])
        name = [w for w in name if w.lower() not in ARTICLES]
        if name and not (len(name) == 1 and _is_title(name[0]) and len(run) == 1):
            return possessive_base(" ".join(name)) or None
    return None


def org_run(words: list[str]) -> str | None:
    """The mention's last capitalised run, when it is an organisation's name (the head of a
    mention comes last: `White House spokesman Josh Earnest` is Josh Earnest)."""
    run: list[str] = []
    for word in words:
        # `Securities and Exchange Commission`: `and` joins capitalised words of one name
        if word[:1].isupper() or (run and (word in NAME_PARTICLES or word == "and")):
            run.append(word)
        else:
            run = []
    while run and (run[0] in ("The", "A") or run[-1] in NAME_PARTICLES or run[-1] == "and"):
        run = run[1:] if run[0] in ("The", "A") else run[:-1]
    low = [possessive_base(w).lower() for w in run]
    # the head ends the run (`Republican National Committee`) or is followed by `of`
    # (`Association of Flight Attendants`); `European Council President Donald Tusk` is a person
    followed_by_of = any(
        w in ORG_HEADS and nxt == "of" for w, nxt in zip(low, low[1:], strict=False)
    )
    headed = low and (low[-1] in ORG_HEADS or (followed_by_of and not any(w in ROLES for w in low)))
    if len(run) > 1 and headed and not owned_org(low):
        return possessive_base(" ".join(run))
    return None


def role_head(low: list[str]) -> str | None:
    """The role a determiner phrase names a person by, when a capitalised word inside it
    would otherwise pass for a name: `the California congressman`, `the foreign minister of
    France` -> representative, minister."""
    if len(low) < 3 or low[0] != "the":
        return None
    head = low[low.index("of") - 1] if "of" in low[2:] else low[-1]
    head = ROLE_SYNONYMS.get(head, head)
    return head if head in ROLES or head in LEADER_WORDS else None


def owned_org(low: list[str]) -> bool:
    """`Taiwan's defense ministry`: a possessive name followed by lowercase words to a head."""
    return len(low) > 1 and low[-1] in ORG_HEADS and any(w.endswith(("'s", "’s")) for w in low)


def strip_determiner(mention: str) -> str:
    first, _, rest = mention.partition(" ")
    return rest if first.lower() in ARTICLES and rest else mention


def _is_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        low in ROLES
        or low in HONORIFICS
        or low in NATIONALITIES
        or low in AFFILIATIONS
        or low in NOT_NAMES
    )
