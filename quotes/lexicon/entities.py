"""Words that tell people, organisations and generic sources apart.

Titles and roles follow AP style's list of formal titles; organisation heads and generic
sources were read off the speaker mentions of PolNeAR train (`docs/quality.md`);
nationalities are the demonyms of UN member states common in English news, mapped to the
country an organisation or leader belongs to.
"""

from quotes.lexicon import words

# Honorifics that may precede a name and are dropped from canonical names.
HONORIFICS = words("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame rev rev. hon hon.")
FEMALE_HONORIFICS = words("mrs mrs. ms ms. miss dame")
MALE_HONORIFICS = words("mr mr. sir")

# Roles that may precede a name (`President Vladimir Putin`) or stand for a person
# (`the president said`). Lowercase, single words.
ROLES = words(
    """
    president vice-president vp premier prime chancellor minister secretary senator sen sen.
    press
    representative rep rep. congressman congresswoman congressmember governor gov gov.
    mayor councilman councilwoman lawmaker leader chairman chairwoman chair ceo cfo coo
    founder director spokesman spokeswoman spokesperson adviser advisor aide ambassador
    envoy general gen gen. admiral adm colonel col col. lieutenant lt lt. captain capt sergeant
    commander judge justice attorney prosecutor sheriff chief officer official king queen
    prince princess pope cardinal bishop rabbi imam candidate nominee challenger incumbent
    businessman businesswoman billionaire mogul tycoon executive analyst economist professor
    pollster strategist commentator columnist reporter correspondent editor host anchor actor
    actress singer rapper star coach player author writer historian scientist researcher
    activist lawyer attorney-general speaker whip manager chief-of-staff operative donor
    ex-president former acting deputy assistant associate senior junior general-secretary
    commissioner superintendent administrator inspector counsel coordinator trustee treasurer
    nominee ambassador economist organizer
    """
)

# Last words of company names whose first word alone also names the company: `Peabody
# Energy` ... `Peabody said`.
CORPORATE_HEADS = words(
    """
    energy coal oil motors airlines airways industries holdings pharmaceuticals foods brands
    technologies communications
    """
)
# Heads of organisation names and descriptors: `the ministry`, `Taiwan's defense ministry`.
ORG_HEADS = CORPORATE_HEADS | words(
    """
    ministry department agency office bureau administration government cabinet council
    committee commission board authority service services institute foundation center centre
    university college school company corporation corp firm group bank fund network newspaper
    paper magazine post times journal channel station party campaign coalition alliance
    union association federation league organization organisation court police army military
    navy force forces command embassy consulate parliament congress senate house assembly
    legislature kremlin pentagon regime team club church movement network website outlet caucus
    partners capital media entertainment studios
    """
)
# Capitalised last words that make a name an organisation's (`Fox News`, `ABC News`), besides
# ORG_HEADS; only for names, since lowercase `news` heads no speaker (`his news conference`).
NAME_ORG_HEADS = ORG_HEADS | words("news")

# What a speaker issues or writes: `a statement`, `a Medium post`. Standing alone it speaks for
# its author (`the statement said`); after its author's verb it does not.
MEDIA_WORDS = words(
    """
    statement statements email emails letter letters memo release post posts tweet tweets
    message video ad advertisement op-ed column editorial essay blog article interview
    """
)

# Plural or unnamed sources: the mention is kept, the speaker stays null.
GENERIC_SOURCES = words(
    """
    source sources official officials critics critic experts expert analysts analyst observers
    people residents witnesses witness aides aide advisers advisors insiders insider
    supporters opponents voters observers economists strategists lawmakers democrats
    republicans members staff staffers employees workers diplomats investigators authorities
    police prosecutors researchers scientists doctors lawyers activists protesters
    spokesperson spokesman spokeswoman person someone somebody others many some several few
    one another everyone everybody anyone observers pollsters organizers reporters journalists
    advocate advocates delegate delegates donor donors historian historians scholar scholars
    academics economist strategist consultant consultants operative operatives veteran
    veterans parent parents student students teacher teachers resident neighbor neighbors
    conservatives liberals progressives evangelicals immigrants citizens americans attendees
    participants respondents agents officers troops soldiers relatives family families friend
    friends colleague colleagues allies skeptics backers proponents defenders detractors
    woman women man men mother father wife husband son daughter girl boy lady teenager
    """
)

