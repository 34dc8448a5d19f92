"""Speaker resolution: pronouns, descriptors, organisations, generic sources."""

import pytest

from quotes import extract


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(r["speaker"], r["speaker_type"]) for r in extract(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Russian President Vladimir Putin spoke on Monday. “We are ready,” the Russian "
            "leader said.",
            [("Vladimir Putin", "person")],
        ),
        (
            "Sen. Maria Lopez arrived late. “It is a disgrace,” she said.",
            [("Maria Lopez", "person")],
        ),
        (
            "Taiwan's defense ministry said a balloon was seen. China's defense ministry did not "
            "respond. It vanished later, the ministry said.",
            [("Taiwan's defense ministry", "organization")] * 2,
        ),
        ("Officials said the road would reopen on Friday.", [(None, "generic")]),
        (
            "Vladimir Putin met the press. Putin said the talks had failed.",
            [("Vladimir Putin", "person")],
        ),
        (
            "The New York Post reported that the deal collapsed. The Post said talks ended.",
            [("New York Post", "organization"), ("New York Post", "organization")],
        ),
    ],
)
def test_speaker_resolution(text, expected):
    assert _speakers(text) == expected


def test_every_record_names_its_rule_and_confidence():
    from quotes.rules import RULES

    for record in extract("“No,” he said. Officials said it was late, according to AP."):
        assert record["rule"] in RULES
        assert 0.0 <= record["confidence"] <= 1.0


def test_unknown_rule_is_rejected_with_valid_names():
    from quotes.rules import rule

    with pytest.raises(ValueError, match="valid rules: .*speaker_cue.v1"):
        rule("nope.v0")


def test_bare_surname_means_the_bearer_named_most():
    text = (
        "Hillary Clinton spoke in Ohio. Hillary Clinton then flew to Iowa, where Bill Clinton "
        "joined her. Clinton said the race was close."
    )
    assert [r["speaker"] for r in extract(text)] == ["Hillary Clinton"]


def test_descriptor_with_party_finds_the_right_nominee():
    text = (
        "Democratic presidential nominee Hillary Clinton and Republican presidential nominee "
        "Donald Trump met. The Republican nominee said the debate was rigged."
    )
    assert [r["speaker"] for r in extract(text)] == ["Donald Trump"]


def test_transcript_speaker_in_capitals_is_the_named_person():
    text = "Mike Pence faced Tim Kaine.\n\nKAINE: We will not build a wall."
    assert [r["speaker"] for r in extract(text)] == ["Tim Kaine"]


def test_pronoun_chain_stays_on_the_speaker_past_people_named_in_passing():
    text = (
        "“We need a plan,” said Don Fowler, a former party chairman.\n\n"
        "Fowler noted that in 1972 he backed Sargent Shriver to replace Thomas Eagleton as "
        "George McGovern’s running mate.\n\n"
        "That transition was seamless, he said.\n\n"
        "Joe Biden was not mentioned. That is why, he argued, the party should be ready."
    )
    speakers = [r["speaker"] for r in extract(text)]
    assert speakers and set(speakers) == {"Don Fowler"}


def test_a_possessive_ends_a_name():
    from quotes.attribute import EntityIndex

    index = EntityIndex("John Dickey appeared on Larry King's Russia Today show.", [])
    names = {(m.entity.name, m.entity.kind) for m in index.mentions}
    assert ("Larry King", "person") in names
    assert not any("'s" in name for name, _ in names)


def test_surname_that_is_a_country_means_the_person_named_in_full():
    text = (
        "Rep. Jim Jordan (R-Ohio) questioned the deal. Jordan said the FBI had gone soft.\n\n"
        "Jordan, the country, said it would host the talks."
    )
    assert [r["speaker"] for r in extract(text)][0] == "Jim Jordan"
    # without a person of that name, the country stays a country
    assert [r["speaker"] for r in extract("Jordan said it would host the talks.")] == ["Jordan"]


