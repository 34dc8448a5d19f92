"""Paragraphs and sentences, with offsets. Sentences come from nltk's Punkt, built offline.

The tokenizer is assembled from parameters shipped as data (no `nltk.download`, no pickle):
news abbreviations from `lexicon/abbreviations.py`, those Punkt learned from news text
(`lexicon/punkt_learned.txt`) and single-letter initials, so that `p.m.`, `U.S.` and
`Gen.` never end a sentence.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from quotes.lexicon import load_lines
from quotes.lexicon.abbreviations import NEWS_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS
from quotes.types import Span

# A paragraph is a run of non-blank text between line breaks: news paragraphs are lines.
_PARAGRAPH = re.compile(r"[^\n]+")  # linear: `[^\n]*\S` rescans long blank runs
# Where Punkt could end a sentence: final punctuation, closing marks, space, more text.
_POSSIBLE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+\S")


# Flags `re` shares with the `regex` engine nltk compiles with (which adds its own, higher bits).
_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE


def _unguarded(pattern):
    """Punkt's own pattern compiled by `re`, without the timeout guard nltk wraps every regex
    in (`nltk.redos`, a backstop for patterns that callers supply). Punkt's patterns (three of
    its language class, four of its token class) are fixed and linear (nltk#2866), and a build
    bounds a paragraph (`pipeline.MAX_PARAGRAPH_CHARS`); the guard's call per match cost a fifth
    of segmentation. Same pattern, same sentences (`tests/test_segment.py`)."""
    if isinstance(pattern, re.Pattern):
        return pattern  # an nltk without the guard
    return re.compile(pattern.pattern, pattern.flags & _RE_FLAGS)


class _NewsLanguageVars(PunktLanguageVars):
    # Closing typographic quotes and brackets may follow a sentence-final period.
    sent_end_chars = (".", "?", "!")
    internal_punctuation = ",:;"
    re_boundary_realignment = _unguarded(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self):
        pattern = super()._word_tokenizer_re()  # compiled once, kept on the instance
        self._re_word_tokenizer = _unguarded(pattern)
        return self._re_word_tokenizer

    def period_context_re(self):
        pattern = super().period_context_re()
        self._re_period_context = _unguarded(pattern)
        return self._re_period_context


_DIGITS = frozenset("0123456789")


class _NewsToken(PunktToken):
    """Punkt's token, with the regex tests it makes of every word skipped when the word's form
    already settles them, and its patterns unguarded (`_unguarded`); the answers are the same."""

    __slots__ = ()
    _RE_ELLIPSIS = _unguarded(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _unguarded(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _unguarded(PunktToken._RE_INITIAL)
    _RE_ALPHA = _unguarded(PunktToken._RE_ALPHA)

    def __init__(self, tok: str, **params) -> None:
        # PunktToken.__init__ without its loop over property names (one token per word)
        self.tok = tok
        self.type = self._get_type(tok)
        self.period_final = tok.endswith(".")
        self.parastart = self.linestart = self.sentbreak = self.abbr = self.ellipsis = None
        for name, value in params.items():
            setattr(self, name, value)

    def _get_type(self, tok: str) -> str:
        if tok.isascii() and _DIGITS.isdisjoint(tok):
            return tok.lower()  # no digit: the number pattern cannot match
        return super()._get_type(tok)

    @property
    def is_ellipsis(self):  # `\.\.+$`: two periods at least
        return self.tok.startswith("..") and super().is_ellipsis

    @property
    def is_initial(self):  # `[^\W\d]\.$`: a letter, then a period
        return self.tok[1:2] == "." and super().is_initial


@cache
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """The shared Punkt tokenizer (built once per process)."""
    params = PunktParameters()
    params.abbrev_types = set(
        NEWS_ABBREVIATIONS | load_lines("punkt_learned") | set(string.ascii_lowercase)
    )
    # Frequent sentence starters let `Apple Inc. The company ...` split after a suffix.
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars(), token_cls=_NewsToken)


def paragraphs(text: str) -> Iterator[Span]:
    """Spans of the non-blank lines of `text`, whitespace at either end trimmed."""
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:  # a blank line is no paragraph
            yield Span(start, end)


def sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentence spans inside one paragraph, as absolute offsets into `text`."""
    if not _POSSIBLE_BREAK.search(text, paragraph.start, paragraph.end):
        return [paragraph]  # one sentence: no need to ask Punkt (most news paragraphs)
    chunk = text[paragraph.start : paragraph.end]
    base = paragraph.start
    spans: list[Span] = []
    for start, end in sentence_tokenizer().span_tokenize(chunk):
        # A title (`Gen.`, `Sen.`) never ends a sentence, even before a sentence starter.
        if spans and _ends_with_title(chunk, spans[-1].end - base):
            spans[-1] = Span(spans[-1].start, base + end)
        else:
            spans.append(Span(base + start, base + end))
    return spans


def _ends_with_title(chunk: str, end: int) -> bool:
    if end == 0 or chunk[end - 1] != ".":
        return False
    word_start = end - 1
    while word_start > 0 and chunk[word_start - 1].isalpha():
        word_start -= 1
    return chunk[word_start : end - 1].lower() in TITLE_ABBREVIATIONS
