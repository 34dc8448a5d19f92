"""Speaker phrases next to a cue, found by walking tokens outwards from it.

There is no parser: a speaker phrase is the longest run of name-like tokens (capitalised words,
titles, roles, organisation heads, nationality words, determiners, possessives) that touches
the cue. That covers `Russian President Vladimir Putin`, `Taiwan's defense ministry`,
`the Russian leader` and `senior administration officials`, and stops at a verb.
"""

from __future__ import annotations

from quotes.detect.tokens import Token, possessive_base
from quotes.lexicon.abbreviations import TITLE_ABBREVIATIONS
from quotes.lexicon.cues import CUE_ADVERBS, TIME_WORDS
from quotes.lexicon.entities import (
    AFFILIATIONS,
    GENERIC_SOURCES,
    HONORIFICS,
    MEDIA_WORDS,
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    ROLES,
    SUBJECT_PRONOUNS,
)
from quotes.lexicon.grammar import (
    DETERMINERS,
    FUNCTION_WORDS,
    LEAD_INS,
    NAME_PARTICLES,
    PREPOSITIONS,
    QUANTITY_WORDS,
)
from quotes.lexicon.marks import ALL_MARKS
from quotes.types import Span

NOUN_WORDS = ROLES | ORG_HEADS | AFFILIATIONS | GENERIC_SOURCES | frozenset(NATIONALITIES)
_MAX_PHRASE = 12
# Lowercase words that never sit inside a name phrase as an adjective.
_NOT_ADJECTIVES = (
    DETERMINERS
    | SUBJECT_PRONOUNS
    | frozenset("him them us me my your our their his her its and or but that".split())
)
# Lowercase words that end a run of modifiers before a name: `said in 2015 Trump` is no phrase.
_NOT_MODIFIERS = _NOT_ADJECTIVES | FUNCTION_WORDS | PREPOSITIONS | TIME_WORDS | CUE_ADVERBS
# Name-internal lowercase connectors: `Secretary of State`, `Center for American Progress`.
_CONNECTORS = NAME_PARTICLES | {"for"}


def _name_like(token: Token) -> bool:
    if token.lower in HONORIFICS:
        return True
    if token.is_cap:
        return token.lower not in NOT_NAMES or token.lower in ("the", "a", "an")
    return is_noun(token)


def is_noun(token: Token) -> bool:
    """A listed speaker noun, singular or plural: `leader`, `leaders`, `attorneys`."""
    low = possessive_base(token.lower)
    return low in NOUN_WORDS or (low.endswith("s") and low[:-1] in NOUN_WORDS)


def _surname_at(tokens: list[Token], k: int, lo: int) -> bool:
    """A capitalised common word right after a given name is a surname: `Theresa May`,
    `Yin Myint May` (but `In May` is no name)."""
    return (
        tokens[k].is_cap
        and k - 1 >= lo
        and tokens[k - 1].is_cap
        and tokens[k - 1].lower not in NOT_NAMES
        and tokens[k - 1].lower not in HONORIFICS
    )


def _is_title_dot(tokens: list[Token], i: int) -> bool:
    """A period that belongs to the title or initial before it (`Sen.`, `U.S.`, `J.`)."""
    if tokens[i].text != "." or i == 0:
        return False
    prev = tokens[i - 1]
    number = prev.lower == "no" and i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()
    return prev.end == tokens[i].start and (
        prev.lower in TITLE_ABBREVIATIONS or len(prev.text) == 1 or "." in prev.text or number
    )


def phrase_before(tokens: list[Token], end: int, lo: int = 0) -> tuple[int, int] | None:
    """Token range `[i, end)` of the speaker phrase ending just before token `end`."""
    if end <= lo:
        return None
    last = tokens[end - 1]
    if last.lower in SUBJECT_PRONOUNS:
        return end - 1, end
    i = end
    unlisted_head = False
    if (
        not _name_like(last)
        and last.is_word
        and not last.is_cap
        and last.lower not in FUNCTION_WORDS
        and (len(last.text) > 2 or last.lower in MEDIA_WORDS)  # `The ad says`
        and (
            _opens_soon(tokens, end - 1, lo, 2)
            or (last.lower.endswith("s") and end - 2 >= lo and tokens[end - 2].is_cap)
            or (last.lower.endswith("s") and (end - 1 == lo or tokens[end - 2].text == ","))
        )
    ):
        # an unlisted head noun after a determiner (`several friends`, `the jury`), a name
        # (`Sanders fans`, `Trump supporters`) or alone opening a clause (`forecasters say`)
        i = end - 1
        unlisted_head = True
    while i > lo and end - i < _MAX_PHRASE:
        token = tokens[i - 1]
        if _name_like(token) or _is_title_dot(tokens, i - 1) or _surname_at(tokens, i - 1, lo):
            i -= 1
        elif token.lower in DETERMINERS and i < end:
            i -= 1
            break  # a determiner opens the phrase
        elif token.lower in _CONNECTORS and i < end and i - 1 > lo and _name_like(tokens[i - 2]):
            i -= 1
        elif (
            token.lower == "and"
            and i < end
            and i - 1 > lo
            and tokens[i - 2].is_cap
            and tokens[i].is_cap
            and tokens[end - 1].lower in ORG_HEADS
        ):
            i -= 1  # `the Securities and Exchange Commission`: one name
        elif token.is_word and not token.is_cap and i < end and _opens_soon(tokens, i - 1, lo):
            i -= 1  # an unknown adjective inside `the editorial board`
        elif token.is_word and not token.is_cap and i < end and "-" in token.text:
            i -= 1  # a compound modifier: `labor-policy experts`, `long-time aides`
        elif i < end and _opens_after_quote(tokens, i - 1, lo):
            i -= 1  # `“…,” panel Chairman Jason Chaffetz said`: a modifier opening the phrase
            break
        else:
            break
    while i < end and tokens[i].lower in _CONNECTORS:
        i += 1
    if i == end or not (unlisted_head or any(t.is_cap or is_noun(t) for t in tokens[i:end])):
        return None
    if last.lower.endswith(("'s", "’s")):
        return None  # `Donald Trump’s running mate`: a possessive owns the speaker, is not it
    if i - 1 > lo and tokens[i - 1].lower in PREPOSITIONS and tokens[i].lower in DETERMINERS:
        # `a narrator in the Clinton ad`, `a spokesman for the ministry`: the head is before
        head = phrase_before(tokens, i - 1, lo)
        if head is not None and tokens[head[0]].lower in DETERMINERS:
            return head[0], end
    return i, end


