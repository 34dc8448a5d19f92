"""Indirect speech around cues that the plain `X said Y` frame misses: tables, negatives too."""

import pytest

from quotes import extract


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(r["quote"], r["speaker_mention"]) for r in extract(text) if r["type"] == "indirect"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The spokesman did not say whether the talks would resume.",
            [("whether the talks would resume", "The spokesman")],
        ),
        (
            "McConnell spokesman Don Stewart wouldn’t say when the Senate will vote.",
            [("when the Senate will vote", "McConnell spokesman Don Stewart")],
        ),
        (
            "Two others have not said who they would vote for.",
            [("who they would vote for", "Two others")],
        ),
    ],
)
def test_a_negated_cue_still_reports(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ruling was not announced until Friday.",  # passive: negation leaves it passive
        "The ruling wasn’t announced until Friday.",
        "He was never told about the plan.",
    ],
)
def test_a_negated_passive_reports_nothing(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The anti-abortion movement has traditionally argued that doctors should be punished.",
            [("doctors should be punished", "The anti-abortion movement")],
        ),
        (
            "Even so, the agency proudly declared that it had never provided the names.",
            [("it had never provided the names", "the agency")],
        ),
        # negatives: an `-ly` noun is the speaker, not an adverb to step over
        (
            "The family said the boy had been found unharmed.",
            [("the boy had been found unharmed", "The family")],
        ),
        (
            "A close ally said the senator would run again.",
            [("the senator would run again", "A close ally")],
        ),
        # after a modal the adverb and verb are a plan inside the content, not a second report
        (
            "The prime minister said this week that the country would formally declare its"
            " intention to leave by March and suggested that it would quit the market.",
            [
                (
                    "the country would formally declare its intention to leave by March",
                    "The prime minister",
                ),
                ("it would quit the market", "The prime minister"),
            ],
        ),
    ],
)
def test_an_adverb_between_speaker_and_cue(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Most vulnerable Senate Republicans have said they would support Trump, while"
            " emphasizing it’s not an endorsement.",
            [
                ("they would support Trump", "Most vulnerable Senate Republicans"),
                ("it’s not an endorsement", "Most vulnerable Senate Republicans"),
            ],
        ),
        (
            "“It would make things worse,” Clinton said, while arguing the U.S. should increase"
            " its special forces.",
            [("the U.S. should increase its special forces", "Clinton")],
        ),
        # negatives: the clause opens the sentence (its subject follows), or reports an event
        ("While saying that he respects Mrs. Clinton, he continued to express doubts.", []),
        ("The company’s shares fell sharply after reporting a loss for the quarter.", []),
    ],
)
def test_a_participle_after_while_or_after_speaks_for_the_subject(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Democrats — and some Republicans — say that Trump’s alienation of Hispanics"
            " outweighs any gains.",
            [("Trump’s alienation of Hispanics outweighs any gains", "Democrats")],
        ),
        (
            "The Supreme Court justice -- who has been in a scuffle with the nominee -- said she"
            " regretted her remarks.",
            [("she regretted her remarks", "The Supreme Court justice")],
        ),
        (
            "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid —"
            " insisted that any package include new spending.",
            [("any package include new spending", "Democratic leaders")],
        ),
        # negative: before the aside stands no speaker phrase
        (
            "Turnout rose sharply in the city — by almost a third — reported the county clerk.",
            [],
        ),
    ],
)
def test_the_speaker_before_an_aside_between_dashes(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Her campaign workers here said they have been working the state since the spring.",
            [("they have been working the state since the spring", "Her campaign workers")],
        ),
        (
            "But 58 percent of Florida Latino voters overall said they were less likely to vote.",
            [("they were less likely to vote", "Florida Latino voters")],
        ),
        # negatives: the adverb does not turn a passive into a report
        ("Life here is said to be hard.", []),
        ("Turnout overall was said to be low.", []),
    ],
)
def test_here_and_overall_between_speaker_and_cue(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fundraising, according to the campaign, has surged in the same period.",
            [("Fundraising", "the campaign"), ("has surged in the same period", "the campaign")],
        ),
        (
            "But the next day, according to Roffman, Trump made further demands.",
            [("the next day", "Roffman"), ("Trump made further demands", "Roffman")],
        ),
        # negatives: an appositive of the source, or a hanger, is not content
        (
            "The measure passed easily, according to WKOW, the ABC affiliate in Madison.",
            [("The measure passed easily", "WKOW")],
        ),
        (
            "Trump has won 758 delegates, according to a CNN tally, but his path is narrowing.",
            [("Trump has won 758 delegates", "a CNN tally")],
        ),
        (
            "Turnout was 61 percent, according to state officials, who expect more next time.",
            [("Turnout was 61 percent", "state officials")],
        ),
    ],
)
def test_according_to_between_commas_has_content_on_both_sides(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Whether they know it or not, Clinton is very accessible to the media, Tim Kaine"
            " insisted Thursday during a whistle stop tour of morning news shows.",
            [("Whether they know it or not, Clinton is very accessible to the media", "Tim Kaine")],
        ),
        (
            "The economy is weak, Smith said in an interview with reporters on Monday.",
            [("The economy is weak", "Smith")],
        ),
        (
            "The economy is weak, Smith said at a rally in the suburbs of Denver.",
            [("The economy is weak", "Smith")],
        ),
        # negatives: a clause after the setting (a pronoun, `that`) is the content
        (
            "Taxes rose sharply, and Smith said in 2012 it paid $3 billion.",
            [("in 2012 it paid $3 billion", "Smith")],
        ),
        (
            "Adelson said earlier on Friday during a news conference that he may wait until"
            " February.",
            [("he may wait until February", "Adelson")],
        ),
    ],
)
def test_a_setting_after_the_speaker_leaves_the_head_as_content(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump Says He’s Unlikely To Have A Good Relationship With David Cameron.",
            [("He’s Unlikely To Have A Good Relationship With David Cameron", "Trump")],
        ),
        (
            "Kasich Just Revealed The 1 Thing He Thinks The GOP Will Do.",
            [("The 1 Thing He Thinks The GOP Will Do", "Kasich")],
        ),
        (
            "Theresa May Says Britain Will Leave The Single Market.",
            [("Britain Will Leave The Single Market", "Theresa May")],
        ),
        # negative: a title without a cue
        ("Sanders Wins The Michigan Primary In A Stunning Upset.", []),
    ],
)
def test_a_title_case_headline_reports_speech_without_marks(text, expected):
    assert _indirect(text) == expected


