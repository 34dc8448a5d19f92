"""Speech detection: tables of (text, expected), negatives included."""

import pytest

from quotes import extract
from quotes.detect.marks import quoted_spans
from quotes.segment import paragraphs


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(r["quote"], r["type"], r["speaker_mention"]) for r in extract(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We will win,” he said.", [("We will win,", "direct", "he")]),
        ('"We will win," said Jane Smith.', [("We will win,", "direct", "Jane Smith")]),
        ("Smith said: “The plan is dead.”", [("The plan is dead.", "direct", "Smith")]),
        ("''It is over,'' Mr. Lew said.", [("It is over,", "direct", "Mr. Lew")]),
        (
            "“We are ready,” she said, “and we will go.”",
            [("We are ready,", "direct", "she"), ("and we will go.", "direct", "she")],
        ),
        (
            "The company said profits would rise next year.",
            [("profits would rise next year", "indirect", "The company")],
        ),
        (
            "Prices will rise next year, the ministry said.",
            [("Prices will rise next year", "indirect", "the ministry")],
        ),
        (
            "The plan, she said in an interview, is dead.",
            [("The plan", "indirect", "she"), ("is dead", "indirect", "she")],
        ),
        (
            "Prices will rise, according to the central bank.",
            [("Prices will rise", "indirect", "the central bank")],
        ),
        (
            "Yet Trump is also a “change agent,” Cole said.",
            [("Trump is also a “change agent,”", "mixed", "Cole")],
        ),
        (
            "Senator Jones told reporters that the bill was “dead on arrival.”",
            [("the bill was “dead on arrival.”", "mixed", "Senator Jones")],
        ),
    ],
)
def test_speech_found(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia’s allies didn’t name the ’90s as a turning point.",  # apostrophes
        "The so-called “experts” were wrong about the weather.",  # scare quotes
        "She starred in “Gone With the Wind” in 1939.",  # a title
        "He is 5'10\" tall and weighs 180 pounds.",  # primes
        "The United States shot down what it said was a balloon.",  # not a report of speech
        "Taiwan's defense ministry reported such an incident in April.",  # an object, no clause
        "Putin Vows to Expand Arms Trade with Russia’s Allies",  # a headline
    ],
)
def test_no_speech(text):
    assert _quotes(text) == []


def test_continued_quote_is_one_record():
    text = "“The first part of the quote.\n\n“And the second paragraph,” she said."
    records = extract(text)
    assert len(records) == 1
    assert records[0]["quote"].startswith("The first part")
    assert records[0]["quote"].endswith("second paragraph,")


def test_unbalanced_mark_stays_in_its_paragraph():
    text = "He said “this never closes.\n\nA second paragraph, the ministry said.\n\nThird."
    spans = quoted_spans(text, list(paragraphs(text)))
    assert all("\n" not in text[q.content.start : q.content.end] for q in spans)
    assert ("A second paragraph", "indirect", "the ministry") in _quotes(text)


def test_bare_paragraph_takes_neighbouring_speaker():
    text = (
        "“We will fight on,” said Ana Pérez, the union leader.\n\n"
        "“Nobody will stop this strike, not the company and not the courts.”"
    )
    records = extract(text)
    assert [r["speaker"] for r in records] == ["Ana Pérez", "Ana Pérez"]
    assert records[1]["rule"] == "bare_paragraph.v1"
    assert records[0]["group"] == records[1]["group"]


