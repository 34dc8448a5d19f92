"""Per-rule precision on a gold file: how often a record made by each rule is right.

Usage: python scripts/rule_precision.py ../shared/eval/polnear_train.jsonl

`span` = the quote matches a gold fragment; `correct` = and the speaker mention agrees. The
`base` confidences in `quotes/rules.py` are set from the `correct` column on PolNeAR train.
"""

from __future__ import annotations

import sys
from collections import Counter

from quotes.evaluate import load_gold, score
from quotes.extract import find_quotes
from quotes.record import quote_record
from quotes.types import Article


def main(path: str) -> None:
    gold = load_gold(path)
    records = []
    for article in gold:
        doc = Article(id=article.id, text=article.text)
        records += [quote_record(doc, quote) for quote in find_quotes(doc)]
    report = score(gold, records)
    total, span, correct = Counter(), Counter(), Counter()
    for outcome, record in zip(report.predictions, records, strict=True):
        total[record["rule"]] += 1
        span[record["rule"]] += outcome.matched
        correct[record["rule"]] += outcome.correct
    print(f"{'rule':26} {'count':>6} {'span':>6} {'correct':>8}")
    for name, count in total.most_common():
        print(f"{name:26} {count:6} {span[name] / count:6.3f} {correct[name] / count:8.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
