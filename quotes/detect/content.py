"""Where reported content begins around a cue, and how its edges are trimmed.

Content after a cue skips a listener (`told reporters`), times and media (`in a statement on
Monday`), a setting before a quote (`said at a rally in Ohio, “…”`) and a `that`. Where it ends
(before a second report, a contrast, the writer's next clause) is in `ends.py`.
"""

from __future__ import annotations

import re

from quotes.detect.ends import next_report, second_report
from quotes.detect.phrases import DETERMINERS, phrase_after
from quotes.detect.tokens import Token
from quotes.lexicon.cues import (
    INFINITIVE_CUES,
    LISTENER_CUES,
    QUOTE_CUES,
    SPEECH_CUES,
    TIME_WORDS,
)
from quotes.lexicon.grammar import (
    ADJUNCT_WORDS,
    CLAUSE_SUBJECTS,
    LEAD_INS,
    OBJECT_PRONOUNS,
    SETTING_OPENERS,
    SETTING_PREPOSITIONS,
)
from quotes.lexicon.marks import ALL_MARKS
from quotes.types import Span

MARK_CHARS = ALL_MARKS  # a token made of one of these is (part of) a quotation mark
_ADJUNCTS = TIME_WORDS | ADJUNCT_WORDS
_REPORT_VERBS = SPEECH_CUES | QUOTE_CUES
_ASIDE_WORDS = OBJECT_PRONOUNS | frozenset({"then"})
_ASIDE_PREPOSITIONS = frozenset("in at on during before to with".split())
_LOOKAHEAD = 10  # tokens after the cue in which `that` or a quote may still open the content
_DATELINE = re.compile(r"[A-Z][A-Z.]+(?:[ ,]+[A-Z][A-Za-z.]*)*(?: \(\w+\))?\s*[―—–-]+\s*")


def content_start(text: str, tokens: list[Token], k: int) -> tuple[int, bool]:
    """Offset where the content after a cue begins, and whether it clearly opens there.

    Skips a listener (`told reporters`), times (`on Monday`), `in a statement` and a final
    `that`, `:` or `,`. The content clearly opens after `that`, a colon or a quote mark.
    """
    n = len(tokens)
    cue = tokens[k - 1]
    if cue.lower in LISTENER_CUES and k < n:
        listener = phrase_after(tokens, k, n)
        if listener is not None:
            k = listener[1]
        elif tokens[k].lower in OBJECT_PRONOUNS:
            k += 1  # `assured him it was done`
        elif k + 1 < n and tokens[k + 1].lower == "that" and tokens[k].is_word:
            k += 1  # `reminding viewers that …`
    setting = _setting_that(tokens, k)
    if setting is not None:
        return tokens[setting + 1].start, True  # `said on ABC’s “This Week” that`
    for j in range(k, min(n, k + _LOOKAHEAD)):
        token = tokens[j]
        if token.lower == "that" and j + 1 < n:
            if all(is_adjunct(t) for t in tokens[k:j]):
                return tokens[j + 1].start, True  # `said in a statement Monday that`
            break  # `a civilian craft that drifted`: a relative clause inside the content
        if token.text == ":" and j + 1 < n:
            return tokens[j + 1].start, True
        if token.text in MARK_CHARS:
            if all(t.text == "," for t in tokens[k:j]) or _setting_before(tokens, k, j):
                return token.start, True  # the quote opens right after the cue (or its setting)
            return _after_adjuncts(tokens, k), True  # a quoted fragment inside the content
        if token.text in ".;!?" or (token.text == "," and second_report(tokens, j + 1)):
            break  # `wrote to investors, telling them …`: what follows is another frame's
    start = _after_adjuncts(tokens, k)
    at = next((j for j in range(k, len(tokens)) if tokens[j].start >= start), len(tokens))
    first = tokens[at] if at < len(tokens) else None
    if first is not None and first.lower in CLAUSE_SUBJECTS and not _reported_aside(tokens, at):
        # `notes they were appointed`: a pronoun opens a clause (but `are continuing, he
        # said`: another report of the same words)
        return start, True
    if first is not None and first.lower == "to" and cue.lower in INFINITIVE_CUES:
        return start, True  # `vowed to expand military cooperation`
    return start, False