@pytest.mark.parametrize(
    "text, quote, speaker, rule",
    [
        (
            "“Maybe we can build a wall around him.” ― Steve Quinlan",
            "Maybe we can build a wall around him.",
            "Steve Quinlan",
            "dash_source.v1",
        ),
        (
            "“This is a big political win for me,” Trump confessed.",
            "This is a big political win for me,",
            "Trump",
            "quote_unknown_cue.v1",
        ),
        (
            "He said:\n\n“We have a situation in our inner cities.”",
            "We have a situation in our inner cities.",
            "He",
            "quote_leading_cue.v1",
        ),
        (
            "The middle fifth paid 8.9 percent, the agency said in a June report, and the rest "
            "paid less.",
            "The middle fifth paid 8.9 percent",
            "the agency",
            "content_speaker_cue.v1",
        ),
        (
            "The changes, which officials said will go into effect soon, are modest.",
            "will go into effect soon",
            "officials",
            "relative_cue.v1",
        ),
        (
            "About three in 10 said they prefer a more liberal agenda.",
            "they prefer a more liberal agenda",
            "About three in 10",
            "speaker_cue.v1",
        ),
        (
            "The minister of the economy, Mr. Guajardo Villarreal, argues there is little point.",
            "there is little point",
            "Mr. Guajardo Villarreal",
            "appositive_cue.v1",
        ),
        (
            "“It was personal,” he said, adding he would never vote for Clinton.",
            "he would never vote for Clinton",
            "he",
            "participle_cue.v1",
        ),
        (
            "WASHINGTON ― The deal is dead, top black lawmakers said Friday, as they left.",
            "The deal is dead",
            "top black lawmakers",
            "content_speaker_cue.v1",
        ),
        (
            "Trump would expand the deduction, but the losses would outstrip the gains, said "
            "Lily Batchelder.",
            "Trump would expand the deduction, but the losses would outstrip the gains",
            "Lily Batchelder",
            "content_cue_speaker.v1",
        ),
        (
            "Gov. Jerry Brown announced the deal with state lawmakers on Monday.",
            "the deal with state lawmakers on Monday",
            "Gov. Jerry Brown",
            "object_cue.v1",
        ),
        (
            "The ruling was a setback for the firm, whose attorneys argued that the files held "
            "trade secrets.",
            "the files held trade secrets",
            "attorneys",
            "speaker_cue.v1",
        ),
        (
            "Mr. Netanyahu assured him it was done without his knowledge.",
            "it was done without his knowledge",
            "Mr. Netanyahu",
            "speaker_cue.v1",
        ),
        (
            "If costs do not slow down, forecasters say spending will cripple the economy.",
            "spending will cripple the economy",
            "forecasters",
            "speaker_cue.v1",
        ),
        (
            "Sanders maintained that the system is rigged.",
            "the system is rigged",
            "Sanders",
            "speaker_cue.v1",
        ),
        (
            "Black Lives Matter issued a statement saying it took the action because of unsafe "
            "conditions.",
            "it took the action because of unsafe conditions",
            "Black Lives Matter",
            "speaker_cue.v1",
        ),
        (
            "Jeb Bush in a Medium post said he would appoint conservative judges.",
            "he would appoint conservative judges",
            "Jeb Bush",
            "speaker_cue.v1",
        ),
        (
            "The statement said the company regrets the error.",
            "the company regrets the error",
            "The statement",
            "speaker_cue.v1",
        ),
        (
            "The State Department less than two weeks ago said for the first time that secret "
            "data had passed through the server.",
            "secret data had passed through the server",
            "The State Department",
            "speaker_cue.v1",
        ),
        (
            "Protest groups object, and the American Civil Liberties Union of Ohio has sued the "
            "city over the rules, saying they violate free speech.",
            "they violate free speech",
            "the American Civil Liberties Union",
            "participle_cue.v1",
        ),
        (
            "Early in his campaign, Trump attacked Romney, calling him a failed candidate.",
            "him a failed candidate",
            "Trump",
            "object_cue.v1",
        ),
        (
            "Walking to the next address, Ebeling reminisced about her youth and said the war "
            "changed them.",
            "the war changed them",
            "Ebeling",
            "conjoined_cue.v1",
        ),
        (
            "Despite his low standing, Clinton had answers ready, quickly reminding viewers that "
            "he had appointed a banker.",
            "he had appointed a banker",
            "Clinton",
            "participle_cue.v1",
        ),
        (
            "Reince Priebus, the GOP chairman, this past week announced that a website would "
            "explain the process.",
            "a website would explain the process",
            "Reince Priebus",
            "appositive_cue.v1",
        ),
        (
            "Bryne went on to say, “From the bottom of my soul, I know this to be true.”",
            "From the bottom of my soul, I know this to be true.",
            "Bryne",
            "quote_leading_cue.v1",
        ),
        (
            "Clinton pointed out that the plan is costly.",
            "the plan is costly",
            "Clinton",
            "speaker_cue.v1",
        ),
        (
            "Trump proposed a temporary ban on travel.",
            "a temporary ban on travel",
            "Trump",
            "object_cue.v1",
        ),
        (
            "Police urged people not to spread rumors about the shooting.",
            "people not to spread rumors about the shooting",
            "Police",
            "object_cue.v1",
        ),
        (
            "Sanders accused Clinton of taking money from Wall Street.",
            "Clinton of taking money from Wall Street",
            "Sanders",
            "object_cue.v1",
        ),
        (
            "He urged Republicans to join the believers, and criticized the party's record.",
            "Republicans to join the believers",
            "He",
            "object_cue.v1",
        ),
        (
            "He acknowledged funding was a major reason, Ham also noted several intangibles.",
            "funding was a major reason",
            "He",
            "speaker_cue.v1",
        ),
        (
            "The FBI warned state officials to boost their election security.",
            "to boost their election security",
            "The FBI",
            "speaker_cue.v1",
        ),
        (
            "Trump drew criticism after he appeared to suggest that veterans are weak.",
            "veterans are weak",
            "he",
            "speaker_cue.v1",
        ),
        (
            "Most voters said they trust the governor, compared with 30 percent last year.",
            "they trust the governor",
            "Most voters",
            "speaker_cue.v1",
        ),
        (
            "Forty percent said they trust the governor.",
            "they trust the governor",
            "Forty percent",
            "speaker_cue.v1",
        ),
        (
            "Officials who spoke with The Huffington Post said the party has become a shell.",
            "the party has become a shell",
            "Officials",
            "speaker_cue.v1",
        ),
        (
            "Trump at the time said he would look into paying the fees.",
            "he would look into paying the fees",
            "Trump",
            "speaker_cue.v1",
        ),
        (
            "The proposal is vague about who would be eligible, labor-policy experts say.",
            "The proposal is vague about who would be eligible",
            "labor-policy experts",
            "content_speaker_cue.v1",
        ),
        (
            "Theresa May said the talks would go on.",
            "the talks would go on",
            "Theresa May",
            "speaker_cue.v1",
        ),
        (
            "Yin Myint May, 60, a doctor, said she was elated.",
            "she was elated",
            "Yin Myint May",
            "appositive_cue.v1",
        ),
        (
            "For months, Obama has stayed on the sidelines, arguing he did not want to tip the "
            "scales.",
            "he did not want to tip the scales",
            "Obama",
            "participle_cue.v1",
        ),
        (
            "They lean left: 42% say they are liberal.",
            "they are liberal",
            "42%",
            "speaker_cue.v1",
        ),
        (
            "Clinton took the money — asserting that it did not change her views.",
            "it did not change her views",
            "Clinton",
            "participle_cue.v1",
        ),
        (
            "Many voters say stricter laws would help, though they blame the mental health "
            "system for mass shootings.",
            "stricter laws would help",
            "Many voters",
            "speaker_cue.v1",
        ),
        (
            "As a woman, she likely raised less suspicion, Mr. Verdery said.",
            "As a woman, she likely raised less suspicion",
            "Mr. Verdery",
            "content_speaker_cue.v1",
        ),
        (
            "Other refugee advocates also said the government should go further.",
            "the government should go further",
            "Other refugee advocates",
            "speaker_cue.v1",
        ),
        (
            "While Comey has said that he makes recommendations, Lewandowski said he does not.",
            "he makes recommendations",
            "Comey",
            "speaker_cue.v1",
        ),
        (
            "About three in 10 said they prefer a liberal agenda, but six in 10 said they want "
            "the same policies.",
            "they prefer a liberal agenda",
            "About three in 10",
            "speaker_cue.v1",
        ),
    ],
)
def test_rule_fires(text, quote, speaker, rule):
    records = [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert (quote, speaker, rule) in records


@pytest.mark.parametrize(
    "text",
    [
        "All told, the groups spent $2.5 million on phone banking.",  # an idiom
        "He was told to leave the building at once.",  # passive: the subject listens
        "Strong showings in the dozen states that held primaries helped him.",  # a noun
        "She continued the work of her predecessor.",  # an object, not what was said
        "Sanders maintained his double-digit lead over Clinton.",  # `maintained` needs `that`
        "The claim drew ridicule from both parties.",  # a noun
        "He has the right to say nothing at all.",  # a noun before `to`: no speaker phrase
        "The claim that he made was false.",  # a cue form after an article is a noun
        "The senator spoke with aides for an hour.",  # a setting, not what was said
        "He joined a resistance movement called the People's Party.",  # a name, no speech
        "It was something Obama indicated earlier this week.",  # only a time after the cue
        "The agency reported a loss for the third quarter in a row.",  # an event, not speech
    ],
)
def test_cue_words_that_report_nothing(text):
    assert extract(text) == []


def test_transcript_turns_belong_to_their_speaker():
    text = (
        "Mike Pence debated Tim Kaine.\n\n"
        "PENCE: Well, the question really should be why she invited him.\n\n"
        "UPDATE: The debate ended at 10 p.m."
    )
    records = extract(text)
    assert [(r["quote"], r["speaker"], r["rule"]) for r in records] == [
        (
            "Well, the question really should be why she invited him.",
            "Mike Pence",
            "transcript_turn.v1",
        )
    ]


def test_having_said_that_is_an_idiom_and_who_after_a_generic_is_generic():
    records = extract("Having said that, there are some economists who argue taxes should be nil.")
    assert [(r["quote"], r["speaker"], r["speaker_type"]) for r in records] == [
        ("taxes should be nil", None, "generic")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump blasted Clinton as “unhinged” on Friday.",
            [("Clinton as “unhinged” on Friday", "mixed", "quoting_verb.v1")],
        ),
        ("Officials blamed the weather for the delay.", []),  # no quote: no speech
    ],
)
def test_quoting_verbs_need_a_quote(text, expected):
    assert [(r["quote"], r["type"], r["rule"]) for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # the head is the question put to her (no speaker), not Clinton's words
            "Asked about the blast, Clinton said, “It is important to know the facts.”",
            [("about the blast", None), ("It is important to know the facts.", "Clinton")],
        ),
        ("Trump defended his early-morning tweets attempting to shame a former aide.", []),
    ],
)
def test_scene_setting_heads_and_noun_cues_are_not_speech(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


def test_block_quote_after_a_colon_paragraph():
    text = "He spoke on Fox.\n\nThe governor added:\n\nIt is typical of her. She knows nothing."
    assert [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)] == [
        ("It is typical of her. She knows nothing.", "The governor", "block_quote.v1")
    ]