# Nationality and place adjectives -> the country they name (for `the Russian leader`).
NATIONALITIES: dict[str, str] = dict(
    pair.split(":")
    for pair in """
    american:United_States u.s.:United_States us:United_States russian:Russia chinese:China
    taiwanese:Taiwan british:Britain french:France german:Germany italian:Italy spanish:Spain
    japanese:Japan korean:Korea north-korean:North_Korea south-korean:South_Korea
    indian:India pakistani:Pakistan iranian:Iran iraqi:Iraq syrian:Syria turkish:Turkey
    israeli:Israel palestinian:Palestine egyptian:Egypt saudi:Saudi_Arabia ukrainian:Ukraine
    polish:Poland mexican:Mexico canadian:Canada brazilian:Brazil australian:Australia
    afghan:Afghanistan cuban:Cuba venezuelan:Venezuela nigerian:Nigeria kenyan:Kenya
    european:Europe belarusian:Belarus hungarian:Hungary greek:Greece swedish:Sweden
    dutch:Netherlands irish:Ireland scottish:Scotland lebanese:Lebanon jordanian:Jordan
    qatari:Qatar emirati:United_Arab_Emirates vietnamese:Vietnam thai:Thailand
    philippine:Philippines filipino:Philippines indonesian:Indonesia
    """.split()
)

# Party and political descriptors that may precede a role: `the Republican nominee`.
AFFILIATIONS = words(
    """
    republican democratic democrat gop conservative liberal progressive socialist labour
    labor independent libertarian green presidential vice-presidential senate house
    state federal national foreign defense defence finance interior justice health
    former top senior chief deputy
    """
)

PRONOUNS_MALE = words("he him his himself")
PRONOUNS_FEMALE = words("she her hers herself")
PRONOUNS_NEUTER = words("it its itself")
PRONOUNS_PLURAL = words("they them their themselves")
PRONOUNS_FIRST = words("i we me us my our")
SUBJECT_PRONOUNS = words("he she it they we i you who which")

# Capitalised words that start sentences or names but are never part of a name.
NOT_NAMES = words(
    """
    the a an this that these those it he she they we i you his her their its our my but and
    or if when while as at in on of for to by with from after before during since until
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december there here what who why how
    however meanwhile still yet also then now today yesterday according mr mrs ms dr
    although though because unlike despite since whether unless until perhaps indeed instead
    even so like while once where every each both either neither having speaking asked
    given following including citing noting adding saying writing responding asked told
    """
)

# Places that name no speaker of their own but look like personal names (`West Virginia`,
# `Charlotte`): the 50 US states and a few cities frequent in US political news.
PLACES = frozenset(
    line.strip()
    for line in """
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Georgia
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    New York
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    Washington
    West Virginia
    Wisconsin
    Wyoming
    Charlotte
    Chicago
    Los Angeles
    San Francisco
    Philadelphia
    Boston
    Atlanta
    Miami
    Houston
    Dallas
    Detroit
    Cleveland
    Denver
    Phoenix
    Orlando
    Manhattan
    Brooklyn
    Wall Street
    Capitol Hill
    Silicon Valley
    Latin America
    Middle East
    """.strip().splitlines()
)

# Last words of place names: `National Mall`, `Fifth Avenue`, `Cook County`.
PLACE_HEADS = words(
    """
    mall street avenue road boulevard square park river lake mountain mountains county city
    island islands bridge airport station tower plaza beach valley bay coast port harbor
    """
)

# Capitals and seats of government that speak for their country (`Moscow said`, `Beijing`).
CAPITALS = words(
    "America Washington Moscow Beijing Taipei Kremlin Brussels London Paris Berlin Tokyo Seoul"
    " Pyongyang Tehran Jerusalem Kyiv Kiev"
)

# Party words: titles before a name (`Democrat Hillary Clinton`), roles in a descriptor.
PARTIES = words("democrat democratic democrats republican republicans gop")

# Generational suffixes, never the word a person is clustered by (`John G. Roberts Jr.`).
NAME_SUFFIXES = words("jr sr ii iii iv")

# Heads of descriptors that mean whoever leads (`the Russian leader` -> the president).
LEADER_WORDS = words("leader president premier head chief ruler strongman")

# Role words that name the same office, mapped to one: `Sen.` and `the senator` match.
ROLE_SYNONYMS: dict[str, str] = dict(
    pair.split(":")
    for pair in """
    sen:senator sen.:senator rep:representative rep.:representative
    congressman:representative congresswoman:representative congressmember:representative
    lawmaker:representative gov:governor gov.:governor gen:general gen.:general
    secretary-general:secretary general-secretary:secretary spokeswoman:spokesman
    spokesperson:spokesman chairwoman:chairman chair:chairman ceo:executive
    democrat:democratic democrats:democratic republicans:republican gop:republican
    """.split()
)
