"""Quote-marked speech: where mixed quotes end, which verbs report by quoting, colon sources."""

import pytest

from quotes import extract


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(r["quote"], r["type"]) for r in extract(text)]


@pytest.mark.parametrize(
    "text, quote",
    [
        # a second verb, a participle, a contrast, a relative clause, a lone dash end it
        (
            "The mayor said the budget was “a fantasy” and accused the council of hiding debts.",
            "the budget was “a fantasy”",
        ),
        (
            "The coach said his team had “played scared,” adding that the season was not over.",
            "his team had “played scared,”",
        ),
        (
            "The senator said she would offer “a friendly word” to the winner but did not "
            "name anyone in particular.",
            "she would offer “a friendly word” to the winner",
        ),
        (
            "The chef said the menu was “a love letter” to his town, which he left at ten.",
            "the menu was “a love letter” to his town",
        ),
        (
            "The pilot said the storm was “nothing special” - and she landed an hour later.",
            "the storm was “nothing special”",
        ),
        (
            "The mayor said the vote was “rigged,” a charge the council denied at once.",
            "the vote was “rigged,”",
        ),
        (
            "The mayor said the plan was “dead” (though some aides disagreed in private).",
            "the plan was “dead”",
        ),
        # a second predicate with an irregular verb, a concession, a clause of time
        (
            "The governor called the levy “a scam” and made no mention of the deficit.",
            "the levy “a scam”",
        ),
        (
            "The mayor said the bridge was “a mistake,” although she supports repairing it.",
            "the bridge was “a mistake,”",
        ),
        (
            "The senator says he is “excited where we stand” as he faces a tough primary.",
            "he is “excited where we stand”",
        ),
    ],
)
def test_mixed_content_ends_with_its_clause(text, quote):
    assert (quote, "mixed") in _quotes(text)


@pytest.mark.parametrize(
    "text, quote",
    [
        # paired dashes are an aside; a quote right after the break goes on with the report
        (
            "The writer said the plan to “fix everything” - a slogan from May - was dead.",
            "the plan to “fix everything” - a slogan from May - was dead",
        ),
        (
            "The mayor said the deal was “fair” but “far too slow” for the city.",
            "the deal was “fair” but “far too slow” for the city",
        ),
        (
            "The judge said the case was “closed,” including the appeal filed in June.",
            "the case was “closed,” including the appeal filed in June",
        ),
        # `even though` and `such as` go on with the reported clause
        (
            "The mayor said she is “not ready” to sign it, even though the council voted yes.",
            "she is “not ready” to sign it, even though the council voted yes",
        ),
        (
            "The chef said he wants “real food” such as the stews of his town.",
            "he wants “real food” such as the stews of his town",
        ),
    ],
)
def test_mixed_content_goes_on(text, quote):
    assert (quote, "mixed") in _quotes(text)