def test_a_title_without_marks_keeps_an_infinitive_cue_a_title():
    # `Vows To Rebuild`: title case hides where the content lies, so it stays a title
    assert extract("Facing Flood Damage, Mayor Vows To Rebuild") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Her relatives, who asked authorities to show them the video, watched it on Thursday,"
            " their lawyer said.",
            [
                (
                    "Her relatives, who asked authorities to show them the video, watched it on"
                    " Thursday",
                    "their lawyer",
                )
            ],
        ),
        (
            "The statement also referenced the impact it said Clinton would have on women, the"
            " union said.",
            [
                (
                    "The statement also referenced the impact it said Clinton would have on women",
                    "the union",
                )
            ],
        ),
        # negative: only a head reported before the speaker swallows the cues inside it
        (
            "The clerk said the vote, which critics said was rushed, passed on Monday.",
            [
                ("the vote, which critics said was rushed, passed on Monday", "The clerk"),
                ("was rushed", "critics"),
            ],
        ),
    ],
)
def test_a_cue_inside_a_reported_head_is_part_of_it(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Trump job marks his reemergence onto the political scene, one longtime friend"
            " said.",
            [
                (
                    "The Trump job marks his reemergence onto the political scene",
                    "one longtime friend",
                )
            ],
        ),
        (
            "It is impossible to scour the accounts of each of them, law enforcement officials"
            " say.",
            [
                (
                    "It is impossible to scour the accounts of each of them",
                    "law enforcement officials",
                )
            ],
        ),
        # negatives: a clause, not a speaker phrase, between the comma and the cue
        ("The plan failed, and it was not what the voters had said.", []),
        ("The plan failed, which no one had expected or said.", []),
    ],
)
def test_the_speaker_phrase_reaches_back_to_the_comma_ending_the_content(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Obama said Burma’s reforms were not complete, and human rights groups warned that"
            " the administration had moved too fast.",
            [
                ("Burma’s reforms were not complete", "Obama"),
                ("the administration had moved too fast", "groups"),
            ],
        ),
        (
            "Clinton said the plan would work, but some economists argued it was too costly.",
            [("the plan would work", "Clinton"), ("it was too costly", "some economists")],
        ),
        # negative: without a comma `and` joins the subject of the content (`… and protests
        # demands that …`), which runs on
        (
            "The senator said the spate of shootings and protests demands that all Americans"
            " listen more.",
            [
                (
                    "the spate of shootings and protests demands that all Americans listen more",
                    "The senator",
                )
            ],
        ),
    ],
)
def test_content_ends_before_a_second_speakers_report(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The meeting was first reported by Politico.", [("The meeting", "Politico")]),
        (
            "Clinton’s attacks were echoed by her campaign and Democrats across the country.",
            [("Clinton’s attacks", "her campaign")],
        ),
        (
            "As reported by Western Journalism, the New York Times broke the story in March.",
            [("the New York Times broke the story in March", "Western Journalism")],
        ),
        (
            "The super PAC started reserving ad time, as first reported by the New York Times.",
            [("The super PAC started reserving ad time", "the New York Times")],
        ),
        (
            "His views were echoed by a number of tax experts I spoke to this week.",
            [("His views", "a number of tax experts")],
        ),
        ("The bill was reported by the end of the week.", []),
        # negatives: a listener cue's subject hears; a relative subject has no clear start
        ("He was told by his cousin that the mine had closed.", []),
        (
            "The email, which was first reported by The Associated Press, said nothing new.",
            [("nothing new", "The email")],
        ),
    ],
)
def test_a_passive_cue_with_its_agent_reports_the_subject(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The difference now, he told me on Friday, is that he anchors a news program.",
            [("The difference now", "he"), ("is that he anchors a news program", "he")],
        ),
        (
            "The truth, the senator said then, was that Trump had attacked his wife.",
            [("The truth", "the senator"), ("was that Trump had attacked his wife", "the senator")],
        ),
        # negative: no head before the speaker, so no aside: the content follows the cue
        (
            "He told me the plan, which failed, was dead.",
            [("the plan, which failed, was dead", "He")],
        ),
    ],
)
def test_a_speaker_aside_may_hold_a_listener_or_then(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sen. Roy Blunt (R-Mo.), facing a stiff reelection challenge, noted that the manager"
            " is from the state.",
            [("the manager is from the state", "Sen. Roy Blunt")],
        ),
        (
            "Sen. Joe Lieberman (I-Conn.), also stated his intention to vote for Clinton.",
            [("his intention to vote for Clinton", "Sen. Joe Lieberman")],
        ),
        # negative: a long parenthesis is no tag: what stands before it is not taken
        (
            "Blunt (who faces a stiff reelection challenge from the Missouri secretary of state"
            " this year and next), noted that the manager is from the state.",
            [],
        ),
    ],
)
def test_a_party_tag_before_an_appositive_comma(text, expected):
    assert _indirect(text) == expected


