"""A speech frame: a cue, the speaker phrase beside it, and where its content lies."""

from __future__ import annotations

from dataclasses import dataclass

from quotes.types import Span


@dataclass(slots=True)
class Frame:
    cue: Span
    rule: str
    speaker: Span | None = None
    content: list[Span] | None = None  # indirect content, one or two fragments
    left: int = 0  # offset where the speaker/cue region begins
    lead: int = 0  # offset where the sentence's clause begins (after `But`, `And`)
    right: int = 0  # offset where the region ends (after `that`, a listener, a colon)
    subject_hint: bool = False  # speaker is the clause subject (participle, conjoined)
