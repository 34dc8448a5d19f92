"""Quotes led into by a clause of their own, with no listed cue for a frame to claim them.

- `quote_unknown_lead.v1` `Sanders shot back: “…”`: a clause with a verb (`-ed`, a cue, a few
                          irregular pasts), then a colon or comma and a quote ending the
                          sentence; the phrase before the verb nearest the quote speaks.
- `as_quote.v1`           `Reid has been pounding Trump as a “con artist”`: a quote right after
                          `as`, characterising someone or something in the words of the subject
                          of the verb before it; the content runs from that verb to the quote.
- `that_quote.v1`         `Trump groused to a crowd that CNN “doesn’t treat me properly”`: a
                          quote in a `that` clause after an unlisted verb; the clause is the
                          content, mixed, and the phrase before the verb speaks.
Titles and quotes of one or two words are left to the scare-quote tests (`orphans.py`).
"""

from __future__ import annotations

import re

from quotes.detect.adverbs import skip_adverbs_left
from quotes.detect.marks import Quoted
from quotes.detect.phrases import phrase_after, phrase_before, span_of
from quotes.detect.speakers import subject_phrase
from quotes.detect.tokens import Token, tokenize
from quotes.lexicon.abbreviations import TITLE_ABBREVIATIONS
from quotes.lexicon.cues import FRAME_WORDS, SPEECH_NOUNS, TIME_WORDS
from quotes.lexicon.grammar import DETERMINERS, LEAD_PASTS, POSSESSIVES, SUBORDINATORS
from quotes.lexicon.marks import DOUBLE_MARKS
from quotes.types import Span

_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"[:,][^\S\n]*[“\"«]?[^\S\n]*$")  # `… shot back: “`
_AS = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$")  # `… as a “`
_REST = re.compile(r"[\s,.!?;:”’\"']*(?:$|\n|[A-Z“\"])")  # the quote ends its sentence
_LAST_WORD = re.compile(r"\b(\w+)\.$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”’\"']*\s+")
_MIN_LEAD_WORDS = 3
_AS_REACH = 8  # tokens between the verb and `as`: `described the move by the senators as`


def quoted_words(text: str, q: Quoted) -> int:
    return len(_WORD.findall(text, q.content.start, q.content.end))


def is_title(text: str, q: Quoted) -> bool:
    """Every word of four letters or more capitalised, not all shouted in capitals: `“Meet the
    Press”`, a show or a book."""
    long = [w for w in _WORD.findall(text, q.content.start, q.content.end) if len(w) > 3]
    return all(w[0].isupper() for w in long) and any(not w.isupper() for w in long)


def unknown_lead(text: str, q: Quoted, paragraph: Span) -> tuple[Span, Span] | None:
    """`Sanders shot back: “…”`, `McConnell, R-Ky., delivered a message: “…”`: a clause with a
    verb, closed by a colon or a comma right before a quote that ends the sentence; speaker
    and cue are the verb nearest the quote and the phrase before it (else the clause subject)."""
    lead = _LEAD.search(text, paragraph.start, q.open_at)
    if lead is None or not q.closed or _REST.match(text, q.close_end, paragraph.end) is None:
        return None
    if quoted_words(text, q) < _MIN_LEAD_WORDS or is_title(text, q):
        return None  # `Trump dubbed him, “Little Marco”`, `…, “Eclipsed.”`: a name or a title
    tokens = tokenize(text, sentence_start(text, paragraph, lead.start()), lead.start())
    verbs = [k for k, t in enumerate(tokens) if k > 0 and is_lead_verb(t)]
    found = _clause_speaker(tokens, verbs)
    return None if found is None else (found[0], found[1])


def as_quote(text: str, q: Quoted, paragraph: Span) -> tuple[Span | None, Span, Span] | None:
    """`Trump dismissed the report as “fake news”`: speaker (None for `known as “…”`), cue and
    content of a quote right after `as`, or None."""
    lead = _AS.search(text, paragraph.start, q.open_at)
    if lead is None or not q.closed or is_title(text, q):
        return None
    tokens = tokenize(text, sentence_start(text, paragraph, lead.start()), lead.start())
    verbs = [k for k, t in enumerate(tokens) if _is_as_verb(t) and len(tokens) - k <= _AS_REACH]
    if not verbs:
        return None
    # a cue verb over any other: `portray the shooting as a “workplace” issue`
    k = next((k for k in reversed(verbs) if tokens[k].lower in FRAME_WORDS), verbs[-1])
    found = _clause_speaker(tokens, [k])
    start = tokens[k + 1].start if k + 1 < len(tokens) else lead.start()
    cue = Span(tokens[k].start, tokens[k].end)
    return found[0] if found else None, cue, Span(start, q.close_end)


