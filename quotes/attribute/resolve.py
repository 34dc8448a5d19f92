"""Resolve each speaker mention to a canonical speaker, and set type and confidence.

- a proper name goes to its entity (`Putin` -> `Vladimir Putin`);
- `he`/`she` go to the nearest earlier person of a compatible gender, unless the last
  speaker was named within a few sentences (news keeps its speaker as the topic); a resolved
  pronoun joins the mention chain; `it`/`they` go to the last speaker when it is an
  organisation named within a few sentences, else the nearest organisation; `who` to the
  person right before it (a generic source before it keeps it generic), `which` to the
  organisation right before it;
- a descriptor goes to the entity it describes: `the ministry` to the nearest organisation
  with that head that has spoken (else any), `the Russian leader` to a Russian person,
  `the president` to a person introduced with that role;
- generic sources (`officials`, `a source`) keep their mention with a null speaker.

What a mention's words name before any lookup (its proper name, an organisation's name, a role
head) is read in `mentions.py`.
"""

from __future__ import annotations

from functools import lru_cache

from quotes.attribute.entities import Entity, EntityIndex
from quotes.attribute.mentions import org_run, owned_org, proper_name, role_head, strip_determiner
from quotes.attribute.roles import COUNTRIES, nation_words
from quotes.detect.tokens import possessive_base
from quotes.lexicon.entities import (
    AFFILIATIONS,
    GENERIC_SOURCES,
    LEADER_WORDS,
    ORG_HEADS,
    PARTIES,
    PRONOUNS_FEMALE,
    PRONOUNS_FIRST,
    PRONOUNS_MALE,
    PRONOUNS_NEUTER,
    PRONOUNS_PLURAL,
    ROLE_SYNONYMS,
    ROLES,
)
from quotes.lexicon.grammar import ARTICLES
from quotes.rules import rule
from quotes.types import Quote, Span

# Rules whose speaker is lent by a neighbouring quote: its mention may be named again nearer.
_LENT_SPEAKERS = frozenset({"same_paragraph.v1", "nearest_speaker.v1", "bare_paragraph.v1"})
_PERSONAL_PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE
_OTHER_PRONOUNS = PRONOUNS_NEUTER | PRONOUNS_PLURAL
_CHAIN_PRONOUNS = _PERSONAL_PRONOUNS | _OTHER_PRONOUNS
_TOPIC_REACH = 400  # characters within which the last speaker stays the topic of `he`/`she`
# How much a resolution keeps of the rule's confidence.
_BY_NAME, _BY_DESCRIPTOR, _BY_PRONOUN, _GENERIC, _UNRESOLVED = 1.0, 0.9, 0.95, 0.95, 0.6


def resolve_speakers(text: str, quotes: list[Quote], index: EntityIndex) -> None:
    """Fill `speaker_name`, `speaker_type` and `confidence` of every quote, in place."""
    last: Entity | None = None  # the latest resolved speaker: pronouns lean towards it
    # by (start, end): the same as by `Span`, without calling its Python-level hash and `==`
    resolved: dict[tuple[int, int], tuple[Entity | None, float, str]] = {}
    for quote in quotes:
        base = rule(quote.rule).base
        speaker = quote.speaker
        if speaker is None:
            quote.confidence = round(base * _UNRESOLVED, 4)
            continue
        key = (speaker.start, speaker.end)
        resolution = resolved.get(key)
        if resolution is None:
            resolution = resolved[key] = _resolve(text, speaker, index, last)
            found = resolution[0]
            if found is not None and text[speaker.start : speaker.end].lower() in _CHAIN_PRONOUNS:
                # a resolved pronoun is a mention too: the chain `he … he … he` stays on him
                index.add_mention(speaker, found)
        entity, factor, kind = resolution
        if entity is not None and quote.rule in _LENT_SPEAKERS:
            quote.speaker = _latest_mention(index, quote, entity) or quote.speaker
        if entity is not None:
            entity.spoke = True
            last = entity
            quote.speaker_name, quote.speaker_type = entity.name, entity.kind
        else:
            quote.speaker_type = kind
        quote.confidence = round(min(1.0, base * factor), 4)


