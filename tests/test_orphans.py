"""Quotes no cue frame claims: whose words they are, and when they are no speech at all."""

import pytest

from quotes import extract


def _records(text: str) -> list[tuple[str, str | None, str]]:
    return [(r["quote"], r["speaker_mention"], r["rule"]) for r in extract(text)]


_EARLIER = "“The vote is a disgrace,” the governor said.\n\n"


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the subject of the quote's own sentence, whatever its verb
        (
            "As the Herald's Ann Lowe puts it, “Nobody in this town trusts the water board.”",
            "Nobody in this town trusts the water board.",
            "the Herald's Ann Lowe",
        ),
        (
            "Mayor Ortiz has adopted a blunt line on the strike -- “We will not pay a cent more.”",
            "We will not pay a cent more.",
            "Mayor Ortiz",
        ),
        (
            "The coach estimated there were “at least forty players who never got a chance.”",
            "at least forty players who never got a chance.",
            "The coach",
        ),
        (
            "Voters fear what Senator Hale called “the longest and ugliest race of our time.”",
            "the longest and ugliest race of our time.",
            "Senator Hale",
        ),
        # a clause after a quote that runs on into its sentence
        (
            "“The plant will close and nobody at the top will lose a job,” she went on.",
            "The plant will close and nobody at the top will lose a job,",
            "she",
        ),
        (
            "“Our council has failed the families of this county,” reads a Courier editorial.",
            "Our council has failed the families of this county,",
            "a Courier editorial",
        ),
        (
            "“Fewer than half the bridges were ever inspected at all,” according to City Hall.",
            "Fewer than half the bridges were ever inspected at all,",
            "City Hall",
        ),
        (
            "“Nobody here will forget the winter the mill closed,” the editorial thundered.",
            "Nobody here will forget the winter the mill closed,",
            "the editorial",
        ),
        (
            "“Every county must count its ballots twice,” Ann Lowe, a lawyer who sued "
            "the board, shot back.",
            "Every county must count its ballots twice,",
            "Ann Lowe",
        ),
        (
            "“Give five dollars today and we will match every cent of it,” the email read.",
            "Give five dollars today and we will match every cent of it,",
            "the email",
        ),
        (
            "“We regret the tone of the remarks made at the dinner,” read the statement, "
            "which was sent at midnight.",
            "We regret the tone of the remarks made at the dinner,",
            "the statement",
        ),
        (
            "“The mill was the only reason this town ever existed,” said the 46-year-old.",
            "The mill was the only reason this town ever existed,",
            "the 46-year-old",
        ),
        (
            "“Let me make it clear where this party stands,” Majority Leader Ann Lowe, R-Ky., "
            "told the room.",
            "Let me make it clear where this party stands,",
            "Majority Leader Ann Lowe",
        ),
        # a source alone before a colon, or after a dash
        (
            "Rep. Ann Lowe (D-Ohio): “Who told you that the figure was ninety percent?”",
            "Who told you that the figure was ninety percent?",
            "Rep. Ann Lowe",
        ),
        (
            "From the report: “Fewer than half the bridges were inspected in ten years.”",
            "Fewer than half the bridges were inspected in ten years.",
            "the report",
        ),
        (
            "Turnout was the story - Lee Park: “Nobody expected lines around the block.”",
            "Nobody expected lines around the block.",
            "Lee Park",
        ),
    ],
)
def test_own_sentence_names_the_speaker(text, quote, speaker):
    records = _records(_EARLIER + text)
    assert records[0][1] == "the governor"
    assert (quote, speaker, "own_sentence.v1") in records


@pytest.mark.parametrize(
    "text",
    [
        # the sentence has no speaker of its own: the latest speaker nearby keeps the quote
        "“The budget is a fantasy written by people who never ran a shop,” and more.",
        "Then came the reply: “We will not pay a cent more to anyone this year.”",
        # a bare determiner or a relative pronoun is no speaker
        "The event “was the first time anyone here had seen a crowd that large.”",
        "It was Ann Lowe, 61, of Dover, who remembers “the day the whole street flooded at once.”",
        "Ann Lowe, a nurse who waited in “a line that snaked around the block for four hours.”",
    ],
)
def test_no_own_speaker_falls_back_to_the_nearest(text):
    records = _records(_EARLIER + text)
    assert records[-1][1:] == ("the governor", "nearest_speaker.v1")


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and titles stay no speech, whoever the subject is
        "The mayor finds the plan “risky.”",
        "The mayor has read “The Long Season Of Hope And Other Stories.”",
        "The mayor fixed the “plan” and left.",
        "“Our town, our rules” reads the banner over the main road.",
    ],
)
def test_scare_quotes_and_titles_stay_no_speech(text):
    assert len(_records(_EARLIER + text)) == 1


def test_colon_paragraph_takes_the_speaker_of_its_lead_in():
    text = (
        _EARLIER
        + "Mayor Ortiz issued the following statement:\n\n"
        + "“Our thoughts are with the families of the victims tonight.”"
    )
    assert _records(text)[-1] == (
        "Our thoughts are with the families of the victims tonight.",
        "Mayor Ortiz",
        "colon_paragraph.v1",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "The schedule was as follows:\n\n“Meet The Candidates Night.”",  # a title
        "Here are the facts.\n\n“We will not pay a cent more to anyone this year.”",  # no colon
    ],
)
def test_no_colon_lead_no_colon_paragraph(lead):
    assert all(r[2] != "colon_paragraph.v1" for r in _records(_EARLIER + lead))


def test_own_sentence_beats_the_quote_before_in_its_paragraph():
    text = (
        "“The plan is dead,” the mayor said. The treasurer has a darker view, that “nobody "
        "will fund this again in our lifetime.”"
    )
    assert [r[1:] for r in _records(text)] == [
        ("the mayor", "quote_trailing_cue.v1"),
        ("The treasurer", "own_sentence.v1"),
    ]


def test_dash_line_after_a_quote_paragraph_names_its_source():
    text = (
        _EARLIER + "“I never voted for that bill, not once in my life.”\n\n- Mayor Ortiz.\n\nTrue."
    )
    assert _records(text)[-1] == (
        "I never voted for that bill, not once in my life.",
        "Mayor Ortiz",
        "dash_line.v1",
    )


def test_dash_opening_prose_is_no_source_line():
    text = (
        _EARLIER + "“I never voted for that bill, not once in my life.”\n\n- and yet he did, twice."
    )
    assert _records(text)[-1][2] == "bare_paragraph.v1"


def test_a_title_period_ends_no_sentence():
    text = (
        _EARLIER
        + "Sen. Ann Lowe has a darker view -- “Nobody will fund this again in our lifetime.”"
    )
    assert _records(text)[-1][1:] == ("Sen. Ann Lowe", "own_sentence.v1")