def test_a_tagged_speaker_with_an_appositive_takes_the_quote_before_it():
    # once an orphan (`own_sentence.v1`): the appositive frame now finds the speaker itself
    text = (
        "“Anyone else would have been charged within a week of that,” Rep. Ann Lowe (R-Ohio),"
        " a panel member, said in an interview."
    )
    records = [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]
    assert records == [
        (
            "Anyone else would have been charged within a week of that,",
            "Rep. Ann Lowe",
            "quote_trailing_cue.v1",
        )
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber"
            " will vote on Monday.",
            [("the chamber will vote on Monday", "Senator John Cornyn of Texas")],
        ),
        # negative: `no.` ending a sentence is still a sentence end
        ("He said no. The vote went ahead anyway.", []),
    ],
)
def test_no_before_a_number_is_an_abbreviation(text, expected):
    assert _indirect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is too soon to say whether her policies will prove successful.",
        "It’s important to note that the court has ruled only on emergency filings.",
        "It seems unfair to simply tell them that the program is over.",
        "It would be difficult to predict how the ruling will affect the primary.",
    ],
)
def test_an_infinitive_cue_after_an_expletive_it_reports_nothing(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump was quick to say that the deal was a disaster.",
            [("the deal was a disaster", "Trump")],
        ),
        (
            "The ministry issued a statement on Monday. It said the drills were routine.",
            [("the drills were routine", "It")],
        ),
    ],
)
def test_a_catenative_or_an_it_that_stands_for_a_speaker_still_reports(text, expected):
    assert _indirect(text) == expected
