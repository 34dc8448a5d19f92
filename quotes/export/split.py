"""Deterministic train/validation/test assignment by article.

Splitting by article rather than by quote keeps every quote of an article, and the article row
itself, in one split, so near-duplicate sentences of one story cannot leak across splits. The
split is a pure function of the id, so it needs no global pass and works on a stream.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

SPLITS: tuple[str, str, str] = ("train", "validation", "test")


def split_of(article_id: str, *, split: Sequence[float] = (0.8, 0.1, 0.1), seed: int = 0) -> str:
    """The split ("train", "validation" or "test") an article belongs to.

    Hashes `f"{seed}:{article_id}"` to a number in [0, 1) and compares it with the cumulative
    fractions, so the answer is stable across runs, machines and Python versions.
    """
    if len(split) != 3 or any(p < 0 for p in split) or abs(sum(split) - 1) > 1e-6:
        raise ValueError(f"split must be three non-negative fractions summing to 1, got {split!r}")
    digest = hashlib.blake2b(f"{seed}:{article_id}".encode(), digest_size=8).digest()
    point = int.from_bytes(digest, "big") / 2**64
    cumulative = 0.0
    for name, fraction in zip(SPLITS, split, strict=True):
        cumulative += fraction
        if point < cumulative:
            return name
    # Fractions summing to 0.9999999 leave a sliver past the last bound: it belongs to the last
    # split that can hold anything, never to one the user set to zero.
    return next(
        name
        for name, fraction in zip(reversed(SPLITS), reversed(split), strict=True)
        if fraction > 0
    )
