"""Abbreviations that never end a sentence in news text.

Curated from the news-register entries of spaCy's `lang/en/tokenizer_exceptions.py`
(titles, corporate suffixes, months, US states in AP style) and the list in the builder
issue. Stored lowercased, without the final period, as Punkt expects. The companion file
`punkt_learned.txt` holds what `scripts/train_punkt.py` learned from PolNeAR train text.
"""

from quotes.lexicon import words

NEWS_ABBREVIATIONS = words(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig
    sen rep gov lt.gov pres supt insp det atty rev fr msgr hon amb sec treas
    st jr sr inc corp co ltd llc plc bros dept univ assn no nos vs v etc approx est fig
    a.m p.m u.s u.k u.n e.u u.s.a d.c n.y l.a b.c a.d ph.d m.d
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
    miss mo mont neb nev n.h n.j n.m n.c n.d okla ore pa r.i s.c s.d tenn tex vt va
    wash wis wyo
    """
)

# Titles before a name: these never end a sentence, whatever follows.
TITLE_ABBREVIATIONS = words(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig sen rep gov pres supt"
    " insp det atty rev fr msgr hon amb sec st"
)

# Words that start sentences often enough to end one after a suffix such as `Inc.`.
SENTENCE_STARTERS = words(
    "the he she it they we i but however in this that these those there his her their its"
    " meanwhile still yet so if when while after before although"
)
