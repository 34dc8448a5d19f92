"""Span trimming and one-to-one matching, as the evaluation README defines them.

Spans are half-open `(start, end)` character ranges into an article's text. Before comparing,
both gold and predicted spans are trimmed of whitespace, quote marks, edge punctuation and a
leading "that", so that annotation conventions (marks inside or outside, a complementiser kept
or not, a final full stop) do not decide whether a quote was found.
"""

from __future__ import annotations

from collections.abc import Sequence

Interval = tuple[int, int]

# Every quote mark seen in news text, straight, curly, guillemets, low-9 and the backtick pairs
# of Penn-Treebank-style text (a "``" is two backticks, stripped one at a time).
QUOTE_MARKS = frozenset("\"'“”‘’«»„‟‚‛‹›`´″′")
# Punctuation that ends or brackets a clause but never carries the words themselves.
EDGE_PUNCTUATION = frozenset(".,;:!?…—–-‐‑()[]{}*/\\|")
_STRIP = QUOTE_MARKS | EDGE_PUNCTUATION
# "that" is a complementiser only before a space or an opening mark: "that’s" must stay whole.
_AFTER_THAT = frozenset('"“«„`‘')
_THAT = "that"


def trim(text: str, start: int, end: int) -> Interval:
    """The span `[start, end)` of `text` without edge whitespace, marks, punctuation, "that"."""
    start, end = max(0, start), min(len(text), end)
    while True:
        start, end = _strip_edges(text, start, end)
        if not _starts_with_that(text, start, end):
            return start, max(start, end)
        start += len(_THAT)


def _strip_edges(text: str, start: int, end: int) -> Interval:
    while start < end and (text[start].isspace() or text[start] in _STRIP):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _STRIP):
        end -= 1
    return start, end


def _starts_with_that(text: str, start: int, end: int) -> bool:
    after = start + len(_THAT)
    if after >= end or text[start:after].lower() != _THAT:
        return False
    return text[after].isspace() or text[after] in _AFTER_THAT


def overlap(a: Interval, b: Interval) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: Interval, b: Interval) -> bool:
    """True when the spans share at least half of the longer one (and at least one character)."""
    shared = overlap(a, b)
    longer = max(a[1] - a[0], b[1] - b[0])
    return shared > 0 and 2 * shared >= longer


def spans_touch(span: Interval | None, others: Sequence[Interval]) -> bool:
    """True when `span` shares a character with any of `others` (speaker-mention agreement)."""
    return span is not None and any(overlap(span, other) > 0 for other in others)


def greedy_match(
    predicted: Sequence[Interval],
    gold: Sequence[Interval],
    *,
    prefer: Sequence[bool] | None = None,
) -> dict[int, int]:
    """One-to-one matching of predicted to gold spans, greedy by overlap: `{pred_i: gold_i}`.

    All matching pairs are sorted by overlap, largest first; a pair is taken when neither side
    is taken yet. Ties go to the tighter pair (shorter longer side), then to gold spans flagged
    in `prefer` (speech before other attributions, when one prediction hits nested gold spans),
    then to document order, so the result is deterministic.
    """
    pairs = []
    for p, pred in enumerate(predicted):
        for g, gold_span in enumerate(gold):
            if spans_match(pred, gold_span):
                longer = max(pred[1] - pred[0], gold_span[1] - gold_span[0])
                preferred = bool(prefer[g]) if prefer is not None else False
                pairs.append((-overlap(pred, gold_span), longer, not preferred, p, g))
    pairs.sort()
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, _, p, g in pairs:
        if p not in matches and g not in taken:
            matches[p] = g
            taken.add(g)
    return matches
