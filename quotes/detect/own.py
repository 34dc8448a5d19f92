"""The speaker of a quoted sentence named in that very sentence, whatever its verb.

- `own_sentence.v1`    a quote no frame claims, long enough to be speech, whose own sentence
                       names who speaks: after it (`“…,” she went on.`, `“…,” the editorial
                       thundered`, `“…,” reads a Wednesday editorial`, `“…,” according to a
                       study`, `“…,” Nate Silver, the polling guru, tweeted`) or before it, as
                       the phrase before the verb nearest the quote (`what Newt Gingrich
                       called “…”`), else the clause subject and its verb (`As The Post's Dana
                       Milbank puts it, “…”`, `Kaine has adopted the stance -- “…”`), or a
                       source after a dash (`Pollsters agree - Carl Bialik: “…”`). The
                       sentence's own speaker beats the speaker of the latest quote nearby
                       (`nearest_speaker.v1`), who spoke in another sentence.
- `colon_paragraph.v1` a quote-only paragraph after a paragraph closing on a colon with no
                       listed cue (`Trump issued the following statement:`): the speaker of
                       that lead-in, found the same way.
A relative `who` or `which` as the subject is left alone: the name it stands for sits behind
an appositive, often out of reach (`Jane Doe, 59, of Ashton, Md., who watched …`).
"""

from __future__ import annotations

from quotes.detect.adverbs import skip_adverbs_left
from quotes.detect.lead import is_lead_verb, sentence_start
from quotes.detect.marks import Quoted
from quotes.detect.phrases import phrase_after, phrase_before, span_of
from quotes.detect.speakers import before_appositive, subject_phrase
from quotes.detect.tokens import Token, tokenize
from quotes.lexicon.abbreviations import TITLE_ABBREVIATIONS
from quotes.lexicon.grammar import DASHES, DETERMINERS, NOT_VERBS, PREPOSITIONS, RELATIVES
from quotes.types import Span

_AFTER_REACH = 160  # characters after the quote where `she went on` may sit
_CLAUSE_END = frozenset(".;!?:")
_OPEN_ENDED = (",", "!", "?", "—")  # a quote ending so runs on into its sentence
_HEAD_REACH = 4  # words of an unlisted speaker noun phrase: `a welcome message there reads`


def own_speaker(text: str, q: Quoted, paragraph: Span) -> tuple[Span, Span] | None:
    """Speaker and cue of `q` from its own sentence, or None; `paragraph` may be cut to the
    stretch between the quotes either side of `q`."""
    return _after(text, q, paragraph) or _before(text, q, paragraph)


def _after(text: str, q: Quoted, paragraph: Span) -> tuple[Span, Span] | None:
    """`“…,” she went on.`, `“…,” reads a Wednesday editorial`: a clause after a quote that
    does not end its sentence."""
    if not q.closed or text[q.content.end - 1 : q.content.end] not in _OPEN_ENDED:
        return None
    tokens = tokenize(text, q.close_end, min(paragraph.end, q.close_end + _AFTER_REACH))
    ends = (
        k for k, t in enumerate(tokens) if t.text in _CLAUSE_END and not _abbreviates(tokens, k)
    )
    n = next(ends, len(tokens))
    tokens = tokens[:n]
    if len(tokens) < 2:
        return None
    if [t.lower for t in tokens[:2]] == ["according", "to"]:
        phrase = phrase_after(tokens, 2, len(tokens))
        cue = Span(tokens[0].start, tokens[1].end)
        return None if phrase is None else (span_of(tokens, phrase), cue)
    return _speaker_first(tokens) or _verb_first(tokens)


def _speaker_first(tokens: list[Token]) -> tuple[Span, Span] | None:
    """`she went on`, `Rep. Jim Jordan (R-Ohio) said`, `Nate Silver, the polling guru who
    founded the site, tweeted`, `the editorial thundered`, `a message there reads`."""
    phrase = phrase_after(tokens, 0, len(tokens))
    if phrase is not None:
        after = _past_aside(tokens, phrase[1])
        if after < len(tokens) and _is_verb(tokens[after]):
            return span_of(tokens, phrase), _span(tokens[after])
        if after < len(tokens) and tokens[after].text == ",":
            verbs = (j for j in range(after + 1, len(tokens)) if is_lead_verb(tokens[j]))
            if (verb := next(verbs, None)) is not None:
                return span_of(tokens, phrase), _span(tokens[verb])
    if tokens[0].lower in DETERMINERS:  # an unlisted head noun: `the email read.`
        for j in range(2, min(len(tokens), _HEAD_REACH + 1)):
            if not _is_verb(tokens[j]):
                break
            if is_lead_verb(tokens[j]) or _closes(tokens, j + 1):
                return span_of(tokens, (0, j)), _span(tokens[j])
    return None


