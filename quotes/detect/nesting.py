"""Reports inside reports, and clauses around them, for the frames of `speech.py`.

- a cue with no subject of its own right before a quote (`… by saying, “…”`) takes that
  quote as its own direct quote; the outer content stops before it (`inner_cue`);
- a report in a subordinate clause (`While Sanders admitted that …, his campaign …`) ends at
  the comma before the main clause (`subordinate`, used by `mixed.clip_mixed`);
- a mixed report opening the mixed content of an earlier frame (`Clinton said she called
  Sanders … what she called “…”`) is given by the outer one alone (`nested`); one deeper
  inside stands, and the outer content ends before its clause (`cut_outer`).
"""

from __future__ import annotations

import re

from quotes.detect.frame import Frame
from quotes.detect.marks import Quoted
from quotes.lexicon.cues import PARTICIPLE_CUES, SPEECH_CUES
from quotes.lexicon.grammar import SUBORDINATORS
from quotes.types import Quote, Span

_INNER_CUE = re.compile(
    r"(?:\b(?:by|to|and|but|that)\s+(?:"
    + "|".join(sorted(SPEECH_CUES))
    + r")|\b(?:"
    + "|".join(sorted(PARTICIPLE_CUES))
    + r"))[^\S\n]*[,:][^\S\n]*$",
    re.IGNORECASE,
)
_LOOSE_END = re.compile(r"(?:[\s,:;—–-]+|\b(?:and|but|or|also|then|that|to|by)\b)+$")


def inner_cue(text: str, content: Span, holds: list[Quoted]) -> int | None:
    """Where a cue with no subject of its own (a participle, or a verb after `to`, `by`,
    `and`, `but`, `that`) opens, right before one of the quotes in `content` and a comma or
    colon (`by saying, “…”`, `went on to say, “…”`); None when there is none."""
    for q in holds:
        k = q.open_at
        while k > content.start and text[k - 1] != "\n" and text[k - 1].isspace():
            k -= 1
        if k == content.start or text[k - 1] not in ",:":
            continue  # the pattern ends in a comma or colon right before the quote
        inner = _INNER_CUE.search(text, content.start, q.open_at)
        if inner is not None and inner.start() > content.start:
            return inner.start()
    return None


def before_inner(text: str, content: Span, inner: int) -> Span:
    """`content` cut before the inner cue at `inner`, loose ends dropped (`… messages by`)."""
    end = _LOOSE_END.search(text, content.start, inner)
    return Span(content.start, end.start() if end else inner)


_NEST_REACH = 6  # earlier quotes of the sentence that may hold a nested report
_NEST_DEPTH = 8  # words of the outer content before a report that opens it
_WORDS = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def subordinate(text: str, frame: Frame) -> bool:
    """The frame's speaker opens a subordinate clause (`While Sanders admitted that …, his
    campaign …`): the main clause follows the first comma after the quoted fragment."""
    if frame.speaker is None or frame.speaker.start >= frame.cue.start:
        return False
    before = _WORD_BEFORE.search(text, max(0, frame.speaker.start - 30), frame.speaker.start)
    return before is not None and before.group(1).lower() in SUBORDINATORS


def nested(text: str, quote: Quote, frame: Frame, found: list[Quote]) -> bool:
    """A mixed quote of a frame whose report opens the mixed content of a frame before it,
    holding nothing else (`Clinton said she called Sanders to congratulate him on what she
    called “an extraordinary campaign”`): a report inside a report, which the outer one
    already gives (PolNeAR annotates the outer). A report deeper in the outer content
    (`…, an honor Donald said he hoped would be “a good thing”`) stands: that one is
    annotated on its own."""
    if quote.type != "mixed":
        return False
    opens = frame.cue.start
    if frame.speaker is not None and frame.speaker.start < opens:
        opens = frame.speaker.start
    return any(
        other.type == "mixed"
        and other.content.start <= frame.cue.start < other.content.end
        and other.content.start <= quote.content.start
        and quote.content.end <= other.content.end + 2  # `+ 2`: closing marks cut off
        and len(_WORDS.findall(text, other.content.start, opens)) <= _NEST_DEPTH
        for other in found[-_NEST_REACH:]
    )


# the last clause boundary before a report: a comma, a dash, `and`, `but`
_CLAUSE_GAP = re.compile(r"(?:[,;―—–]|\s-\s|--|\b(?:and|but)\b)[^,;―—–]*$")


def cut_outer(
    text: str, quote: Quote, frame: Frame, found: list[Quote], near: list[Quoted]
) -> None:
    """End the mixed content of an earlier frame before the clause of a report deeper inside
    it (`… the decision was a mistake, at the town hall she said she did not believe it was
    “an error in judgement.”`): its quotes are that report's; the outer content keeps what
    precedes the clause, indirect when no quote is left in it."""
    if quote.type != "mixed":
        return
    opens = frame.cue.start
    if frame.speaker is not None and frame.speaker.start < opens:
        opens = frame.speaker.start
    for other in found[-_NEST_REACH:]:
        content = other.content
        if not (
            other.type == "mixed"
            and content.start < opens
            and frame.cue.start < content.end
            and quote.content.end <= content.end + 2
        ):
            continue
        gap = _CLAUSE_GAP.search(text, content.start, opens)
        if gap is None or gap.start() <= content.start:
            continue
        cut = gap.start()
        closing = next((q for q in near if q.close_at == cut + 1), None)
        if closing is not None:
            cut = closing.close_end  # `“an orange buffoon,” Susan said`: keep the marks
        elif any(q.open_at < cut < q.close_end for q in near):
            continue  # a comma inside a quote
        other.content = Span(content.start, cut)
        if not any(content.start <= q.open_at and q.close_end <= cut + 1 for q in near):
            other.type = "indirect"
