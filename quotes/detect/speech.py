"""Turn quoted spans and cue frames into typed quotes (direct, mixed, indirect).

Per paragraph: frames from each sentence that holds a cue; a quote whose closing mark sits
right before a frame's speaker (`“…,” he said`) or whose opening mark sits right after its cue
(`he said: “…”`) is that frame's direct quote; a frame's own content is indirect, or mixed
when it holds a quoted fragment; a frame closing its paragraph with a colon takes the next
paragraph as a block quote (`block_quote.v1`). Quotes no frame claims are settled by
`orphans.py`; transcript turns (`HOLT: …`) by `transcript.py`; headline sources
(`Ryan: FBI ‘Defies Explanation’`) by `headline.py`; mixed content is cut to its clause by
`mixed.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from quotes.detect.content import MARK_CHARS
from quotes.detect.frame import Frame
from quotes.detect.frames import find_frames
from quotes.detect.headline import colon_source, headline_cues
from quotes.detect.marks import Quoted
from quotes.detect.mixed import clip_mixed
from quotes.detect.nesting import before_inner, cut_outer, inner_cue, nested, subordinate
from quotes.detect.orphans import settle_orphans
from quotes.detect.tokens import tokenize
from quotes.detect.transcript import transcript_turn
from quotes.lexicon.cues import FRAME_WORDS
from quotes.lexicon.marks import ALL_MARKS
from quotes.segment import sentences
from quotes.types import Quote, Span

# Words are compared as a set (C speed) rather than through a regex alternation of cue forms.
# Punctuation becomes spaces through one character class: `str.translate` with a mapping takes
# its slow path on non-ASCII text (curly quotes), three times slower.
_NOT_WORD = re.compile("[" + re.escape(".,;:!?()[]{}—–-/" + ALL_MARKS) + "]")


def _holds_cue(lowered: str, span: Span) -> bool:
    """A cue word in `span`. Only those paragraphs and sentences are segmented and tokenized:
    frames need a cue, and quotes without one are settled by `orphans.py` on marks alone."""
    return not FRAME_WORDS.isdisjoint(lowered[span.start : span.end].split())


_COLON_BEFORE = re.compile(r":[^\S\n]*$")
# Between a quote's closing mark and its cue's speaker: spaces, punctuation, and the closing
# single mark of a quote nested at its end (`say, 'What did he mean?''' Mr. Biden said`).
_BETWEEN = re.compile(r"(?:[^\S\n]|[,.!?;:—–\-'’])*")
_COLON_BREAK = re.compile(r"[^\S\n]*:\s*")


def find_speech(text: str, paras: list[Span], quoted: list[Quoted]) -> list[Quote]:
    """All quotes in `text`, in order of their content, attribution mentions unresolved.

    `paras` are the paragraphs of `text` and `quoted` its quoted spans (`marks.quoted_spans`),
    computed once by the caller because attribution needs them too.
    """
    claimed: set[int] = set()
    found: list[Quote] = []
    group = 0
    lowered = _NOT_WORD.sub(" ", text.lower())  # same length: offsets still line up
    opens = [q.open_at for q in quoted]  # quoted spans are disjoint and sorted: bisect them
    for index, paragraph in enumerate(paras):
        in_para = quoted[bisect_left(opens, paragraph.start) : bisect_left(opens, paragraph.end)]
        turn = transcript_turn(text, paragraph) or colon_source(text, paragraph, in_para)
        if turn is not None:
            group += 1
            turn.group = group
            found.append(turn)
            claimed.update(id(q) for q in in_para)
            continue
        if not _holds_cue(lowered, paragraph):
            continue
        reach = paras[index + 1].end if index + 1 < len(paras) else paragraph.end
        spans = sentences(text, paragraph)
        for number, sentence in enumerate(spans):
            # a one-sentence paragraph comes back as itself, and it holds a cue
            if sentence is not paragraph and not _holds_cue(lowered, sentence):
                continue
            tokens = headline_cues(tokenize(text, sentence.start, sentence.end))
            if not tokens:
                continue
            # the quotes a frame here may claim overlap its sentence and the sentences either
            # side (Punkt splits `“…?” | said X` and `said. | “…”`), or for the last sentence
            # the next paragraph (`He said:` introduces the quote paragraph after it); found
            # by bisection, so a paragraph of thousands of quotes stays linear
            end = reach if number == len(spans) - 1 else spans[number + 1].end
            begin = spans[number - 1].start if number else sentence.start
            near = _overlapping(quoted, opens, begin, end)
            inside = [Span(q.open_at, q.close_end) for q in near if q.open_at < sentence.end]
            for frame in find_frames(text, tokens, inside):
                quotes = list(_frame_quotes(text, frame, paragraph, near, claimed))
                quotes = [q for q in quotes if not nested(text, q, frame, found)]
                for quote in quotes:
                    cut_outer(text, quote, frame, found, near)
                if not quotes and index + 1 < len(paras):
                    block = _block_quote(text, frame, paras[index + 1])
                    if block is not None:
                        quotes = [block]
                        claimed.update(id(q) for q in near if q.open_at >= block.content.start)
                if quotes:
                    group += 1
                    for quote in quotes:
                        quote.group = group
                    found.extend(quotes)
    group = settle_orphans(text, paras, quoted, claimed, found, group)
    found.sort(key=lambda q: (q.content.start, q.content.end))
    return _dedupe(found)


def _overlapping(quoted: list[Quoted], opens: list[int], start: int, end: int) -> list[Quoted]:
    """The quoted spans overlapping `[start, end)`; at most one of them opened before it."""
    lo = bisect_left(opens, start)
    if lo > 0 and quoted[lo - 1].close_end > start:
        lo -= 1
    return quoted[lo : bisect_left(opens, end)]


def _frame_quotes(
    text: str,
    frame: Frame,
    paragraph: Span,
    near: list[Quoted],
    claimed: set[int],
) -> Iterator[Quote]:
    """The quotes one frame attributes: quotes touching it, else its own content."""
    direct = left_direct = False
    for q in near:
        if id(q) in claimed or not q.double:
            continue
        # the quote must close inside the frame's sentence: `“A.” Russia insisted …` does not;
        # but a frame with nothing to report of its own takes the quote before it even when
        # Punkt split them (`“… on your behalf?” said David Plouffe`)
        bare = frame.lead == frame.left and (
            frame.rule == "content_cue_speaker.v1" or not frame.content
        )
        touches_left = (
            (frame.lead <= q.close_at or bare)
            and q.close_at <= frame.left
            and _only_between(text, q.close_end, frame.left)
        )
        if not touches_left and _appositive_gap(text, q, frame):
            # `“…,” his wife, Gabriela Lazar, wrote`, `“…,” Harry Bond, 30, of Raleigh, N.C.,
            # said`: the speaker and their appositives stand between quote and cue; the
            # name right after the quote speaks
            touches_left = True
            frame.speaker = _name_after(text, q, frame) or frame.speaker
        touches_right = q.open_at >= frame.right and (
            _only_between(text, frame.right, q.open_at)
            # `He said:` closing a paragraph introduces the quote paragraph that follows
            or _COLON_BREAK.fullmatch(text, frame.right, q.open_at) is not None
        )
        if not (touches_left or touches_right):
            continue
        if touches_right and not _quote_is_whole_rest(text, q, frame):
            continue  # `said “choose a sovereign…” and …`: a fragment, read as mixed below
        if touches_left and not _opens_clause(text, q, frame):
            continue  # `Yet Trump is also a “change agent,” Cole said`: mixed, below
        claimed.add(id(q))
        direct = True
        left_direct = left_direct or touches_left
        rule = "quote_trailing_cue.v1" if touches_left else "quote_leading_cue.v1"
        yield _quote(q.content, "direct", rule, frame, paragraph)
    if left_direct or not frame.content:
        return
    for content in frame.content:
        if direct and content.end > frame.left:
            continue  # the quote after the cue is the content; keep only what precedes it
        # `Obama “felt a moral obligation” on climate, Axelrod said. “This is …”`: the head
        # before the speaker is speech too, whatever follows the cue
        holds = [q for q in near if content.start <= q.open_at and q.close_at <= content.end + 1]
        inner = inner_cue(text, content, holds)
        if inner is not None:
            # `… to one of Trump's messages by saying, “Seriously, just stop lying.”`: the
            # quote is the direct quote of the inner cue, whose frame comes next
            holds = [q for q in holds if q.open_at < inner]
            content = before_inner(text, content, inner)
            if len(content) < 3:
                continue
        for q in holds:
            claimed.add(id(q))
        kind = "mixed" if holds else "indirect"
        last = holds[-1] if holds else None
        if (
            last is not None
            and last.open_at > content.start
            and last.close_end >= content.end - 1
            and _COLON_BEFORE.search(text, content.start, last.open_at) is not None
        ):
            # `McCaskill scolded him: “The scientific community is …,” the paper reported`:
            # the words before the colon lead into the quote, which is the content
            yield _quote(last.content, "direct", frame.rule, frame, paragraph)
            continue
        if holds:
            content = clip_mixed(
                text, content, holds[0].close_at, subordinate=subordinate(text, frame)
            )
        yield _quote(content, kind, frame.rule, frame, paragraph)


def _block_quote(text: str, frame: Frame, following: Span) -> Quote | None:
    """`The governor added:` closing a paragraph, then a paragraph without marks: a block
    quote, the speaker's words set off by layout instead of marks (`block_quote.v1`)."""
    if _COLON_BREAK.fullmatch(text, frame.right, following.start) is None:
        return None
    if text[following.start] in MARK_CHARS:
        return None  # a quoted paragraph: the marks settle it
    return Quote(
        content=following,
        type="direct",
        rule="block_quote.v1",
        confidence=0.0,
        paragraph=following,
        cue=frame.cue,
        speaker=frame.speaker,
    )


