"""Cue words that introduce speech, by how they take their content.

Seeded from textacy's `constants.REPORTING_VERBS` and the cue frequencies of PolNeAR train
(see `docs/quality.md`), inflected by hand. One line per verb: all its forms.
"""

from quotes.lexicon import words

# Verbs whose content may follow without "that": `Putin said Moscow is ready ...`.
_CLAUSE_VERBS = """
say says said saying
tell tells told telling
add adds added adding
insist insists insisted insisting
claims claimed claiming
argue argues argued arguing
contend contends contended contending
assert asserts asserted asserting
warn warns warned warning
explain explains explained explaining
write writes wrote
tweets tweeted tweeting
stress stresses stressed stressing
predict predicts predicted predicting
recall recalls recalled recalling
suggest suggests suggested suggesting
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
complain complains complained complaining
reply replies replied replying
respond responds responded responding
answered answering
conclude concludes concluded concluding
declare declares declared declaring
testify testifies testified testifying
allege alleges alleged alleging
joke jokes joked joking
quip quips quipped quipping
boast boasts boasted boasting
countered countering
concede concedes conceded conceding
emphasize emphasizes emphasized emphasizing
insinuate insinuates insinuated
speculate speculates speculated speculating
stated stating
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
echo echoes echoed echoing
recount recounts recounted recounting
emailed texted wrote
shout shouts shouted shouting
yell yells yelled yelling
chant chants chanted chanting
retweet retweets retweeted retweeting
"""

# A few of the forms above double as plural nouns (`sovereignty claims`, `the notes`); forms
# that are nouns far more often than verbs in news (`state`, `points`, `calls`) are left out.

# Verbs that take an object as often as a clause: speech only before "that", a colon or a
# quote (`noted that ...`, but not `reported such an incident`).
_THAT_VERBS = """
accuse accuses accused accusing
urge urges urged urging
maintain maintains maintained maintaining
claim
writing written
tweet
continue continues continued continuing
demand demands demanded demanding
disclose discloses disclosed disclosing
note notes noted noting
report reports reported reporting
announce announces announced announcing
confirm confirms confirmed confirming
deny denies denied denying
reveal reveals revealed revealing
observe observes observed observing
pointed pointing
propose proposes proposed proposing
indicate indicates indicated indicating
mention mentions mentioned mentioning
remarked remarking
caution cautions cautioned cautioning
charged charging
hint hints hinted hinting
signaled signalled signaling
assure assures assured assuring
inform informs informed informing
remind reminds reminded reminding
agree agrees agreed agreeing
ask asks asked asking
posted posting
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
called calling
describe describes described describing
"""

CLAUSE_CUES = words(_CLAUSE_VERBS)
THAT_CUES = words(_THAT_VERBS)
SPEECH_CUES = CLAUSE_CUES | THAT_CUES

# Verbs after which an object names the listener: `told reporters`, `assured voters`.
LISTENER_CUES = words(
    "tell tells told telling inform informs informed informing assure assures"
    " assured assuring remind reminds reminded reminding warn warns warned"
    " warning ask asks asked asking"
)

# Cues whose passive reports speech, its content the subject: `The issue was first reported by
# The Post`, `a curfew was announced`, `Mr. Quiros was accused of …` (`detect/passive.py`).
PASSIVE_CUES = SPEECH_CUES & words(
    "reported announced declared confirmed revealed disclosed accused alleged promised proposed"
    " claimed"
)

# Of those, verbs whose object is always the listener: `…, told CNN` is never inverted (the
# speaker before the cue is behind an appositive: `Jeb Bush, the former governor, told CNN`).
NEVER_INVERTED = words("tell tells told telling inform informs informed informing")

# Participles that hang the speech on the subject of the main clause: `..., saying ...`.
PARTICIPLE_CUES = frozenset(form for form in SPEECH_CUES if form.endswith("ing"))

# Words that may sit between a speaker and the cue without ending the speaker phrase.
CUE_ADVERBS = words(
    """
    also later then again previously recently earlier once further repeatedly publicly
    often frequently always never still even just now already long first last subsequently
    privately reportedly allegedly quickly simply flatly bluntly angrily frankly openly however
    has have had has_also would will could might may did does do is are was were been
    here overall alike
    not didn't doesn't don't hasn't haven't hadn't wouldn't won't isn't wasn't can't couldn't
    didn’t doesn’t don’t hasn’t haven’t hadn’t wouldn’t won’t isn’t wasn’t can’t couldn’t
    """
)

