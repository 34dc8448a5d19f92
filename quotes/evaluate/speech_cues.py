"""Word forms of speech and communication cues: an indirect gold fragment counts as speech when
any word of its cue is listed here (``/work/shared/eval/README.md``, "Count as speech").

Provenance: hand-picked from the frequency of lowercased cue words over the indirect fragments
of ``polnear_train.jsonl`` (14,791 fragments; e.g. said 1642, according 359, say 292,
says 278, asked 194, told 138, reported 123, saying 110, announced 108, noted 98,
suggested 91, argued 72, wrote 50), starting from the README's examples. Kept: verbs of
saying that report content (a clause or a quotation) and the nouns of ``in a statement``.
Left out: cognition and evidence (believe, think, know, hope, want, expect, seem, appear,
show, found, conclude, estimate, indicate), and evaluative or naming acts whose content is
mostly a noun phrase rather than reported words (call, criticize, praise, blame, defend,
endorse, express, cite, talk, speak, discuss); also the bare noun "mention" ("did not mention")
and "charge" (mostly legal: "was charged with"). A cue of ":" alone is handled by the scorer.
"""

SPEECH_CUE_WORDS = frozenset(
    """
    say says said saying
    tell tells told telling
    add adds added adding
    according reportedly
    write writes wrote written writing
    tweet tweets tweeted tweeting retweeted post posts posted posting
    ask asks asked asking
    argue argues argued arguing
    claim claims claimed claiming
    announce announces announced announcing announcement
    note notes noted noting
    report reports reported reporting
    state states stated stating statement statements
    explain explains explained explaining
    insist insists insisted insisting
    declare declares declared declaring
    reply replies replied replying
    respond responds responded responding response
    answer answers answered answering
    comment comments commented commenting
    confirm confirms confirmed confirming
    deny denies denied denying
    warn warns warned warning caution cautions cautioned cautioning
    testify testifies testified testifying testimony
    acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting
    concede concedes conceded conceding
    suggest suggests suggested suggesting
    recall recalls recalled recalling recount recounts recounted recounting
    urge urges urged urging
    mentions mentioned mentioning
    promise promises promised promising
    vow vows vowed vowing pledge pledges pledged pledging
    predict predicts predicted predicting
    propose proposes proposed proposing
    contend contends contended contending
    assert asserts asserted asserting
    allege alleges alleged alleging
    maintain maintains maintained maintaining
    emphasize emphasizes emphasized emphasizing stress stresses stressed stressing
    reveal reveals revealed revealing disclose discloses disclosed disclosing
    inform informs informed informing assure assures assured assuring
    remind reminds reminded reminding
    repeat repeats repeated repeating reiterate reiterates reiterated reiterating
    echo echoes echoed echoing
    point points pointed pointing
    accuse accuses accused accusing
    complain complains complained complaining
    boast boasts boasted boasting brag brags bragged bragging
    joke jokes joked joking quip quips quipped quipping
    speculate speculates speculated speculating
    demand demands demanded demanding request requests requested requesting
    advise advises advised advising recommend recommends recommended recommending
    remark remarks remarked remarking
    quote quotes quoted quoting read reads
    email emails emailed interview interviews interviewed
    """.split()
)