def test_which_speaks_for_the_organisation_before_it():
    text = "The bill was levied by the European Union, which contended that Ireland erred."
    assert [(r["quote"], r["speaker"]) for r in extract(text)] == [
        ("Ireland erred", "European Union")
    ]


@pytest.mark.parametrize(
    "text, question, asker",
    [
        (
            "Asked if she believed the ministers, Clinton said she would not jump to conclusions.",
            "if she believed the ministers",
            None,
        ),
        (
            "“You bet I would,” Christie said when asked whether he would order a quarantine.",
            "whether he would order a quarantine",
            None,
        ),
        (
            "When asked by Ingraham on Thursday about foreign workers, Cruz said: “No.”",
            "about foreign workers",
            "Ingraham",
        ),
    ],
)
def test_a_question_put_to_a_speaker_is_speech(text, question, asker):
    records = extract(text)
    rule = "asked_question.v1"
    assert [(r["quote"], r["speaker_mention"]) for r in records if r["rule"] == rule] == [
        (question, asker)
    ]
    # the answer keeps its own speaker
    assert any(r["rule"] != "asked_question.v1" and r["speaker_mention"] for r in records)


def test_asked_as_a_speakers_verb_is_no_question_frame():
    records = extract("Hannity asked Kasich to lay out his path to the nomination.")
    assert all(r["rule"] != "asked_question.v1" for r in records)


