"""Where reported content ends: before a second report, the writer's next clause or a contrast.

`content_end` cuts the content after a cue at a second attribution (`…, according to X`, `…,
Lewandowski said`, `… ― Trump boasted`), a participle hung on the sentence (`…, insisting that
…`), a concession (`…, though critics say`), a `;`, a conjoined report (`… and said`) and the
writer's next clause (`…, and he railed against …`). `second_report` and `next_report` also
tell `content.py` where a listener or a setting after the cue stops.
"""

from __future__ import annotations

from quotes.detect.phrases import phrase_after
from quotes.detect.tokens import Token
from quotes.lexicon.cues import (
    CLAUSE_CUES,
    CUE_ADVERBS,
    PARTICIPLE_CUES,
    QUOTE_CUES,
    SPEECH_CUES,
    THAT_CUES,
)
from quotes.lexicon.grammar import (
    CLAUSE_SUBJECTS,
    CONCESSIVES,
    CONJUNCTIONS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PERSONAL_SUBJECTS,
    RELATIVES,
)
from quotes.lexicon.marks import ALL_MARKS

_REPORT_VERBS = SPEECH_CUES | QUOTE_CUES
_COUNTS = frozenset({"%", "percent", "in", "out", "of", "10"})  # `six in 10`, `27 percent`
_MAX_SUBJECT = 5  # words of a subject between `and` and a second report verb


def content_end(tokens: list[Token], after: int = 0) -> int:
    """Offset where the sentence's content ends: before final punctuation, after a close mark,
    and before a second attribution (`…, according to X`, `…, insisting that …`)."""
    j = len(tokens)
    for k in range(after + 1, len(tokens) - 1):
        if tokens[k].text in ",—–―" and second_report(tokens, k + 1):
            j = k
            break
        if tokens[k].text == "," and tokens[k + 1].lower in CONCESSIVES:
            j = k  # `… gun laws would help, though they blame …`: the writer's contrast
            break
        if tokens[k].text == ";":
            j = k  # `… was not intentional; they only learned …`: a new clause
            break
        if (
            tokens[k].text == ","
            and tokens[k + 1].lower in RELATIVES
            and tokens[k - 1].is_cap
            and not any(t.text in ALL_MARKS for t in tokens[k + 2 :])
        ):
            j = k  # `… helped Clinton, who does not need to …`: the writer's aside on a name
            break
        if _next_clause(tokens, k):
            j = k  # `… is Hillary Clinton, and he railed against …`: the writer's next clause
            break
        if tokens[k].lower in ("and", "but") and _verb_report(tokens, k + 1):
            j = k  # `… never worked with them and (repeatedly) said …`: a second report
            break
        if (
            tokens[k].lower in ("and", "but")
            and tokens[k - 1].text == ","
            and _subject_report(tokens, k + 1)
        ):
            j = k  # `…, and one in four said …`, `…, but other GOP leaders said …`
            break
        if tokens[k].lower == "and" and _named_report(tokens, k + 1):
            j = k  # `… mishandled it and Democrats accused the GOP …`: another speaker's report
            break
        if tokens[k].text in ",—–―" and next_report(tokens, k + 1):
            # `…, Lewandowski said he …`, `Podesta, who said …, said`, `… ― Trump boasted,
            # “…”`: a second report
            j = k
            break
    while j > 0 and tokens[j - 1].text in ".!?;":
        j -= 1
    return tokens[j - 1].end if j > 0 else tokens[0].start


def _next_clause(tokens: list[Token], k: int) -> bool:
    """`, and he railed`, `, but she knows`: a comma, a conjunction and a personal pronoun
    with its verb open the writer's next clause; unless a quoted fragment follows, which
    keeps the clause in the content (`, but she knows that “LeBron will always be the king”`)."""
    return (
        tokens[k].text == ","
        and k + 3 < len(tokens)
        and tokens[k + 1].lower in ("and", "but")
        and tokens[k + 2].lower in PERSONAL_SUBJECTS
        and tokens[k + 3].is_word
        and not tokens[k + 3].is_cap
        and not any(t.text in ALL_MARKS for t in tokens[k + 4 :])
    )


def second_report(tokens: list[Token], k: int) -> bool:
    """After a comma or dash: `according to`, `(even) suggesting`, `citing`, `and he noted`."""
    while k < len(tokens) and tokens[k].lower in ("and", "even", "also", "while"):
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    if word == "according" or word in PARTICIPLE_CUES or word == "citing":
        return True
    return (
        word in CLAUSE_SUBJECTS
        and k + 1 < len(tokens)
        and tokens[k + 1].lower in SPEECH_CUES
        and tokens[k - 1].lower == "and"
    )


def next_report(tokens: list[Token], k: int) -> bool:
    """After a comma: a cue (`…, said he was unaware`) or a speaker and cue (`…, Lewandowski
    said`, `…, but six in 10 said`, `…, 27 percent said`) opening a report of its own."""
    if k < len(tokens) and tokens[k].lower in CONJUNCTIONS:
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k].lower in CLAUSE_CUES and not tokens[k].lower.endswith("ing"):
        return True
    end = None
    if tokens[k].is_cap or tokens[k].lower in CLAUSE_SUBJECTS:
        found = phrase_after(tokens, k, len(tokens))
        end = found[1] if found is not None else None
    elif tokens[k].text[:1].isdigit() or tokens[k].lower in NUMBER_WORDS:
        end = k + 1
        while end < len(tokens) and (
            tokens[end].text[:1].isdigit() or tokens[end].lower in _COUNTS
        ):
            end += 1
        if end < len(tokens) and tokens[end - 1].lower == "of":
            # `…, but 55 percent of (all) voters say`: the counted group
            end += tokens[end].lower in ("all", "those")
            group = phrase_after(tokens, end, len(tokens))
            end = group[1] if group is not None else end
    return end is not None and _verb_report(tokens, end)


def _verb_report(tokens: list[Token], k: int) -> bool:
    """A report verb at `k`, after adverbs (`also noted`, `repeatedly says`)."""
    while k < len(tokens) and tokens[k].lower in CUE_ADVERBS:
        k += 1
    return k < len(tokens) and tokens[k].lower in _REPORT_VERBS and not tokens[k].is_cap


def _subject_report(tokens: list[Token], k: int) -> bool:
    """A short subject of plain words, then a report verb: `one in four said`, `other GOP
    leaders said`, `human rights groups warned that` (a function word ends it: `… and it was
    said`)."""
    for j in range(k, min(len(tokens), k + _MAX_SUBJECT)):
        token = tokens[j]
        if j > k and _finite_report(tokens, j):
            return True
        if not token.is_word or token.lower in FUNCTION_WORDS:
            return False
    return False


def _finite_report(tokens: list[Token], j: int) -> bool:
    """`said`, `warned that` at `j`: a finite report verb, not a participle (`urging`), a
    quoting verb (`referring`) or a noun (`demands`) that only looks like one."""
    word = tokens[j].lower
    if tokens[j].is_cap or word.endswith("ing"):
        return False
    if word in CLAUSE_CUES:
        return True
    return word in THAT_CUES and j + 1 < len(tokens) and tokens[j + 1].lower == "that"


def _named_report(tokens: list[Token], k: int) -> bool:
    """A capitalised speaker phrase right before a cue: `Democrats accused`, `Mr. Obama said`."""
    if k >= len(tokens) or not tokens[k].is_cap:
        return False
    phrase = phrase_after(tokens, k, len(tokens))
    return (
        phrase is not None and phrase[1] < len(tokens) and tokens[phrase[1]].lower in _REPORT_VERBS
    )
