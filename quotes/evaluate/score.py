"""Score predicted quote records against gold articles, per `/work/shared/eval/README.md`.

Per article, predictions are matched once, one to one, against all gold fragments (speech or
not); every figure is then counted from that matching, except quote-marked P/R/F1, which
matches the quote-marked subsets on both sides separately. Speaker-mention and canonical
accuracy are taken over all matched pairs; end-to-end precision counts pairs with any gold
(like all-speech precision), its recall only pairs with speech gold.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotes.evaluate.gold import (
    CanonicalSpeaker,
    GoldArticle,
    GoldFragment,
    load_canonical,
    load_gold,
    normalise_name,
)
from quotes.evaluate.report import QUOTE_TYPES, Miss, Outcome, Ratio, Report, calibration
from quotes.evaluate.spans import Interval, greedy_match, spans_touch, trim
from quotes.evaluate.speech import QUOTE_MARKED

logger = logging.getLogger(__name__)

Extractor = Callable[[str, str], Iterable[dict]]


@dataclass(slots=True, frozen=True)
class _Prediction:
    start: int
    end: int
    type: str | None
    speaker_span: Interval | None
    speaker: str | None
    confidence: float | None
    rule: str | None


def _prediction(record: dict) -> _Prediction | None:
    """The fields scored, or None when the record has no usable content offsets."""
    start, end = record.get("start"), record.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    s_start, s_end = record.get("speaker_start"), record.get("speaker_end")
    has_speaker = isinstance(s_start, int) and isinstance(s_end, int)
    confidence = record.get("confidence")
    return _Prediction(
        start=start,
        end=end,
        type=record.get("type"),
        speaker_span=(s_start, s_end) if has_speaker else None,
        speaker=record.get("speaker"),
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
        rule=record.get("rule"),
    )


def _group(
    predictions: Iterable[dict], known: set[str], report: Report
) -> dict[str, list[_Prediction]]:
    by_article: dict[str, list[_Prediction]] = {}
    unknown = 0
    for record in predictions:
        prediction = _prediction(record)
        article_id = record.get("article_id")
        if prediction is None or article_id not in known:
            report.skipped_predictions += 1
            unknown += prediction is not None
            continue
        by_article.setdefault(article_id, []).append(prediction)
    if report.skipped_predictions:
        logger.warning(
            "skipped %d predictions (%d for articles not in the gold, %d without offsets)",
            report.skipped_predictions,
            unknown,
            report.skipped_predictions - unknown,
        )
    return by_article


def _speaker_agrees(prediction: _Prediction, fragment: GoldFragment) -> bool:
    """The mention overlaps a gold speaker span; with no gold speaker, the prediction has none."""
    if fragment.speaker_spans:
        return spans_touch(prediction.speaker_span, fragment.speaker_spans)
    return prediction.speaker_span is None


def _score_article(
    article: GoldArticle,
    predictions: list[_Prediction],
    canonical: dict[str, CanonicalSpeaker] | None,
    report: Report,
) -> None:
    text, fragments = article.text, article.fragments
    gold_spans = [trim(text, f.start, f.end) for f in fragments]
    pred_spans = [trim(text, p.start, p.end) for p in predictions]
    matches = greedy_match(pred_spans, gold_spans, prefer=[f.speech for f in fragments])
    for index, prediction in enumerate(predictions):
        outcome = Outcome(
            article_id=article.id,
            start=prediction.start,
            end=prediction.end,
            type=prediction.type,
            text=text[prediction.start : prediction.end],
            confidence=prediction.confidence,
            rule=prediction.rule,
        )
        if index in matches:
            _count_pair(prediction, fragments[matches[index]], canonical, outcome, report)
        report.predictions.append(outcome)
    _count_gold(article, set(matches.values()), report)
    _count_quote_marked(fragments, gold_spans, predictions, pred_spans, report)


def _count_pair(
    prediction: _Prediction,
    fragment: GoldFragment,
    canonical: dict[str, CanonicalSpeaker] | None,
    outcome: Outcome,
    report: Report,
) -> None:
    outcome.matched = True
    outcome.span_ok = fragment.speech
    outcome.speaker_ok = _speaker_agrees(prediction, fragment)
    if fragment.speaker_spans:
        report.speaker_mention.total += 1
        report.speaker_mention.hits += outcome.speaker_ok
    gold = (canonical or {}).get(fragment.group or "")
    if gold is not None and gold.scorable:
        report.canonical.total += 1
        report.canonical.hits += normalise_name(prediction.speaker) == normalise_name(
            gold.canonical
        )


def _count_gold(article: GoldArticle, matched: set[int], report: Report) -> None:
    report.fragments += len(article.fragments)
    for index, fragment in enumerate(article.fragments):
        if not fragment.speech:
            continue
        report.speech_fragments += 1
        report.speech_by_type[fragment.type] = report.speech_by_type.get(fragment.type, 0) + 1
        recall = report.recall_by_type.setdefault(fragment.type, Ratio())
        recall.total += 1
        recall.hits += index in matched
        if index not in matched:
            report.misses.append(
                Miss(
                    article_id=article.id,
                    start=fragment.start,
                    end=fragment.end,
                    type=fragment.type,
                    text=article.text[fragment.start : fragment.end],
                    cue=fragment.cue,
                    speaker=fragment.speaker,
                )
            )


def _count_quote_marked(
    fragments: list[GoldFragment],
    gold_spans: list[Interval],
    predictions: list[_Prediction],
    pred_spans: list[Interval],
    report: Report,
) -> None:
    gold = [span for f, span in zip(fragments, gold_spans, strict=True) if f.type in QUOTE_MARKED]
    pred = [span for p, span in zip(predictions, pred_spans, strict=True) if p.type in QUOTE_MARKED]
    found = len(greedy_match(pred, gold))
    marked = report.quote_marked
    marked.gold += len(gold)
    marked.predictions += len(pred)
    marked.found_gold += found
    marked.correct_predictions += found


def score(
    gold: list[GoldArticle],
    predictions: Iterable[dict],
    *,
    canonical: str | Path | None = None,
) -> Report:
    """Score prediction records against gold articles.

    `canonical` names a canonical-speaker file; without it, the canonical maps already attached
    to the gold articles (by `load_gold(..., canonical=...)`) are used.
    """
    by_doc = load_canonical(canonical) if canonical is not None else None
    report = Report(articles=len(gold))
    by_article = _group(predictions, {article.id for article in gold}, report)
    for article in gold:
        article_canonical = by_doc.get(article.id) if by_doc is not None else article.canonical
        _score_article(article, by_article.get(article.id, []), article_canonical, report)
    _totals(report)
    return report


def _totals(report: Report) -> None:
    outcomes = report.predictions
    report.recall_by_type = {t: report.recall_by_type.get(t, Ratio()) for t in QUOTE_TYPES}
    report.speech_by_type = {t: report.speech_by_type.get(t, 0) for t in QUOTE_TYPES}
    speech_found = sum(ratio.hits for ratio in report.recall_by_type.values())
    for prf, correct, found in (
        (report.all_speech, sum(o.matched for o in outcomes), speech_found),
        (
            report.end_to_end,
            sum(o.correct for o in outcomes),
            sum(o.span_ok and o.speaker_ok for o in outcomes),
        ),
    ):
        prf.predictions, prf.correct_predictions = len(outcomes), correct
        prf.gold, prf.found_gold = report.speech_fragments, found
    report.calibration, report.confident_precision = calibration(outcomes)


def read_predictions(path: str | Path) -> Iterator[dict]:
    """Prediction records from a JSONL file; lines that are not JSON objects are skipped."""
    bad = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                record = None
            if isinstance(record, dict):
                yield record
            else:
                bad += 1
    if bad:
        logger.warning("skipped %d lines of %s that are not JSON objects", bad, path)


def default_canonical(gold_path: str | Path) -> Path | None:
    """`<stem>_canonical.jsonl` beside the gold file, when it exists."""
    path = Path(gold_path)
    candidate = path.with_name(f"{path.stem}_canonical.jsonl")
    return candidate if candidate.exists() else None


def run_eval(
    gold_path: str | Path,
    pred_path: str | Path | None = None,
    *,
    extract: Extractor | None = None,
    canonical: str | Path | None = None,
) -> Report:
    """Score a predictions file, or the records `extract(article_id, text)` returns for each
    gold article, against a gold file (canonical file found beside it by default)."""
    if (pred_path is None) == (extract is None):
        raise ValueError("run_eval needs exactly one of pred_path or extract")
    gold = load_gold(gold_path)
    if pred_path is not None:
        predictions: Iterable[dict] = read_predictions(pred_path)
    else:
        predictions = (
            {**record, "article_id": article.id}
            for article in gold
            for record in extract(article.id, article.text)
        )
    canonical = canonical if canonical is not None else default_canonical(gold_path)
    return score(gold, predictions, canonical=canonical)
