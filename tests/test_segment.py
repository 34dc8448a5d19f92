"""Sentences from the offline Punkt tokenizer; abbreviations never end a sentence."""

import pytest

from quotes.segment import paragraphs, sentences


def _sentences(text: str) -> list[str]:
    return [s.text(text) for p in paragraphs(text) for s in sentences(text, p)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The balloon was detected at 6:21 p.m. (1021 GMT) on Sunday. It then vanished.",
            ["The balloon was detected at 6:21 p.m. (1021 GMT) on Sunday.", "It then vanished."],
        ),
        (
            "Gen. Smith met U.S. officials. They left.",
            ["Gen. Smith met U.S. officials.", "They left."],
        ),
        (
            "Mr. Trump and Sen. Cruz spoke. Gov. Kasich did not.",
            ["Mr. Trump and Sen. Cruz spoke.", "Gov. Kasich did not."],
        ),
        (
            "He works at Apple Inc. The company agreed.",
            ["He works at Apple Inc.", "The company agreed."],
        ),
        ("Gen. He Weidong spoke.", ["Gen. He Weidong spoke."]),
    ],
)
def test_sentences(text, expected):
    assert _sentences(text) == expected


def test_paragraph_offsets_are_trimmed_and_exact():
    text = "  First line.  \n\n\nSecond line.\n"
    spans = list(paragraphs(text))
    assert [s.text(text) for s in spans] == ["First line.", "Second line."]


def test_no_download_and_no_pickle(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download called")

    monkeypatch.setattr(nltk, "download", refuse)
    from quotes.segment import sentence_tokenizer

    sentence_tokenizer.cache_clear()
    assert _sentences("Dr. No left. Yes.") == ["Dr. No left.", "Yes."]


def test_news_token_splits_as_punkt_own_token():
    """`_NewsToken` only skips regex tests whose answer the word's form settles."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from quotes.segment import sentence_tokenizer

    ours = sentence_tokenizer()
    plain = PunktSentenceTokenizer(ours._params, lang_vars=ours._lang_vars)
    texts = [
        "J. Smith left at 5. Then he spoke... Then Mr. X. Y. came.",
        "It cost 1,000. The U.S. paid 1.5. Prices rose 3.4 pct. ٣. Next.",
        "A. B. C. d. e.g. the plan. É. Other. x.. y... Z.",
        "He said 2. “Yes.” (No.) -- Done. 10. 11. twelve.",
    ]
    for text in texts:
        assert list(ours.span_tokenize(text)) == list(plain.span_tokenize(text))
