"""Which entity a proper name means, among the people and organisations met so far.

A bare surname goes to the bearer named most often (`Clinton` after `Hillary Clinton`); a full
name joins the person with that surname and first name, or one met by surname alone; an
organisation is kept by its name without `the`, and its short forms follow it (`the Times`,
`Peabody`). `EntityIndex` (entities.py) finds the names in the text and asks here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotes.attribute.names import is_title_word, name_form
from quotes.attribute.roles import COUNTRIES, honorific_gender, lead_words
from quotes.lexicon import load_table
from quotes.lexicon.entities import (
    CORPORATE_HEADS,
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    NAME_ORG_HEADS,
    PLACES,
)

_FIRST_NAMES = load_table("first_names")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


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


# What `EntityRegistry._by_form` answers when a name's form does not settle it: a person.
UNDECIDED = Entity("", "person")
_NO_LEAD: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(),) * 3


class EntityRegistry:
    """The entities of one article by name: people by surname, organisations by name."""

    def __init__(self) -> None:
        self.people: dict[str, list[Entity]] = {}  # surname -> people
        self.orgs: dict[str, Entity] = {}
        self._org_heads: dict[str, Entity] = {}  # `Times` -> the `New York Times` entity
        self._companies: dict[str, Entity] = {}  # `Peabody` -> the `Peabody Energy` entity
        self._generation = 0  # bumped whenever an entity is born or renamed

    def entity_for_name(self, name: str, lead: list[str]) -> Entity | None:
        """The entity a proper name (titles already removed) refers to, created if new."""
        entity = self._by_form(name)
        return self._person(name, lead) if entity is UNDECIDED else entity

    def _by_form(self, name: str) -> Entity | None:
        """What a name is by its form and the names met so far, without the words before it:
        a place or people (None), an acronym, an organisation; else `UNDECIDED`, a person."""
        words, last, not_speaker = name_form(name)
        single = len(words) == 1
        if single and last in self.people and (name in PLACES or name in COUNTRIES):
            named = [p for p in self.people[last] if p.named]
            if named:  # `Rep. Jim Jordan` ... `Jordan said`: the person, not the country
                return max(named, key=lambda p: p.named)
        if not_speaker:
            # `Saudis`, `Americans`: a people, never the antecedent of `he`; a place or a tag
            # is not a speaker, and must not catch a pronoun
            return None
        if single and name.isupper() and len(name) > 1:
            if self.people.get(last):
                return self.people[last][-1]  # `PENCE:` in a transcript is Mike Pence
            return self.org(name, name.lower())  # `NATO`, `CNN`, a dateline `CHARLOTTE`
        if last in NAME_ORG_HEADS or name in COUNTRIES or len(words) > 4:
            return self.org(name, last)
        if single and name in self._org_heads:
            return self._org_heads[name]  # `the Times` after `The New York Times`
        if single and name in self._companies and not self.people.get(last):
            return self._companies[name]  # `Peabody` after `Peabody Energy`
        return UNDECIDED

    def _person(self, name: str, lead: list[str]) -> Entity | None:
        """The person a name not settled by its form means, created if new; `lead` holds the
        lowercased words before it (titles, roles)."""
        words, last, _ = name_form(name)
        people = self.people.setdefault(last, [])
        # most names come without role words: no sets to build or merge then
        roles, nations, honorific = lead_words(lead) if lead else _NO_LEAD
        if len(words) == 1:
            # a bare surname: the bearer named most often so far (Hillary, not Bill, in an
            # article about her), on a tie the first named (the article's subject comes
            # first); `Mrs. Clinton` only among women
            gender = honorific_gender(honorific) if honorific else None
            entity = _most_named(
                people if gender is None else [p for p in people if p.gender in (gender, None)]
            )
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
        if lead:
            entity.roles |= roles
            entity.nations |= nations
            if roles or honorific:
                entity.strong = True
        known = _FIRST_NAMES.get(words[0].lower()) if len(words) > 1 else None
        if known is not None and entity.gender is None:
            # a common first name is evidence of a person and, mostly, of a gender
            entity.strong = True
            entity.gender = "male" if known == "m" else "female"
        if not honorific:
            return entity
        if honorific & FEMALE_HONORIFICS:
            entity.gender = "female"
        elif honorific & MALE_HONORIFICS:
            entity.gender = "male"
        return entity

    def org(self, name: str, head: str) -> Entity:
        key = _LEADING_THE.sub("", name)
        entity = self.orgs.get(key)
        if entity is None:
            words = key.split()
            short = self._org_heads.get(words[-1]) if " " not in key else None
            if short is not None:
                return short
            entity = self.orgs[key] = Entity(key, "organization", head.lower(), strong=True)
            self._generation += 1
            if " " in key and words[-1][:1].isupper():
                self._org_heads.setdefault(words[-1], entity)
            if head.lower() in CORPORATE_HEADS and " " in key and not is_title_word(words[0]):
                self._companies.setdefault(words[0], entity)
        return entity


def _most_named(people: list[Entity]) -> Entity | None:
    """The person named most often, the first on a tie (as `max` would, without a key)."""
    best = None
    for person in people:
        if best is None or person.named > best.named:
            best = person
    return best
