"""The people and organisations an article names, with one canonical name each.

Names are runs of capitalised words outside quotation marks. A run opened by roles and
nationality words (`Russian President Vladimir Putin`) records them on the entity, so that
`the Russian leader` or `the president` can find it later. Runs that share a surname are one
person (`Vladimir Putin`, `Putin`); the canonical name is the fullest form without titles.
Gender comes from the article itself: honorifics and the pronouns that follow a mention.
The role words around a name are read in `roles.py`, title words split off in `names.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from quotes.attribute.lowercase import LowercaseWords
from quotes.attribute.names import (
    NAME_RUN,
    gap_after,
    headline_break,
    is_title_run,
    is_title_word,
    name_form,
    split_title,
)
from quotes.attribute.owned import owned_org_matches
from quotes.attribute.roles import (
    COUNTRIES,
    appositive_roles,
    honorific_gender,
    lead_words,
    lowercase_roles,
)
from quotes.detect.tokens import possessive_base
from quotes.lexicon import load_table
from quotes.lexicon.entities import (
    CORPORATE_HEADS,
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    NOT_NAMES,
    ORG_HEADS,
    PLACES,
)
from quotes.types import Span

_SENTENCE_START = re.compile(r"(?:^|[.!?][”’\"']?\s+|\n\s*)$")
_FIRST_NAMES = load_table("first_names")
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
_PRONOUN_AFTER = re.compile(r"\b(he|his|him|she|her|hers)\b", re.IGNORECASE)


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # person | organization
    head: str = ""  # last word, lowercased: `ministry`, `putin`
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)
    votes: list[int] = field(default_factory=lambda: [0, 0])  # male, female pronoun votes
    strong: bool = False  # known to be a person/organisation, not just capitalised words
    spoke: bool = False
    named: int = 0  # mentions by full name, which settle whom a bare surname means


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


class EntityIndex:
    """Entities of one article, and their mentions in text order."""

    def __init__(self, text: str, quoted: list[Span]) -> None:
        self.text = text
        self._quoted = sorted(quoted, key=lambda q: q.start)
        self._quote_starts = [q.start for q in self._quoted]
        self.mentions: list[Mention] = []
        self.people: dict[str, list[Entity]] = {}  # surname -> people
        self.orgs: dict[str, Entity] = {}
        self._org_heads: dict[str, Entity] = {}  # `Times` -> the `New York Times` entity
        self._companies: dict[str, Entity] = {}  # `Peabody` -> the `Peabody Energy` entity
        self._lower_words = LowercaseWords(text)
        self._generation = 0  # bumped whenever an entity is born or renamed
        self._scan_names()
        self._scan_owned_orgs()
        self.mentions.sort(key=attrgetter("start"))
        self._starts = [m.start for m in self.mentions]

    # -- building ---------------------------------------------------------------------------
    def _inside_quote(self, offset: int) -> bool:
        # quoted spans are sorted and disjoint: the only candidate starts at or before offset
        k = bisect_right(self._quote_starts, offset) - 1
        return k >= 0 and offset < self._quoted[k].end

    def _scan_names(self) -> None:
        text, mentions = self.text, self.mentions
        seen: dict[str, tuple[int, int, Entity, bool, int]] = {}  # runs met before
        starts, quoted, k = self._quote_starts, self._quoted, 0
        for match in NAME_RUN.finditer(text):
            start = match.start()
            k = bisect_right(starts, start, k)  # `_inside_quote`, for runs in text order
            if k and start < quoted[k - 1].end:
                continue
            run = match.group()
            if " " not in run and is_title_run(run):
                continue  # `The`, `It's`, `President`: the common case, settled cheaply
            known = seen.get(run)
            if known is not None and (known[3] or known[4] == self._generation):
                # the same run again (hot path): a full name always means the same entity; a
                # bare surname only while no entity was born or renamed since
                skip, length, entity, full, _ = known
                start += skip
                mentions.append(Mention(start, start + length, entity))
                if full:  # a full name votes on gender and counts as naming the person
                    self._vote_gender(entity, start + length, [])
                    entity.named += 1
                    entity.roles.update(lowercase_roles(text, start))
                    self._add_appositive(entity, start + length)
                continue
            if " " not in run:  # a single word: no titles to split off (hot path)
                if self._common_word_opening(run, start):
                    continue
                base = possessive_base(run)
                entity = self.entity_for_name(base, lowercase_roles(text, start))
                if entity is not None:
                    mentions.append(Mention(start, start + len(base), entity))
                    seen[run] = (0, len(base), entity, False, self._generation)
                continue
            words = run.split()
            if len(words) > 1 and any(w.lower() in ORG_HEADS for w in words[1:]):
                # `Democratic National Committee`, `Federal Bureau of Prisons`: a whole name
                if words[0] in ("The", "A"):
                    start += len(words[0]) + 1
                    words = words[1:]
                base = possessive_base(" ".join(words))
                entity = self.org(base, words[-1])
                self.mentions.append(Mention(start, start + len(base), entity))
                continue
            if self._common_word_opening(words[0], start):
                # `Unlike Patriot`, `Many voters`: a capitalised common word opens the sentence
                start += len(words[0]) + 1 + gap_after(self.text, start + len(words[0]))
                words = words[1:]
                if not words:
                    continue
            cut = headline_break(words)
            headline, words = words[:cut], words[cut:]
            lead, words = split_title(words)
            for word in headline + lead:
                start += len(word) + 1 + gap_after(self.text, start + len(word))
            lead = [w.lower().rstrip(".") for w in lead] + lowercase_roles(self.text, start)
            if not words:
                continue
            name = " ".join(words)
            base = possessive_base(name)
            end = start + len(base)
            entity = self.entity_for_name(base, lead)
            if entity is None:
                continue
            self.mentions.append(Mention(start, end, entity))
            votes = len(words) > 1  # a bare surname may be another family member's
            if votes:
                self._vote_gender(entity, end, lead)
                self._add_appositive(entity, end)
            if start == match.start() or not _SENTENCE_START.search(
                self.text, max(0, match.start() - 4), match.start()
            ):
                seen[run] = (start - match.start(), len(base), entity, votes, self._generation)

    def _common_word_opening(self, word: str, start: int) -> bool:
        """A sentence-initial word the article also writes in lowercase is no name."""
        if not _SENTENCE_START.search(self.text, max(0, start - 4), start):
            return False
        low = possessive_base(word).lower()
        return low in NOT_NAMES or low in self._lower_words

    def _scan_owned_orgs(self) -> None:
        # `Taiwan's defense ministry`, `China's foreign ministry`: an owner and a lowercase head
        for match in owned_org_matches(self.text):
            tail = match.group(2).split()
            if not tail or tail[-1] not in ORG_HEADS or self._inside_quote(match.start()):
                continue
            end = match.start(2) + len(match.group(2))
            entity = self.org(self.text[match.start() : end], tail[-1])
            self.mentions.append(Mention(match.start(), end, entity))

    def entity_for_name(self, name: str, lead: list[str]) -> Entity | None:
        """The entity a proper name (titles already removed) refers to, created if new."""
        words, last, not_speaker = name_form(name)
        if len(words) == 1 and last in self.people and (name in PLACES or name in COUNTRIES):
            named = [p for p in self.people[last] if p.named]
            if named:  # `Rep. Jim Jordan` ... `Jordan said`: the person, not the country
                return max(named, key=lambda p: p.named)
        if not_speaker:
            # `Saudis`, `Americans`: a people, never the antecedent of `he`; a place or a tag
            # is not a speaker, and must not catch a pronoun
            return None
        if len(words) == 1 and name.isupper() and len(name) > 1:
            if self.people.get(last):
                return self.people[last][-1]  # `PENCE:` in a transcript is Mike Pence
            return self.org(name, name.lower())  # `NATO`, `CNN`, a dateline `CHARLOTTE`
        if last in ORG_HEADS or name in COUNTRIES or len(words) > 4:
            return self.org(name, last)
        if len(words) == 1 and name in self._org_heads:
            return self._org_heads[name]  # `the Times` after `The New York Times`
        if len(words) == 1 and name in self._companies and not self.people.get(last):
            return self._companies[name]  # `Peabody` after `Peabody Energy`
        people = self.people.setdefault(last, [])
        roles, nations, honorific = lead_words(lead) if lead else (set(), set(), set())
        if len(words) == 1:
            # a bare surname: the bearer named most often so far (Hillary, not Bill, in an
            # article about her), on a tie the first named (the article's subject comes
            # first); `Mrs. Clinton` only among women
            gender = honorific_gender(honorific)
            bearers = [p for p in people if gender is None or p.gender in (gender, None)]
            entity = max(bearers, key=lambda p: p.named) if bearers else None
            if entity is not None and honorific:
                entity.named += 1  # `Mrs. Clinton` names her as surely as her full name
            if entity is None:
                if name in self.orgs:
                    return self.orgs[name]
                entity = Entity(name, "person", last)
                people.append(entity)
                self._generation += 1
        else:
            entity = next((p for p in people if p.name.split()[0] == words[0]), None)
            if entity is None:
                single = next((p for p in people if " " not in p.name), None)
                entity = single or Entity(name, "person", last)
                if single is None:
                    people.append(entity)
                self._generation += 1
            if len(words) > len(entity.name.split()):
                entity.name = name
                self._generation += 1
            entity.named += 1
        entity.roles |= roles
        entity.nations |= nations
        if roles or honorific:
            entity.strong = True
        known = _FIRST_NAMES.get(words[0].lower()) if len(words) > 1 else None
        if known is not None and entity.gender is None:
            # a common first name is evidence of a person and, mostly, of a gender
            entity.strong = True
            entity.gender = "male" if known == "m" else "female"
        if honorific & FEMALE_HONORIFICS:
            entity.gender = "female"
        elif honorific & MALE_HONORIFICS:
            entity.gender = "male"
        return entity

    def org(self, name: str, head: str) -> Entity:
        key = re.sub(r"^(?:the|The)\s+", "", name)
        entity = self.orgs.get(key)
        if entity is None:
            short = self._org_heads.get(key.split()[-1]) if " " not in key else None
            if short is not None:
                return short
            entity = self.orgs[key] = Entity(key, "organization", head.lower(), strong=True)
            self._generation += 1
            last = key.split()[-1]
            if " " in key and last[:1].isupper():
                self._org_heads.setdefault(last, entity)
            first = key.split()[0]
            if head.lower() in CORPORATE_HEADS and " " in key and not is_title_word(first):
                self._companies.setdefault(first, entity)
        return entity

    def _add_appositive(self, entity: Entity, end: int) -> None:
        roles, nations = appositive_roles(self.text, end)
        entity.roles |= roles
        entity.nations |= nations

    def _vote_gender(self, entity: Entity, end: int, lead: list[str]) -> None:
        """The first he/she pronoun within the next sentence or so votes on the gender."""
        if entity.kind != "person":
            return
        window = self.text[end : end + 120]
        stop = _SENTENCE_STOP.search(window)
        match = _PRONOUN_AFTER.search(window, 0, stop.start() if stop else len(window))
        if match is None:
            return
        female = match.group(1).lower() in ("she", "her", "hers")
        entity.votes[int(female)] += 1
        # a pronoun after a full name is evidence of a person; after one word (`Friday`,
        # `Springfield`) it is as likely about someone else
        entity.strong = entity.strong or " " in entity.name
        if entity.gender is None or sum(entity.votes) > 2:
            entity.gender = "female" if entity.votes[1] > entity.votes[0] else "male"

    # -- lookups ----------------------------------------------------------------------------
    def before(self, offset: int) -> list[Mention]:
        """Mentions that start before `offset`, nearest last."""
        return self.mentions[: bisect_left(self._starts, offset)]

    def add_mention(self, span: Span, entity: Entity) -> None:
        index = bisect_left(self._starts, span.start)
        self.mentions.insert(index, Mention(span.start, span.end, entity))
        self._starts.insert(index, span.start)
