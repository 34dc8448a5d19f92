"""Find speech in an article: quoted spans, cue frames, and the quotes they make together."""

from quotes.detect.speech import find_speech

__all__ = ["find_speech"]
