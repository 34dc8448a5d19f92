"""`LowercaseWords` answers as the set of every `LOWER_WORD` match would."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.attribute.lowercase import LOWER_WORD, LowercaseWords

_TEXT = st.text(alphabet="abAB’'-_1 .\n", max_size=60)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.lists(st.text(alphabet="ab’'-A", min_size=1, max_size=4), max_size=6))
def test_same_answers_as_the_full_set(text, words):
    full = set(LOWER_WORD.findall(text))
    asked = LowercaseWords(text)
    # every match, every substring of the text and a few made-up words
    candidates = list(full) + words
    candidates += [text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 5))]
    for word in candidates:
        assert (word in asked) == (word in full), (text, word)


def test_examples_and_the_fallback():
    text = "The well-known case: ’twas ab-C, many voters said. Many"
    words = LowercaseWords(text)
    assert "many" in words and "well-known" in words and "twas" in words and "ab-" in words
    assert "well" not in words and "known" not in words and "ab" not in words
    crowded = " ".join(["abc"] * 200 + ["ab"])
    assert "ab" in LowercaseWords(crowded)  # found after the budget, by the full set
    assert "a" not in LowercaseWords(crowded)
