"""Tables of small hand-made cases for the scorer in `quotes.evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.evaluate import (
    CanonicalSpeaker,
    GoldArticle,
    GoldFragment,
    gold_as_predictions,
    greedy_match,
    is_speech,
    load_gold,
    normalise_name,
    run_eval,
    score,
    spans_match,
    trim,
)
from quotes.evaluate.speech_cues import SPEECH_CUE_WORDS

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear_dev.jsonl"


@pytest.mark.parametrize(
    "span, expected",
    [
        ("  “Hello there,” ", "Hello there"),
        ("that he would win.", "he would win"),
        ("That is wrong", "is wrong"),
        ("that’s final", "that’s final"),
        ("thatcher won", "thatcher won"),
        ("``We will win.'' ", "We will win"),
        ("«Oui»", "Oui"),
        ("„Ja“", "Ja"),
        ('(that "we lost")', "we lost"),
        ("that ‘this’", "this"),
        (" ... ", ""),
    ],
)
def test_trim(span, expected):
    start, end = trim(span, 0, len(span))
    assert span[start:end] == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((0, 10), (0, 10), True),
        ((0, 10), (5, 15), True),  # overlap 5 = half of 10
        ((0, 10), (6, 16), False),  # overlap 4 < 5
        ((0, 10), (0, 20), True),  # overlap 10 = half of the longer 20
        ((0, 10), (0, 21), False),  # just below half
        ((0, 11), (5, 16), True),  # 6 of 11
        ((0, 11), (6, 17), False),  # 5 of 11
        ((3, 3), (3, 3), False),  # empty spans never match
        ((0, 5), (5, 10), False),
    ],
)
def test_half_overlap(a, b, expected):
    assert spans_match(a, b) is expected
    assert spans_match(b, a) is expected


@pytest.mark.parametrize(
    "predicted, gold, prefer, expected",
    [
        ([(0, 10), (2, 10)], [(0, 10)], None, {0: 0}),  # one to one: the larger overlap wins
        ([(2, 10), (0, 10)], [(0, 10)], None, {1: 0}),
        ([(0, 10), (10, 20)], [(0, 20)], None, {0: 0}),  # tie on overlap: document order
        ([(0, 12)], [(0, 10), (2, 12)], None, {0: 0}),  # equal overlap and length: order
        ([(50, 100)], [(0, 100), (50, 100)], None, {0: 1}),  # nested gold: the tighter pair
        ([(0, 10)], [(0, 10), (0, 10)], [False, True], {0: 1}),  # then speech gold
        ([(0, 8), (0, 10)], [(0, 10), (0, 8)], None, {0: 1, 1: 0}),
        ([(0, 10)], [(20, 30)], None, {}),
        ([], [(0, 10)], None, {}),
    ],
)
def test_greedy_match(predicted, gold, prefer, expected):
    assert greedy_match(predicted, gold, prefer=prefer) == expected


@pytest.mark.parametrize(
    "quote_type, cue, expected",
    [
        ("direct", None, True),
        ("mixed", "believes", True),
        ("indirect", "said", True),
        ("indirect", "has said", True),
        ("indirect", "According to", True),
        ("indirect", "told reporters,", True),
        ("indirect", ":", True),
        ("indirect", "tweeted", True),
        ("indirect", "believes", False),
        ("indirect", "shows", False),
        ("indirect", "is expected", False),
        ("indirect", "called", False),
        ("indirect", "did not mention", False),
        ("indirect", "was charged with", False),
        ("indirect", None, False),
        ("indirect", "", False),
    ],
)
def test_is_speech(quote_type, cue, expected):
    assert is_speech(quote_type, cue) is expected


def test_speech_lexicon_is_clean():
    assert all(word == word.lower() and word.isalpha() for word in SPEECH_CUE_WORDS)
    cognition = {"believe", "think", "know", "show", "found", "seem", "appear", "expect", "hope"}
    assert not cognition & SPEECH_CUE_WORDS
    assert {"say", "says", "said", "saying", "told", "according", "wrote"} <= SPEECH_CUE_WORDS


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("The Post", "post", True),
        ("Taiwan's defense ministry", "taiwan’s defense ministry", True),
        ("Donald  Trump", "donald trump", True),
        ("the White House", "White House", True),
        ("Trump", "Donald Trump", False),
        ("Theresa May", "resa may", False),
    ],
)
def test_normalise_name(a, b, expected):
    assert (normalise_name(a) == normalise_name(b)) is expected


TEXT = (
    "Trump said that “we will win.” Polls show he is ahead. "
    "Clinton believes she can win, aides said."
)


def _at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def _fragment(phrase, quote_type, cue, speaker, group):
    start, end = _at(phrase)
    return GoldFragment(
        start=start,
        end=end,
        type=quote_type,
        group=group,
        cue=cue,
        speaker=speaker,
        speaker_spans=(_at(speaker),),
        speech=is_speech(quote_type, cue),
    )


def _gold() -> list[GoldArticle]:
    fragments = [
        _fragment("we will win.", "direct", "said", "Trump", "E1"),
        _fragment("he is ahead", "indirect", "show", "Polls", "E2"),
        _fragment("she can win", "indirect", "believes", "Clinton", "E3"),
        _fragment("Clinton believes she can win", "indirect", "said", "aides", "E4"),
    ]
    canonical = {
        "E1": CanonicalSpeaker("Donald Trump", generic=False, is_speech=True),
        "E4": CanonicalSpeaker(None, generic=True, is_speech=True),
    }
    return [GoldArticle(id="a1", text=TEXT, fragments=fragments, canonical=canonical)]


def _pred(phrase, quote_type, speaker, confidence, name=None, article_id="a1"):
    start, end = _at(phrase)
    s_start, s_end = _at(speaker) if speaker else (None, None)
    return {
        "article_id": article_id,
        "start": start,
        "end": end,
        "type": quote_type,
        "speaker_start": s_start,
        "speaker_end": s_end,
        "speaker": name,
        "confidence": confidence,
    }


PREDICTIONS = [
    _pred("“we will win.”", "direct", "Trump", 0.95, name="the donald trump"),
    _pred("he is ahead", "indirect", "Polls", 0.5),  # matches non-speech gold
    _pred("Clinton believes she can win,", "indirect", "Clinton", 0.85),  # wrong speaker
    _pred("Polls show", "indirect", None, 0.3),  # false alarm
]


def test_score_figures():
    report = score(_gold(), PREDICTIONS)
    assert report.speech_fragments == 2
    assert (report.all_speech.precision, report.all_speech.recall) == (0.75, 1.0)
    assert (report.quote_marked.precision, report.quote_marked.recall) == (1.0, 1.0)
    # the non-speech pair with the right speaker counts for precision, as in all-speech
    assert (report.end_to_end.precision, report.end_to_end.recall) == (0.5, 0.5)
    assert (report.speaker_mention.hits, report.speaker_mention.total) == (2, 3)
    assert (report.canonical.hits, report.canonical.total) == (1, 1)
    assert report.recall_by_type["direct"].value == 1.0
    assert report.recall_by_type["mixed"].total == 0
    assert report.misses == []
    assert [alarm.text for alarm in report.false_alarms] == ["Polls show"]
    assert [o.correct for o in report.predictions] == [True, True, False, False]
    assert [o.span_ok for o in report.predictions] == [True, False, True, False]


def test_calibration_buckets():
    report = score(_gold(), PREDICTIONS)
    counts = {b.label: (b.count, b.correct) for b in report.calibration}
    assert counts == {
        ">=0.9": (1, 1),
        "0.8-0.9": (1, 0),
        "0.6-0.8": (0, 0),
        "0.4-0.6": (1, 1),
        "<0.4": (1, 0),
    }
    assert (report.confident_precision.hits, report.confident_precision.total) == (1, 2)
    assert "0.8-0.9" in report.format()


def test_misses_and_skipped_predictions():
    records = [
        _pred("he is ahead", "indirect", "Polls", 0.5),
        _pred("we will win.", "direct", "Trump", 0.9, article_id="unknown"),
        {"article_id": "a1", "start": None, "end": 3},
    ]
    report = score(_gold(), records)
    assert report.skipped_predictions == 2
    assert [(m.type, m.cue, m.speaker) for m in report.misses] == [
        ("direct", "said", "Trump"),
        ("indirect", "said", "aides"),
    ]


def test_empty_predictions():
    report = score(_gold(), [])
    assert report.all_speech.f1 == report.end_to_end.f1 == report.canonical.value == 0.0
    assert report.to_dict()["all_speech"]["r"] == 0.0
    assert report.format()


def test_gold_against_itself():
    gold = _gold()
    report = score(gold, gold_as_predictions(gold))
    assert report.all_speech.precision == report.all_speech.recall == 1.0
    assert report.end_to_end.recall == report.canonical.value == 1.0


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_run_eval_files(tmp_path):
    quotes = [
        {"start": f.start, "end": f.end, "type": f.type, "group": f.group, "cue": f.cue,
         "speaker": f.speaker, "speaker_spans": [list(s) for s in f.speaker_spans]}
        for f in _gold()[0].fragments
    ]  # fmt: skip
    gold_path = _write_jsonl(tmp_path / "g.jsonl", [{"id": "a1", "text": TEXT, "quotes": quotes}])
    _write_jsonl(
        tmp_path / "g_canonical.jsonl",
        [{"doc_id": "a1", "group": "E1", "canonical": "The Trump", "generic": False}],
    )
    pred_path = _write_jsonl(tmp_path / "p.jsonl", PREDICTIONS)
    report = run_eval(gold_path, pred_path)
    assert report.all_speech.precision == 0.75
    assert (report.canonical.hits, report.canonical.total) == (0, 1)  # found beside the gold
    extracted = run_eval(gold_path, extract=lambda aid, text: PREDICTIONS[:1])
    assert extracted.end_to_end.recall == 0.5
    assert load_gold(gold_path)[0].fragments[3].speech
    with pytest.raises(ValueError, match="pred_path or extract"):
        run_eval(gold_path)


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR dev gold not present")
def test_polnear_dev_against_itself():
    gold = load_gold(POLNEAR_DEV)
    report = score(gold, gold_as_predictions(gold))
    assert report.all_speech.precision == report.all_speech.recall == 1.0
    assert report.quote_marked.f1 == 1.0
    assert report.speaker_mention.value == 1.0