def test_a_cue_followed_by_a_setting_keeps_its_speaker_for_the_quote():
    text = "“We will build a great wall!” he said to an enormous cheer."
    records = extract(text)
    assert [(r["quote"], r["speaker_mention"]) for r in records] == [
        ("We will build a great wall!", "he")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # only a setting follows the cue: the quoted head is the content
            'The country "has made dramatic changes for the better," McConnell said in June '
            "2012, citing the release of political prisoners.",
            [('The country "has made dramatic changes for the better,"', "McConnell")],
        ),
        (
            "Outright victory is vital, Collins said after meeting Thursday with aides.",
            [("Outright victory is vital", "Collins")],
        ),
        (
            # a lowercase modifier after the quote's comma opens the speaker phrase
            '"Subpoenas are not optional," panel Chairman Jason Chaffetz said after Pagliano '
            "failed to show up.",
            [("Subpoenas are not optional,", "panel Chairman Jason Chaffetz")],
        ),
        (
            # negative: a head that is itself a setting is not the content
            "At day's end, however, Clinton said in Hudson that the dam broke.",
            [("the dam broke", "Clinton")],
        ),
        (
            # negative: what follows the cue is its content, not a setting
            "The plan is dead, Collins said, and the party knows it.",
            [("The plan is dead", "Collins")],
        ),
    ],
)
def test_a_setting_after_the_cue_leaves_the_head_as_content(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


def test_a_head_that_is_a_setting_is_never_the_content():
    quotes = [r["quote"] for r in extract("On Thursday, Comey said after the hearing.")]
    assert "On Thursday" not in quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The agency failed to search its records, Justice Department counsel Caroline "
            "Wolverton wrote in a court filing.",
            [
                (
                    "The agency failed to search its records",
                    "Justice Department counsel Caroline Wolverton",
                )
            ],
        ),
        (
            "Young voters like him a lot, Kunin said of Sanders.",
            [("Young voters like him a lot", "Kunin")],
        ),
        (
            # two lowercase words open the speaker phrase after the quote
            "“The referendum choice is going to be close,” political scientist Christopher "
            "Wlezien told Bloomberg in late May.",
            [
                (
                    "The referendum choice is going to be close,",
                    "political scientist Christopher Wlezien",
                )
            ],
        ),
        (
            # the listener is a setting; the participle's quote is its own frame's
            "On Tuesday, Mr. Ackman wrote to investors, telling them Valeant was “worth "
            "multiples” of its price.",
            [("Valeant was “worth multiples” of its price", "Mr. Ackman")],
        ),
        (
            # negative: a clause follows the time, so it is the content
            "Back when it signed the treaty, the United States said in 2000 it would lift "
            "the restrictions.",
            [("in 2000 it would lift the restrictions", "the United States")],
        ),
    ],
)
def test_a_setting_after_the_cue_is_never_the_content(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


def test_an_opening_participle_is_not_the_content():
    quotes = [r["quote"] for r in extract("Reflecting his brashness, Trump said after the vote.")]
    assert "Reflecting his brashness" not in quotes


def test_a_nested_quote_closing_with_the_outer_one_still_touches_its_cue():
    text = "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said."
    records = [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert records == [
        (
            "We are told all the time, 'Kosovo is a special case,",
            "Mr. Putin",
            "quote_trailing_cue.v1",
        )
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ad claims “Jeb is the conservative you can trust.”", "The ad"),
        ("The ad says nothing will change until we elect new leaders.", "The ad"),
    ],
)
def test_a_two_letter_medium_speaks(text, expected):
    assert [r["speaker_mention"] for r in extract(text)] == [expected]


def test_a_two_letter_word_that_is_no_medium_does_not_speak():
    assert extract("They ate it, and an ox says nothing.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "“The president has no strategy,” Jeb Bush, the former Florida governor, told CNN. "
            "“It is our fight.”",
            "Jeb Bush",
        ),
        (
            "“There’s no job description,” Melanne Verveer, who served as chief of staff, "
            "told CBS News.",
            "Melanne Verveer",
        ),
    ],
)
def test_the_listener_of_told_is_never_the_speaker(text, speaker):
    assert {r["speaker"] for r in extract(text)} == {speaker}