def _setting_before(tokens: list[Token], k: int, j: int) -> bool:
    """`saying during the debate last week, “…”`: a setting set off by a comma between the
    cue and the quote opening at `j`."""
    return (
        j - k >= 2
        and tokens[j - 1].text == ","
        and tokens[k].lower in SETTING_OPENERS
        and not any(
            t.lower in CLAUSE_SUBJECTS or t.lower == "that" or t.lower in _REPORT_VERBS
            for t in tokens[k:j]
        )  # `responded to the message by saying, “…”`: the quote is the inner cue's
    )


def _reported_aside(tokens: list[Token], k: int) -> bool:
    """`…, he said` after a comma: a speaker and cue set off by commas, no content."""
    return k > 0 and tokens[k - 1].text == "," and next_report(tokens, k)


_SETTING_REACH = 20  # tokens from the preposition to `that`


def _setting_that(tokens: list[Token], k: int) -> int | None:
    """Index of the `that` closing a setting that opens with a preposition right after the
    cue (`said on ABC’s “This Week” that`, `said in 2012 that`), or None. Not after `to`
    (`urged China to refrain from actions that …`): that `that` is a relative."""
    if k >= len(tokens) or tokens[k].lower not in SETTING_PREPOSITIONS:
        return None
    for j in range(k + 1, min(len(tokens) - 1, k + _SETTING_REACH)):
        if tokens[j].text in ".;!?:,":
            return None
        if tokens[j].lower == "that":
            return j
    return None


def skip_adjuncts(tokens: list[Token], k: int) -> int:
    """Index of the first token from `k` that is not a time, place, medium or name."""
    while k < len(tokens) and (tokens[k].is_cap or tokens[k].lower in _ADJUNCTS):
        k += 1
    return k


def aside_end(tokens: list[Token], k: int) -> int:
    """Index of the first token from `k` past what may follow a cue inside a parenthetical
    speaker aside: times, places, media, a listener (`he told me on Friday,`), `then`, and a
    prepositional phrase without a clause (`explained earlier in the committee hearing,`)."""
    k = skip_adjuncts(tokens, k)
    if k < len(tokens) and tokens[k].lower in _ASIDE_WORDS:
        k = skip_adjuncts(tokens, k + 1)  # `told me on Friday`, `said then`
    if k < len(tokens) and tokens[k].lower in _ASIDE_PREPOSITIONS:
        j = k + 1
        while j < len(tokens) and j - k < 8 and tokens[j].is_word:
            if tokens[j].lower in CLAUSE_SUBJECTS or tokens[j].lower == "that":
                return k
            j += 1
        return j
    return k


def is_adjunct(token: Token) -> bool:
    """Words that may stand between a cue and its `that`: times, places, listeners, media."""
    return token.is_cap or token.text == "," or token.lower in _ADJUNCTS


def _after_adjuncts(tokens: list[Token], k: int) -> int:
    n = len(tokens)
    while k < n and (
        tokens[k].lower in TIME_WORDS or tokens[k].lower == "on" or tokens[k].text == ","
    ):
        k += 1
    return tokens[k].start if k < n else tokens[-1].end


def ends_clause(tokens: list[Token], k: int) -> bool:
    """Nothing but punctuation or a time follows the cue: `..., the ministry noted.`, `Caddell
    continued:` (the quote paragraph after it is the content)."""
    return all(
        t.text in ".,;:!?" or t.lower in TIME_WORDS or t.lower == "on" or t.text in MARK_CHARS
        for t in tokens[k:]
    )


def comma_before(tokens: list[Token], at: int, lead: int) -> int | None:
    """The comma ending the content before a speaker: `…, he said` or `…,” he said`."""
    k = at - 1
    while k > lead and tokens[k].text in MARK_CHARS:
        k -= 1  # step over closing marks, `''` being two tokens
    if k >= lead and tokens[k].text == "," and k > lead:
        return k
    return None


def clause_start(tokens: list[Token], limit: int) -> int:
    k = 0
    while k < limit - 1 and tokens[k].lower in LEAD_INS:
        k += 1
    return k


def trim(text: str, span: Span) -> Span | None:
    """Drop spaces, edge commas and dashes, and a leading `that`; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()  # `WASHINGTON ― …`, `CHARLOTTE, N.C. (AP) — …`
    if end - start < 3 or text[start:end].lower() in DETERMINERS:
        return None
    return Span(start, end)


def kept(*spans: Span | None) -> list[Span] | None:
    kept = [span for span in spans if span is not None]
    return kept or None