@pytest.mark.parametrize(
    "text, quote",
    [
        # a report in a subordinate clause ends at the comma before the main clause
        (
            "While the mayor said the plan was “a mess,” her aides praised it in public.",
            "the plan was “a mess,”",
        ),
        (
            "Even as the senator has said that she opposes “new taxes” in any form, her "
            "party keeps proposing them.",
            "she opposes “new taxes” in any form,",
        ),
        # another quoted fragment after the comma goes on; outside a subordinate clause a
        # comma ends nothing
        (
            "When the mayor said the plan was “a mess,” and “a waste,” the council walked out.",
            "the plan was “a mess,” and “a waste,”",
        ),
        (
            "The mayor said the plan was “a mess” for the town, the county and the state.",
            "the plan was “a mess” for the town, the county and the state",
        ),
    ],
)
def test_mixed_content_in_a_subordinate_clause(text, quote):
    assert (quote, "mixed") in _quotes(text)


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "The coach calls the referee “a menace” in his new book.",
            "the referee “a menace” in his new book",
        ),
        (
            "The governor likened the bill to “a tax on breathing.”",
            "the bill to “a tax on breathing.”",
        ),
        ("The mayor condemned the fire as “senseless.”", "the fire as “senseless.”"),
        ("The critic ripped the film as “a bore.”", "the film as “a bore.”"),
        ("The bar association deemed him “well qualified.”", "him “well qualified.”"),
        (
            "The chairman applauded the senator for “fighting over and over again.”",
            "the senator for “fighting over and over again.”",
        ),
    ],
)
def test_quoting_verbs_report_a_quote(text, quote):
    assert (quote, "mixed") in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union calls for higher wages in the new contract.",  # no quote: no speech
        "The study compared prices in two towns.",
        "The crowd lauded the team after the final whistle.",
        "The board deemed the plan necessary.",
        "The crowd applauded the team after the final whistle.",
    ],
)
def test_quoting_verbs_without_a_quote_report_nothing(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mayor Lopez: New Bridge Is ‘A Waste Of Money’",
            [("New Bridge Is ‘A Waste Of Money’", "mixed", "Mayor Lopez")],
        ),
        (
            "Dr. Jane Okafor: “The vaccine works.”",
            [("The vaccine works.", "direct", "Dr. Jane Okafor")],
        ),
        ("Update: The vote on the “bathroom bill” was delayed.", []),  # a label
        ("The Latest: City Council Delays ‘Bathroom Bill’ Vote", []),
        ("Q: What did you mean by “a fresh start”?", []),  # an interview turn
        ("Mayor Lopez: The bridge will open in June.", []),  # no quote marks
    ],
)
def test_colon_source(text, expected):
    found = [
        (r["quote"], r["type"], r["speaker_mention"])
        for r in extract(text)
        if r["rule"] == "colon_source.v1"
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mayor Lopez Says New Bridge Is ‘A Waste Of Money’",
            [("New Bridge Is ‘A Waste Of Money’", "Mayor Lopez")],
        ),
        (
            "Local Chef Calls Food Critics ‘Total Clowns’ After Review",
            [("Food Critics ‘Total Clowns’ After Review", "Local Chef")],
        ),
        # in running text a capitalised cue word is a name: `Tom Says` reports nothing
        ("The band played “Tom Says Goodbye” at the end of the show.", []),
        ("Facing Flood Damage, Mayor Vows To Rebuild", []),  # a title quoting nobody
    ],
)
def test_title_case_cues(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


def test_closing_mark_typed_for_the_opening_one():
    # a ” after a space and before a word cannot close a quote: it opens one
    text = "”The park is a treasure. Keep it open.” ― Ana Ruiz"
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == [
        ("The park is a treasure. Keep it open.", "Ana Ruiz")
    ]
    text = "“The park is a treasure,” she said."  # the usual pair is unchanged
    assert [r["quote"] for r in extract(text)] == ["The park is a treasure,"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“We will win,” the coach said. “And we will win big in the fall.”",
            ["We will win,", "And we will win big in the fall."],
        ),
        # a scare-quoted word and a show title after an attributed quote are not speech
        ("“We will win,” the coach said. Rivals call the plan “risky.”", ["We will win,"]),
        ("“We will win,” the coach said. He was on “Good Morning Ohio.”", ["We will win,"]),
        (
            "“We will win,” the coach said. His book, “The Long Season Of Hope,” is out.",
            ["We will win,"],
        ),
    ],
)
def test_same_paragraph_quotes_are_sentences_not_titles(text, expected):
    assert [r["quote"] for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The debate ran late. The senator shot back: “Nobody is cutting that program.”",
            [("Nobody is cutting that program.", "The senator", "quote_unknown_lead.v1")],
        ),
        (
            "Asked about the polls, Mayor Diaz shrugged, “We will see in November.”",
            [
                ("about the polls", None, "asked_question.v1"),
                ("We will see in November.", "Mayor Diaz", "quote_unknown_lead.v1"),
            ],
        ),
        # a title or a nickname after the comma is no speech
        ("The actress starred, “Eclipsed.”", []),
        ("The senator greeted his rival, “Little Bob.”", []),
    ],
)
def test_unlisted_verb_before_a_quote(text, expected):
    records = [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert records == expected


def test_unlisted_verb_before_a_quote_takes_the_phrase_before_it():
    text = "At a rally in Ohio, Senator Jane Roe, a Democrat, delivered a warning: “Vote early.”"
    assert extract(text) == []  # two words: a slogan as much as speech
    text = text.replace("Vote early.", "Vote early and often this year.")
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == [
        ("Vote early and often this year.", "Senator Jane Roe")
    ]
    text = "Recently she vented on her page, “I am leaving the party for good.”"
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == [
        ("I am leaving the party for good.", "she")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor has been pounding the developer as a “land shark” for weeks.",
            [("the developer as a “land shark”", "mixed", "The mayor", "as_quote.v1")],
        ),
        (
            "The old mill, remembered as “a rusty dinosaur,” closed in 1990 after a long strike.",
            [("as “a rusty dinosaur,”", "mixed", None, "as_quote.v1")],
        ),
        # a title after `as` is no speech
        ("The board hired him as the host of “Good Morning Ohio” last year.", []),
    ],
)
def test_quote_after_as(text, expected):
    found = [(r["quote"], r["type"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a quote's closing comma reports for the same speaker
        (
            "The coach said his team had “played scared,” adding that the season was not over.",
            [
                ("his team had “played scared,”", "The coach"),
                ("the season was not over", "The coach"),
            ],
        ),
        (
            "The coach said his team had ''played scared,'' noting that the season was young.",
            [
                ("his team had ''played scared,''", "The coach"),
                ("the season was young", "The coach"),
            ],
        ),
        # without the comma the cue word hangs on a title: no frame
        ("Critics panned the show “Still Talking” adding to its woes.", []),
    ],
)
def test_participle_after_a_closing_mark(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, quote",
    [
        # a setting opened by a preposition, a title inside it, then `that`: content after it
        (
            "Sanders said on ABC’s “This Week” that he would “take a look” at the bill.",
            "he would “take a look” at the bill",
        ),
        ("The mayor said in 2012 that the plan was a mess.", "the plan was a mess"),
        (
            "The mayor said at a rally in Dayton last week that the plan was “a mess.”",
            "the plan was “a mess.”",
        ),
        # after `to` the `that` is a relative inside the content
        (
            "The mayor urged the council to drop plans that the council passed.",
            "the council to drop plans that the council passed",
        ),
    ],
)
def test_content_after_a_setting_and_that(text, quote):
    assert quote in [r["quote"] for r in extract(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote in a `that` clause after an unlisted verb: the clause is the content
        (
            "On Monday, the mayor groused to a crowd in Dayton that the council “does not "
            "treat me fairly” before leaving.",
            [("the council “does not treat me fairly” before leaving", "the mayor")],
        ),
        (
            "The senator sniped that the mayor was “learning on the job.”",
            [("the mayor was “learning on the job.”", "The senator")],
        ),
        (
            "While the mayor groused that the council was “unfair,” her aides stayed silent.",
            [("the council was “unfair,”", "the mayor")],
        ),
        (
            "The coach estimated that there were “at least forty players who never got a chance.”",
            [("there were “at least forty players who never got a chance.”", "The coach")],
        ),
        # a speech noun before `that`: its owner speaks; a quote right after `that`
        (
            "Critics seized on his statement on Wednesday that “Islam hates us.”",
            [("“Islam hates us.”", "his")],
        ),
        (
            "His remarks buttress the contention of Hillary Clinton that some emails were "
            "“over-classified.”",
            [("some emails were “over-classified.”", "Hillary Clinton")],
        ),
        (
            "The claim that the vote was “rigged” is false.",
            [("the vote was “rigged” is false", None)],
        ),
        # no speaker before `that`, or a title: no speech
        ("It is clear that the “reform” failed.", []),
        ("The mayor confessed that she never watched “Meet the Press.”", []),
    ],
)
def test_quote_in_a_that_clause(text, expected):
    found = [(r["quote"], r["speaker_mention"]) for r in extract(text) if r["type"] == "mixed"]
    assert found == expected
    assert all(r["rule"] == "that_quote.v1" for r in extract(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a report inside a mixed report is given by the outer one alone
        (
            "Clinton said that she called Sanders after the primaries to congratulate him on "
            "what she called “an extraordinary campaign.”",
            [
                (
                    "she called Sanders after the primaries to congratulate him on what she "
                    "called “an extraordinary campaign.”",
                    "Clinton",
                )
            ],
        ),
        (
            "The mayor said Fox executives were calling “every 15 minutes.”",
            [("Fox executives were calling “every 15 minutes.”", "The mayor")],
        ),
        # a report deep inside the outer content stands on its own, and the outer content
        # ends before its clause
        (
            "Aides said the vote had been close all along, and at the hearing on Monday the "
            "governor called the budget “a fantasy.”",
            [
                ("the vote had been close all along", "Aides"),
                ("the budget “a fantasy.”", "the governor"),
            ],
        ),
        # reports side by side both stand
        (
            "The mayor said the council was “unfit” for office; the governor called the plan "
            "“a fantasy.”",
            [
                ("the council was “unfit” for office", "The mayor"),
                ("the plan “a fantasy.”", "the governor"),
            ],
        ),
    ],
)
def test_nested_mixed_report(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected
    assert "indirect" not in [r["type"] for r in extract(text) if "“" in r["quote"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an appositive ending in a quoted title or word: the name before it speaks
        (
            "Joe Scarborough, host of MSNBC’s “Morning Joe,” said the senator had won.",
            [("the senator had won", "Joe Scarborough")],
        ),
        (
            "Mark Humphrey, who calls the mayor a “sociopath,” said he would vote for her rival.",
            [("he would vote for her rival", "Mark Humphrey")],
        ),
        # a quote opening the sentence is the content of the inverted cue after it
        (
            "“We will win, no doubt,” said Robert Stone, a 59-year-old from Ohio.",
            [("We will win, no doubt,", "Robert Stone")],
        ),
    ],
)
def test_appositive_ending_in_a_quote(text, expected):
    found = [(r["quote"], r["speaker_mention"]) for r in extract(text)]
    assert all(record in found for record in expected)
    assert all(speaker != "he" for _, speaker in found)  # not read as `…,” said he`


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote right after a cue with no subject of its own (`by saying,`, `went on to
        # say,`) is that cue's direct quote; the outer content stops before it
        (
            "The senator responded to the mayor’s message by saying, “Seriously, just stop lying.”",
            [
                ("to the mayor’s message", "indirect"),
                ("Seriously, just stop lying.", "direct"),
            ],
        ),
        (
            "Brooklyn was his answer, but he went on to say, “There are places in America "
            "that are dangerous.”",
            [("There are places in America that are dangerous.", "direct")],
        ),
        # a quoted fragment after an ordinary word stays inside the report
        (
            "The senator responded to the mayor’s message by calling it “a lie.”",
            [("to the mayor’s message by calling it “a lie.”", "mixed")],
        ),
    ],
)
def test_quote_after_an_inner_cue(text, expected):
    assert [(r["quote"], r["type"]) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after `before` or `after` speaks for the clause subject
        (
            "The senator spoke for an hour after the vote, before insisting he had a “great "
            "relationship” with farmers.",
            [("he had a “great relationship” with farmers", "The senator")],
        ),
        (
            "The mayor was booed after telling the crowd that they were “being ridiculous.”",
            [("the crowd that they were “being ridiculous.”", "The mayor")],
        ),
        # `without saying` hangs nothing on the subject
        ("It goes without saying that the plan was a mess.", []),
    ],
)
def test_participle_after_before_or_after(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a manner adverb or `however` between speaker and cue
        (
            "The senator gingerly said the vote was “an assessment for the voters.”",
            [("the vote was “an assessment for the voters.”", "The senator")],
        ),
        (
            "Carter however said he would welcome a “principled security network” for Asia.",
            [("he would welcome a “principled security network” for Asia", "Carter")],
        ),
        # nouns ending in -ly stay in the speaker phrase
        ("The family said the house was “a ruin.”", [("the house was “a ruin.”", "The family")]),
    ],
)
def test_adverb_between_speaker_and_cue(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # content ending in a colon and a quote: the quote alone, direct
        (
            "At the hearing the senator lectured him: “The science is settled on this, and you "
            "know it,” the paper reported.",
            [("The science is settled on this, and you know it,", "direct")],
        ),
        # a quoted fragment without the colon stays mixed with its clause
        (
            "At the hearing the senator called him “a fraud,” the paper reported.",
            [("At the hearing the senator called him “a fraud,”", "mixed")],
        ),
    ],
)
def test_content_ending_in_a_colon_and_a_quote(text, expected):
    found = [(r["quote"], r["type"]) for r in extract(text) if r["speaker_mention"] == "the paper"]
    assert found == expected
