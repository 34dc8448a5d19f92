"""`according_to.v1`: `According to X, the plan is dead.` and `The plan is dead, according to X.`

The source is everything from `according to` up to the next comma or the sentence end, so long
sources stay whole (`according to an analysis of Federal Election Commission data by Crowdpac`).
"""

from __future__ import annotations

from quotes.detect.content import LEAD_INS, clause_start, content_end, kept, trim
from quotes.detect.frame import Frame
from quotes.detect.phrases import span_of
from quotes.detect.tokens import Token
from quotes.types import Span


def according_to_frame(text: str, tokens: list[Token], i: int) -> Frame | None:
    """The frame of `according to` at token `i`, with its content on whichever side it is."""
    stop = i + 2
    while stop < len(tokens) and tokens[stop].text not in ",;:.!?—" and stop - i < 30:
        stop += 1
    if stop == i + 2 or not any(t.is_word for t in tokens[i + 2 : stop]):
        return None
    source = (i + 2, stop)
    cue = Span(tokens[i].start, tokens[i + 1].end)
    speaker = span_of(tokens, source)
    frame = Frame(cue, "according_to.v1", speaker, left=cue.start, right=speaker.end)
    end = content_end(tokens)
    if i == 0 or tokens[i - 1].lower in LEAD_INS:
        # `According to X, the plan is dead.`: content after the comma that closes X
        for j in range(source[1], len(tokens)):
            if tokens[j].text == ",":
                frame.content = kept(trim(text, Span(tokens[j].end, end)))
                break
    elif tokens[i - 1].text == ",":
        lead = clause_start(tokens, i - 1)
        frame.content = kept(trim(text, Span(tokens[lead].start, tokens[i - 1].start)))
    return frame if frame.content else None
