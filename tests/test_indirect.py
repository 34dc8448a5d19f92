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
