"""Quotation marks: which characters are marks, and how they pair into quoted spans.

A quote is opened by a mark that follows a space, a bracket or the paragraph start and precedes
a word; it is closed by the next mark of a matching kind. Apostrophes and primes (`Russia’s`,
`didn’t`, `’90s`, `5'10"`) sit between letters or digits, so they never qualify. A quote
left open at the end of a paragraph continues when the next paragraph opens with a mark (the
news convention for multi-paragraph quotes); otherwise it is closed at the paragraph end and
flagged, so an unbalanced mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from quotes.lexicon.marks import (
    APOSTROPHES,
    DOUBLE_MARKS,
    PAIRS,
    SINGLE_MARKS,
    SINGLE_OPENING,
    TWO_CHARACTER_MARKS,
)
from quotes.types import Span

# Candidate marks: double and single typographic/straight marks, guillemets, TeX pairs.
_MARK = re.compile(
    "|".join(TWO_CHARACTER_MARKS)
    + "|["
    + re.escape(DOUBLE_MARKS.replace("`", "") + SINGLE_MARKS)
    + "]"
)


@dataclass(slots=True)
class Quoted:
    """One quoted stretch: `content` excludes the marks; `open_at`/`close_at` are mark offsets."""

    content: Span
    open_at: int
    close_at: int  # == content.end when the quote was closed by the paragraph end
    closed: bool  # a closing mark was found
    double: bool  # double marks (single marks only count nested or clearly paired)
    paragraphs: int = 1  # how many paragraphs the quote runs through
    close_len: int = 1  # the closing mark's length (`''` is two characters)

    @property
    def close_end(self) -> int:
        """Offset just after the closing mark."""
        return self.close_at + self.close_len


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if _is_word(before) or after.isspace():
        return False
    if mark in APOSTROPHES and before.isdigit():
        return False  # a prime: 5'10"
    if mark == '"' and before.isdigit():
        return False  # inches
    if mark in SINGLE_MARKS and after.isdigit():
        return False  # '90s
    return True


def _can_close(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if before.isspace() and not (i >= 2 and text[i - 2] in APOSTROPHES and len(mark) == 1):
        return False  # but `'above the president,' "` closes a nested quote, then its own
    if mark in APOSTROPHES and _is_word(before) and _is_word(after):
        return False  # an apostrophe inside a word: didn’t
    if mark in APOSTROPHES and _is_word(after):
        return False
    return True


def quoted_spans(text: str, paragraphs: list[Span]) -> list[Quoted]:
    """Every double-quoted span in the article, plus single-quoted ones nested in none.

    Nested single quotes inside a double quote stay part of its content; they are not
    reported separately (they are the quoted speaker's own quotation).
    """
    found: list[Quoted] = []
    carry: tuple[int, str, int] | None = None  # open quote continuing from a paragraph
    marks = [list(_MARK.finditer(text, p.start, p.end)) for p in paragraphs]  # scanned once
    for index, paragraph in enumerate(paragraphs):
        chunk_marks = marks[index]
        opened: tuple[int, str, int] | None = None  # (offset, mark, paragraph count)
        if carry is not None:
            first = chunk_marks[0] if chunk_marks else None
            if first is not None and first.start() == paragraph.start and _is_double(first.group()):
                opened = (carry[0], carry[1], carry[2] + 1)
                chunk_marks = chunk_marks[1:]
            else:
                prev = paragraphs[index - 1]
                found.append(
                    Quoted(
                        Span(carry[0] + len(carry[1]), prev.end),
                        carry[0],
                        prev.end,
                        False,
                        True,
                        carry[2],
                    )
                )
            carry = None
        for match in chunk_marks:
            mark, at = match.group(), match.start()
            if opened is None:
                if mark in PAIRS and _is_double(mark) and _can_open(text, at, mark):
                    opened = (at, mark, 1)
                continue
            open_at, open_mark, count = opened
            if mark in PAIRS[open_mark] and _can_close(text, at, mark):
                start = open_at + len(open_mark)
                found.append(Quoted(Span(start, at), open_at, at, True, True, count, len(mark)))
                opened = None
        if opened is not None:
            carry = opened
    if carry is not None:
        last = paragraphs[-1]
        found.append(
            Quoted(
                Span(carry[0] + len(carry[1]), last.end), carry[0], last.end, False, True, carry[2]
            )
        )
    found.extend(_single_quoted(text, marks, found))
    found.sort(key=lambda q: q.open_at)
    return [q for q in found if q.content.end > q.content.start]


def _is_double(mark: str) -> bool:
    return mark in DOUBLE_MARKS or mark in TWO_CHARACTER_MARKS


def _single_quoted(text: str, marks: list[list[re.Match]], doubles: list[Quoted]) -> list[Quoted]:
    """Single-quoted spans outside any double quote (headline style: ‘We will win’).

    Double quotes are sorted and disjoint, so membership is a bisection; a single pair may not
    straddle a double quote, which keeps every quoted span disjoint from every other.
    """
    starts = [q.open_at for q in doubles]
    ends = [q.close_at for q in doubles]
    spans: list[Quoted] = []
    for in_paragraph in marks:  # the marks of each paragraph
        open_at: int | None = None
        for match in in_paragraph:
            mark, at = match.group(), match.start()
            if mark not in SINGLE_MARKS or mark == "\u201a":
                continue
            k = bisect_right(starts, at) - 1
            if k >= 0 and at <= ends[k]:
                continue  # inside a double quote: the speaker's own quotation
            if open_at is None:
                if mark in SINGLE_OPENING and _can_open(text, at, mark):
                    open_at = at
            elif bisect_left(starts, open_at) != bisect_left(starts, at):
                open_at = at if mark in SINGLE_OPENING and _can_open(text, at, mark) else None
            elif _can_close(text, at, mark):
                spans.append(Quoted(Span(open_at + 1, at), open_at, at, True, False))
                open_at = None
    return spans
