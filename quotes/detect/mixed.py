"""Where a mixed quote's content ends: the reported clause that holds the quoted fragment.

`Trump called the plan a “disaster” and accused Clinton of …`: after the first quoted
fragment, the content stops where a new clause hangs on the sentence instead of going on with
the reported one: a dash (`… “up-skill” workers - and he makes sure …`), a contrast
(`… “a prayer” for the nominee but did not say …`), a relative clause (`, which …`), a
participle (`,” adding that …`), an appositive (`, a charge that …`), a bracket after a quote,
a second verb (`… “ignorant” of Islam and criticized …`, `… and made no mention of …`), a
concession (`…,” although he supports …`) or a clause of time (`… “excited” as he faces …`).
Paired dashes are an aside inside the clause, and a break followed at once by another quoted
fragment (`but wants “smarter deals”`) still reports the same words: neither ends it.
"""

from __future__ import annotations

import re

from quotes.lexicon.grammar import IRREGULAR_PASTS
from quotes.lexicon.marks import ALL_MARKS
from quotes.types import Span

_CLOSE = r"[,”\"’']*"  # a comma and closing marks before the break
_NOT_PARTICIPLES = "including|regarding|concerning|during|following|according|nothing|something"
_PASTS = "|".join(sorted(IRREGULAR_PASTS))
_AS_SUBJECTS = "he|she|they|we|i|it|the|his|her|their"
_BREAK = re.compile(
    r"\s*(?P<dash>[—–―]|\s-\s|--)"
    rf"|,?{_CLOSE}\s+(?:but|while|whereas)\b(?!\s+(?:that|rather|not|also)\b)"
    rf"|,{_CLOSE}\s+(?:which|who)\b"
    rf"|,{_CLOSE}\s+(?!(?:{_NOT_PARTICIPLES})\b)[a-z]+ing\b"
    rf"|,{_CLOSE}\s+(?:a|an)\s"  # an appositive: `, a charge that …`
    r"|(?<=[”\"’])\s+\("  # an aside in brackets after a quote
    rf"|,?{_CLOSE}\s+and\s+(?:(?:then|also|later|has|had|recently)\s+)?[a-z]+(?:ed|ing)\b"
    rf"|,?{_CLOSE}\s+and\s+(?:{_PASTS})\b"  # `… and made no mention of …`
    rf"|,{_CLOSE}\s+(?:although|though)\b"  # a concession (`even though` goes on)
    # a clause of time, `“excited” as he faces …`, not `such as the …`
    rf"|,?{_CLOSE}(?<!such)(?<!well)(?<!just)\s+as\s+(?:{_AS_SUBJECTS})\b"
)
_QUOTE_NEXT = re.compile(r"\s*(?:[“\"‘`]|'')")
_COMMA = re.compile(rf"(,{_CLOSE})\s+(?!(?:and|or)\s+[“\"‘`'])(?=\w)")  # `, and “…”` goes on
_TAIL = ",”\"’'"  # what may stay after the content's last word: closing marks


def clip_mixed(text: str, content: Span, close: int, *, subordinate: bool = False) -> Span:
    """`content` cut before the first clause break after offset `close` (the closing mark of
    its first quoted fragment), closing marks kept; unchanged when nothing breaks it. In a
    `subordinate` clause (`While Sanders admitted that it would be “very hard” to win, his
    campaign argued …`) the first comma after the fragment breaks it too."""
    at = close
    while at > content.start and text[at - 1] in ",.!?":
        at -= 1  # `“a disaster,” adding …`: the comma inside the marks opens the break
    if subordinate:
        comma = _COMMA.search(text, at, content.end)
        if comma is not None:
            content = Span(content.start, comma.end(1))
    while (match := _BREAK.search(text, at, content.end)) is not None:
        at = match.end()
        dash = match.group("dash")
        if dash and (pair := text.find(dash, at, content.end)) >= 0:
            at = pair + len(dash)  # paired dashes: an aside inside the reported clause
            continue
        if _QUOTE_NEXT.match(text, at, content.end):
            continue  # another quoted fragment right after: the report goes on
        end = match.start()
        while end < at and text[end] in _TAIL:
            end += 1  # keep the closing marks (and the comma inside them)
        while end > close and text[end - 1] not in ALL_MARKS and text[end - 1] in " ,":
            end -= 1
        return Span(content.start, end) if end > close else content
    return content
