"""split_dump and its line rules: the sample dump, dump variants, plain articles, negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.ingest import read_inputs, split_dump
from quotes.ingest.dump import is_credit, is_headline, is_marker
from quotes.lexicon.boilerplate import CAPTION_PREFIXES, CREDIT_SOURCES
from quotes.types import Article

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "news_dump.txt"
PUTIN = "Putin Vows to Expand Arms Trade with Russia\u2019s Allies"
TAIWAN = "Taiwan Reports Chinese Balloon, First Time in Six Months"


def texts(text: str) -> list[tuple[str | None, str]]:
    return [(title, text[start:end]) for title, start, end in split_dump(text)]


def test_sample_dump_gives_two_clean_articles():
    file_text = SAMPLE.read_text(encoding="utf-8")
    articles = list(read_inputs([SAMPLE]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.title for a in articles] == [PUTIN, TAIWAN]
    assert articles[0].text.startswith("Russian President Vladimir Putin on Monday vowed")
    assert articles[1].text.startswith("Taiwan's defense ministry on Monday reported")
    assert articles[0].text.endswith("the Russian leader said.")
    assert articles[1].text.endswith("accidentally drifted astray.")
    assert [a.id for a in articles] == ["news_dump#1", "news_dump#2"]
    for a in articles:
        assert "delivers a speech" not in a.text
        assert "A woman holds flags" not in a.text
        assert "TT" not in a.text.split()
        assert a.title not in a.text
        assert a.source == str(SAMPLE)
        assert file_text[a.source_offset : a.source_offset + len(a.text)] == a.text
    # the first article does not run into the second
    assert TAIWAN not in articles[0].text


def test_sample_with_crlf_and_bom_keeps_offsets(tmp_path):
    text = "\ufeff" + SAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "dump.txt"
    path.write_bytes(text.encode("utf-8"))
    articles = list(read_inputs([path]))
    assert [a.title for a in articles] == [PUTIN, TAIWAN]
    assert articles[1].text.startswith("Taiwan's defense ministry on Monday reported")
    for a in articles:
        assert text[a.source_offset : a.source_offset + len(a.text)] == a.text
        assert "(Reuters)" not in a.text and "(Sputnik / AFP)" not in a.text


WIRE_DUMP = """\
Biden Signs Bill to Avert Government Shutdown


President Joe Biden signs the bill in the Oval Office. (AP Photo/Evan Vucci)
Photo: Reuters
AFP

Biden Signs Bill to Avert Government Shutdown

President Joe Biden on Saturday signed a stopgap spending bill, the White House said.

"This is good news for the American people," Biden said in a statement.



Is the Ceasefire Over?

Smoke rises over the city after a strike. Photo: Getty Images

Is the Ceasefire Over?

