"""Frames whose speaker is not the phrase right before the cue: a clause's subject or a
relative clause's antecedent.

- `relative_cue.v1`    `The changes, which officials said will go into effect, …`
- `participle_cue.v1`  `China dismissed …, saying they were …`: the clause subject speaks;
                       `Noting he majored in philosophy, Allen said …`: the main clause's subject
- `conjoined_cue.v1`   `Taiwan objects … and says only …`: the clause subject speaks

`frames.py` decides which of these reads a cue; the subject phrase itself is found in
`speakers.py`.
"""

from __future__ import annotations

from quotes.detect.content import trim
from quotes.detect.frame import Frame
from quotes.detect.phrases import phrase_after, span_of
from quotes.detect.speakers import subject_phrase
from quotes.detect.tokens import Token
from quotes.lexicon.grammar import PREPOSITIONS
from quotes.types import Span


def relative_frame(
    text: str, tokens: list[Token], i: int, before: tuple[int, int], cue: Span, right: int
) -> Frame | None:
    """`The changes, which officials said will go into effect …`: content to the next comma."""
    k = i + 1
    while k < len(tokens) and tokens[k].text not in ",;.!?—":
        k += 1
    content = trim(text, Span(right, tokens[k - 1].end)) if k > i + 1 else None
    if content is None or tokens[i + 1].lower in PREPOSITIONS | {"as", "to", "about", "by"}:
        return None  # `which China claims as its own territory`: an object, not a clause
    speaker = span_of(tokens, before)
    return Frame(cue, "relative_cue.v1", speaker, [content], left=speaker.start, right=right)


def opening_participle(text: str, tokens: list[Token]) -> Frame | None:
    """`Noting he majored in philosophy during college, Allen said …`: a participle cue opening
    the sentence reports the clause up to its comma; the main clause's subject speaks
    (`participle_cue.v1`)."""
    comma = next((k for k in range(1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None or comma < 3:
        return None
    subject = phrase_after(tokens, comma + 1, len(tokens))
    if subject is None or subject[1] >= len(tokens) or not tokens[subject[1]].is_word:
        return None  # no subject with its verb after the comma
    start = tokens[2].start if tokens[1].lower == "that" else tokens[1].start
    content = trim(text, Span(start, tokens[comma - 1].end))
    if content is None:
        return None
    cue = Span(tokens[0].start, tokens[0].end)
    speaker = span_of(tokens, subject)
    return Frame(cue, "participle_cue.v1", speaker, [content], left=cue.start, right=start)


def subject_frame(
    tokens: list[Token], i: int, cue: Span, right: int, end: int, rule: str
) -> Frame | None:
    subject = subject_phrase(tokens, i)
    content = [Span(right, end)] if end > right else None
    speaker = span_of(tokens, subject) if subject is not None else None
    # without a subject the frame may still borrow the speaker of the frame before it
    return Frame(cue, rule, speaker, content, left=cue.start, right=right, subject_hint=True)