def test_an_inverted_said_still_names_its_speaker():
    # negative: `said` is inverted freely, `told` is not
    records = extract("“We chase every vote,” said Matt Borges, the party chairman.")
    assert [r["speaker"] for r in records] == ["Matt Borges"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            # a relative clause closed before the participle: the main subject speaks
            "Mr. McConnell, who has endorsed Mr. Trump, offered a restrained embrace on "
            "Tuesday, stressing that Mr. Trump would sign laws.",
            "Mr. McConnell",
        ),
        (
            # negative: the relative clause runs on to the cue, its subject speaks
            "The video has become a focal point for demonstrators, who have marched and "
            "demanded that it be released.",
            "who",
        ),
    ],
)
def test_a_relative_clause_speaks_only_when_it_holds_the_cue(text, speaker):
    assert [r["speaker_mention"] for r in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The registration issue was first reported by The Washington Post.",
            [("The registration issue", "The Washington Post", "passive_cue.v1")],
        ),
        (
            "While a curfew was announced from midnight to 6 a.m., authorities did not enforce it.",
            [("a curfew", None, "passive_cue.v1")],
        ),
        (
            "Mr. Quiros has repeatedly been accused of using $50 million for himself.",
            [("Mr. Quiros", None, "passive_cue.v1")],
        ),
        # negatives: a listener as subject, an empty `it`, a verb that is no passive cue
        ("He was told to leave the building at once.", []),
        ("It was reported in the spring.", []),
        ("The bridge was repaired by the city.", []),
    ],
)
def test_speech_reported_in_the_passive(text, expected):
    records = [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert records == expected


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Analysts said the fading attention helped Clinton, who does not need to prove "
            "her staying power.",
            "the fading attention helped Clinton",
        ),
        (
            # negative: the aside holds a quoted fragment, so it stays in the content
            "Trump said the criticism of Matt Lauer, who took heat for “bias,” was unfair.",
            "the criticism of Matt Lauer, who took heat for “bias,” was unfair",
        ),
        (
            # negative: after a lowercase noun the relative clause restricts it
            "She said the voters who stayed home were angry.",
            "the voters who stayed home were angry",
        ),
    ],
)
def test_an_aside_on_a_name_ends_the_content(text, quote):
    assert [r["quote"] for r in extract(text)] == [quote]


