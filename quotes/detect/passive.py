"""`passive_cue.v1`: `The meeting was first reported by Politico.`, `Her death was confirmed by
the Eagle Forum.`: a passive cue with its agent after `by`; the clause subject is what was said.
After `as` the clause beside it is (`As reported by X, the Times broke …`, `…, as first
reported by X`).

Listener cues (`was told by`, `was asked by`) are left alone: their subject hears, it is not
what was said. A subject holding a comma or a relative (`The email, which was reported by …`)
is not taken whole: where it begins is unclear.
"""

from __future__ import annotations

from quotes.detect.content import clause_start, content_end, trim
from quotes.detect.frame import Frame
from quotes.detect.phrases import phrase_after, span_of
from quotes.detect.tokens import Token, is_ly_adverb
from quotes.lexicon.cues import CUE_ADVERBS, LISTENER_CUES, TIME_WORDS
from quotes.lexicon.grammar import DETERMINERS, PASSIVE_AUXILIARIES
from quotes.types import Span

# Words between a subject and a passive cue: `has been`, `was first`, `were widely`.
_AUXILIARIES = PASSIVE_AUXILIARIES | frozenset("has have had will would could may might".split())
_MAX_AGENT = 5  # words of an agent phrase without a name: `by a number of tax experts`
_NOT_AGENTS = TIME_WORDS | frozenset({"end", "time", "deadline"})
_NOT_IN_SUBJECT = frozenset(",;:—–―()") | frozenset({"which", "who", "that"})


def passive_frame(text: str, tokens: list[Token], i: int) -> Frame | None:
    """The frame of the passive cue at token `i` when `by` and an agent follow it."""
    cue = tokens[i]
    if cue.lower in LISTENER_CUES or i + 2 >= len(tokens) or tokens[i + 1].lower != "by":
        return None
    agent = phrase_after(tokens, i + 2, len(tokens)) or _plain_agent(tokens, i + 2)
    k = i
    while k > 0 and _adverb(tokens[k - 1]):
        k -= 1  # `was first reported`, `were widely echoed`
    if k == 0 or agent is None:
        return None
    if tokens[k - 1].lower == "as":
        return _as_frame(text, tokens, k - 1, i, agent)
    if tokens[k - 1].lower not in PASSIVE_AUXILIARIES:
        return None
    while k > 0 and tokens[k - 1].lower in _AUXILIARIES:
        k -= 1  # `has been`
    lead = clause_start(tokens, k)
    if lead >= k or any(
        t.text in _NOT_IN_SUBJECT or t.lower in _NOT_IN_SUBJECT for t in tokens[lead:k]
    ):
        return None
    content = trim(text, Span(tokens[lead].start, tokens[k - 1].end))
    if content is None:
        return None
    speaker = span_of(tokens, agent)
    return Frame(
        Span(cue.start, cue.end),
        "passive_cue.v1",
        speaker,
        [content],
        left=cue.start,
        lead=tokens[lead].start,
        right=speaker.end,
    )


def _as_frame(
    text: str, tokens: list[Token], k: int, i: int, agent: tuple[int, int]
) -> Frame | None:
    """`As reported by X, the Times broke the story`, `…, as first reported by X`: the clause
    after the agent, or the head before `as`, is what X reported."""
    j = agent[1]
    if clause_start(tokens, k) == k and j < len(tokens) and tokens[j].text == ",":
        content = trim(text, Span(tokens[j].end, content_end(tokens, j)))
    elif k > 1 and tokens[k - 1].text == ",":
        content = trim(text, Span(tokens[clause_start(tokens, k - 1)].start, tokens[k - 1].start))
    else:
        return None
    if content is None:
        return None
    speaker = span_of(tokens, agent)
    cue = Span(tokens[i].start, tokens[i].end)
    return Frame(cue, "passive_cue.v1", speaker, [content], left=cue.start, right=speaker.end)


def _plain_agent(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """`by a number of tax experts`: a determiner and a few plain words up to punctuation."""
    if tokens[k].lower not in DETERMINERS:
        return None
    j = k + 1
    while j < len(tokens) and j - k < _MAX_AGENT and tokens[j].is_word:
        if tokens[j].lower in _NOT_AGENTS:
            return None  # `reported by the end of the week`: a time, not an agent
        j += 1
    return (k, j) if j > k + 1 else None


def _adverb(token: Token) -> bool:
    return token.lower not in _AUXILIARIES and (token.lower in CUE_ADVERBS or is_ly_adverb(token))
