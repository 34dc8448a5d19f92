"""Headline speech: `Paul Ryan: FBI Decision ‘Defies Explanation’`, `Obama Says Vote …`.

- `colon_source.v1`  a short paragraph (a headline, a one-line summary) opened by one to four
                     capitalised words and a colon, whose rest carries a quotation: the rest
                     is that source's words. Typed `direct` when one quote is the whole rest,
                     `mixed` otherwise.
Labels (`Update:`, `Editor's Note:`, `Photo:`, `The Latest:`) and interview turns (`Q:`) are
not sources; a rest without quote marks is left alone (`Washington: the city …`).

In a title-case line every word is capitalised, so a capitalised cue there (`Glenn Beck Says
Trump …`) is a verb, not a name: `headline_cues` gives such lines their cue words lowercased,
with the adverbs right before them (`Kasich Just Revealed …`).
"""

from __future__ import annotations

import re

from quotes.detect.marks import Quoted
from quotes.detect.tokens import Token
from quotes.lexicon.boilerplate import CAPTION_PREFIXES, SECTION_LABELS
from quotes.lexicon.cues import FRAME_WORDS, INFINITIVE_CUES
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


# Adverbs capitalised before a title's cue, which would otherwise end the name before them.
_TITLE_ADVERBS = frozenset(
    "just also now again still never finally reportedly not already even".split()
)
_MIN_TITLE_WORDS = 4  # words of four letters or more, all capitalised: a title-case line


def headline_cues(tokens: list[Token]) -> list[Token]:
    """`tokens` of one sentence, with cue words lowercased when the sentence is in title case
    (every word of four letters or more capitalised, and at least four of them): `Trump Says
    He’s Unlikely To …` reports speech as a headline. Without a quotation, a cue whose content
    may be an infinitive or follows a scene-setting clause (`Facing Flood Damage, Mayor Vows To
    Rebuild`) stays a title: title case hides where its content lies."""
    long = 0
    for t in tokens:  # every sentence with a cue comes here: stop at its first lowercase word
        if len(t.text) > 3 and t.text[:1].isalpha():
            if not t.is_cap:
                return tokens
            long += 1
    if long < _MIN_TITLE_WORDS:
        return tokens
    marked = any(t.text in ALL_MARKS for t in tokens)
    for k, token in enumerate(tokens):
        if k == 0 or token.lower not in FRAME_WORDS or not token.is_cap:
            continue
        if not marked and (token.lower in INFINITIVE_CUES or tokens[k - 1].text == ","):
            continue
        tokens[k] = Token(token.start, token.end, token.lower, token.lower)
        j = k - 1
        while j > 0 and tokens[j].lower in _TITLE_ADVERBS:  # `Kasich Just Revealed`
            tokens[j] = Token(tokens[j].start, tokens[j].end, tokens[j].lower, tokens[j].lower)
            j -= 1
    return tokens
