"""Properties that must hold for any input: extraction never raises and its offsets are honest;
the readers turn any bytes into Articles or Rejects.

Budget: the `ci` profile (the default) keeps this file to well under a minute; run
`HYPOTHESIS_PROFILE=deep pytest tests/test_properties.py` to search harder.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quotes
from quotes.ingest import read_inputs
from quotes.rules import RULES
from quotes.types import QUOTE_TYPES, SPEAKER_TYPES, Article, Reject

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,  # a first call builds the Punkt tokenizer; wall time is not the property
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile("deep", parent=settings.get_profile("ci"), max_examples=3000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Quote marks of every kind (typographic, low-9, guillemets, CJK corner brackets, primes, the
# backtick and acute accent used as quotes), apostrophes, and the markup news text drags along.
MARKS = list("\"'“”‘’„‟‚‛«»‹›「」『』″′`´")
NOISE = [
    *MARKS,
    " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\ufeff", "\u200b",
    ",", ".", ":", ";", "?", "!", "—", "–", "-", "(", ")", "[", "]", "...", "…",
    "<p>", "</p>", "<br/>", "<a href=\"x\">", "</a>", "&quot;", "&amp;", "&#8220;",
    "said", "says", " said ", "told reporters", "according to", "added", "that", "he", "she",
    "they", "The minister", "John Smith", "Mr.", "U.S.", "Dr. Jane Doe", "the ministry",
    "Reuters", "It's", "don't", "rock 'n' roll", "’90s",
]  # fmt: skip
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
LONG_WORDS = st.integers(50, 3000).map(lambda n: "x" * n)
NEWSY = st.lists(st.one_of(st.sampled_from(NOISE), WORDS, LONG_WORDS), max_size=120).map("".join)
TEXT = st.one_of(NEWSY, st.text(max_size=300))  # any Unicode at all, surrogates included


def check_record(text: str, record: dict) -> None:
    assert text[record["start"] : record["end"]] == record["quote"]
    assert 0 <= record["start"] <= record["end"] <= len(text)
    for name in ("speaker", "cue"):
        prefix = "speaker_mention" if name == "speaker" else "cue"
        start, end = record[f"{name}_start"], record[f"{name}_end"]
        if record[prefix] is None:
            assert start is None and end is None
        else:
            assert 0 <= start <= end <= len(text)
            assert text[start:end] == record[prefix]
    assert record["type"] in QUOTE_TYPES
    assert record["speaker_type"] in SPEAKER_TYPES
    assert record["rule"] in RULES
    assert 0 <= record["confidence"] <= 1
    assert record["context"] in text


@given(TEXT)
@example("“We are ready,” the minister said.")
@example("“" * 500)
@example("(" * 500 + ")" * 500)
@example("He said “a ‘b «c „d” e’ f» g”. " * 20)
@example("“Unclosed, he said.\n\n“Still open.\n\nClosed,” she said.")
def test_extract_never_raises_and_offsets_index_the_text(text):
    for record in quotes.extract(text):
        check_record(text, record)


@given(st.lists(TEXT, min_size=1, max_size=4))
def test_offsets_hold_for_multi_paragraph_articles(paragraphs):
    text = "\n\n".join(paragraphs)
    for record in quotes.extract(Article(id="a", text=text, title="T")):
        check_record(text, record)


# -- readers ----------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "text", "title", "url", "date", "x"]), children)
    ),
    max_leaves=8,
)
JSONL = st.lists(
    st.one_of(
        JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)),
        st.fixed_dictionaries(
            {"text": TEXT}, optional={"id": JSON_VALUES, "title": JSON_VALUES}
        ).map(json.dumps),
        st.text(max_size=40),  # not JSON at all
    ),
    max_size=8,
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
GZIP_MAGIC = b"\x1f\x8b\x08\x00"
PARQUET_MAGIC = b"PAR1"


def contents():
    return st.one_of(
        st.binary(max_size=2000),
        JSONL,
        TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.binary(max_size=500).map(lambda b: GZIP_MAGIC + b),
        JSONL.map(gzip.compress).flatmap(lambda z: st.integers(0, len(z)).map(lambda n: z[:n])),
        st.binary(max_size=500).map(lambda b: PARQUET_MAGIC + b + PARQUET_MAGIC),
    )


@pytest.mark.parametrize("name", ["news.txt", "news.jsonl", "news.parquet", "news.jsonl.gz",
                                  "news.txt.gz", "news"])  # fmt: skip
@given(data=contents())
def test_readers_turn_any_bytes_into_articles_or_rejects(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    for item in read_inputs([path]):
        assert isinstance(item, (Article, Reject))
        if isinstance(item, Article):
            assert item.text.strip() and isinstance(item.id, str)
            item.text.encode("utf-8")  # no lone surrogate reaches the writer


@given(data=contents())
def test_reading_a_folder_of_anything(tmp_path, data):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in ("a.txt", "b.jsonl", "c.parquet", "d.json.gz", "e.ndjson"):
        (folder / name).write_bytes(data)
    items = list(read_inputs([folder]))
    assert items and all(isinstance(item, (Article, Reject)) for item in items)


def test_a_missing_input_is_the_documented_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_inputs([Path(tmp_path / "nope.jsonl")]))
