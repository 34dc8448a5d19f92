"""Settings around a report: what after `…, X said` is only when, where or how it was said.

In `HEAD, X said SETTING` the head before the speaker is the content when what follows the cue
is only a setting (`said in June 2012`, `wrote in a court filing`, `said, clutching the
lectern`): `only_setting`. In `HEAD, X said, TAIL` a head that names an occasion or a time
(`In a statement Thursday`) is itself a setting, and only the tail was said: `setting_head`.
Used by `frames.py`.
"""

from __future__ import annotations

from quotes.detect.content import MARK_CHARS, is_adjunct
from quotes.detect.tokens import Token
from quotes.lexicon.cues import INFINITIVE_CUES, OBJECT_CUES, SPEECH_CUES, TIME_WORDS
from quotes.lexicon.grammar import (
    CLAUSE_OPENERS,
    CLAUSE_SUBJECTS,
    OCCASIONS,
    RELATIVES,
    SCENE_SETTERS,
    SETTING_OPENERS,
)
from quotes.lexicon.marks import DOUBLE_CLOSING, DOUBLE_OPENING


def only_setting(tokens: list[Token], k: int, right: int, rule: str, head: tuple[int, int]) -> bool:
    """After `…, he said` only a setting, no content of its own: a time or place (`said in
    June 2012`, `wrote in a court filing`, `said of Sanders`), a clause hung on the sentence
    (`said after Pagliano failed to show up`, `said Friday as he entered the talks`) or a
    participle (`said, clutching the lectern`); so the head before the speaker (tokens
    `head`) is the content. Not when that head is a setting itself (`On Thursday, Comey
    testified before …`, `Reflecting his father's brashness, Trump said`), holds a report
    of its own (`“…,” said Borges, …`), or is what a relative speaker hangs on (`…, who
    complained`); nor for a speaker's appositive or a cue that takes an object (`called
    for more spending`)."""
    if all(is_adjunct(t) or t.text in ".!?" or t.text in MARK_CHARS for t in tokens[k:]):
        return True
    start = head[0] + (tokens[head[0]].text == "(")
    cue, lead, speaker = tokens[k - 1].lower, tokens[start], tokens[head[1]]
    if (
        rule != "speaker_cue.v1"
        or cue in OBJECT_CUES
        or _opens_setting(tokens, start)
        or lead.lower in SETTING_OPENERS
        or lead.lower in ("by", "besides")
        or (lead.is_cap and lead.lower.endswith("ing"))
        or speaker.lower in RELATIVES
        or _reports(tokens[head[0] : head[1]])
    ):
        return False
    after = [t for t in tokens[k:] if t.start >= right]
    clause = next((n for n, t in enumerate(after) if t.text == ";"), len(after))
    after = after[:clause]
    if any(t.text in MARK_CHARS or t.lower == "that" for t in after):
        return False  # `said after the debate, “and I hope …”`: content after all
    comma = next((n for n, t in enumerate(after) if t.text in ",;:—–"), len(after))
    rest = after[:comma]  # the setting ends at a comma: `said after meeting aides, because …`
    first = next((t for t in rest if not (t.text.isdigit() or t.lower in TIME_WORDS)), None)
    hung = first is not None and first.lower in SCENE_SETTERS  # `told aides as he labored`
    if not hung and any(t.lower in CLAUSE_SUBJECTS for t in rest):
        return False  # `said in 2000 it would lift …`: a clause, content after all
    if first is None or first.text in ".!?":
        return True  # `argued in interviews this week; rather, …`
    if first.lower == "to" and cue in INFINITIVE_CUES:
        return False  # `vowed to support the nominee`
    return first.lower in SETTING_OPENERS or (
        first.lower.endswith("ing") and tokens[tokens.index(first) - 1].text == ","
    )


def setting_head(head: list[Token]) -> bool:
    """A head that opens with a preposition and names a medium, an occasion or a time:
    `In a statement Thursday`, `At a rally in Macon`, `In 2008` (but `In other words`)."""
    return (
        bool(head) and head[0].lower in CLAUSE_OPENERS and any(_occasion_or_time(t) for t in head)
    )


def _occasion_or_time(token: Token) -> bool:
    word = token.lower
    return word in OCCASIONS or word in TIME_WORDS or word[:-1] in TIME_WORDS or word.isdigit()


def _reports(tokens: list[Token]) -> bool:
    """A cue word outside quotation marks among `tokens`: they hold a report of their own."""
    quoted = False
    for token in tokens:
        if token.text in DOUBLE_OPENING:
            quoted = True
        elif token.text in DOUBLE_CLOSING:
            quoted = False
        elif token.text == '"':
            quoted = not quoted
        elif not quoted and token.lower in SPEECH_CUES:
            return True
    return False


def _opens_setting(tokens: list[Token], start: int) -> bool:
    """The head opens with a setting (`On Thursday, …`, `This week, …`); but `This is not
    about me, Obama told …` opens with its subject: `this` and `last` open a setting only
    before a time."""
    lead = tokens[start]
    if lead.lower in ("this", "last"):
        following = tokens[start + 1] if start + 1 < len(tokens) else None
        return following is not None and following.lower in TIME_WORDS
    return lead.lower in CLAUSE_OPENERS
