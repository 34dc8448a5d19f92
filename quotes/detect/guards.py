"""When a cue word reports no speech, or a frame has no content of its own.

A passive (`was told`), an idiom (`All told,`, `Having said that,`), a cue used as a noun
(`his early-morning tweets attempting …`), a naming (`a movement called …`), an object that is
only a time (`indicated earlier this week`), a setting after the cue (`said to an enormous
cheer`; after `…, X said` settings are read by `settings.only_setting`), and a head that sets
the scene rather than being said (`Asked about X, …`); a cue nested in the head another
frame reports; an infinitive after an expletive `it` (`It is too soon to say`).
"""

from __future__ import annotations

from quotes.detect.content import is_adjunct
from quotes.detect.frame import Frame
from quotes.detect.tokens import Token, is_ly_adverb
from quotes.lexicon.cues import CALL_PARTICLES, IDIOMS, INFINITIVE_CUES, NAMING_CUES, TIME_WORDS
from quotes.lexicon.grammar import (
    APPROXIMATORS,
    CONJUNCTIONS,
    COPULAS,
    EXPLETIVE_OPENINGS,
    NEGATIONS,
    NUMBER_WORDS,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    SCENE_SETTERS,
    SETTING_WORDS,
)

_EXPLETIVE_REACH = 6  # tokens from `it` to `to`: `It is simply too early to`


def is_idiom(tokens: list[Token], i: int) -> bool:
    """The cue at `i` is half of an idiom followed by a comma (`All told,`, `That said,`),
    or by `that,` (`Having said that,`)."""
    if i == 0 or (tokens[i - 1].lower, tokens[i].lower) not in IDIOMS:
        return False
    after = [t.text for t in tokens[i + 1 : i + 3]]
    return after[:1] == [","] or after == ["that", ","]


def expletive(tokens: list[Token], i: int) -> bool:
    """`It is too soon to say`, `it’s important to note`, `It seems unfair to tell`: an
    infinitive cue after an expletive `it`, a copula and an adjective reports no speech."""
    k = i
    while k > 0 and is_ly_adverb(tokens[k - 1]):
        k -= 1  # `to simply tell`
    if k < 3 or tokens[k - 1].lower != "to":
        return False
    for j in range(k - 2, max(0, k - _EXPLETIVE_REACH) - 1, -1):
        word = tokens[j].lower
        if not tokens[j].is_word:
            return False  # the clause ends before an `it` opens it
        if word in EXPLETIVE_OPENINGS:
            return True  # `it’s`
        if word == "it" and j + 1 < k - 1 and tokens[j + 1].lower in COPULAS:
            return True
    return False


def passive(tokens: list[Token], i: int) -> bool:
    """`was told`, `were asked`, `was not told`: the subject of a passive cue listens (but
    `is saying`: a progressive speaks)."""
    aux = i - 1
    while aux > 0 and (tokens[aux].lower in NEGATIONS or is_ly_adverb(tokens[aux])):
        aux -= 1  # `was not told`, `was formally called`: the passive stays
    progressive = tokens[i].lower.endswith("ing")
    return aux >= 0 and tokens[aux].lower in PASSIVE_AUXILIARIES and not progressive


def noun_use(tokens: list[Token], before: tuple[int, int], i: int) -> bool:
    """`his early-morning tweets`, `their claims`: a possessive opens the phrase and only
    lowercase words follow it up to the cue, so the cue is the phrase's head noun."""
    first = tokens[before[0]].lower
    return (
        tokens[i].lower.endswith("s")
        and first in POSSESSIVES
        and all(not t.is_cap for t in tokens[before[0] + 1 : before[1]])
    )


def naming(tokens: list[Token], frame: Frame, i: int) -> bool:
    """`a movement called …`, `The program, called EB-5, …`: `called` after an indefinite
    noun phrase, or before a name set off by commas, names the thing; `called in to a show`,
    `called off the deal`: a phone call or a cancellation, no speech."""
    if tokens[i].lower not in NAMING_CUES or frame.speaker is None:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower in CALL_PARTICLES:
        return True
    if i > 0 and tokens[i - 1].text == "," and _name_then_comma(tokens, i + 1):
        return True
    first = next(t for t in tokens if t.start >= frame.speaker.start)
    return first.lower in ("a", "an")


def _name_then_comma(tokens: list[Token], k: int) -> bool:
    """From `k` a name alone up to a comma: `EB-5,`, `the Virginia Conservation Fund,`."""
    end = next((j for j in range(k, len(tokens)) if tokens[j].text == ","), None)
    if end is None or end == k:
        return False
    words = tokens[k:end]
    if words[0].lower == "the":
        words = words[1:]
    return bool(words) and all(t.is_cap or not t.is_word for t in words)


def adjuncts_only(tokens: list[Token], k: int, right: int) -> bool:
    """Nothing but times and settings up to the clause end: `indicated earlier this week`."""
    rest = [t for t in tokens[k:] if t.start >= right and t.is_word]
    stop = next((n for n, t in enumerate(rest) if t.lower in ("that", "and", "but")), len(rest))
    return all(t.lower in TIME_WORDS or (is_adjunct(t) and not t.is_cap) for t in rest[:stop])


def setting(tokens: list[Token], i: int, right: int) -> bool:
    """What follows the cue is a setting, not speech: `said to reporters`, `on Twitter`,
    `with aides` (but `vowed to expand`: an infinitive cue takes `to`, and `told his advisers
    to …` has its listener first); or a second verb (`yelled and held up a banner`)."""
    first = tokens[i + 1] if i + 1 < len(tokens) else None
    if first is not None and first.start >= right and first.lower in CONJUNCTIONS:
        return True  # `The protester yelled and held up a banner`: a second verb, no content
    if first is None or first.start < right or first.lower not in SETTING_WORDS:
        return False
    return not (first.lower == "to" and tokens[i].lower in INFINITIVE_CUES)


def introduces(token: Token) -> bool:
    """A clause opened by `Asked`, `Speaking`, `When` and the like sets the scene for the
    speaker (`Asked about X, …`, `When pressed, …`); it is not what they said."""
    return token.lower in SCENE_SETTERS


def nested(frame: Frame, frames: list[Frame]) -> bool:
    """The cue sits inside the head a later frame reports (`Scott's relatives, who asked …,
    watched it, attorneys for the family said`): part of what is said, not a report."""
    return any(
        other.rule == "content_speaker_cue.v1"
        and other.content is not None
        and other.content[0].start <= frame.cue.start < other.content[0].end
        for other in frames
    )


def counted(tokens: list[Token], i: int) -> bool:
    """`the U.S. added around 292,000 jobs`, `added 1 million jobs`: `add` with a number after
    it counts, it does not report."""
    if not tokens[i].lower.startswith("add"):
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].lower in APPROXIMATORS:
        k += 1
    return k < len(tokens) and (tokens[k].text[:1].isdigit() or tokens[k].lower in NUMBER_WORDS)
