"""The fast forms of the entity index's name searches find exactly what the plain forms find.

`attribute/names.NAME_RUN`, `attribute/owned.owned_org_matches` and
`EntityIndex._runs_outside_quotes` are rewritten for speed; each is checked here against the
plain form it replaced, on news-like text rich in capitals, titles, possessives and quotes.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotes.attribute.entities import EntityIndex
from quotes.attribute.names import NAME_RUN
from quotes.attribute.owned import OWNED_ORG, owned_org_matches
from quotes.detect.marks import quoted_spans
from quotes.segment import paragraphs
from quotes.types import Span

# The plain forms, as they were before the speed work.
_CAP = (
    r"(?:(?:[A-Z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt)\."
    r"|[A-Z][\w’'\-]*)"
)
PLAIN_NAME_RUN = re.compile(
    rf"(?=[A-Z]){_CAP}(?:(?<![’']s)[ \t]+(?:(?:of|de|van|von|bin|al|da|del|la|le)[ \t]+)?{_CAP})*"
)

PIECES = [
    " ", "  ", "\t", "\n", ", ", ". ", "! ", "? ", "-", "—", "'s", "’s", "'", "’", "s", "“", "”",
    '"', "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sen.", "Capt.", "Mrs", "Mr", "St", "U.S.", "A.",
    "J.K.", "of", "de", "van", "al", "the", "ministry", "Taiwan", "China", "Putin", "Vladimir",
    "Defense", "New York Times", "said", "he", "she", "It", "O'Brien", "McConnell", "x", "Z",
    "a", "É", "1990s", "R-Va.",
]  # fmt: skip
NEWS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
TEXT = st.one_of(NEWS, st.text(alphabet="MrsSt.'’ aAZ-\n\t“”", max_size=60))


def spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@given(TEXT)
def test_name_run_finds_what_the_plain_pattern_finds(text):
    assert spans(NAME_RUN.finditer(text)) == spans(PLAIN_NAME_RUN.finditer(text))


@given(TEXT)
def test_owned_orgs_found_near_possessives_are_those_of_a_whole_scan(text):
    assert spans(owned_org_matches(text)) == spans(OWNED_ORG.finditer(text))


@given(TEXT)
def test_runs_outside_quotes_are_the_plain_filter(text):
    quoted = quoted_spans(text, list(paragraphs(text)))
    marked = [Span(q.open_at, q.close_end) for q in quoted]
    index = EntityIndex(text, marked)
    plain = [m for m in NAME_RUN.finditer(text) if not index._inside_quote(m.start())]
    assert spans(index._runs_outside_quotes()) == spans(plain)
