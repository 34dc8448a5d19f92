"""`according_to.v1`: `According to X, the plan is dead.`, `The plan is dead, according to X.`
and, set off by commas after a short head, content on both sides (`Fundraising, according to
the campaign, has surged`).

The source is everything from `according to` up to the next comma or the sentence end, so long
sources stay whole (`according to an analysis of Federal Election Commission data by Crowdpac`).
"""

from __future__ import annotations

from quotes.detect.content import LEAD_INS, clause_start, kept, trim
from quotes.detect.ends import content_end
from quotes.detect.frame import Frame
from quotes.detect.phrases import phrase_after, span_of
from quotes.detect.tokens import Token
from quotes.lexicon.cues import PARTICIPLE_CUES
from quotes.lexicon.grammar import HANGERS, PREPOSITIONS
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
        head = trim(text, Span(tokens[lead].start, tokens[i - 1].start))
        tail = None
        if (
            i - 1 - lead <= _SHORT_HEAD
            and stop + 1 < len(tokens)
            and tokens[stop].text == ","
            and _continues(tokens, stop + 1)
        ):
            # `Fundraising, according to the campaign, has surged`: content on both sides
            tail = trim(text, Span(tokens[stop].end, content_end(tokens, stop)))
        frame.content = kept(head, tail)
    return frame if frame.content else None


def _continues(tokens: list[Token], k: int) -> bool:
    """After `, according to X,` the sentence goes on with its own clause (`has surged`,
    `Trump made further demands`), not a hanger (`, but …`, `, who …`, `, a huge sum`) or an
    appositive of X (`according to WKOW, the ABC affiliate in Madison`)."""
    if not tokens[k].is_word or tokens[k].lower in _NOT_CONTINUING:
        return False
    phrase = phrase_after(tokens, k, len(tokens))
    if phrase is None:
        return True
    j = phrase[1]
    if j < len(tokens) and tokens[j].is_word and not tokens[j].is_cap:
        j += 1  # the phrase's lowercase head: `the ABC affiliate`
    return j < len(tokens) and tokens[j].is_word and tokens[j].lower not in PREPOSITIONS


_SHORT_HEAD = 8  # tokens: a subject or a setting, not a whole clause
_NOT_CONTINUING = HANGERS | PARTICIPLE_CUES | frozenset({"a", "an", "citing", "or", "so"})