def test_a_counted_group_opens_a_second_report():
    text = "The poll said 45 percent back her, but 55 percent of all voters say she does not."
    assert [r["quote"] for r in extract(text)] == ["45 percent back her", "she does not"]


def test_a_speaker_aside_after_a_cue_word_is_no_content():
    records = extract("Those discussions are continuing, he said.")
    assert [(r["quote"], r["speaker_mention"]) for r in records] == [
        ("Those discussions are continuing", "he")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You deserve a president informed by experience and humility.", []),
        ("Mr. Lynch announced his return to the show.", ["his return to the show"]),
    ],
)
def test_a_cue_participle_before_by_has_no_object(text, expected):
    assert [r["quote"] for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"We need him," his wife, Gabriela Lazar, wrote in a letter to the court.',
            [("We need him,", "Gabriela Lazar")],
        ),
        (
            '"Both scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, '
            "said in a follow-up interview.",
            [("Both scare me,", "Harry Bond")],
        ),
        (
            # negative: the quote has its own cue; the appositive speaker's report is hers
            '"We need him, and soon," the family said. His wife, Gabriela Lazar, wrote that '
            "the court should wait.",
            [("We need him, and soon,", "the family"), ("the court should wait", "Gabriela Lazar")],
        ),
    ],
)
def test_appositives_between_a_quote_and_its_cue(text, expected):
    assert [(r["quote"], r["speaker_mention"]) for r in extract(text)] == expected


def test_a_that_cue_closing_on_a_colon_introduces_the_quote_paragraph():
    text = (
        "Caddell continued:\n\n"
        '"The health issue overall is very much a partisan issue, but that does not account '
        'for the numbers."'
    )
    records = [(r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert records == [("Caddell", "quote_leading_cue.v1")]


def test_the_author_of_a_statement_after_an_opening_clause_speaks():
    text = (
        "Following a late-afternoon meeting, the Security Council issued a statement calling "
        "the test “a clear violation” of its resolutions."
    )
    assert [r["speaker_mention"] for r in extract(text)] == ["the Security Council"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "President Barack Obama met survivors and relatives of the 49 people killed on "
            "Thursday and said the United States must act.",
            "President Barack Obama",
        ),
        (
            # an `and` after a comma opens a clause with a subject of its own
            "The city passed the law in May, and the ACLU has sued the city, saying the law is "
            "unconstitutional.",
            "the ACLU",
        ),
    ],
)
def test_a_conjoined_cue_speaks_for_the_subject_of_its_clause(text, speaker):
    assert [r["speaker_mention"] for r in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Cruz said the real extremist on abortion is Hillary Clinton, and he railed against "
            "the moderators.",
            "the real extremist on abortion is Hillary Clinton",
        ),
        (
            # negative: a quoted fragment after the pronoun keeps the clause in the content
            "Clinton said she hopes to be elected president, but she knows that “LeBron will "
            "always be the king.”",
            "she hopes to be elected president, but she knows that “LeBron will always be the "
            "king.”",
        ),
    ],
)
def test_the_writers_next_clause_ends_the_content(text, quote):
    assert [r["quote"] for r in extract(text)][0] == quote