def test_title_case_headline_words_are_not_part_of_a_name():
    text = (
        "Railing Against Trump, Sanders Vows To Act.\n\n"
        "Donald Trump spoke on Monday. “The tax laws are unfair,” Trump said."
    )
    assert [r["speaker"] for r in extract(text)] == ["Donald Trump"]


def test_company_first_word_means_the_company():
    text = "The mine came from Peabody Energy. In a statement, Peabody said the spinoff was sound."
    assert [(r["speaker"], r["speaker_type"]) for r in extract(text)] == [
        ("Peabody Energy", "organization")
    ]
    # a person with that surname is not the company
    text = "Jane Peabody ran Peabody Energy. Peabody said the spinoff was sound."
    assert [r["speaker"] for r in extract(text)] == ["Jane Peabody"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jean-Marc Ayrault, the foreign minister of France, arrived. North Korea must stop, "
            "the foreign minister of France said.",
            "Jean-Marc Ayrault",
        ),
        (
            "Rep. Adam Schiff spoke first. The plan is designed to sow discord, the California "
            "congressman said.",
            "Adam Schiff",
        ),
        # a role read across a verb is no role: the businessman is not Clinton
        (
            "The New York businessman says of Clinton that she lies. The rally ended, the "
            "businessman said.",
            None,
        ),
    ],
)
def test_role_descriptor_with_a_place_finds_the_role_holder(text, expected):
    assert [r["speaker"] for r in extract(text)][-1] == expected


def test_modifiers_before_an_inverted_speaker_name():
    text = "“They are 100 percent wrong,” said 9/11 widow Terry Strada."
    records = extract(text)
    assert [(r["speaker_mention"], r["rule"]) for r in records] == [
        ("Terry Strada", "quote_trailing_cue.v1")
    ]
    # a time phrase is not a modifier of a name
    records = extract("“It is over,” said last week Trump.")
    assert all(r["speaker_mention"] != "Trump" for r in records)


def test_party_descriptor_falls_back_to_the_party_member():
    text = (
        "The race pits Republican Donald Trump against Democrat Hillary Clinton.\n\n"
        "The Democratic presidential nominee says every child should have a chance."
    )
    assert [r["speaker"] for r in extract(text)] == ["Hillary Clinton"]


def test_and_inside_an_organisation_name():
    text = (
        "The Securities and Exchange Commission said the fund had lied.\n\n"
        "Trump and Clinton met on Monday. Clinton said the debate was fair."
    )
    assert [r["speaker"] for r in extract(text)] == [
        "Securities and Exchange Commission",
        "Clinton",  # `Trump and Clinton` are two people, not one name
    ]


def test_a_plural_nationality_is_no_antecedent():
    text = (
        "“We will not pay,” the Saudis state in the letter.\n\n"
        "“The system is rigged,” he told reporters."
    )
    records = extract(text)
    assert records[-1]["speaker_mention"] == "he"
    assert records[-1]["speaker"] != "Saudis"


def test_unnamed_people_nouns_are_generic_speakers():
    records = extract("“It was a nightmare,” said the woman.")
    assert [(r["speaker_mention"], r["speaker_type"]) for r in records] == [
        ("the woman", "generic")
    ]


def test_a_lent_speaker_is_attributed_to_its_latest_mention():
    text = (
        '"Immigration is important but education matters more," says Melissa Roloson, 32, of '
        'Sodus. Roloson supports Hillary Clinton in the race. "I am a college graduate, but I '
        'have student loans to pay."'
    )
    records = [(r["speaker_mention"], r["speaker"], r["rule"]) for r in extract(text)]
    assert records == [
        ("Melissa Roloson", "Melissa Roloson", "quote_trailing_cue.v1"),
        ("Roloson", "Melissa Roloson", "same_paragraph.v1"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fox News said the debate would go ahead.",
            [("Fox News", "organization")],
        ),
        (
            "Melania Trump told NBC News before her appearance that she had written it. “I read "
            "it once,” she said.",
            [("Melania Trump", "person")] * 2,
        ),
    ],
)
def test_a_name_ending_in_news_is_an_organisation_and_no_he_or_she(text, expected):
    assert _speakers(text) == expected
