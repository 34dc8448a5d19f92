"""`passive_cue.v1`: speech reported in the passive, its content the subject.

- `passive_frame`: `The registration issue was first reported by The Washington Post.`,
  `While a curfew was announced from midnight …`, `Mr. Quiros was accused of using $50
  million …`: for cues whose passive reports speech (`lexicon/cues.py: PASSIVE_CUES`), what
  was reported, announced or alleged is the subject before the auxiliary; the speaker is the
  agent after `by`, else unnamed (null), as the passive hides it.
- `agent_passive_frame`: any other speech cue in the passive with its agent after `by`
  (`Her death was confirmed by the Eagle Forum.`, `… were echoed by a number of tax
  experts`), and after `as` the clause beside it (`As reported by X, the Times broke …`,
  `…, as first reported by X`).

Listener cues (`was told`, `was asked`) are left alone: their subject hears, it is not what
was said. A negated passive (`was not announced`) reports nothing.
"""

from __future__ import annotations

from quotes.detect.content import MARK_CHARS, clause_start, trim
from quotes.detect.ends import content_end
from quotes.detect.frame import Frame
from quotes.detect.phrases import phrase_after, span_of
from quotes.detect.tokens import Token, is_ly_adverb
from quotes.lexicon.cues import CUE_ADVERBS, LISTENER_CUES, PASSIVE_CUES, TIME_WORDS
from quotes.lexicon.grammar import (
    CLAUSE_SUBJECTS,
    DETERMINERS,
    LEAD_INS,
    MODALS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    SCENE_SETTERS,
)
from quotes.types import Span

_SUBJECT_REACH = 8  # words of a subject: longer stretches are clauses, not a noun phrase
# What may stand before the cue's auxiliary in its verb chain: more auxiliaries, modals,
# negation and adverbs (`has not yet been disclosed`, read to be refused).
_CHAIN = PASSIVE_AUXILIARIES | MODALS | CUE_ADVERBS | NEGATIONS | {"yet"}
_BREAKS = (
    frozenset({",", ";", ":", "—", "–", "(", "that", "which", "who"})
    | SCENE_SETTERS
    | frozenset({"if", "whether", "because", "although", "though", "unless"})
)


def passive_frame(text: str, tokens: list[Token], i: int) -> Frame | None:
    """The frame of the passive cue at token `i` (`was first reported by X`), or None."""
    if tokens[i].lower not in PASSIVE_CUES:
        return None
    aux = i - 1
    while aux > 0 and tokens[aux].lower in CUE_ADVERBS - PASSIVE_AUXILIARIES:
        aux -= 1  # `was first reported`, `has been repeatedly accused`
    if aux <= 0 or tokens[aux].lower not in PASSIVE_AUXILIARIES:
        return None
    while aux > 0 and tokens[aux - 1].lower in _CHAIN:
        aux -= 1  # `has been reported`, `will be released`, `was also first reported`
    if any(t.lower in NEGATIONS or t.lower.endswith(("n't", "n’t")) for t in tokens[aux:i]):
        return None  # `was not announced until Friday`: nothing was said
    start = aux
    while start > 0 and tokens[start - 1].lower not in _BREAKS and aux - start < _SUBJECT_REACH:
        start -= 1
    while start < aux and tokens[start].lower in LEAD_INS:
        start += 1
    subject = tokens[start:aux]
    if (
        not subject
        or (start > 0 and tokens[start - 1].lower not in _BREAKS)  # ran out of reach
        or any(t.text in MARK_CHARS for t in subject)
        or (len(subject) == 1 and subject[0].lower.split("’")[0].split("'")[0] in CLAUSE_SUBJECTS)
        or subject[0].lower in PREPOSITIONS  # `for the allegiances … to be declared`
        or not any(t.is_word for t in subject)
    ):
        return None
    content = trim(text, Span(subject[0].start, subject[-1].end))
    if content is None:
        return None
    speaker = None
    if i + 1 < len(tokens) and tokens[i + 1].lower == "by":
        if any(t.lower in _NOT_AGENTS for t in tokens[i + 2 : i + 2 + _MAX_AGENT]):
            return None  # `was reported by the end of the week`: a deadline, not an agent
        agent = phrase_after(tokens, i + 2, len(tokens)) or _plain_agent(tokens, i + 2)
        if agent is not None:
            speaker = span_of(tokens, agent)
    cue = Span(tokens[aux].start, tokens[i].end)
    return Frame(cue, "passive_cue.v1", speaker, [content], left=cue.start, right=cue.end)


# Words between a subject and a passive cue: `has been`, `was first`, `were widely`.
_AGENT_AUXILIARIES = PASSIVE_AUXILIARIES | MODALS | {"has", "have", "had"}
_MAX_AGENT = 5  # words of an agent phrase without a name: `by a number of tax experts`
_NOT_AGENTS = TIME_WORDS | frozenset({"end", "time", "deadline"})
_NOT_IN_SUBJECT = frozenset(",;:—–―()") | frozenset({"which", "who", "that"})


def agent_passive_frame(text: str, tokens: list[Token], i: int) -> Frame | None:
    """The frame of any passive speech cue at token `i` when `by` and an agent follow it, or
    of `as reported by X` beside a clause."""
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
    while k > 0 and tokens[k - 1].lower in _AGENT_AUXILIARIES:
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
    return token.lower not in _AGENT_AUXILIARIES and (
        token.lower in CUE_ADVERBS or is_ly_adverb(token)
    )
