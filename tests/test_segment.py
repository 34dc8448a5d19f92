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


def test_unguarded_patterns_split_as_nltk_guarded_ones():
    """Punkt's patterns compiled by `re` (no nltk timeout guard) give nltk's own sentences, and
    stay linear on the inputs a ReDoS would need: long runs of periods, spaces and marks."""
    import re
    import time

    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer

    from quotes.segment import _NewsToken, sentence_tokenizer

    class Guarded(PunktLanguageVars):  # the same language, nltk's guarded patterns
        sent_end_chars = (".", "?", "!")
        internal_punctuation = ",:;"

    ours = sentence_tokenizer()
    assert isinstance(ours._lang_vars.period_context_re(), re.Pattern)
    guarded = PunktSentenceTokenizer(ours._params, lang_vars=Guarded(), token_cls=_NewsToken)
    texts = [
        "“We will win.” He left (at 5 p.m.). ‘No!’ she said. «Oui.» Next -- done.",
        "Mr. Smith said: “Go.” [Laughter.] Then... nothing? Yes! 'Fine.' \"OK.\"",
        "He asked, “Why?” They said “Because.” ) ] } And then.",
    ]
    for text in texts:
        assert list(ours.span_tokenize(text)) == list(guarded.span_tokenize(text))
    started = time.monotonic()
    for hostile in (". " * 50_000, "a." * 50_000, "”." * 50_000, "(" * 50_000 + "."):
        list(ours.span_tokenize(hostile))
    assert time.monotonic() - started < 30
