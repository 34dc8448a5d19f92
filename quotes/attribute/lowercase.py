"""Which words an article writes in lowercase: the words `LOWER_WORD` finds in its text.

`EntityIndex` asks this of a dozen sentence-initial words per article (`Many voters`: `many`
is written in lowercase elsewhere, so it is no name). Collecting every lowercase word of the
text costs a scan and a string per word; `LowercaseWords` instead looks where the asked word
occurs, and gives the same answers:

A match of `LOWER_WORD` lies inside one run of the characters it is made of (`[a-z’'-]`), and
no match reaches from one run into the next, so scanning the whole text finds, in each run,
exactly the matches a scan of that run alone finds. An occurrence of the word can only be a
match where no lowercase letter precedes it (`\\b`), so only those runs are scanned. A word
found at too many such places falls back to collecting every word once.
"""

from __future__ import annotations

import re

LOWER_WORD = re.compile(r"\b[a-z][a-z’'\-]*\b")
_FORM = re.compile(r"[a-z][a-z’'\-]*")  # what every match of LOWER_WORD is
_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_BUDGET = 64  # runs scanned for one word before collecting all words instead


class LowercaseWords:
    """`word in LowercaseWords(text)` is `word in set(LOWER_WORD.findall(text))`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._all is not None:
            return word in self._all
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._look_up(word)
        return found

    def _look_up(self, word: str) -> bool:
        if not _FORM.fullmatch(word):
            return False
        text, n = self.text, len(self.text)
        budget = _BUDGET
        at = text.find(word)
        while at >= 0:
            if at and text[at - 1] in _LOWER:
                at = text.find(word, at + 1)  # inside a word: never where a match starts
                continue
            start, end = at, at + len(word)
            while start and text[start - 1] in _RUN_CHARS:
                start -= 1
            while end < n and text[end] in _RUN_CHARS:
                end += 1
            # the character after the run decides its last `\b`, so the scan includes it
            if word in LOWER_WORD.findall(text, start, min(end + 1, n)):
                return True
            budget -= 1
            if not budget:
                self._all = set(LOWER_WORD.findall(text))
                return word in self._all
            at = text.find(word, end)
        return False