def _opens_after_quote(tokens: list[Token], i: int, lo: int) -> bool:
    """A lowercase noun right after a quote's closing comma: `,” panel Chairman …`."""
    token = tokens[i]
    return (
        i - 2 >= lo
        and token.is_word
        and not token.is_cap
        and len(token.text) > 2
        and token.lower not in FUNCTION_WORDS
        and token.lower not in LEAD_INS
        and tokens[i - 1].text[0] in ALL_MARKS
        and tokens[i - 2].text == ","
    )


def _opens_soon(tokens: list[Token], i: int, lo: int, reach: int = 2) -> bool:
    """A determiner one or two tokens to the left: the unknown word is an adjective."""
    for j in range(i - 1, i - 1 - reach, -1):
        if j >= lo and tokens[j].lower in DETERMINERS:
            return True
    # or a rank word right before it: `top black lawmakers`, `senior Israeli officials`
    return i - 1 >= lo and tokens[i - 1].lower in AFFILIATIONS


def phrase_after(
    tokens: list[Token], start: int, hi: int, *, modified: bool = False
) -> tuple[int, int] | None:
    """Token range `[start, j)` of a speaker phrase that begins at token `start`.

    `modified`: lowercase modifiers may come before the name, and the phrase starts at the
    name (`said 9/11 widow Terry Strada` -> Terry Strada)."""
    if start >= hi:
        return None
    first = tokens[start]
    if first.lower in SUBJECT_PRONOUNS:
        return start, start + 1
    if modified and not (first.is_cap or first.lower in DETERMINERS):
        start = _after_modifiers(tokens, start, hi)
        first = tokens[start]
    if not (first.is_cap or first.lower in DETERMINERS or is_noun(first)):
        return None
    j = start + (1 if first.lower in DETERMINERS else 0)
    while j < hi and j - start < _MAX_PHRASE:
        token = tokens[j]
        if _name_like(token) and token.lower not in DETERMINERS or _is_title_dot(tokens, j):
            j += 1
        elif token.lower in _CONNECTORS and j + 1 < hi and tokens[j + 1].is_cap:
            j += 1
        elif (
            token.is_word
            and not token.is_cap
            and token.lower not in _NOT_ADJECTIVES
            and j + 1 < hi
            and _name_like(tokens[j + 1])
        ):
            j += 1  # `the editorial board`, but not `the AP her group`
        else:
            break
    if j == start or not any(t.is_cap or is_noun(t) for t in tokens[start:j]):
        return None
    return start, j


def _after_modifiers(tokens: list[Token], start: int, hi: int) -> int:
    """The capitalised name after up to five lowercase modifier tokens (`9/11 widow`,
    `longtime adviser`), or `start` when there is none."""
    k = start
    while k < hi and k - start < 5:
        token = tokens[k]
        if token.is_cap:
            return k if k > start and token.lower not in NOT_NAMES else start
        if token.text != "/" and not (token.is_word and token.lower not in _NOT_MODIFIERS):
            return start
        k += 1
    return start


def appositive_start(tokens: list[Token], comma: int, lo: int) -> int | None:
    """For `X, <appositive>, said`: the index of the comma after X, if there is one."""
    for j in range(comma - 1, max(lo, comma - 30) - 1, -1):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in ".;:" and not _is_title_dot(tokens, j):
            return None
    return None


def span_of(tokens: list[Token], rng: tuple[int, int]) -> Span:
    return Span(tokens[rng[0]].start, tokens[rng[1] - 1].end)


def quantity_before(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """Token range of a quantity phrase ending before `end`, if it holds a number word."""
    i = end
    while i > 0 and end - i < 6:
        token = tokens[i - 1]
        if token.lower in QUANTITY_WORDS or token.text[:1].isdigit() or token.text == "%":
            i -= 1
        else:
            break
    if i == end or tokens[i].lower in ("in", "of", "out", "but"):
        return None
    if not any(
        t.text[:1].isdigit()
        or t.lower in ("all", "most", "half", "majority")
        or t.lower in QUANTITY_WORDS - {"in", "of", "out", "about", "but", "some"}
        for t in tokens[i:end]
    ):
        return None
    return i, end
