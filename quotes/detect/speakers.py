"""Who speaks when the phrase right before the cue is not the speaker.

- the subject of the nearest clause, for participles and conjoined verbs: `Early in his
  campaign, Trump attacked Romney, calling him …` -> Trump (`subject_phrase`);
- the author of a statement or post: `X issued a statement saying`, `X in a Medium post said`
  -> X (`author`);
- the name before an appositive: `Yin Myint May, 60, a doctor, said` (`before_appositive`);
- the subject before a catenative verb: `Bryne went on to say` (`before_catenative`);
- the phrase before an aside set off by dashes: `Democrats — and some Republicans — say`
  (`before_aside`);
- the head of a relative clause: `Officials who spoke with The Post said` (`relative_head`);
- the whole phrase after the comma that ends the content: `…, one longtime friend said.`
  (`widen_to_comma`).
"""

from __future__ import annotations

from quotes.detect.adverbs import skip_adverbs_left, tag_start
from quotes.detect.phrases import (
    DETERMINERS,
    appositive_start,
    is_noun,
    phrase_after,
    phrase_before,
)
from quotes.detect.tokens import Token
from quotes.lexicon.cues import PARTICIPLE_CUES
from quotes.lexicon.entities import SUBJECT_PRONOUNS
from quotes.lexicon.grammar import (
    CLAUSE_OPENERS,
    CONJUNCTIONS,
    DASHES,
    FUNCTION_WORDS,
    LEAD_INS,
    NOT_SUBJECTS,
    RELATIVES,
    SCENE_SETTERS,
)

# Words a catenative chain never runs over: the subject (`he appeared to`) or a clause opener
# (`after …`); particles such as `on` in `went on to` it does.
_NOT_VERBS = SUBJECT_PRONOUNS | CONJUNCTIONS | SCENE_SETTERS
_MAX_WIDEN = 5  # modifier words a speaker phrase may take back to a comma
_MAX_ASIDE = 30  # tokens an aside between dashes may take
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "―", "-", "("})