def _latest_mention(index: EntityIndex, quote: Quote, entity: Entity) -> Span | None:
    """A quote whose speaker a neighbour lent it (`“A,” said Melissa Roloson. Roloson
    supports Clinton. “B …”`) is attributed to the speaker's latest mention before it."""
    if quote.speaker is None:
        return None
    for mention in reversed(index.before(quote.content.start)):
        if mention.start <= quote.speaker.start:
            return None
        if mention.entity is entity:
            return Span(mention.start, mention.end)
    return None


def _resolve(
    text: str, span: Span, index: EntityIndex, last: Entity | None
) -> tuple[Entity | None, float, str]:
    mention = text[span.start : span.end]
    words = mention.split()
    low = [w.lower() for w in words]
    if len(words) == 1:
        found = _resolve_word(text, span, low[0], index, last)
        if found is not None:
            return found
    if all(w in GENERIC_SOURCES or w in ARTICLES or w in AFFILIATIONS for w in low):
        return None, _GENERIC, "generic"  # `Officials`, `Many Democrats`, `Some analysts`
    if low[-1] in ORG_HEADS and words[-1].islower() and any(w[:1].isupper() for w in words[1:]):
        # `the Trump campaign`, `the Obama administration`: an organisation named by the phrase
        entity = index.org(strip_determiner(mention), low[-1])
        index.add_mention(span, entity)
        return entity, _BY_NAME, "organization"
    role = role_head(low)
    if role is not None:
        return _describe(index, span.start, role, low)
    name, org_name = _names_in(mention)
    if org_name is not None:
        # `the Republican National Committee`, `the Association of Flight Attendants`: an
        # organisation's name is kept whole, party and place words included
        entity = index.org(org_name, org_name.split()[-1])
        index.add_mention(span, entity)
        return entity, _BY_NAME, "organization"
    if name is not None:
        if owned_org(low):
            entity = index.org(strip_determiner(mention), low[-1])
        else:
            entity = index.entity_for_name(name, [w.rstrip(".") for w in low[: len(low)]])
        if entity is not None:
            index.add_mention(span, entity)
        return entity, _BY_NAME, entity.kind if entity else "unknown"
    head = possessive_base(low[-1])
    if head in GENERIC_SOURCES or low[0] in ("a", "an", "some", "many", "several", "one"):
        return None, _GENERIC, "generic"
    if head in ORG_HEADS:
        entity = _nearest(
            index,
            span.start,
            lambda e: e.kind == "organization" and e.head == head,
            prefer_spoken=True,
        )
        return entity, _BY_DESCRIPTOR, "organization"
    head = ROLE_SYNONYMS.get(head, head)
    if head in ROLES or head in LEADER_WORDS:
        return _describe(index, span.start, head, low)
    return None, _UNRESOLVED, "unknown"


def _resolve_word(
    text: str, span: Span, word: str, index: EntityIndex, last: Entity | None
) -> tuple[Entity | None, float, str] | None:
    """A one-word mention that is a pronoun (`word` lowercased); None for any other word."""
    if word in _PERSONAL_PRONOUNS:
        gender = "male" if word in PRONOUNS_MALE else "female"
        return _pronoun(index, span.start, gender, last), _BY_PRONOUN, "person"
    if word in _OTHER_PRONOUNS:
        entity = _neuter(index, span.start, last)
        return entity, _BY_PRONOUN, "organization" if word in PRONOUNS_NEUTER else "unknown"
    if word == "who":
        before = text[max(0, span.start - 40) : span.start].replace(",", " ").split()
        if before and possessive_base(before[-1].lower()) in GENERIC_SOURCES:
            return None, _GENERIC, "generic"  # `some economists who argue`
        # `John Bentel, a State Department official who said`: a person before an organisation
        entity = _nearest(index, span.start, lambda e: e.kind == "person", within=200)
        entity = entity or _nearest(index, span.start, lambda e: True)
        return entity, _BY_PRONOUN, "unknown"
    if word == "which":
        # `the European Union, which contended that …`: an organisation just before it
        entity = _nearest(index, span.start, lambda e: e.kind == "organization", within=200)
        return entity, _BY_PRONOUN, "organization" if entity else "unknown"
    if word in PRONOUNS_FIRST:
        return None, _UNRESOLVED, "unknown"
    return None


