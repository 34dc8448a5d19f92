"""`asked_question.v1`: a question put to someone is speech too, its asker the speaker.

`Asked whether he would run, Smith said …`, `… said when asked by a reporter if …`,
`Palmieri was asked about the donations`. The content is the question, from its wh-word (or
`about`) to the next comma or the sentence end; the speaker is the asker when `by X` names
them, else unnamed (null), as in news the asker is mostly an unnamed reporter.
"""

from __future__ import annotations

from quotes.detect.content import MARK_CHARS, kept, trim
from quotes.detect.frame import Frame
from quotes.detect.phrases import phrase_after, span_of
from quotes.detect.tokens import Token
from quotes.lexicon.grammar import LEAD_INS, PASSIVE_AUXILIARIES, QUESTION_OPENERS, SCENE_SETTERS
from quotes.types import Span

_REACH = 10  # tokens from `asked` (or its `by X`) to the question word, over times and places
_BEFORE = PASSIVE_AUXILIARIES | SCENE_SETTERS | LEAD_INS | {",", "(", "—", "–"}


def question_frame(text: str, tokens: list[Token], i: int) -> Frame | None:
    """The frame of a passive or scene-setting `asked` at token `i` (`when asked if …`,
    `Asked about …,`, `was asked whether …`); None for `X asked Y …` (a speaker's verb)."""
    if tokens[i].lower != "asked" or (i > 0 and tokens[i - 1].lower not in _BEFORE):
        return None
    n = len(tokens)
    k, speaker = i + 1, None
    if k < n and tokens[k].lower == "by":
        asker = phrase_after(tokens, k + 1, n)
        if asker is not None:
            speaker, k = span_of(tokens, asker), asker[1]
    opener = next(
        (j for j in range(k, min(n, k + _REACH)) if tokens[j].lower in QUESTION_OPENERS), None
    )
    if opener is None or any(t.text in ".;!?" or t.text in MARK_CHARS for t in tokens[k:opener]):
        return None
    end = next((j for j in range(opener + 1, n) if tokens[j].text in ",;:.!?"), n)
    if end == n or end == opener + 1 or any(t.text in MARK_CHARS for t in tokens[opener:end]):
        return None  # quoted words are settled by their marks
    content = trim(text, Span(tokens[opener].start, tokens[end - 1].end))
    cue = Span(tokens[i].start, tokens[i].end)
    right = tokens[opener].start
    return Frame(cue, "asked_question.v1", speaker, kept(content), left=cue.start, right=right)