def subject_phrase(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at `limit`: the nearest noun phrase that opens a
    clause (at the sentence start, after a comma, dash or `and`) and is followed by its verb.

    `Early in his campaign, Trump attacked Romney, calling him` -> Trump; `…, and the ACLU
    has sued the city, saying` -> the ACLU. Lead-ins (`But`), openers (`Asked about it,`)
    and participles (`Walking home,`) open no subject."""
    end = limit
    while end > 0 and tokens[end - 1].text in ",—–―":
        end -= 1  # the participle's own comma
    for k in range(end - 1, -1, -1):
        if k > 0 and tokens[k - 1].text not in _CLAUSE_BREAKS and not _clause_and(tokens, k - 1):
            continue
        while k < end and tokens[k].lower in LEAD_INS:
            k += 1
        first = tokens[k] if k < end else None
        if first is None or first.lower in CLAUSE_OPENERS or (k == 0 and _is_adverbial(first)):
            continue
        phrase = _before_verb(tokens, phrase_after(tokens, k, end))
        if (
            phrase is not None
            and phrase[1] < end
            and (tokens[phrase[1]].is_word or tokens[phrase[1]].text == "(")
            # `MSNBC, which let him go, and said`, `Mr. McConnell, who has endorsed him,
            # offered …, stressing`: a relative clause closed before the cue is no subject
            # (but in `demonstrators, who have marched and called for …` it is)
            and not (
                tokens[k].lower in RELATIVES
                and (tokens[k].lower == "which" or any(t.text == "," for t in tokens[k:end]))
            )
            and not tokens[phrase[1] - 1].lower.endswith(("'s", "’s"))  # `McCrory's opponent`
        ):
            return phrase
    return _first_phrase(tokens, limit)


def _clause_and(tokens: list[Token], k: int) -> bool:
    """`…, and the ACLU has sued`: an `and` after a comma joins clauses; one without
    (`met survivors and relatives of the victims`) joins noun phrases."""
    return tokens[k].lower == "and" and k > 0 and tokens[k - 1].text == ","


def _first_phrase(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The first noun phrase of the sentence, skipping lead-ins and an opening clause."""
    k = 0
    while k < limit and tokens[k].lower in LEAD_INS:
        k += 1
    if k < limit and tokens[k].lower in CLAUSE_OPENERS:
        for j in range(k, min(limit, k + 20)):
            if tokens[j].text == ",":
                k = j + 1
                break
    return phrase_after(tokens, k, limit)


def _before_verb(tokens: list[Token], phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """A name phrase cut before a lowercase word that follows a name: `Trump attacked Romney`
    -> Trump (a speaker phrase may take `the editorial board`, a subject not `attacked`)."""
    if phrase is None:
        return None
    for j in range(phrase[0] + 1, phrase[1]):
        token = tokens[j]
        if token.is_word and not token.is_cap and tokens[j - 1].is_cap and not is_noun(token):
            return phrase[0], j
    return phrase


def _is_adverbial(token: Token) -> bool:
    """`Walking to the car,`, `Shortly after`, `Therefore` opening a sentence: no subject."""
    return token.is_cap and (token.lower.endswith(("ing", "ly")) or token.lower in NOT_SUBJECTS)


def author(tokens: list[Token], medium: tuple[int, int], i: int) -> tuple[int, int] | None:
    """Whoever issued the statement or wrote the post is the speaker: `Jeb Bush in a Medium
    post said` -> Jeb Bush; `the campaign issued a statement saying` -> the campaign. A medium
    standing alone (`The statement said`) stays the speaker."""
    k = medium[0]
    if k == 0 or tokens[k].lower not in DETERMINERS:
        return medium
    before = tokens[k - 1]
    if before.lower in ("in", "on", "via", "through"):
        return phrase_before(tokens, skip_adverbs_left(tokens, k - 1, 0)) or medium
    if before.is_word and not before.is_cap and tokens[i].lower in PARTICIPLE_CUES:
        return subject_phrase(tokens, k) or medium  # `X issued a statement saying`
    return medium


def before_catenative(tokens: list[Token], to: int) -> int:
    """Where the speaker phrase ends before `went on to`, `wants to`, `was quick to`: left of
    up to three lowercase verbs and particles before `to` (`to` itself when there are none)."""
    k = to
    while k > 0 and to - k < 3:
        token = tokens[k - 1]
        if (
            not token.is_word
            or token.is_cap
            or token.lower in DETERMINERS
            or token.lower in _NOT_VERBS
            or is_noun(token)
        ):
            break  # `he appeared to`: the subject, not one of the verbs
        k -= 1
    return skip_adverbs_left(tokens, k, 0) if k < to else to + 1


def before_aside(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """`Democrats — and some Republicans — say`, `The justice -- who … -- said`: the phrase
    before an aside that dashes enclose, right before the cue (its end at `end`)."""
    k = end
    while k > 0 and tokens[k - 1].text in DASHES:
        k -= 1  # the closing dash, `--` being two tokens
    if k == end:
        return None
    for j in range(k - 1, max(0, k - _MAX_ASIDE) - 1, -1):
        if tokens[j].text in ".;:":
            return None
        if tokens[j].text in DASHES:
            while j > 0 and tokens[j - 1].text in DASHES:
                j -= 1
            return phrase_before(tokens, skip_adverbs_left(tokens, j, 0)) if j > 0 else None
    return None


def before_appositive(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """`Yin Myint May, 60, a doctor, said`: the phrase before the first of up to 3 commas;
    but `The minister of the economy, Mr. Guajardo Villarreal, argues`: the name between."""
    tagged = _tagged(tokens, comma)
    if tagged < comma:
        # `Sen. Jack Reed (D-R.I.), said`, `Sen. Roy Blunt (R-Mo.), facing …, noted`
        named = phrase_before(tokens, tagged)
        if named is not None:
            return named
    earlier = appositive_start(tokens, comma, 0)
    if earlier is not None:
        between = phrase_before(tokens, comma, earlier + 1)
        if between is not None and between[0] == earlier + 1 and _is_name(tokens, between):
            return between
    for _ in range(3):
        earlier = appositive_start(tokens, comma, 0)
        if earlier is None:
            return None
        before = phrase_before(tokens, _tagged(tokens, earlier))
        if before is not None:
            return before
        comma = earlier
    return None


def _is_name(tokens: list[Token], rng: tuple[int, int]) -> bool:
    """A phrase made of capitalised words (and title periods) only: a proper name."""
    return (
        all(t.is_cap or t.text == "." for t in tokens[rng[0] : rng[1]])
        and tokens[rng[0]].lower not in DETERMINERS
    )


def relative_head(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """`Officials who spoke with The Post said`: the phrase before the cue is the object of a
    relative clause; its head, before `who`, speaks."""
    for k in range(phrase[0] - 1, max(0, phrase[0] - 8), -1):
        token = tokens[k]
        if token.lower == "who" and k > 0:
            head = phrase_before(tokens, k)
            return head if head is not None and head[1] == k else phrase
        if not token.is_word or token.is_cap:
            return phrase
    return phrase


def _tagged(tokens: list[Token], k: int) -> int:
    """Where a name ends before a party tag closing right before `k` (`Reed (D-R.I.)`): the
    `(`; `k` itself when there is none."""
    opening = tag_start(tokens, k)
    return k if opening is None else opening


def widen_to_comma(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """`…, one longtime friend said.`, `…, people close to Clinton say.`: when the sentence
    ends at the cue, the speaker phrase runs back over a few modifiers to the comma that ends
    the content before it; otherwise it stays as found."""
    k = phrase[0]
    while k > 1 and phrase[0] - k < _MAX_WIDEN and _modifier(tokens[k - 1]):
        k -= 1
    if k < phrase[0] and k > 1 and tokens[k - 1].text == ",":
        return k, phrase[1]
    return phrase


def _modifier(token: Token) -> bool:
    """A word that may sit in a speaker phrase before its head: `longtime`, `close to`."""
    return token.is_word and (token.lower not in FUNCTION_WORDS or token.lower in ("to", "and"))
