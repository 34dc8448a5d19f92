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
    "\u2018": "\u2019'",  # ‘ … ’ nested inside double quotes
    "'": "'\u2019",
    "\u201a": "\u2018\u2019",  # ‚ … ‘
}

DOUBLE_OPEN = '\u201c\u201e\u00ab"'
DOUBLE_CLOSE = '\u201d\u201c\u00bb"'
SINGLE_OPEN = "\u2018'\u201a"
SINGLE_CLOSE = "\u2019'\u2018"

# every character that can be part of a quote mark, for trimming and quick tests
ALL_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019'\u201a`"