_SETTINGS = TIME_WORDS | {"on", "in", "at", "last", "this", "the", "a", "of"}
_THAT = re.compile(r"\bthat\s+", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.!?;](?=[\s”’\"']|$)|\n")  # where a that-clause ends at the latest


def that_quote(text: str, q: Quoted, paragraph: Span) -> tuple[Span | None, Span, Span] | None:
    """`Trump groused to a crowd that CNN “doesn’t treat me properly”`: a quote inside the
    `that` clause nearest before it, no mark between them; speaker and cue are a speech
    noun before `that` and its owner (`Trump's claim that`), else the verb before `that` and
    the phrase before it (else the clause subject), required (but a noun after an article,
    `The claim that …`, has none). The content
    runs from after `that` to the end of the quote's sentence (the caller cuts it to its
    clause), or to the quote when it ends its sentence itself (`… “in sight.”`)."""
    if not q.closed or is_title(text, q):
        return None
    start = sentence_start(text, paragraph, q.open_at)
    that = max(_THAT.finditer(text, start, q.open_at), key=lambda m: m.start(), default=None)
    if that is None:
        return None
    between = text[that.end() : q.open_at]
    if "''" in between or any(mark in between for mark in DOUBLE_MARKS):
        return None  # another quote between them: the `that` is its own
    tokens = tokenize(text, start, that.start())
    found = _noun_speaker(tokens)
    if found is None:
        verbs = [k for k, t in enumerate(tokens) if k > 0 and is_lead_verb(t)]
        found = _clause_speaker(tokens, verbs[-1:]) if verbs else None
        if found is not None and tokens[verbs[-1] - 1].lower in DETERMINERS:
            found = None, found[1]  # `The claim that …`: a noun, no one owns it
    if found is None:
        return None
    if text[q.content.end - 1 : q.content.end] in (".", "!", "?"):
        return found[0], found[1], Span(that.end(), q.close_end)
    stop = _CLAUSE_STOP.search(text, q.close_end, paragraph.end)
    end = stop.start() if stop is not None else paragraph.end
    return found[0], found[1], Span(that.end(), end)


_NOUN_REACH = 6  # tokens from a speech noun to its `that`: `his statement on Wednesday that`
_ADJECTIVES = 3  # words between a possessive and its noun: `Trump's recent evidence-free claim`


def _noun_speaker(tokens: list[Token]) -> tuple[Span, Span] | None:
    """Speaker and cue of a speech noun before `that`: its possessor (`Trump's claim that`,
    `his statement on Wednesday that`) or the phrase after `of` or `by` (`the contention of
    Hillary Clinton that`); None when there is no noun or no one owns it."""
    n = len(tokens)  # tokens end right before `that`
    nouns = [k for k in range(max(0, n - _NOUN_REACH), n) if tokens[k].lower in SPEECH_NOUNS]
    if not nouns:
        return None
    k = nouns[-1]
    cue = Span(tokens[k].start, tokens[k].end)
    if k + 2 < n and tokens[k + 1].lower in ("of", "by"):
        phrase = phrase_after(tokens, k + 2, n)
        if phrase is not None and phrase[1] == n:
            return span_of(tokens, phrase), cue
        return None
    if any(not _setting_word(t) for t in tokens[k + 1 :]):
        return None  # `the claim he made about … that`: not the noun's own `that`
    j = k - 1
    while j > 0 and k - j <= _ADJECTIVES and not tokens[j].is_cap:
        if tokens[j].lower in POSSESSIVES or tokens[j].lower in DETERMINERS:
            break
        j -= 1
    if j < 0:
        return None
    owner = tokens[j]
    if owner.lower in POSSESSIVES:
        return Span(owner.start, owner.end), cue
    if owner.text.endswith(("'s", "’s")) and owner.is_cap:
        first = j
        while first > 0 and tokens[first - 1].is_cap:
            first -= 1
        return Span(tokens[first].start, owner.end), cue
    return None


def _setting_word(token: Token) -> bool:
    return token.is_cap or token.text.isdigit() or token.lower in _SETTINGS


def opens_subordinate(text: str, paragraph: Span, q: Quoted) -> bool:
    """The sentence holding `q` opens with a subordinate clause (`While …, `)."""
    first = _WORD.search(text, sentence_start(text, paragraph, q.open_at), q.open_at)
    return first is not None and first.group().lower() in SUBORDINATORS


def sentence_start(text: str, paragraph: Span, at: int) -> int:
    """Where the sentence holding offset `at` starts; a title, an initial or a number sign
    (`Sen. Lowe`, `George W. Bush`, `the No. 2 Republican`) ends no sentence."""
    breaks = _SENTENCE_BREAK.finditer(text, paragraph.start, at)
    return max((m.end() for m in breaks if not _abbreviation(text, m)), default=paragraph.start)


def _abbreviation(text: str, end: re.Match) -> bool:
    word = _LAST_WORD.search(text, max(0, end.start() - 12), end.start())
    if word is None or not word.group(1)[0].isupper():
        return False
    low = word.group(1).lower()
    return (
        low in TITLE_ABBREVIATIONS
        or len(low) == 1
        or (low == "no" and text[end.end() : end.end() + 1].isdigit())
    )


def _clause_speaker(tokens: list[Token], verbs: list[int]) -> tuple[Span, Span] | None:
    """Speaker and cue: the phrase right before the verb nearest the end, else the clause
    subject and the first verb after it."""
    for k in reversed(verbs):
        before = phrase_before(tokens, skip_adverbs_left(tokens, k, 0))
        if before is not None:
            return span_of(tokens, before), Span(tokens[k].start, tokens[k].end)
    subject = subject_phrase(tokens, len(tokens)) if tokens else None
    after = [k for k in verbs if subject is not None and k >= subject[1]]
    if subject is None or not after or tokens[subject[1] - 1].lower in DETERMINERS:
        return None  # no subject, or a bare `The` before an unlisted noun
    return span_of(tokens, subject), Span(tokens[after[0]].start, tokens[after[0]].end)


def is_lead_verb(token: Token) -> bool:
    return token.text.islower() and (
        token.text.endswith("ed") or token.lower in LEAD_PASTS or token.lower in FRAME_WORDS
    )


def _is_as_verb(token: Token) -> bool:
    """`described`, `referring`, `casts`, `portray`: a verb before `X as “…”`."""
    return is_lead_verb(token) or (token.text.islower() and token.text.endswith("ing"))
