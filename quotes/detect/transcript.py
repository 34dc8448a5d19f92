"""Transcript turns: `HOLT: Let me ask you …` — a paragraph opened by a speaker in capitals.

- `transcript_turn.v1`  the rest of the paragraph is that speaker's words, verbatim (typed
                        `direct`, as quoted speech is, though it carries no marks).
Debate and interview transcripts in news print turns this way; only a capitalised name of one
to three words qualifies, and section labels (`UPDATE:`, `NOTE:`) do not.
"""

from __future__ import annotations

import re

from quotes.lexicon.boilerplate import SECTION_LABELS
from quotes.types import Quote, Span

_TURN = re.compile(
    r"[\"“]?(?P<name>[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2})(?P<colon>:)[ \t]+(?P<rest>\S)"
)


def transcript_turn(text: str, paragraph: Span) -> Quote | None:
    """The turn a paragraph holds, if it opens with `NAME:`; speaker and cue spans set."""
    match = _TURN.match(text, paragraph.start, paragraph.end)
    if match is None or match.group("name").split()[0] in SECTION_LABELS:
        return None
    content = Span(match.start("rest"), paragraph.end)
    while content.end > content.start and text[content.end - 1] in '"”':
        content = Span(content.start, content.end - 1)  # a stray closing mark of the turn
    return Quote(
        content=content,
        type="direct",
        rule="transcript_turn.v1",
        confidence=0.0,
        paragraph=paragraph,
        cue=Span(match.start("colon"), match.end("colon")),
        speaker=Span(match.start("name"), match.end("name")),
    )