def _verb_first(tokens: list[Token]) -> tuple[Span, Span] | None:
    """`reads a Courier editorial`, `read the statement, which …`, `said the 46-year-old`."""
    if not _is_verb(tokens[0]):
        return None
    phrase = phrase_after(tokens, 1, len(tokens))
    if phrase is None and tokens[1].lower in DETERMINERS:  # an unlisted head noun
        reach = min(len(tokens), _HEAD_REACH + 1)
        heads = (j for j in range(3, reach + 1) if _closes(tokens, j))
        end = next(heads, None)
        if end is not None and all(_is_verb(t) for t in tokens[2:end]):
            return span_of(tokens, (1, end)), _span(tokens[0])
    if phrase is None:
        return None
    end = phrase[1]
    if end < len(tokens) and _is_verb(tokens[end]) and tokens[end - 1].is_cap:
        end += 1  # `reads a Courier editorial`: an unlisted head after a name
    if _closes(tokens, end):
        return span_of(tokens, (phrase[0], end)), _span(tokens[0])
    return None


def colon_lead(text: str, paragraphs: list[Span], index: int) -> tuple[Span, Span] | None:
    """`Trump issued the following statement:` closing the paragraph before a quote-only
    paragraph: the speaker of that lead-in, or None."""
    if index == 0 or text[paragraphs[index - 1].end - 1] != ":":
        return None
    prev = paragraphs[index - 1]
    return _lead_speaker(tokenize(text, sentence_start(text, prev, prev.end - 1), prev.end))


def _before(text: str, q: Quoted, paragraph: Span) -> tuple[Span, Span] | None:
    """The speaker in the clause leading into the quote (see the module docstring)."""
    return _lead_speaker(tokenize(text, sentence_start(text, paragraph, q.open_at), q.open_at))


def _lead_speaker(tokens: list[Token]) -> tuple[Span, Span] | None:
    if not any(t.is_word for t in tokens):
        return None
    if len(tokens) >= 2 and tokens[-1].text == ":":
        # `Pollsters agree - Carl Bialik: “…”`, `Rep. Ann Lowe (D-Ohio): “…”`, `From the report:`
        name = phrase_before(tokens, skip_adverbs_left(tokens, len(tokens) - 1, 0))
        if name is not None and (
            name[0] == 0
            or tokens[name[0] - 1].text in DASHES
            or (name[0] == 1 and tokens[0].lower == "from")
        ):
            return span_of(tokens, name), _span(tokens[-1])
    verbs = [k for k, t in enumerate(tokens) if k > 0 and is_lead_verb(t)]
    if verbs:  # `what Newt Gingrich called “…”`, `Jane Doe, 59, a nurse, said …`
        end = skip_adverbs_left(tokens, verbs[-1], 0)
        speaker = phrase_before(tokens, end)
        if speaker is None and end > 0 and tokens[end - 1].text == ",":
            speaker = before_appositive(tokens, end - 1)
        if (
            speaker is not None
            and tokens[speaker[1] - 1].lower not in DETERMINERS
            and tokens[speaker[0]].lower not in RELATIVES
        ):
            return span_of(tokens, speaker), _span(tokens[verbs[-1]])
    k = 1 if tokens[0].lower == "as" else 0  # `As X puts it, “…”`
    subject = subject_phrase(tokens[k:], len(tokens) - k)
    if subject is None:
        return None
    start, end = subject[0] + k, subject[1] + k
    if (
        end >= len(tokens)
        or not _is_verb(tokens[end])
        or tokens[end - 1].lower in DETERMINERS  # `The event “was …”`: no speaker
        or tokens[start].lower in RELATIVES
    ):
        return None
    return span_of(tokens, (start, end)), _span(tokens[end])


def _past_aside(tokens: list[Token], j: int) -> int:
    """The token after a parenthetical opening at `j` (`(R-Ohio)`), else `j`."""
    if j < len(tokens) and tokens[j].text == "(":
        close = next(
            (k for k in range(j + 1, min(len(tokens), j + 8)) if tokens[k].text == ")"), None
        )
        if close is not None:
            return close + 1
    return j


def _abbreviates(tokens: list[Token], k: int) -> bool:
    """A period that closes an abbreviation, not the sentence: before a comma (`McConnell,
    R-Ky., said`) or after a title or an initial (`Rep. Jim Jordan`, `George W. Bush`)."""
    if tokens[k].text != ".":
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text == ",":
        return True
    prev = tokens[k - 1] if k > 0 else None
    return (
        prev is not None
        and prev.end == tokens[k].start
        and prev.is_cap
        and (prev.lower in TITLE_ABBREVIATIONS or len(prev.text) == 1)
    )


def _closes(tokens: list[Token], j: int) -> bool:
    """Token `j` ends the clause after a speaker: the end, a comma or a preposition."""
    return j == len(tokens) or tokens[j].text == "," or tokens[j].lower in PREPOSITIONS


def _is_verb(token: Token) -> bool:
    """A lowercase word that may be a verb (`puts`, `has`, `went`), not `and` or `in`."""
    return token.is_word and not token.is_cap and token.lower not in NOT_VERBS


def _span(token: Token) -> Span:
    return Span(token.start, token.end)
