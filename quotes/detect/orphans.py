"""Quotes that no cue frame claimed: continuation quotes, bare quote paragraphs, scare quotes.

- `quote_unknown_cue.v1`  `“…,” Trump confessed.`: an attribution's shape with an unlisted verb.
- `quote_unknown_lead.v1`, `as_quote.v1`, `that_quote.v1`: a quote led into by a clause of
                          its own (`Sanders shot back: “…”`, `pounding Trump as a “con
                          artist”`, `groused that CNN “doesn’t treat me properly”`), in
                          `lead.py`.
- `dash_source.v1`        `“…” ― Steve Quinlan`: a source line after a dash; the dash is the cue.
- `dash_line.v1`          a quote paragraph, then a paragraph `- Hillary Clinton.`: the same,
                          one paragraph down (fact-check style).
- `same_paragraph.v1`     `“A.” he said. “B.”`: B takes the speaker of the quote before it.
- `bare_paragraph.v1`     a paragraph that is only a quote takes the speaker of the quote
                          closing the paragraph before it (news convention), or else of the
                          attribution opening the paragraph after it.
- `own_sentence.v1`       a quoted sentence whose own sentence names its speaker with an
                          unlisted verb (`Hoover estimated that there are “…”`), in `own.py`.
- `colon_paragraph.v1`    a quote-only paragraph after `X issued the following statement:`
                          takes the speaker of that lead-in (`own.py`), before any neighbour.
- `nearest_speaker.v1`    a quoted sentence with no cue of its own takes the speaker of the
                          latest attributed quote in its paragraph or the two before.
- `unattributed_quote.v1` a whole quoted sentence with no cue anywhere near: speech, speaker
                          left to the attribution stage.
Short quoted words with no cue (scare quotes, titles, nicknames) are not speech, even after
an attributed quote (`same_paragraph.v1` needs four words), nor is a quote in title case.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from quotes.detect.lead import (
    as_quote,
    is_title,
    opens_subordinate,
    quoted_words,
    that_quote,
    unknown_lead,
)
from quotes.detect.marks import Quoted
from quotes.detect.mixed import clip_mixed
from quotes.detect.own import colon_lead, own_speaker
from quotes.detect.phrases import phrase_after, span_of
from quotes.detect.tokens import Token, tokenize
from quotes.types import Quote, Span

_SENTENCE_END = re.compile(r"[.!?,][’'”\"]?\s*$")
_MIN_UNATTRIBUTED_WORDS = 6  # shorter quoted stretches without a cue read as scare quotes
_MIN_CONTINUATION_WORDS = 4  # `“A.” he said. “B …”`: B goes on speaking, `“immoral”` does not
_DASH = re.compile(r"[^\S\n]*([―—–-]{1,2})[^\S\n]*")  # spaces, not line breaks
_OUTSIDE_BARE = re.compile(r"[\s\W]*")
# rules whose speaker comes from another sentence: the quote's own sentence is asked first
# (`“A,” he said. And, she added, “B …”`: B is hers)
_OWN_FIRST = frozenset({"same_paragraph.v1", "nearest_speaker.v1", "unattributed_quote.v1"})


def settle_orphans(
    text: str,
    paragraphs: list[Span],
    quoted: list[Quoted],
    claimed: set[int],
    found: list[Quote],
    group: int,
) -> int:
    """Append quotes for unclaimed quoted spans to `found`; return the last group id used."""
    starts = [p.start for p in paragraphs]
    placed: dict[int, list[Quote]] = {}  # paragraph index -> quotes whose content starts there
    directs: dict[int, tuple[list[int], list[Quote]]] = {}  # ... direct ones, sorted by end
    for record in found:
        _place(placed, directs, bisect_right(starts, record.content.start) - 1, record)
    for k, q in enumerate(quoted):
        if id(q) in claimed or not q.double:
            continue
        index = bisect_right(starts, q.open_at) - 1
        if index < 0:
            continue
        paragraph = paragraphs[index]
        unknown = _unknown_cue(text, q, paragraph)
        rule = "quote_unknown_cue.v1"
        if unknown is None:
            unknown, rule = _dash_source(text, q, paragraph), "dash_source.v1"
        if unknown is None:
            unknown, rule = _dash_line(text, paragraphs, index, q), "dash_line.v1"
        content, kind = q.content, "direct"
        if unknown is None:
            unknown, rule = unknown_lead(text, q, paragraph), "quote_unknown_lead.v1"
        if unknown is None and (characterised := as_quote(text, q, paragraph)) is not None:
            speaker, cue, content = characterised
            unknown, rule, kind = (speaker, cue), "as_quote.v1", "mixed"
        if unknown is None and (clause := that_quote(text, q, paragraph)) is not None:
            speaker, cue, content = clause
            subordinate = opens_subordinate(text, paragraph, q)
            content = clip_mixed(text, content, q.close_at, subordinate=subordinate)
            unknown, rule, kind = (speaker, cue), "that_quote.v1", "mixed"
            claimed.update(id(p) for p in quoted[k + 1 :] if p.open_at < content.end)
        if unknown is None and _is_bare(text, paragraph, q) and not is_title(text, q):
            unknown, rule = colon_lead(text, paragraphs, index), "colon_paragraph.v1"
        donor = None  # `“…,” Trump confessed.`: an unlisted cue, the speaker is right there
        if unknown is None:
            choice = _donor(text, paragraphs, index, q, placed, directs)
            if choice is None:
                continue  # a scare quote or a title: not speech
            donor, rule = choice
            room = _room(quoted, k, paragraph)
            if rule in _OWN_FIRST and (own := own_speaker(text, q, room)) is not None:
                donor, unknown, rule = None, own, "own_sentence.v1"
        claimed.add(id(q))
        span = Span(
            paragraph.start, paragraphs[min(len(paragraphs) - 1, index + q.paragraphs - 1)].end
        )
        quote = Quote(content=content, type=kind, rule=rule, confidence=0.0, paragraph=span)
        if unknown is not None:
            quote.speaker, quote.cue = unknown
        if donor is not None:
            quote.speaker, quote.cue, quote.group = donor.speaker, donor.cue, donor.group
        else:
            group += 1
            quote.group = group
        found.append(quote)
        _place(placed, directs, index, quote)
    return group


def _donor(
    text: str,
    paragraphs: list[Span],
    index: int,
    q: Quoted,
    placed: dict[int, list[Quote]],
    directs: dict[int, tuple[list[int], list[Quote]]],
) -> tuple[Quote | None, str] | None:
    """The quote lending its speaker to `q` and the rule that says so, or None if `q` is no
    speech; the donor itself may be None (`unattributed_quote.v1`)."""
    paragraph = paragraphs[index]
    before = _direct_before(directs.get(index), q.open_at, paragraph)
    if is_title(text, q):
        return None  # `“Meet the Press”`, `“The Art of the Deal”`: a title, not speech
    if before is not None and quoted_words(text, q) >= _MIN_CONTINUATION_WORDS:
        return before, "same_paragraph.v1"
    if _is_bare(text, paragraph, q):
        donor = _neighbour(placed, paragraphs, index)
        if donor is not None:
            return donor, "bare_paragraph.v1"
        if quoted_words(text, q) < _MIN_UNATTRIBUTED_WORDS:
            return None
    elif quoted_words(text, q) < _MIN_UNATTRIBUTED_WORDS or not _SENTENCE_END.search(
        text, q.content.start, q.content.end
    ):
        return None
    donor = _recent(placed, index)
    return donor, "nearest_speaker.v1" if donor is not None else "unattributed_quote.v1"


def _room(quoted: list[Quoted], k: int, paragraph: Span) -> Span:
    """The stretch of the paragraph around `quoted[k]` between the quotes either side of it:
    its own sentence's speaker is sought there, never inside another quote (`“A,” he said.
    “B” …`)."""
    q = quoted[k]
    before = [p.close_end for p in quoted[max(0, k - 4) : k] if p.close_end <= q.open_at]
    after = next((p.open_at for p in quoted[k + 1 :] if p.open_at >= q.close_end), paragraph.end)
    return Span(max([paragraph.start, *before]), min(paragraph.end, after))


def _unknown_cue(text: str, q: Quoted, paragraph: Span) -> tuple[Span, Span] | None:
    """`“…,” SPEAKER verbed.` or `“…,” verbed SPEAKER.`: speaker and cue after a quote that
    ends in a comma (or ! ?), whatever the verb."""
    if not q.closed or text[q.content.end - 1 : q.content.end] not in (",", "!", "?"):
        return None
    tokens = tokenize(text, q.close_end, min(paragraph.end, q.close_end + 160))
    n = next((k for k, t in enumerate(tokens) if t.text in ".;!?"), len(tokens))
    n = next((k for k, t in enumerate(tokens[:n]) if t.text == "," and k > 0), n)
    tokens = tokens[:n]
    if len(tokens) < 2:
        return None
    phrase = phrase_after(tokens, 0, len(tokens))
    if phrase is not None and phrase[1] == len(tokens) - 1 and _is_verb(tokens[-1]):
        return span_of(tokens, phrase), Span(tokens[-1].start, tokens[-1].end)
    phrase = phrase_after(tokens, 1, len(tokens))
    if phrase is not None and phrase[1] == len(tokens) and _is_verb(tokens[0]):
        return span_of(tokens, phrase), Span(tokens[0].start, tokens[0].end)
    return None


def _dash_source(text: str, q: Quoted, paragraph: Span) -> tuple[Span, Span] | None:
    """`“Maybe we can build a wall around him.” ― Steve Quinlan`: a dash, then the source."""
    return _source_line(text, q.close_end, paragraph.end) if q.closed else None


def _dash_line(
    text: str, paragraphs: list[Span], index: int, q: Quoted
) -> tuple[Span, Span] | None:
    """A quote paragraph, then a paragraph that is only `- Hillary Clinton.`: its source."""
    after = index + q.paragraphs
    if after >= len(paragraphs) or not _is_bare(text, paragraphs[index], q):
        return None
    return _source_line(text, paragraphs[after].start, paragraphs[after].end)


def _source_line(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """Speaker and cue of `― Steve Quinlan` at `start`: a dash and a name, nothing else."""
    dash = _DASH.match(text, start, end)
    if dash is None:
        return None
    tokens = tokenize(text, dash.end(), end)
    phrase = phrase_after(tokens, 0, len(tokens)) if tokens else None
    if phrase is None or any(t.is_word for t in tokens[phrase[1] :]):
        return None  # the dash opens more prose, not a source line
    return span_of(tokens, phrase), Span(dash.start(1), dash.end(1))


def _is_verb(token: Token) -> bool:
    """A past or present-tense verb by its shape: `confessed`, `exclaims`."""
    return token.text.islower() and token.text.endswith(("ed", "s")) and len(token.text) > 3


def _place(
    placed: dict[int, list[Quote]],
    directs: dict[int, tuple[list[int], list[Quote]]],
    index: int,
    quote: Quote,
) -> None:
    placed.setdefault(index, []).append(quote)
    if quote.type == "direct":
        ends, quotes = directs.setdefault(index, ([], []))
        at = bisect_right(ends, quote.content.end)
        ends.insert(at, quote.content.end)
        quotes.insert(at, quote)


def _direct_before(
    directs: tuple[list[int], list[Quote]] | None, offset: int, paragraph: Span
) -> Quote | None:
    """The direct quote of this paragraph ending last before `offset` (by bisection)."""
    if directs is None:
        return None
    ends, quotes = directs
    for k in range(bisect_right(ends, offset) - 1, -1, -1):
        if quotes[k].paragraph == paragraph:
            return quotes[k]
    return None


def _recent(placed: dict[int, list[Quote]], index: int) -> Quote | None:
    """The latest attributed quote in this paragraph or the two before it."""
    near = [r for k in range(max(0, index - 2), index + 1) for r in placed.get(k, ()) if r.speaker]
    return max(near, key=lambda r: r.content.end) if near else None


def _is_bare(text: str, paragraph: Span, q: Quoted) -> bool:
    """Nothing but punctuation outside the quote in its paragraph."""
    return _OUTSIDE_BARE.fullmatch(text, paragraph.start, q.open_at) is not None and (
        not q.closed
        or q.paragraphs > 1
        or _OUTSIDE_BARE.fullmatch(text, q.close_end, paragraph.end) is not None
    )


def _neighbour(placed: dict[int, list[Quote]], paragraphs: list[Span], index: int) -> Quote | None:
    """The attributed quote ending the previous paragraph, else opening the next one."""
    if index > 0:
        prev = paragraphs[index - 1]
        # quotes of the previous paragraph, or of earlier ones running on into it
        candidates = [
            r
            for k in range(max(0, index - 4), index)
            for r in placed.get(k, ())
            if r.paragraph.start <= prev.start < r.paragraph.end + 1 and r.speaker is not None
        ]
        if candidates:
            return max(candidates, key=lambda r: r.content.end)
    if index + 1 < len(paragraphs):
        nxt = paragraphs[index + 1]
        candidates = [
            r for r in placed.get(index + 1, ()) if r.paragraph.start == nxt.start and r.speaker
        ]
        if candidates:
            return min(candidates, key=lambda r: r.content.start)
    return None
