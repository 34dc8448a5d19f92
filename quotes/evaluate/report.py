"""The figures of one evaluation, their plain-text table, and the error listings behind them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from quotes.evaluate.table import format_report

QUOTE_TYPES = ("direct", "mixed", "indirect")
# Calibration buckets: (label, lowest confidence included, highest excluded).
BUCKETS = (
    (">=0.9", 0.9, float("inf")),
    ("0.8-0.9", 0.8, 0.9),
    ("0.6-0.8", 0.6, 0.8),
    ("0.4-0.6", 0.4, 0.6),
    ("<0.4", float("-inf"), 0.4),
)
CONFIDENT = 0.8


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(slots=True)
class Ratio:
    """A count out of a total (an accuracy or a recall)."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return _ratio(self.hits, self.total)

    def to_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "value": round(self.value, 4)}


@dataclass(slots=True)
class PRF:
    """Precision over predictions and recall over gold fragments, each with its own numerator:
    a prediction may be correct by matching gold that does not count for recall."""

    correct_predictions: int = 0
    predictions: int = 0
    found_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct_predictions, self.predictions)

    @property
    def recall(self) -> float:
        return _ratio(self.found_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        figures = {"p": self.precision, "r": self.recall, "f1": self.f1}
        return {**asdict(self), **{k: round(v, 4) for k, v in figures.items()}}


@dataclass(slots=True)
class Outcome:
    """One prediction and how it fared: `matched` any gold fragment, `span_ok` a speech one,
    `speaker_ok` its mention overlaps that fragment's speaker; `correct` is end to end: the
    span matches a gold fragment and the speaker agrees (the same leniency as all-speech
    precision, so that gold scored against itself is 1.0)."""

    article_id: str
    start: int
    end: int
    type: str | None
    text: str
    confidence: float | None
    rule: str | None
    matched: bool = False
    span_ok: bool = False
    speaker_ok: bool = False

    @property
    def correct(self) -> bool:
        return self.matched and self.speaker_ok


@dataclass(slots=True)
class Miss:
    """A gold speech fragment no prediction matched."""

    article_id: str
    start: int
    end: int
    type: str
    text: str
    cue: str | None
    speaker: str | None


@dataclass(slots=True)
class Bucket:
    """Predictions in one confidence range, and how many were span / end-to-end correct."""

    label: str
    count: int = 0
    span_ok: int = 0
    correct: int = 0

    def to_dict(self) -> dict:
        return {
            **asdict(self),
            "span_ok_rate": round(_ratio(self.span_ok, self.count), 4),
            "correct_rate": round(_ratio(self.correct, self.count), 4),
        }


def calibration(outcomes: list[Outcome]) -> tuple[list[Bucket], Ratio]:
    """Bucket predictions by confidence (missing confidence counts as 0); also the end-to-end
    precision of all predictions with confidence >= 0.8."""
    buckets = [Bucket(label) for label, _, _ in BUCKETS]
    confident = Ratio()
    for outcome in outcomes:
        value = outcome.confidence if outcome.confidence is not None else 0.0
        index = next(i for i, (_, low, high) in enumerate(BUCKETS) if low <= value < high)
        bucket = buckets[index]
        bucket.count += 1
        bucket.span_ok += outcome.span_ok
        bucket.correct += outcome.correct
        if value >= CONFIDENT:
            confident.total += 1
            confident.hits += outcome.correct
    return buckets, confident


@dataclass(slots=True)
class Report:
    """All figures of one evaluation (see `/work/shared/eval/README.md`) and the errors."""

    articles: int = 0
    fragments: int = 0
    speech_fragments: int = 0
    speech_by_type: dict[str, int] = field(default_factory=dict)
    skipped_predictions: int = 0
    all_speech: PRF = field(default_factory=PRF)
    quote_marked: PRF = field(default_factory=PRF)
    recall_by_type: dict[str, Ratio] = field(default_factory=dict)
    speaker_mention: Ratio = field(default_factory=Ratio)
    end_to_end: PRF = field(default_factory=PRF)
    canonical: Ratio = field(default_factory=Ratio)
    calibration: list[Bucket] = field(default_factory=list)
    confident_precision: Ratio = field(default_factory=Ratio)
    predictions: list[Outcome] = field(default_factory=list, repr=False)
    misses: list[Miss] = field(default_factory=list, repr=False)

    @property
    def false_alarms(self) -> list[Outcome]:
        """Predictions that matched no gold fragment at all."""
        return [outcome for outcome in self.predictions if not outcome.matched]

    def to_dict(self, *, errors: bool = False) -> dict:
        """The figures as plain JSON-ready values; with `errors`, the listings too."""
        figures = {
            "articles": self.articles,
            "fragments": self.fragments,
            "speech_fragments": self.speech_fragments,
            "speech_by_type": dict(self.speech_by_type),
            "predictions": len(self.predictions),
            "skipped_predictions": self.skipped_predictions,
            "all_speech": self.all_speech.to_dict(),
            "quote_marked": self.quote_marked.to_dict(),
            "recall_by_type": {k: v.to_dict() for k, v in self.recall_by_type.items()},
            "speaker_mention": self.speaker_mention.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "canonical": self.canonical.to_dict(),
            "calibration": [bucket.to_dict() for bucket in self.calibration],
            "confident_precision": self.confident_precision.to_dict(),
        }
        if errors:
            figures["misses"] = [asdict(miss) for miss in self.misses]
            figures["false_alarms"] = [asdict(outcome) for outcome in self.false_alarms]
        return figures

    def format(self) -> str:
        """A readable plain-text table of the figures."""
        return format_report(self)
