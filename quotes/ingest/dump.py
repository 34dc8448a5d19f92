"""Split a scraped text dump into articles: headline, caption preamble, body.

A scraped page comes out as a headline, photo captions (often twice: alt text and figure
caption, ending in a credit such as `(Reuters)`), a lone site marker (`TT`), the headline and
captions again, then the body paragraphs. Several pages are concatenated with runs of blank
lines between them. `split_dump` finds the articles and, in each, where the body starts, and
returns offsets into the text it was given, never rewritten text.

A text with none of that structure (one article, no captions, no repeated headline) is one
article: the whole text, trimmed by offsets; its first line becomes the title only when it is
headline-like, stands alone, and prose follows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from quotes.lexicon.boilerplate import CAPTION_PREFIXES, CREDIT_SOURCES

MAX_HEADLINE_WORDS = 25  # news headlines run 5-15 words; a longer single line is a paragraph
MAX_HEADLINE_CHARS = 200
MAX_MARKER_WORDS = 3  # site markers and bylines are a few tokens (`TT`, `By Jane Doe`)
MAX_MARKER_CHARS = 40
PREAMBLE_BLOCKS = 8  # captions, markers and the headline repeat sit in the first few blocks

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_INVISIBLE = "\ufeff\u200b"  # a byte-order mark, zero-width spaces: not text, not whitespace
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_OPENERS = "\"'\u201c\u2018\u00ab("
# A caption's closing credit: `(Reuters)`, `(AP Photo/Evan Vucci)`, `(Sputnik / AFP)`.
_PAREN_END = re.compile(r"\(([^()]{1,80})\)[\s.]*$")
# Two capitalised names around a slash is the photographer/agency form of a credit.
_SLASH_CREDIT = re.compile(r"^[A-Z][^/]*/\s*[A-Z]")
# `Photo: Reuters`, `Photo credit: X` at the start; `... Photo: AFP` at the end of a caption.
_PREFIX = re.compile(r"^(\w+)(?:\s+credits?)?\s*:")
_TRAILING_CREDIT = re.compile(r"\b(?:photo|image|picture|credit)s?\s*:\s*\S[^.!?]{0,60}$", re.I)


class DumpArticle(NamedTuple):
    """One article of a dump: its headline and the `[start, end)` offsets of its body."""

    title: str | None
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class _Line:
    start: int  # offsets of the line's text without surrounding whitespace
    end: int
    key: str  # the text with whitespace collapsed, for comparing lines


@dataclass(slots=True)
class _Block:
    lines: list[_Line]
    gap: int  # blank lines before it

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


def is_headline(line: str) -> bool:
    """A short line that opens with a capital and does not end like a sentence or caption."""
    words = line.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or len(line) > MAX_HEADLINE_CHARS:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in _OPENERS):
        return False
    # `?` and `!` end headlines too ("Is the Ceasefire Over?"); `.`, `,`, `;`, `:` do not.
    tail = line.rstrip(_CLOSERS) or line
    return tail[-1] not in ".,;:" and not is_credit(line)


def is_credit(line: str) -> bool:
    """A caption line: it ends in a photo credit, or starts with `Photo:`/`Credit:`."""
    match = _PAREN_END.search(line)
    if match:
        inner = match.group(1).strip()
        if _SLASH_CREDIT.match(inner):
            return True
        first = inner.split()[0].strip(".,:;").lower() if inner.split() else ""
        if first in CREDIT_SOURCES:
            return True
    prefix = _PREFIX.match(line)
    if prefix and prefix.group(1).lower() in CAPTION_PREFIXES:
        return True
    return bool(_TRAILING_CREDIT.search(line))


def is_marker(line: str) -> bool:
    """A lone site marker or byline: a few tokens that are not a sentence (`TT`, `AFP`)."""
    tail = line.rstrip(_CLOSERS) or line
    return (
        len(line.split()) <= MAX_MARKER_WORDS
        and len(line) <= MAX_MARKER_CHARS
        and tail[-1] not in ".!?"
    )


def split_dump(text: str) -> Iterator[DumpArticle]:
    """The articles of a text dump, in order; an article whose body is empty has start == end."""
    blocks = _blocks(text)
    if not blocks:
        return
    heads = [_headline(block) for block in blocks]
    starts = _article_starts(blocks, heads)
    parsed = [
        _parse_article(blocks[start:end], heads[start])
        for start, end in zip(starts, [*starts[1:], len(blocks)], strict=True)
    ]
    if len(parsed) == 1 and not parsed[0][1]:
        yield _plain_article(blocks, heads[0])
        return
    for article, _furnished in parsed:
        yield article


def _blocks(text: str) -> list[_Block]:
    """Runs of non-blank lines, with the number of blank lines before each."""
    blocks: list[_Block] = []
    current: list[_Line] = []
    gap = 0
    for match in _LINE.finditer(text):
        content = match.group().rstrip("\r\n")
        lead, trimmed = _trimmed(content)
        if not trimmed:
            if current:
                blocks.append(_Block(current, gap))
                current, gap = [], 0
            gap += 1
            continue
        start = match.start() + lead
        current.append(_Line(start, start + len(trimmed), " ".join(trimmed.split())))
    if current:
        blocks.append(_Block(current, gap))
    return blocks


def _trimmed(content: str) -> tuple[int, str]:
    """(offset, text) of `content` without surrounding whitespace and invisible characters."""
    left = content.lstrip()
    while left[:1] and left[0] in _INVISIBLE:
        left = left[1:].lstrip()
    right = left.rstrip()
    while right[-1:] and right[-1] in _INVISIBLE:
        right = right[:-1].rstrip()
    return len(content) - len(left), right


def _headline(block: _Block) -> str | None:
    """The block's text if it is a headline standing alone on its line."""
    if len(block.lines) == 1 and is_headline(block.lines[0].key):
        return block.lines[0].key
    return None


