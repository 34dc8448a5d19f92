"""The few record types every stage shares. Character offsets into `Article.text` are the truth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteType = Literal["direct", "mixed", "indirect"]
SpeakerType = Literal["person", "organization", "generic", "unknown"]

QUOTE_TYPES: tuple[str, ...] = ("direct", "mixed", "indirect")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organization", "generic", "unknown")


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open character range `[start, end)` into an article's text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Article:
    """One news article: its body `text` and what the input said about it.

    `source` names where it came from (file path, `file:line` for JSONL); `source_offset` is
    where `text` starts in that file for text dumps, so offsets stay honest both ways.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None
    source_offset: int = 0


@dataclass(slots=True)
class Reject:
    """An input item that could not become an article, and why. Counted, logged once, skipped."""

    source: str
    reason: str
    line: int | None = None
    detail: str = ""
    raw: str | None = None


@dataclass(slots=True)
class Quote:
    """One attributed piece of speech in an article.

    `content` spans the words spoken without enclosing marks; `speaker` is the mention as written
    (`he`, `the ministry`), `speaker_name` the canonical entity it resolves to, or None.
    """

    content: Span
    type: QuoteType
    rule: str
    confidence: float
    paragraph: Span
    cue: Span | None = None
    speaker: Span | None = None
    speaker_name: str | None = None
    speaker_type: SpeakerType = "unknown"
    group: int | None = None


@dataclass(slots=True)
class BuildStats:
    """Counts a build reports in `stats.json`."""

    articles_read: int = 0
    articles_with_quotes: int = 0
    quotes: int = 0
    skipped: list[dict] = field(default_factory=list)
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    quotes_by_type: dict[str, int] = field(default_factory=dict)
    quotes_by_rule: dict[str, int] = field(default_factory=dict)
    quotes_by_split: dict[str, int] = field(default_factory=dict)
    articles_by_split: dict[str, int] = field(default_factory=dict)
    speakers: dict[str, int] = field(default_factory=dict)