Fighting resumed on Sunday, officials said.
"""


def test_dump_with_other_credits_markers_and_question_headline():
    assert texts(WIRE_DUMP) == [
        (
            "Biden Signs Bill to Avert Government Shutdown",
            "President Joe Biden on Saturday signed a stopgap spending bill, the White House "
            'said.\n\n"This is good news for the American people," Biden said in a statement.',
        ),
        ("Is the Ceasefire Over?", "Fighting resumed on Sunday, officials said."),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # articles set apart by two blank lines, no captions
        (
            "Oil Prices Fall Sharply\n\nOil fell 3% on Monday.\n\nTraders were calm.\n\n\n"
            "Central Bank Holds Rates\n\nThe bank held rates, it said.\n",
            [
                ("Oil Prices Fall Sharply", "Oil fell 3% on Monday.\n\nTraders were calm."),
                ("Central Bank Holds Rates", "The bank held rates, it said."),
            ],
        ),
        # double-spaced paragraphs: only the wider gap separates articles
        (
            "Oil Prices Fall Sharply\n\n\nOil fell 3% on Monday.\n\n\nMarkets Steady\n\n\n"
            "Traders were calm.\n\n\n\n\nCentral Bank Holds Rates\n\n\nThe bank held rates.",
            [
                (
                    "Oil Prices Fall Sharply",
                    "Oil fell 3% on Monday.\n\n\nMarkets Steady\n\n\nTraders were calm.",
                ),
                ("Central Bank Holds Rates", "The bank held rates."),
            ],
        ),
        # the repeated headline alone marks articles, even with single blank lines
        (
            "Floods Hit Northern Italy\n\nRescuers in Emilia. (Reuters)\n\n"
            "Floods Hit Northern Italy\n\nFloods killed two people, police said.\n\n"
            "Storm Batters Coast\n\nA wave hits the pier. (AFP)\n\nStorm Batters Coast\n\n"
            "The storm cut power to 10,000 homes.",
            [
                ("Floods Hit Northern Italy", "Floods killed two people, police said."),
                ("Storm Batters Coast", "The storm cut power to 10,000 homes."),
            ],
        ),
        # a transcript's recurring speaker label is not a repeated headline
        (
            "Interview With the Mayor\n\nJohn Smith\n\nWe will rebuild.\n\nJane Doe\n\nWhen?"
            "\n\nJohn Smith\n\nThis year.",
            [
                (
                    "Interview With the Mayor",
                    "John Smith\n\nWe will rebuild.\n\nJane Doe\n\nWhen?\n\nJohn Smith\n\n"
                    "This year.",
                )
            ],
        ),
    ],
)
def test_dump_variants(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one ordinary article: the whole text, trimmed by offsets, no title
        (
            "  \n The minister said on Monday that talks would resume.\n\nMore later.\n\n",
            [(None, "The minister said on Monday that talks would resume.\n\nMore later.")],
        ),
        # a headline-like first line followed by prose becomes the title
        (
            "Oil Prices Fall\n\nOil prices fell on Monday.\n",
            [("Oil Prices Fall", "Oil prices fell on Monday.")],
        ),
        # negatives: a first line ending like a sentence, or with nothing after it
        (
            "Talks resumed on Monday.\n\nMore later.",
            [(None, "Talks resumed on Monday.\n\nMore later.")],
        ),
        ("Oil Prices Fall\n\nWATCH", [(None, "Oil Prices Fall\n\nWATCH")]),
        ("Oil Prices Fall\nOil fell on Monday.", [(None, "Oil Prices Fall\nOil fell on Monday.")]),
        # a wide gap in a text that does not open with a headline does not split it
        (
            "Talks resumed on Monday.\n\n\n\nWhat Comes Next\n\nNobody knows.",
            [(None, "Talks resumed on Monday.\n\n\n\nWhat Comes Next\n\nNobody knows.")],
        ),
        ("", []),
        (" \n\n\t\n", []),
    ],
)
def test_plain_articles(text, expected):
    assert texts(text) == expected


def test_article_with_only_captions_has_an_empty_body():
    text = (
        "Quake Hits Island\n\nA collapsed house. (Reuters)\n\nQuake Hits Island\n\n\n\n"
        "Storm Batters Coast\n\nThe storm cut power, officials said."
    )
    articles = list(split_dump(text))
    assert [a.title for a in articles] == ["Quake Hits Island", "Storm Batters Coast"]
    assert articles[0].start == articles[0].end
    assert text[articles[1].start : articles[1].end] == "The storm cut power, officials said."


@pytest.mark.parametrize(
    "line, expected",
    [
        (PUTIN, True),
        (TAIWAN, True),
        ("Is the Ceasefire Over?", True),
        ("\u201cWe Will Win,\u201d Says Leader", True),
        ("The ministry said the balloon was detected at 6:21 p.m. on Sunday.", False),
        ("Putin", False),  # one word
        ("taiwan reports balloon", False),  # no capital
        ("Putin said:", False),
        ("A woman holds flags amid celebrations. (Reuters)", False),  # a caption
        (" ".join(["Word"] * 30), False),
    ],
)
def test_is_headline(line, expected):
    assert is_headline(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Putin delivers a speech in Kubinka on August 15, 2022. (Sputnik / AFP)", True),
        ("A woman holds flags in Taoyuan. (Reuters)", True),
        ("Biden signs the bill. (AP Photo/Evan Vucci)", True),
        ("Rescuers search the rubble (AFP).", True),
        ("Photo: Reuters", True),
        ("Photo credit: Jane Doe", True),
        ("Smoke rises over the city. Photo: Getty Images", True),
        ("The opposition party Kuomintang (KMT)", False),
        ("It was detected at 6:21 p.m. (1021 GMT)", False),
        ("Winds reached 100 km (62 miles/hour)", False),
        ("He said photos were taken.", False),
    ],
)
def test_is_credit(line, expected):
    assert is_credit(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [("TT", True), ("Asharq Al-Awsat", True), ("By Jane Doe", True), ("Yes.", False)]
    + [("Taiwan Reports Chinese Balloon", False)],
)
def test_is_marker(line, expected):
    assert is_marker(line) is expected


@pytest.mark.parametrize("lexicon", [CREDIT_SOURCES, CAPTION_PREFIXES])
def test_boilerplate_lexicons_are_lowercase_words(lexicon):
    assert len(lexicon) > 5
    assert all(entry == entry.lower() and " " not in entry for entry in lexicon)
    assert {"reuters", "afp", "ap"} <= CREDIT_SOURCES and "photo" in CAPTION_PREFIXES
