"""The lexicons are data: check their shape and the entries the rules rely on."""

import re

import pytest

from quotes.lexicon import load_lines, load_table
from quotes.lexicon.abbreviations import NEWS_ABBREVIATIONS, TITLE_ABBREVIATIONS
from quotes.lexicon.cues import CLAUSE_CUES, SPEECH_CUES, THAT_CUES
from quotes.lexicon.entities import GENERIC_SOURCES, NATIONALITIES, ORG_HEADS, PLACES
from quotes.lexicon.marks import ALL_MARKS, PAIRS
from quotes.rules import RULES


@pytest.mark.parametrize(
    "abbreviation",
    "mr mrs ms dr gen lt col sen rep gov st jr inc corp co ltd no vs a.m p.m u.s u.k u.n e.u "
    "jan feb aug sept oct nov dec".split(),
)
def test_news_abbreviations_never_end_a_sentence(abbreviation):
    assert abbreviation in NEWS_ABBREVIATIONS


def test_titles_are_abbreviations_too():
    assert TITLE_ABBREVIATIONS <= NEWS_ABBREVIATIONS | {"pres", "supt", "insp", "det", "atty"}


def test_cue_classes_do_not_overlap_and_are_lowercase():
    assert not CLAUSE_CUES & THAT_CUES
    assert all(cue == cue.lower() and " " not in cue for cue in SPEECH_CUES)


@pytest.mark.parametrize("noun", ["states", "points", "calls", "posts", "remarks"])
def test_forms_that_are_mostly_nouns_are_not_cues(noun):
    assert noun not in SPEECH_CUES


def test_marks_pair_up():
    for opening, closings in PAIRS.items():
        assert all(ch in ALL_MARKS for ch in opening + closings)


def test_entities_lexicons():
    assert {"ministry", "company", "campaign", "agency"} <= ORG_HEADS
    assert {"officials", "sources", "critics", "analysts"} <= GENERIC_SOURCES
    assert NATIONALITIES["russian"] == "Russia" and NATIONALITIES["taiwanese"] == "Taiwan"
    assert "West Virginia" in PLACES


def test_first_names_table():
    names = load_table("first_names")
    assert names["john"] == "m" and names["mary"] == "f"
    assert set(names.values()) == {"m", "f"}
    assert len(names) > 1000


def test_learned_punkt_abbreviations_are_clean():
    learned = load_lines("punkt_learned")
    assert {"sen", "gov", "u.s"} <= learned
    assert all(re.fullmatch(r"[a-z][a-z.&\-]*", entry) for entry in learned)


def test_rule_names_are_versioned():
    assert all(re.fullmatch(r"[a-z_]+\.v\d+", name) for name in RULES)
    assert all(0.0 <= rule.base <= 1.0 for rule in RULES.values())


def test_grammar_word_classes():
    from quotes.lexicon.grammar import ARTICLES, DETERMINERS, NAME_PARTICLES, POSSESSIVES

    assert "that" in ARTICLES and "that" not in DETERMINERS  # `that` opens content, not a phrase
    assert POSSESSIVES <= DETERMINERS
    assert all(p == p.lower() for p in NAME_PARTICLES)  # only lowercase particles join names
