"""Quotation marks: which characters open and close quotes, and which pairs belong together.

From the Unicode quotation-mark table (Unicode 15, `Quotation_Mark=Yes`) restricted to the
marks seen in English-language news: typographic, straight, guillemets, low-9 and TeX-style.
"""

# opening mark -> the closing marks that may end it
PAIRS: dict[str, str] = {
    "\u201c": '\u201d\u201c"',  # “ … ” (also “ … “ and “ … " from sloppy editing)
    "\u201e": "\u201c\u201d",  # „ … “ (German-style low-9 in English copy)
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab",  # » … « (Danish/Swedish style)
    "``": "''",  # TeX / PTB style
    "''": "''\u201d",  # two apostrophes as a double mark (NYT archive copy)
    '"': '"\u201d',
    "\u201d": '\u201d"',  # ” … ” (a closing mark typed for the opening one)
    "\u2018": "\u2019'",  # ‘ … ’ nested inside double quotes
    "'": "'\u2019",
    "\u201a": "\u2018\u2019",  # ‚ … ‘
}

# Marks of double quotes (a speaker's words) and of single ones (nested, or headline style);
# two-character marks (`` `` ``, `''`) count as double.
DOUBLE_MARKS = '\u201c\u201d\u201e\u00ab\u00bb"`'
SINGLE_MARKS = "\u2018\u2019'\u201a"
SINGLE_OPENING = "\u2018'"  # single marks that may open a quote
APOSTROPHES = "\u2019'"  # single marks that are also apostrophes and primes
TWO_CHARACTER_MARKS = ("``", "''")
# Double marks that only open a quote, and those that only close one (a straight `"` does both).
DOUBLE_OPENING = frozenset({"\u201c", "\u201e", "\u00ab", "``"})
DOUBLE_CLOSING = frozenset({"\u201d", "\u00bb", "''"})

# The same, as one-character word tokens (`detect/tokens.py`): a mark that may close a quote,
# and a double mark that may open one.
CLOSING_CHARACTERS = frozenset("\u201d\u2019\"'\u00bb")
DOUBLE_OPENING_CHARACTERS = frozenset('\u201c"\u00ab')

# every character that can be part of a quote mark, for trimming and quick tests
ALL_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019'\u201a`"
