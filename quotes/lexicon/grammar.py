"""Closed-class English words the speech rules test for: determiners, auxiliaries, clause links.

Function words of English grammar (after the closed classes of the Penn Treebank tag set),
grouped by the role a rule gives them. Each set is named after that role.
"""

from quotes.lexicon import words

# Phrases and clauses
ARTICLES = words("the a an this that these those")
POSSESSIVES = words("his her its their our my your")
OBJECT_PRONOUNS = words("him her them us me you it")
DETERMINERS = (
    ARTICLES - {"that"} | POSSESSIVES | words("several many some two three both other most")
)
PREPOSITIONS = words("in at for with from of on")  # linking a head to its post-modifier
NAME_PARTICLES = words("of de van von bin al da del la le dos")  # inside names: Bank of America
# Capitalised inside a run only in title case (`Railing Against Trump`): never part of a name.
HEADLINE_BREAKS = ARTICLES | PREPOSITIONS | words("and but or to by against over after into as vs")
FUNCTION_WORDS = words(
    """
    to be been being not so than as too very only just also seem seemed seems appear appeared
    would will can could should may might must do does did have has had is are was were who
    which that what
    """
)
NUMBER_WORDS = words("one two three four five six seven eight nine ten")
APPROXIMATORS = words("around about nearly almost some roughly")  # before a number
QUANTITY_WORDS = NUMBER_WORDS | words(
    """
    all but most half third quarter majority minority percent in of out about nearly some dozen
    twenty thirty forty fifty sixty seventy eighty ninety hundred
    """
)

# Around a cue
# `was told`, `wasn't told`: a listener
PASSIVE_AUXILIARIES = words(
    "was were been being is are be get got wasn't weren't isn't aren't wasn’t weren’t isn’t aren’t"
)
NEGATIONS = words("not never")  # between an auxiliary and its verb: `was not told`
OBJECT_RELATIVES = words("what which whom")  # `what it said was`: speech alluded to
CONCESSIVES = words("though although while whereas despite compared")  # `…, though critics say`
CONJUNCTIONS = words("and but or")  # `Taiwan objects … and says`: the subject speaks
# Lowercase words after a subject that cannot be its verb: `Trump and`, `Trump in Ohio`.
RELATIVES = words("who which")  # `…, who watched …`: a subject standing for a name elsewhere
NOT_VERBS = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | RELATIVES | words("to that what as")
DASHES = frozenset("-–—―")  # `Pollsters agree - Carl Bialik: “…”`: a source after a dash
LEAD_INS = words("but and so yet still then also however meanwhile later")
CLAUSE_OPENERS = words(
    """
    on in at after before during while when as since speaking asked addressing writing meanwhile
    however instead earlier later last this for over throughout despite amid under with within
    """
)
QUESTION_OPENERS = words("about if whether why how what when where who which")  # asked …
SCENE_SETTERS = words("when while after before as once speaking asked pressed")
CLAUSE_SUBJECTS = words("he she it they we i there")
PERSONAL_SUBJECTS = words("he she they")  # `…, and he railed`: a new clause about a person
# Capitalised words opening a sentence that are never its subject: `Therefore, …`.
NOT_SUBJECTS = words("therefore thus beyond despite early later still also instead yet")
# Words after `…, he said,` that hang a clause on the sentence instead of continuing content.
HANGERS = words(
    "as while when because although though after before since until even and but who which"
    " according including"
)
# Prepositions that open a setting, not speech, right after a cue without `that`: `said to
# reporters`, `said on Twitter`, `spoke with aides`.
SETTING_WORDS = words("to with on")
# What opens a setting after `…, X said` when the head before the speaker is the content:
# `said in a court filing`, `said of Sanders`, `said after the meeting`, `said as he left`.
SETTING_OPENERS = (
    PREPOSITIONS | SCENE_SETTERS | words("to of during since until amid throughout twice")
)
# Between a cue and its content: times, settings and media (`said in a statement on Monday`).
ADJUNCT_WORDS = words(
    """
    on in at during to a an the his her its their statement interview interviews speech news
    conference press release email letter post tweet remarks briefing hearing with last this
    earlier later recently also again repeatedly publicly privately report memo filing video ad
    book column editorial blog article radio television tv program show testimony appearance
    event rally meeting forum debate town hall dinner luncheon gathering ceremony summit session
    visit stop early late hours weeks days months for first time times once years out
    """
)
# `It is too soon to say`: a copula after an expletive `it` (and `it’s` as one token).
COPULAS = words("is was seems seemed remains remained would will be")
EXPLETIVE_OPENINGS = words("it's it’s")
MODALS = words("will would shall should can could may might must")  # `will not be released`
# Irregular past tenses opening a second predicate after `and` (`called it “a joke” and made
# no mention of …`); the regular ones end in -ed.
IRREGULAR_PASTS = words(
    """
    made took gave cast set put kept held sent won lost left brought spent began wrote spoke
    got ran led met went told said found thought felt drew struck
    """
)
# Irregular pasts read as the verb before a lead-in quote (`went on to say …: “…”`); the wider
# IRREGULAR_PASTS there cost precision on PolNeAR dev.
LEAD_PASTS = words("went put gave made shot took kept began spoke fired struck")
# Words opening a subordinate clause right before its speaker: `While Sanders admitted …, his
# campaign argued …`, `… when he says …, it would seem …`.
SUBORDINATORS = words(
    "when while as although though if because since after before once whereas where until"
)
# Prepositions opening a setting between a cue and its `that` (`said on ABC’s “This Week”
# that`, `said in 2012 that`); not `to`, whose `that` is a relative (`urged China to refrain
# from actions that …`).
SETTING_PREPOSITIONS = words("on in at during before after with via")
# What never opens the object of an object cue: an agent or a time (`proposed during …`).
NOT_OBJECTS = words("by during after before since amid while when")
# Media and occasions: a head made of one (`In a statement Thursday, he said, …`, `At a rally
# in Macon, …`) sets the scene of a report, it is not what was said.
OCCASIONS = words(
    """
    statement interview interviews speech conference release email letter post tweet remarks
    briefing hearing report memo filing video ad book column editorial blog article essay piece
    cable excerpt radio television program show testimony appearance event rally meeting forum
    debate dinner luncheon gathering ceremony summit session visit call
    """
)
