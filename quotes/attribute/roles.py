"""Role, party, nationality and honorific words around a name, which descriptors match later.

Before a name: `Democratic presidential nominee Hillary Clinton`, `Mrs. Clinton`; in an
appositive after it: `Jean-Marc Ayrault, the foreign minister of France,`. `the Republican
nominee` then finds the Republican, `the Russian leader` the Russian (`resolve.py`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from quotes.lexicon.cues import SPEECH_CUES
from quotes.lexicon.entities import (
    CAPITALS,
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    NATIONALITIES,
    PARTIES,
    ROLE_SYNONYMS,
    ROLES,
)
from quotes.lexicon.grammar import ARTICLES, CONJUNCTIONS, FUNCTION_WORDS, PREPOSITIONS

COUNTRIES = frozenset(v.replace("_", " ") for v in NATIONALITIES.values()) | CAPITALS
_NO_ROLES: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
_APPOSITIVE = re.compile(r"[’']?s?,[ \t]+(?:the|a|an)[ \t]+([^,.;:\n]{1,60})[,.]")
# Words a role before a name is never read across: `the businessman says of Clinton`.
_NOT_MODIFIERS = ARTICLES | CONJUNCTIONS | FUNCTION_WORDS | PREPOSITIONS | SPEECH_CUES


def role_words(low: list[str]) -> list[str]:
    """The role and party words among lowercase words, synonyms merged (`sen` -> senator)."""
    return [ROLE_SYNONYMS.get(w, w) for w in low if w in ROLES or w in PARTIES]


def nation_words(low: list[str]) -> set[str]:
    """The countries the nationality words among lowercase words name (`russian` -> Russia)."""
    return {NATIONALITIES[w] for w in low if w in NATIONALITIES}


def lead_words(lead: list[str]) -> tuple[set[str], set[str], set[str]]:
    """Roles, nations and honorifics among the words before a name."""
    return set(role_words(lead)), nation_words(lead), {w for w in lead if w in HONORIFICS}


def honorific_gender(honorifics: set[str]) -> str | None:
    if honorifics & FEMALE_HONORIFICS:
        return "female"
    if honorifics & MALE_HONORIFICS:
        return "male"
    return None


def lowercase_roles(text: str, start: int) -> list[str]:
    """Role and party words just before a name: `presidential nominee Donald Trump`; not
    across a verb or preposition (`the businessman says of Clinton`)."""
    window = text[max(0, start - 40) : start]
    # the common case, `the`, `said`, a comma right before the name, settled by the last word
    # alone (lowercasing makes and removes no whitespace, so it is the same word)
    last = window.rsplit(None, 1)[-1:]
    if not last:
        return []
    word = last[0].lower()
    if word in _NOT_MODIFIERS or not word[-1:].isalpha():
        return []
    modifiers: list[str] = []
    for word in reversed(window.lower().split()[-3:]):
        if word in _NOT_MODIFIERS or not word[-1:].isalpha():
            break  # no function word, verb or punctuation modifies the name
        modifiers.append(word)
    return role_words(modifiers[::-1])


def appositive_roles(text: str, end: int) -> tuple[AbstractSet[str], AbstractSet[str]]:
    """Role/party words and nations of an appositive right after a name: `Hillary Clinton,
    the Democratic presidential nominee, said` -> {democratic, nominee}; `Jean-Marc Ayrault,
    the foreign minister of France,` -> {minister}, {France}."""
    match = _APPOSITIVE.match(text, end)
    if match is None:
        return _NO_ROLES
    words = match.group(1).split()
    low = [w.lower() for w in words]
    return set(role_words(low)), nation_words(low) | {w for w in words if w in COUNTRIES}
