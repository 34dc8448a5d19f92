"""Words that mark scraped page furniture (photo captions and their credits) in news dumps.

Curated by hand from the credit lines of wire and agency photos as they appear in scraped
English-language news pages: the global wires (Reuters, AFP, AP), the national agencies whose
photos the big sites syndicate (the members of the European Alliance of News Agencies and the
Asian ones seen most: Xinhua, Kyodo, Yonhap, ...), and the picture agencies (Getty, EPA,
Shutterstock). Compared case-insensitively. `quotes/ingest/dump.py` uses them; no logic here.
"""

from quotes.lexicon import words

# First word of a parenthesised credit that closes a caption: `... (Reuters)`, `(AP Photo/X)`.
CREDIT_SOURCES = words(
    """
    reuters afp ap upi dpa epa ansa efe tass sputnik ria xinhua kyodo yonhap jiji bernama
    antara pti ani ians apa anp belga aap ap-photo ap/photo pa anadolu aa wafa spa wam qna
    kuna mena sana irna isna mehr tasnim bloomberg getty shutterstock alamy zuma nurphoto
    sipa abaca imago picture-alliance corbis rex eyevine unsplash pool
    photo photos photograph image images picture file handout courtesy screenshot screengrab
    supplied credit video still
    """
)

# A first word that makes a whole line a credit or caption: `Photo: Reuters`, `Credit: AFP`.
CAPTION_PREFIXES = words(
    """
    photo photos photograph picture image images credit credits caption illustration
    video file handout screenshot
    """
)

# Capitalised labels that open paragraphs without anyone speaking (`UPDATE: …`), so they are
# no transcript speakers.
SECTION_LABELS = words(
    "UPDATE UPDATED NOTE CORRECTION EDITOR'S WATCH READ RELATED PHOTOS PHOTO VIDEO SOURCE"
    " SOURCES ADVERTISEMENT BREAKING EXCLUSIVE ANALYSIS OPINION CLARIFICATION"
)
