"""The people and organisations an article names, with one canonical name each.

Names are runs of capitalised words outside quotation marks. A run opened by roles and
nationality words (`Russian President Vladimir Putin`) records them on the entity, so that
`the Russian leader` or `the president` can find it later. Runs that share a surname are one
person (`Vladimir Putin`, `Putin`); the canonical name is the fullest form without titles.
Gender comes from the article itself: honorifics and the pronouns that follow a mention.
The role words around a name are read in `roles.py`, title words split off in `names.py`;
which entity a name means is settled in `registry.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from quotes.attribute.lowercase import LowercaseWords
from quotes.attribute.names import NAME_RUN, is_title_run
from quotes.attribute.owned import owned_org_matches
from quotes.attribute.registry import UNDECIDED, Entity, EntityRegistry
from quotes.attribute.roles import appositive_roles, lowercase_roles
from quotes.attribute.runs import first_word, opens_sentence, org_in_run, person_run
from quotes.detect.tokens import possessive_base
from quotes.lexicon.entities import NOT_NAMES, ORG_HEADS
from quotes.types import Span

__all__ = ["Entity", "EntityIndex", "Mention"]

_RUN_CHAR = re.compile(r"[\w’'\-. \t]")  # every character a match of `NAME_RUN` may hold

# `[.!?]\s|\n` opening with one character class, which the engine scans for fast: a newline
# (the lookbehind sees it) or one of .!? before a space; the same starts, twice as fast.
_SENTENCE_STOP = re.compile(r"[.!?\n](?:(?<=\n)|\s)")
# The lookahead (case-insensitive too) lets the engine skip to an `h` or `s`: same matches, in
# half the time.
_PRONOUN_AFTER = re.compile(r"(?=[hs])\b(he|his|him|she|her|hers)\b", re.IGNORECASE)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


class EntityIndex(EntityRegistry):
    """Entities of one article, and their mentions in text order."""

    def __init__(self, text: str, quoted: list[Span]) -> None:
        super().__init__()
        self.text = text
        self._quoted = sorted(quoted, key=lambda q: q.start)
        self._quote_starts = [q.start for q in self._quoted]
        self.mentions: list[Mention] = []
        self._lower_words = LowercaseWords(text)
        self._scan_names()
        self._scan_owned_orgs()
        self.mentions.sort(key=attrgetter("start"))
        self._starts = [m.start for m in self.mentions]

    # -- building ---------------------------------------------------------------------------
    def _inside_quote(self, offset: int) -> bool:
        # quoted spans are sorted and disjoint: the only candidate starts at or before offset
        k = bisect_right(self._quote_starts, offset) - 1
        return k >= 0 and offset < self._quoted[k].end

    def _runs_outside_quotes(self) -> Iterator[re.Match[str]]:
        """`NAME_RUN.finditer(text)`, without the runs that start inside a quotation.

        Past the first run inside a quotation the search resumes at its end, when nothing it
        would find there can reach out: no run holds the closing mark (`”`, `"`, not `'`), and
        no other quotation starts inside (so every run skipped would have been dropped). A
        fifth of the text is quoted."""
        text, starts, quoted, k = self.text, self._quote_starts, self._quoted, 0
        resume: int | None = 0
        while resume is not None:
            runs, resume = NAME_RUN.finditer(text, resume), None
            for match in runs:
                start = match.start()
                k = bisect_right(starts, start, k)  # `_inside_quote`, for runs in text order
                if not k or start >= quoted[k - 1].end:
                    yield match
                    continue
                end = quoted[k - 1].end
                alone = k == len(starts) or starts[k] >= end  # no quotation starts inside
                if alone and _RUN_CHAR.match(text, end - 1) is None:  # (None past the text)
                    resume = end
                    break

    def _scan_names(self) -> None:
        text, mentions = self.text, self.mentions
        seen: dict[str, tuple[int, int, Entity, bool, int]] = {}  # runs met before
        for match in self._runs_outside_quotes():
            start = match.start()
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
                base = possessive_base(run)
                if opens_sentence(text, start) and self._is_common(base.lower()):
                    continue
                entity = self._by_form(base)
                if entity is UNDECIDED:  # role words before the name matter only now
                    entity = self._person(base, lowercase_roles(text, start))
                if entity is not None:
                    mentions.append(Mention(start, start + len(base), entity))
                    seen[run] = (0, len(base), entity, False, self._generation)
                continue
            org = org_in_run(run)
            if org is not None:
                # `Democratic National Committee`, `Federal Bureau of Prisons`: a whole name
                start += org.offset
                entity = self.org(org.base, org.head)
                mentions.append(Mention(start, start + len(org.base), entity))
                continue
            # `Unlike Patriot`, `Many voters`: a capitalised common word opens the sentence
            opens = opens_sentence(text, start)
            parts = person_run(run, opens and self._is_common(first_word(run)))
            if parts is None:
                continue  # titles only: `White House`
            start += parts.offset
            lead = [*parts.titles, *lowercase_roles(text, start)]
            entity = self.entity_for_name(parts.base, lead)
            if entity is None:
                continue
            end = start + len(parts.base)
            mentions.append(Mention(start, end, entity))
            votes = parts.words > 1  # a bare surname may be another family member's
            if votes:
                self._vote_gender(entity, end, lead)
                self._add_appositive(entity, end)
            skip = start - match.start()
            if not skip or not opens:
                seen[run] = (skip, len(parts.base), entity, votes, self._generation)

    def _is_common(self, low: str) -> bool:
        """A word (lowercased) that opening a sentence is no name: the article also writes it
        in lowercase (`Many voters`, `Unlike Patriot`)."""
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

    def _add_appositive(self, entity: Entity, end: int) -> None:
        roles, nations = appositive_roles(self.text, end)
        if roles:  # mostly there is no appositive at all
            entity.roles |= roles
        if nations:
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