def _quote(content: Span, kind: str, rule: str, frame: Frame, paragraph: Span) -> Quote:
    return Quote(
        content=content,
        type=kind,
        rule=rule,
        confidence=0.0,
        paragraph=paragraph,
        cue=frame.cue,
        speaker=frame.speaker,
    )


_APPOSITIVE_GAP = re.compile(r"[^\n;:“”\"'‘’]{1,120}")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")


def _appositive_gap(text: str, q: Quoted, frame: Frame) -> bool:
    """An `appositive_cue.v1` frame right after a quote closing on a comma, with nothing
    between but the speaker's name and appositives: no sentence end, no other quote."""
    if frame.rule != "appositive_cue.v1" or not q.closed or frame.left < q.close_end:
        return False
    if text[q.content.end - 1 : q.content.end] != ",":
        return False
    gap = text[q.close_end : frame.left]
    return _APPOSITIVE_GAP.fullmatch(gap) is not None and not _SENTENCE_BREAK.search(gap)


def _name_after(text: str, q: Quoted, frame: Frame) -> Span | None:
    """The capitalised name right after the quote, before its first comma."""
    tokens = tokenize(text, q.close_end, frame.left)
    end = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    if end == 0 or not all(t.is_cap or t.text == "." for t in tokens[:end]):
        return None
    return Span(tokens[0].start, tokens[end - 1].end)


def _only_between(text: str, start: int, end: int) -> bool:
    return start <= end and _BETWEEN.fullmatch(text, start, end) is not None


def _opens_clause(text: str, q: Quoted, frame: Frame) -> bool:
    """The quote starts its sentence (or an earlier one): nothing but marks before it."""
    return q.open_at <= frame.lead or _only_between(text, frame.lead, q.open_at)


def _quote_is_whole_rest(text: str, q: Quoted, frame: Frame) -> bool:
    """The quote runs to the end of its sentence: it is the content, not a fragment of it."""
    tail = text[q.close_end : q.close_end + 40]
    return (
        q.paragraphs > 1
        or not q.closed
        or re.match(r"[\s,.!?;:”’\"]*(?:$|\n|[A-Z“\"])", tail) is not None
    )


def _dedupe(found: list[Quote]) -> list[Quote]:
    """Two frames may claim the same content (`said ... adding that`): keep the first."""
    kept: list[Quote] = []
    for quote in found:
        if kept and kept[-1].content == quote.content:
            continue
        kept.append(quote)
    return kept
