"""Headline speech: `Paul Ryan: FBI Decision ‘Defies Explanation’`, `Obama Says Vote …`.

- `colon_source.v1`  a short paragraph (a headline, a one-line summary) opened by one to four
                     capitalised words and a colon, whose rest carries a quotation: the rest
                     is that source's words. Typed `direct` when one quote is the whole rest,
                     `mixed` otherwise.
Labels (`Update:`, `Editor's Note:`, `Photo:`, `The Latest:`) and interview turns (`Q:`) are
not sources; a rest without quote marks is left alone (`Washington: the city …`).

In a title-case line every word is capitalised, so a capitalised cue there (`Glenn Beck Says
Trump …`) is a verb, not a name: `headline_cues` gives such lines their cue words lowercased.
"""

from __future__ import annotations

import re

from quotes.detect.marks import Quoted
from quotes.detect.tokens import Token
from quotes.lexicon.boilerplate import CAPTION_PREFIXES, SECTION_LABELS
from quotes.lexicon.cues import FRAME_WORDS
from quotes.lexicon.grammar import ARTICLES
from quotes.lexicon.marks import ALL_MARKS
from quotes.types import Quote, Span

# One to four capitalised words (initials and title periods allowed), then the colon.
_SOURCE = re.compile(
    r"(?P<name>[A-Z][\w'’.\-]*(?: (?:[A-Z][\w'’.\-]*|de|van|von|al)){0,3})(?P<colon>:)[ \t]+"
)
_LABELS = {label.lower() for label in SECTION_LABELS} | CAPTION_PREFIXES | ARTICLES
_MAX_REST = 200  # a headline or a short line: longer paragraphs are prose or lists


def colon_source(text: str, paragraph: Span, quoted: list[Quoted]) -> Quote | None:
    """The quote a `Name: …` paragraph holds, or None; `quoted` are its quoted spans."""
    match = _SOURCE.match(text, paragraph.start, paragraph.end)
    if match is None or match.end("name") - match.start() < 2:
        return None  # `A:`, `Q:`: an interview's turns, not a named source
    words = match.group("name").lower().replace("’", "'").split()
    if words[0] in _LABELS or words[-1] in _LABELS or words[-1].endswith("'s"):
        return None  # `The Latest:`, `Editor's Note:`, `Photo:`
    content = Span(match.end(), paragraph.end)
    if len(content) > _MAX_REST:
        return None
    marks = [q for q in quoted if q.open_at >= content.start]
    if not marks:
        return None
    whole = len(marks) == 1 and marks[0].open_at == content.start
    tail = text[marks[0].close_end : content.end].strip(" .;,\"'”’")  # after the quote
    direct = whole and not tail
    return Quote(
        content=marks[0].content if direct else content,
        type="direct" if direct else "mixed",
        rule="colon_source.v1",
        confidence=0.0,
        paragraph=paragraph,
        cue=Span(match.start("colon"), match.end("colon")),
        speaker=Span(match.start("name"), match.end("name")),
    )


_MIN_TITLE_WORDS = 4  # words of four letters or more, all capitalised: a title-case line


def headline_cues(tokens: list[Token]) -> list[Token]:
    """`tokens` of one sentence, with cue words lowercased when the sentence is in title case
    (every word of four letters or more capitalised, and at least four of them) and carries a
    quotation (`Sanders Vows To Act` stays a title: it quotes nobody)."""
    long = 0
    for t in tokens:  # every sentence with a cue comes here: stop at its first lowercase word
        if len(t.text) > 3 and t.text[:1].isalpha():
            if not t.is_cap:
                return tokens
            long += 1
    if long < _MIN_TITLE_WORDS:
        return tokens
    if not any(t.text in ALL_MARKS for t in tokens):
        return tokens
    for k, token in enumerate(tokens):
        if k > 0 and token.lower in FRAME_WORDS and token.is_cap:
            tokens[k] = Token(token.start, token.end, token.lower, token.lower)
    return tokens