def _article_starts(blocks: list[_Block], heads: list[str | None]) -> list[int]:
    """Indexes of the blocks that open an article."""
    # Articles are set apart by more blank lines than paragraphs are; measure the usual gap so
    # a dump that double-spaces its paragraphs is not cut at every short paragraph.
    gaps = Counter(block.gap for block in blocks[1:])
    usual = gaps.most_common(1)[0][0] if gaps else 1
    boundary_gap = max(2, usual + 1)
    # Cutting at wide gaps is only safe when the text itself opens with a headline, as every
    # page of a dump does; a lone article with a stray wide gap must stay whole.
    headline_led = heads[0] is not None
    starts, title, title_at = [0], heads[0], 0
    for i in range(1, len(blocks) - 1):  # an article needs something after its headline
        head = heads[i]
        if head is None or (head == title and i - title_at <= PREAMBLE_BLOCKS):
            continue  # not a headline, or the current headline's own repeat
        if (headline_led and blocks[i].gap >= boundary_gap) or _repeats_after_furniture(
            blocks, heads, i
        ):
            starts.append(i)
            title, title_at = head, i
    return starts


def _repeats_after_furniture(blocks: list[_Block], heads: list[str | None], i: int) -> bool:
    """True when headline `i` comes again after nothing but captions and markers.

    That repeat is the signature of a scraped page; requiring furniture in between keeps a
    transcript's recurring speaker label from passing for a headline.
    """
    window = blocks[i : i + PREAMBLE_BLOCKS + 1]
    counts = _line_counts(window)
    for j in range(1, len(window)):
        if heads[i + j] == heads[i]:
            return True
        if not all(_furniture(line, heads[i], counts) for line in window[j].lines):
            return False
    return False


def _line_counts(blocks: list[_Block]) -> Counter[str]:
    return Counter(line.key for block in blocks for line in block.lines)


def _furniture(line: _Line, title: str | None, counts: Counter[str]) -> str | None:
    """What page furniture `line` is ("headline", "caption", "marker"), or None for prose."""
    if line.key == title:
        return "headline"
    if is_marker(line.key):
        return "marker"
    # Captions come twice (alt text and figure caption) or end in a credit. Short lines were
    # taken above: a short line that recurs is a label (a transcript's speaker), not a caption.
    if counts[line.key] >= 2 or is_credit(line.key):
        return "caption"
    return None


def _parse_article(blocks: list[_Block], title: str | None) -> tuple[DumpArticle, bool]:
    """The article's body offsets, and whether it had captions or a repeated headline."""
    # Count repeats only near the top, so a paragraph quoted again deep in the body (a pull
    # quote) cannot make the lead paragraph look like a caption.
    counts = _line_counts(blocks[:PREAMBLE_BLOCKS])
    furnished = False
    first = 1 if title is not None else 0
    for k in range(first, len(blocks)):
        kinds = [_furniture(line, title, counts) for line in blocks[k].lines]
        if None in kinds:
            body = blocks[k:]
            return DumpArticle(title, body[0].start, body[-1].end), furnished
        furnished = furnished or "headline" in kinds or "caption" in kinds
    return DumpArticle(title, blocks[-1].end, blocks[-1].end), furnished


def _plain_article(blocks: list[_Block], head: str | None) -> DumpArticle:
    """The whole text as one article; the first line is its title only when clearly one."""
    if head is not None and len(blocks) > 1 and any(map(_is_prose, blocks[1:])):
        return DumpArticle(head, blocks[1].start, blocks[-1].end)
    return DumpArticle(None, blocks[0].start, blocks[-1].end)


def _is_prose(block: _Block) -> bool:
    tail = block.lines[-1].key.rstrip(_CLOSERS) or block.lines[-1].key
    return tail[-1] in ".!?"
