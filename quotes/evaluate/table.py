"""Plain-text rendering of a `Report`: one line per figure, aligned, for terminals and logs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.evaluate.report import PRF, Ratio, Report


def _prf(name: str, prf: PRF) -> str:
    return (
        f"{name:<22} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}"
        f"   ({prf.correct_predictions}/{prf.predictions} predictions,"
        f" {prf.found_gold}/{prf.gold} gold)"
    )


def _ratio(name: str, ratio: Ratio) -> str:
    return f"{name:<22} {ratio.value:.3f}   ({ratio.hits}/{ratio.total})"


def format_report(report: Report) -> str:
    """The report as an aligned plain-text table."""
    by_type = ", ".join(f"{k} {v}" for k, v in report.speech_by_type.items())
    lines = [
        f"articles {report.articles}, gold fragments {report.fragments}, "
        f"speech {report.speech_fragments} ({by_type}), predictions {len(report.predictions)}"
        + (f", skipped {report.skipped_predictions}" if report.skipped_predictions else ""),
        "",
        _prf("all-speech", report.all_speech),
        _prf("quote-marked", report.quote_marked),
        _prf("end-to-end", report.end_to_end),
        *(_ratio(f"recall {name}", r) for name, r in report.recall_by_type.items()),
        _ratio("speaker-mention acc", report.speaker_mention),
        _ratio("canonical acc", report.canonical),
        "",
        f"{'confidence':<12}{'count':>7}{'span ok':>10}{'correct':>10}",
    ]
    for bucket in report.calibration:
        span_rate = bucket.span_ok / bucket.count if bucket.count else 0.0
        rate = bucket.correct / bucket.count if bucket.count else 0.0
        lines.append(f"{bucket.label:<12}{bucket.count:>7}{span_rate:>10.3f}{rate:>10.3f}")
    lines.append(_ratio("precision at conf>=0.8", report.confident_precision))
    return "\n".join(lines)
