"""The sample dump the product was specified from must come out right (builder issue table)."""

from pathlib import Path

import pytest

from quotes.extract import find_quotes
from quotes.ingest import read_inputs
from quotes.record import quote_record
from quotes.types import Article

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample" / "news_dump.txt"

EXPECTED = [
    ("We highly appreciate that we have many allies", "Vladimir Putin", {"direct"}),
    ("choose a sovereign, independent course of development", "Vladimir Putin", {"mixed"}),
    ("Russia sincerely values its historically strong", "Vladimir Putin", {"direct", "mixed"}),
    ("We are ready to offer our allies and partners", "Vladimir Putin", {"direct"}),
    ("multipolar word", "Vladimir Putin", {"mixed"}),
    ("Moscow is ready to offer them its most advanced weapons", "Vladimir Putin", {"indirect"}),
    ("a Chinese balloon had been detected over the sea", "Taiwan's defense ministry", {"indirect"}),
    ("unprecedented scale", "Taiwan", {"mixed"}),
    ("only the island’s people can decide their future", "Taiwan", {"indirect"}),
    (
        "the single balloon was detected at 6:21 p.m. (1021 GMT) on Sunday",
        "Taiwan's defense ministry",
        {"indirect"},
    ),
    ("It then vanished some two hours later", "Taiwan's defense ministry", {"indirect"}),
    # `Taiwan … complained …  It described the incidents as …`: `It` is the last speaker
    ("the incidents as part of a Chinese pressure campaign", "Taiwan", {"indirect"}),
    ("they were for meteorological purposes", "China", {"indirect"}),
    ("the balloon was a civilian craft", "China", {"indirect"}),
]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    articles = [a for a in read_inputs([SAMPLE]) if isinstance(a, Article)]
    assert len(articles) == 2
    return [quote_record(a, q) for a in articles for q in find_quotes(a)]


@pytest.mark.parametrize("fragment, speaker, types", EXPECTED)
def test_expected_quote(records, fragment, speaker, types):
    hits = [r for r in records if fragment in r["quote"]]
    assert hits, f"no record holds {fragment!r}"
    assert any(r["speaker"] == speaker and r["type"] in types for r in hits), hits


def test_no_quote_from_captions_or_headlines(records):
    for record in records:
        assert "delivers a speech" not in record["context"]
        assert "holds flags" not in record["context"]
        assert "Vows to Expand" not in record["quote"]


def test_a_relative_clause_object_is_not_speech(records):
    # `Taiwan, which China claims as its own territory, complained …`: China claims a thing
    assert not any(r["quote"] == "as its own territory" for r in records)


def test_china_defense_ministry_never_speaks(records):
    assert all(r["speaker"] != "China's defense ministry" for r in records)
    assert not any("did not respond" in r["quote"] for r in records)


def test_offsets_index_the_article(records):
    articles = {a.id: a for a in read_inputs([SAMPLE]) if isinstance(a, Article)}
    for r in records:
        text = articles[r["article_id"]].text
        assert text[r["start"] : r["end"]] == r["quote"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]
        assert 0.0 <= r["confidence"] <= 1.0


def test_article_rows_map_back_into_the_dump(tmp_path):
    import json

    import quotes

    quotes.build([str(SAMPLE)], tmp_path / "out")
    dump = SAMPLE.read_text(encoding="utf-8")
    rows = [
        json.loads(line)
        for path in sorted((tmp_path / "out" / "data" / "articles").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == 2
    for row in rows:
        start = row["source_offset"]
        assert dump[start : start + len(row["text"])] == row["text"]
