"""Learn Punkt abbreviations from news text and write `quotes/lexicon/punkt_learned.txt`.

Usage: python scripts/train_punkt.py ../shared/eval/polnear_train.jsonl

Only the learned *abbreviation types* are kept (a few hundred short tokens, not the text), so
the shipped file carries no article content. Tokens with quote marks, ellipses or underscores
are dropped: they are tokenisation noise, not abbreviations.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "punkt_learned.txt"
CLEAN = re.compile(r"^[a-z][a-z.&\-]*$")


def main(paths: list[str]) -> None:
    trainer = PunktTrainer()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            trainer.train("\n\n".join(json.loads(line)["text"] for line in lines), finalize=False)
    trainer.finalize_training()
    learned = sorted(a for a in trainer.get_params().abbrev_types if CLEAN.match(a) and len(a) > 1)
    header = (
        "# Abbreviations learned by nltk's PunktTrainer from PolNeAR train text\n"
        "# (networkdynamics/PolNeAR c3eee833, 840 US political news articles, 2016).\n"
        "# Regenerate: python scripts/train_punkt.py ../shared/eval/polnear_train.jsonl\n"
    )
    OUT.write_text(header + "\n".join(learned) + "\n", encoding="utf-8")
    print(f"wrote {len(learned)} abbreviations to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