@lru_cache(maxsize=1 << 14)
def _names_in(mention: str) -> tuple[str | None, str | None]:
    """The proper name and the organisation's name a mention's words give; cached, as the same
    speaker mentions recur within and across articles."""
    words = mention.split()
    return proper_name(words), org_run(words)


def _describe(
    index: EntityIndex, offset: int, head: str, low: list[str]
) -> tuple[Entity | None, float, str]:
    """A descriptor's person: the nearest one introduced with that role, nationality and
    party (`the Russian leader` -> a Russian leader; `the Republican nominee` is not the
    Democratic one)."""
    nations = nation_words(low) | {w.title() for w in low if w.title() in COUNTRIES}
    parties = {ROLE_SYNONYMS.get(w, w) for w in low if w in PARTIES}

    def fits(e: Entity) -> bool:
        if e.kind != "person":
            return False
        if nations and not nations & e.nations:
            return False
        if parties and not parties & e.roles:
            return False
        return bool(nations) or head in e.roles or (head in LEADER_WORDS and bool(e.roles))

    entity = _nearest(index, offset, fits)
    if entity is None and parties:
        # `the Democratic presidential nominee` after only `Democrat Hillary Clinton`: the
        # party alone picks the person when no one was introduced with the role
        entity = _nearest(index, offset, lambda e: e.kind == "person" and bool(parties & e.roles))
    return entity, _BY_DESCRIPTOR, "person"


def _pronoun(index: EntityIndex, offset: int, gender: str, last: Entity | None) -> Entity | None:
    """`he`/`she`: the nearest compatible person, unless the last speaker is among the two
    nearest or was named within the last few sentences, in which case the speaker wins (news
    keeps the speaker as the topic, while other people are named in passing)."""
    seen: list[Entity] = []
    seen_ids: set[int] = set()  # `id` of each entity in `seen` (which keeps them alive)
    seen_names: set[str] = set()
    last_named = None  # where the last speaker was last mentioned
    for mention in reversed(index.before(offset)):
        entity = mention.entity
        if entity is last and last_named is None:
            last_named = mention.start
        if entity.kind != "person" or entity.gender not in (gender, None):
            continue
        # `entity in seen` compares every field (dataclass `==`): settle it by identity, then
        # by name (an equal entity has the same name), before comparing the fields
        if id(entity) in seen_ids or (entity.name in seen_names and entity in seen):
            continue
        if not (entity.strong or entity.spoke) and entity is not last:
            continue
        seen.append(entity)
        seen_ids.add(id(entity))
        seen_names.add(entity.name)
        if len(seen) == 2 and (last is None or last_named is not None or last in seen):
            break
    if last is not None and last.kind == "person":
        if last in seen[:2]:
            return last  # already a compatible candidate
        if last.gender == gender and last_named and offset - last_named < _TOPIC_REACH:
            return last  # a known-gender speaker stays the topic past people named in passing
    if seen:
        return seen[0]
    return _nearest(index, offset, lambda e: e.kind == "person" and e.gender in (gender, None))


def _neuter(index: EntityIndex, offset: int, last: Entity | None) -> Entity | None:
    """`it`/`they`: the last speaker when it is an organisation named within the last few
    sentences (`Taiwan complained … It described the incidents as …`: not China, named in
    passing), else the nearest organisation."""
    if last is not None and last.kind == "organization":
        for mention in reversed(index.before(offset)):
            if offset - mention.start > _TOPIC_REACH:
                break
            if mention.entity is last:
                return last
    return _nearest(index, offset, lambda e: e.kind == "organization")


def _nearest(
    index: EntityIndex,
    offset: int,
    fits,
    *,
    prefer_strong: bool = False,
    prefer_spoken: bool = False,
    within: int | None = None,
) -> Entity | None:
    """The entity of the latest mention before `offset` that `fits`, with preferences;
    `within` bounds how far back (in characters) a mention may start."""
    fallback: Entity | None = None
    for mention in reversed(index.before(offset)):
        if within is not None and offset - mention.start > within:
            break
        entity = mention.entity
        if not fits(entity):
            continue
        if prefer_strong and not (entity.strong or entity.spoke):
            fallback = fallback or entity
            continue
        if prefer_spoken and not entity.spoke:
            fallback = fallback or entity
            continue
        return entity
    return fallback
