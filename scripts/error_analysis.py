"""Sort the errors of `quotes` on a gold file into kinds, largest first.

Usage: python scripts/error_analysis.py ../shared/eval/polnear_dev.jsonl [--examples N]

Misses (gold speech no record matched), false alarms (records matching no gold fragment) and
speaker errors (span right, speaker mention wrong) are each split into kinds by simple tests,
so that the largest kind can be attacked first. The table in `docs/quality.md` comes from here.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from quotes.evaluate import load_gold, score
from quotes.extract import find_quotes
from quotes.lexicon.cues import SPEECH_CUES
from quotes.lexicon.entities import GENERIC_SOURCES
from quotes.record import quote_record
from quotes.types import Article

PRONOUNS = {"he", "she", "it", "they", "we", "i", "who", "you"}


def miss_kind(miss, overlapping: bool) -> str:
    words = [w.strip(":,").lower() for w in (miss.cue or "").split()]
    if overlapping:
        return "wrong content boundary"
    if (miss.cue or "").strip() in (":", "―", "—", "-"):
        return "colon or dash attribution"
    if not any(w in SPEECH_CUES or w == "according" for w in words):
        return "cue not in lexicon"
    return "missed with a listed cue"


def speaker_kind(record: dict) -> str:
    mention = (record["speaker_mention"] or "").lower()
    if not mention:
        return "no speaker found (bare or unattributed quote)"
    if mention in PRONOUNS:
        return "pronoun chain"
    if mention.split()[-1] in GENERIC_SOURCES:
        return "generic source"
    if record["rule"] in ("same_paragraph.v1", "bare_paragraph.v1", "nearest_speaker.v1"):
        return "continuation paragraph / neighbour speaker"
    return "wrong speaker phrase or side"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    gold = load_gold(args.gold)
    records, by_article = [], defaultdict(list)
    for article in gold:
        doc = Article(id=article.id, text=article.text)
        found = [quote_record(doc, quote) for quote in find_quotes(doc)]
        records += found
        by_article[article.id] = found
    report = score(gold, records)
    kinds: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for miss in report.misses:
        overlapping = any(
            r["start"] < miss.end and miss.start < r["end"] for r in by_article[miss.article_id]
        )
        key = ("miss", f"{miss.type}: {miss_kind(miss, overlapping)}")
        kinds[key] += 1
        examples[key].append(miss.text[:120])
    for outcome, record in zip(report.predictions, records, strict=True):
        if not outcome.matched:
            key = ("false alarm", record["rule"])
        elif not outcome.speaker_ok:
            key = ("speaker error", speaker_kind(record))
        else:
            continue
        kinds[key] += 1
        examples[key].append(f"{record['speaker_mention']!r}: {record['quote'][:100]}")
    print(f"{'error':14} {'kind':55} {'count':>6}")
    for (error, kind), count in kinds.most_common():
        print(f"{error:14} {kind:55} {count:6}")
        for example in examples[(error, kind)][: args.examples]:
            print(f"{'':16}{example}")


if __name__ == "__main__":
    main()