# Nouns ending in `-ly` that are no adverb before a cue: `an ally said`, `the family says`.
LY_NOUNS = words("ally rally reply supply bully family assembly monopoly anomaly belly jelly")

# Asides of several words between a speaker and the cue: `Trump at the time said`.
ASIDE_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "at the time",
        "at the moment",
        "in the past",
        "in turn",
        "of course",
        "for his part",
        "for her part",
        "for its part",
        "for their part",
        "in response",
        "in a statement",
        "in an interview",
    )
)

# Times that sit between cue and speaker or before the cue: `said on Monday`, `Monday`.
TIME_WORDS = words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weekend month year
    """
)

# Idioms in which a cue word reports no speech when a comma follows: `All told, …`,
# `That said, …`, `As noted, …`, `Having said that, …`. Pairs of (word before, cue).
IDIOMS = frozenset(
    tuple(pair.split("+"))
    for pair in "all+told that+said having+said truth+told as+noted as+stated as+said".split()
)

# Verbs of `_THAT_VERBS` whose bare object is itself what was said: `announced a $275 billion
# plan`, `asked for a probe`, `described the deal as a failure`. Chosen by the share of such
# objects PolNeAR train annotates as content (half or more); `continued`, `pledged`, `charged`
# fall below it, and `reported` (a loss, an incident) only just reaches it.
OBJECT_CUES = words(
    """
    called calling asked asking asks ask announced announces pointed pointing
    noted noting notes described describing describes posted posting agreed agreeing mentioned
    mentioning reminded reminding revealed revealing assured vowed vows promised promising
    disclosed observed indicated indicates cautioned confirmed denied denies informed remarked
    remarking signaled proposed proposes proposing urge urges urged urging
    accuse accuses accused accusing
    """
)

# Object cues that name a thing after an indefinite noun (`a movement called …`).
NAMING_CUES = words("called calling dubbed named")
# Particles that make `called` a phone call or a cancellation: `called in to a show`, `called
# off the deal`.
CALL_PARTICLES = words("in into off up")

# Verbs whose content may be an infinitive: `vowed to expand military cooperation`.
INFINITIVE_CUES = words(
    "promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing"
    " threaten threatens threatened threatening"
)

# Verbs that report speech only by quoting it: `Trump blasted Clinton as “unhinged”`. A cue only
# when a quotation mark follows in its sentence; without one (`blamed the weather`) no speech.
QUOTE_CUES = words(
    """
    blame blames blamed blaming blast blasts blasted blasting
    cite cites cited citing credit credits credited crediting criticize criticizes criticized
    criticizing decry decries decried decrying denounce denounces denounced denouncing
    deride derides derided deriding dismiss dismisses dismissed dismissing dub dubs dubbed
    dubbing hail hails hailed hailing label labels labeled labelled labeling lament laments
    lamented lamenting mock mocks mocked mocking praise praises praised praising proclaim
    proclaims proclaimed proclaiming pronounce pronounces pronounced question questions
    questioned questioning ridicule ridicules ridiculed ridiculing slam slams slammed slamming
    thank thanks thanked thanking tout touts touted touting bemoan
    bemoans bemoaned bemoaning chide chides chided chiding lambaste lambastes lambasted
    characterize characterizes characterized characterizing portray portrays portrayed
    portraying brand brands branded branding refer refers referred referring calls condemn
    condemns condemned condemning liken likens likened likening compare compares compared
    comparing laud lauds lauded lauding imply implies implied exhort exhorts exhorted exhorting
    rip rips ripped ripping hammer hammers hammered hammering commented
    term terms termed terming deem deems deemed deeming applaud applauds applauded applauding
    assail assails assailed assailing
    """
)

# Nouns naming what someone said, whose `that` clause holds it: `Trump's claim that Obama
# “founded ISIS”`, `his statement on Wednesday that “Islam hates us”` (beliefs such as
# `concern` or `view` left out).
SPEECH_NOUNS = words(
    """
    claim claims assertion assertions contention accusation accusations allegation allegations
    suggestion statement statements comment comments remark remarks insistence argument
    admission charge warning promise pledge vow declaration prediction complaint boast
    announcement
    """
)

# Every word that may open a speech frame (`according` with the `to` after it).
FRAME_WORDS = SPEECH_CUES | QUOTE_CUES | {"according"}