def test_a_report_after_a_dash_ends_the_content_before_it():
    text = (
        "Clinton noted that Trump has not paid taxes for years ― Trump boasted, "
        "“That makes me smart.”"
    )
    records = [(r["quote"], r["speaker_mention"]) for r in extract(text)]
    assert records == [
        ("Trump has not paid taxes for years", "Clinton"),
        ("That makes me smart.", "Trump"),
    ]


def test_a_setting_between_the_cue_and_its_quote_is_no_content():
    text = "Trump said at a rally in Ohio last week, “We are going to win so much.”"
    records = [(r["quote"], r["speaker_mention"], r["type"]) for r in extract(text)]
    assert records == [("We are going to win so much.", "Trump", "direct")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The program, called EB-5, allows foreign investors to gain citizenship.", []),
        ("She recently called in to an MTV town hall about the police.", []),
        ("The hearing he was formally called to took place on Tuesday.", []),
        (
            # negatives: a speaker set off by commas, and a plain object of `called`
            "Minyon Moore, a Clinton adviser, called the remarks “a true wake-up call.”",
            ["the remarks “a true wake-up call.”"],
        ),
        (
            "Trump called the deal a disaster for American workers.",
            ["the deal a disaster for American workers"],
        ),
    ],
)
def test_called_that_names_phones_or_summons_reports_nothing(text, expected):
    assert [r["quote"] for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # a head naming an occasion or a time is a setting: only the tail was said
            "In a statement Thursday, the campaign said, the senator will not attend.",
            ["the senator will not attend"],
        ),
        (
            "During his seven years in office, Mr. Obama said, a majority of Americans gained.",
            ["a majority of Americans gained"],
        ),
        (
            # the group's report hangs a comparison on the sentence: not content
            "The top 1 percent would see a tax cut of $275,000, the group said, compared with "
            "$2,700 for the middle.",
            ["The top 1 percent would see a tax cut of $275,000"],
        ),
        (
            # negative: an adverbial head without an occasion or time stays content
            "In other words, the campaign said, the senator will not attend.",
            ["In other words", "the senator will not attend"],
        ),
    ],
)
def test_parenthetical_heads_and_tails(text, expected):
    assert [r["quote"] for r in extract(text)] == expected


def test_a_cue_followed_by_a_second_verb_has_no_content():
    records = extract("“Stop the war!” the protester yelled and held up a banner.")
    assert [(r["quote"], r["speaker_mention"]) for r in records] == [
        ("Stop the war!", "the protester")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("While the U.S. added around 292,000 jobs in December, markets fell.", []),
        ("In the past five years, we have added 1 million private sector jobs.", []),
        # negative: `added` reporting speech
        ("He added that the plan would create jobs.", ["the plan would create jobs"]),
    ],
)
def test_add_with_a_number_counts_and_reports_nothing(text, expected):
    assert [r["quote"] for r in extract(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Noting he majored in philosophy during college, Allen said he weighs issues.",
            ("he majored in philosophy during college", "Allen", "participle_cue.v1"),
        ),
        (
            "Insisting that the plan is dead, the senator walked out of the room.",
            ("the plan is dead", "the senator", "participle_cue.v1"),
        ),
    ],
)
def test_an_opening_participle_cue_speaks_for_the_main_subject(text, expected):
    records = [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert records[0] == expected


def test_an_opening_participle_without_a_main_clause_reports_nothing():
    assert extract("Noting the hour, late in the evening.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # `this` opens the head's clause, not a setting; `as he labored` hangs on the report
            "This is not about me, President Obama told his closest advisers as he labored "
            "over the speech.",
            [("This is not about me", "President Obama")],
        ),
        (
            # negative: `This week` is a setting, so the head is no content
            "This week, Obama told his advisers as he labored over the speech.",
            [],
        ),
    ],
)
def test_a_head_opened_by_this_is_a_setting_only_before_a_time(text, expected):
    found = [(r["quote"], r["speaker_mention"]) for r in extract(text)]
    assert [f for f in found if f[0].startswith("This")] == expected
