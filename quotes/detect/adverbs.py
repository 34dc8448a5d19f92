"""What may stand between a speaker and its cue: adverbs, times, asides, party tags.

`skip_adverbs_left` steps left from a cue over `also`, `has`, `on Monday`, `less than two
weeks ago`, `at the time`, `(R-Va.)` and -ly adverbs (`Cruz gingerly said`; not after a modal:
`would formally declare` is a plan, not a report) to where the speaker phrase ends.
"""

from __future__ import annotations

from quotes.detect.tokens import Token, is_ly_adverb
from quotes.lexicon import words
from quotes.lexicon.cues import ASIDE_PHRASES, CUE_ADVERBS, TIME_WORDS
from quotes.lexicon.grammar import MODALS, QUANTITY_WORDS

# Words of a time span before `ago`: `less than two weeks ago`, `a few days ago`.
_SPANS = (
    TIME_WORDS
    | QUANTITY_WORDS
    | words(
        "a few less more than just only over under days weeks months years hours minutes decades"
    )
)
_MAX_TAG = 12  # tokens a party tag or aside in parentheses may take
_TIME_OPENERS = words("on this last past next early late")
# The last words of `ASIDE_PHRASES`: only a token among them can end an aside.
_ASIDE_ENDS = frozenset(phrase[-1] for phrase in ASIDE_PHRASES)


def skip_adverbs_left(tokens: list[Token], end: int, lo: int) -> int:
    """Move left over `also`, `has`, `on Monday`, `(R-Va.)` between speaker and cue."""
    while end > lo:
        token = tokens[end - 1]
        if token.text == ")":
            opening = tag_start(tokens, end, lo)
            if opening is not None and opening > lo:
                end = opening  # a party tag or aside: `Bob Goodlatte (R-Va.) told`
                continue
        if (
            token.is_cap
            and token.lower not in TIME_WORDS
            and end - 1 > lo
            and tokens[end - 2].is_cap
        ):
            break  # `Theresa May said`: a name, not the modal (but `Trump Monday said`)
        phrase = (
            next((p for p in ASIDE_PHRASES if _ends_with(tokens, end, lo, p)), None)
            if token.lower in _ASIDE_ENDS  # most words end no aside: skip trying each phrase
            else None
        )
        if phrase is not None:
            end -= len(phrase)  # `Trump at the time said`, `Clinton, for her part, said`
            continue
        if token.lower == "ago":  # `less than two weeks ago`
            end -= 1
            while end > lo and (tokens[end - 1].lower in _SPANS or tokens[end - 1].text.isdigit()):
                end -= 1
        elif token.lower in CUE_ADVERBS or token.lower in TIME_WORDS:
            end -= 1
        elif is_ly_adverb(token) and (end - 2 < lo or tokens[end - 2].lower not in MODALS):
            # `justifiably complained`, `Cruz gingerly said`, but `would formally declare`:
            # a plan, no report
            end -= 1
        elif (
            token.lower in _TIME_OPENERS
            and end < len(tokens)
            and (tokens[end].lower in TIME_WORDS or tokens[end].lower in _TIME_OPENERS)
        ):
            end -= 1  # `on Monday`, `this past week`, `last month`
        else:
            break
    return end


def _ends_with(tokens: list[Token], end: int, lo: int, words: tuple[str, ...]) -> bool:
    n = len(words)
    return end - n >= lo and all(tokens[end - n + k].lower == w for k, w in enumerate(words))


def tag_start(tokens: list[Token], end: int, lo: int = 0) -> int | None:
    """Index of the `(` of a party tag or short aside closing right before token `end`
    (`Bob Goodlatte (R-Va.)`), or None."""
    if end - 1 < lo or tokens[end - 1].text != ")":
        return None
    return next(
        (k for k in range(end - 2, max(lo, end - _MAX_TAG) - 1, -1) if tokens[k].text == "("),
        None,
    )
