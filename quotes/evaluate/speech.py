"""Which gold fragments count as speech: every quote-marked one, and indirect ones whose cue is a
verb of saying or communication (PolNeAR also annotates beliefs, plans and poll findings).
"""

from __future__ import annotations

from quotes.evaluate.speech_cues import SPEECH_CUE_WORDS

QUOTE_MARKED = frozenset({"direct", "mixed"})
# Stripped from each cue word before lookup: punctuation and the marks that may cling to it.
_WORD_EDGES = ".,;:!?…—–-()[]\"'“”‘’«»„`"


def cue_words(cue: str | None) -> list[str]:
    """The lowercased words of a cue, edge punctuation stripped ("According to," -> 2 words)."""
    if not cue:
        return []
    words = (word.strip(_WORD_EDGES) for word in cue.lower().split())
    return [word for word in words if word]


def is_speech_cue(cue: str | None) -> bool:
    """True when any word of `cue` is a speech or communication word form.

    A bare colon counts: in news, "Trump on trade: we are losing" introduces the words spoken.
    """
    if cue is not None and cue.strip() == ":":
        return True
    return any(word in SPEECH_CUE_WORDS for word in cue_words(cue))


def is_speech(quote_type: str, cue: str | None) -> bool:
    """True for direct and mixed fragments, and for indirect fragments with a speech cue."""
    return quote_type in QUOTE_MARKED or is_speech_cue(cue)
