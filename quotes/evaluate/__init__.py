"""Score quote extraction against human gold (PolNeAR), as `/work/shared/eval/README.md` defines.

report = run_eval("../shared/eval/polnear_dev.jsonl", "predictions.jsonl")
print(report.format())
"""

from quotes.evaluate.gold import (
    CanonicalSpeaker,
    GoldArticle,
    GoldFragment,
    gold_as_predictions,
    load_canonical,
    load_gold,
    normalise_name,
)
from quotes.evaluate.report import PRF, Bucket, Miss, Outcome, Ratio, Report
from quotes.evaluate.score import read_predictions, run_eval, score
from quotes.evaluate.spans import greedy_match, spans_match, trim
from quotes.evaluate.speech import is_speech, is_speech_cue

__all__ = [
    "PRF",
    "Bucket",
    "CanonicalSpeaker",
    "GoldArticle",
    "GoldFragment",
    "Miss",
    "Outcome",
    "Ratio",
    "Report",
    "gold_as_predictions",
    "greedy_match",
    "is_speech",
    "is_speech_cue",
    "load_canonical",
    "load_gold",
    "normalise_name",
    "read_predictions",
    "run_eval",
    "score",
    "spans_match",
    "trim",
]
