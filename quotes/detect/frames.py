"""Speech frames: a cue, the speaker phrase beside it, and where the reported content lies.

Each cue in a sentence (outside quotation marks) is read by the first rule that fits:

- `speaker_cue.v1`        `Putin said (that) Moscow is ready ...`      speaker before, content after
- `content_speaker_cue.v1` `It then vanished ..., the ministry said.`   content before the speaker
- `content_cue_speaker.v1` `..., said Kimberly Strach, the director.`    inverted cue and speaker
- `appositive_cue.v1`     `Putin, whose invasion ... law, said ...`    speaker before an appositive
- `participle_cue.v1`     `China dismissed ..., saying they were ...`  the clause subject speaks
                          (`Noting that …, Allen said`: the main clause's subject)
- `conjoined_cue.v1`      `Taiwan objects ... and says only ...`       the clause subject speaks
- `parenthetical_cue.v1`  `The plan, he said, is dead.`               content on both sides
- `according_to.v1`       `according to X, ...` / `..., according to X.` (in `according.py`)
- `relative_cue.v1`       `The changes, which officials said will go into effect, …`
- `quoting_verb.v1`       `Trump blasted Clinton as “unhinged”`: a verb that reports speech only
                          by quoting it (`lexicon/cues.py: QUOTE_CUES`), with a mark after it
- `object_cue.v1`         `Brown announced the deal`: the cue's object is what was said
                          (`lexicon/cues.py: OBJECT_CUES`)
- `asked_question.v1`     `Asked whether …, X said`: the question (in `questions.py`)
- `passive_cue.v1`        `The issue was first reported by The Post`: the subject, the agent
                          (in `passive.py`)

Who speaks when the phrase before the cue is not the speaker (clause subjects, authors of
statements, appositives) is settled in `speakers.py`; when a cue word reports no speech
(idioms, noun uses, namings, settings) in `guards.py`; what after `…, X said` is only a setting,
leaving the head before the speaker as the content, in `settings.py`. The frames whose speaker
is a clause subject or a relative's antecedent (participle, conjoined, relative) are built in
`subject_frames.py`.
"""

from __future__ import annotations

from quotes.detect.according import according_to_frame
from quotes.detect.adverbs import skip_adverbs_left
from quotes.detect.content import (
    MARK_CHARS,
    aside_end,
    clause_start,
    comma_before,
    content_start,
    ends_clause,
    kept,
    trim,
)
from quotes.detect.ends import content_end
from quotes.detect.frame import Frame
from quotes.detect.guards import (
    adjuncts_only,
    counted,
    expletive,
    introduces,
    is_idiom,
    naming,
    nested,
    noun_use,
    passive,
    setting,
)
from quotes.detect.passive import agent_passive_frame, passive_frame
from quotes.detect.phrases import (
    phrase_after,
    phrase_before,
    quantity_before,
    span_of,
)
from quotes.detect.questions import question_frame
from quotes.detect.settings import only_setting, setting_head
from quotes.detect.speakers import (
    author,
    before_appositive,
    before_aside,
    before_catenative,
    relative_head,
    widen_to_comma,
)
from quotes.detect.subject_frames import opening_participle, relative_frame, subject_frame
from quotes.detect.tokens import Token, before_closing_marks, quote_opens_after_word
from quotes.lexicon.cues import (
    FRAME_WORDS,
    NEVER_INVERTED,
    OBJECT_CUES,
    PARTICIPLE_CUES,
    PASSIVE_CUES,
    QUOTE_CUES,
    THAT_CUES,
)
from quotes.lexicon.entities import MEDIA_WORDS, ROLES
from quotes.lexicon.grammar import (
    ARTICLES,
    CONCESSIVES,
    CONJUNCTIONS,
    HANGERS,
    NOT_OBJECTS,
    OBJECT_RELATIVES,
    POSSESSIVES,
)
from quotes.types import Span

# Words after `…, he said,` that hang a clause on the sentence instead of continuing content.
_HANGERS = PARTICIPLE_CUES | HANGERS | CONCESSIVES  # `…, the group said, compared with …`
# What a participle cue hangs on to speak for the clause subject: `…, saying`, `… — asserting`,
# `… while arguing`, `… after saying` (a sentence opening `While saying …,` has no subject yet).
_PARTICIPLE_HOOKS = frozenset(
    {",", "and", "by", "—", "–", "―", "while", "after", "before", "since"}
)


def find_frames(text: str, tokens: list[Token], quoted: list[Span]) -> list[Frame]:
    """Frames for every speech cue among `tokens` (one sentence) that is not inside a quote."""
    frames: list[Frame] = []
    for i, token in enumerate(tokens):
        if token.lower not in FRAME_WORDS or any(q.start <= token.start < q.end for q in quoted):
            continue
        question = question_frame(text, tokens, i) if token.lower == "asked" else None
        if question is not None:
            frames.append(question)  # its asker is often unnamed: kept without a speaker
            continue
        reported = passive_frame(text, tokens, i) if token.lower in PASSIVE_CUES else None
        if reported is not None:
            frames.append(reported)  # `a curfew was announced`: its speaker may be unnamed
            continue
        if token.lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            frame = according_to_frame(text, tokens, i)
        elif i == 0 and token.lower in PARTICIPLE_CUES:
            frame = opening_participle(text, tokens)  # `Noting he majored in philosophy, …`
        elif i == 0 or not token.is_cap:  # capitalised mid-sentence it is a name: `States`
            frame = _verb_frame(text, tokens, i) or agent_passive_frame(text, tokens, i)
        else:
            continue
        if frame is not None and frame.subject_hint and frames and frames[-1].speaker:
            # `…,” he said, adding he would …`: the participle goes with the frame before it
            frame.speaker = frames[-1].speaker
        if frame is not None and frame.speaker is None:
            frame = None
        if frame is not None:
            if frame.lead == 0:
                frame.lead = tokens[clause_start(tokens, i)].start
            frames.append(frame)
    return [f for f in frames if not nested(f, frames)]


def _verb_frame(text: str, tokens: list[Token], i: int) -> Frame | None:
    cue = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    if passive(tokens, i):
        return None  # `was told`, `were not asked`: the subject listens
    if prev is not None and prev.lower in ARTICLES and prev.lower != "that":
        return None  # `the claim that …`, `a promise to …`: a noun (but `a message that said`)
    if is_idiom(tokens, i):
        return None  # `All told, …`, `Having said that, …`: an idiom, no speech
    if counted(tokens, i):
        return None  # `the U.S. added 292,000 jobs`: a count, no speech
    if expletive(tokens, i):
        return None  # `It is too soon to say`: no one speaks
    if cue.lower in QUOTE_CUES and not any(t.text in MARK_CHARS for t in tokens[i + 1 :]):
        return None  # `blamed the weather`: these verbs report speech only by quoting it
    right, opens_content = content_start(text, tokens, i + 1)
    if cue.lower in THAT_CUES and not opens_content and not ends_clause(tokens, i + 1):
        if cue.lower not in OBJECT_CUES or adjuncts_only(tokens, i + 1, right):
            return None  # `continued the work`, `proposed last July`: no speech
        if i + 1 < len(tokens) and tokens[i + 1].lower in NOT_OBJECTS:
            # `a president informed by experience`, `the laws proposed during Nixon's term`:
            # a participle or a setting, no object
            return None
        frame = _verb_frame_after(text, tokens, i, right)
        if frame is not None and naming(tokens, frame, i):
            return None  # `a competition called the House to Home Prize`: a name, no speech
        if frame is not None:
            frame.rule = "object_cue.v1"  # `announced a plan`: the object is what was said
        return frame
    frame = _verb_frame_after(text, tokens, i, right)
    if frame is not None and frame.content and not opens_content and setting(tokens, i, right):
        frame.content = None  # `he said to an enormous cheer`: the speaker stays, no content
    return frame


def _verb_frame_after(text: str, tokens: list[Token], i: int, right: int) -> Frame | None:
    """The frame of the cue at `i` whose content starts at offset `right`."""
    cue = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    cue_span = Span(cue.start, cue.end)
    end = content_end(tokens, i + 1)
    stop = skip_adverbs_left(tokens, i, 0)
    hook = before_closing_marks(tokens, stop - 1)  # `…,” adding`: the comma inside the marks
    if cue.lower in PARTICIPLE_CUES and hook >= 0 and tokens[hook].lower in _PARTICIPLE_HOOKS:
        # `…, saying`, `…, quickly reminding`: the clause subject speaks
        return subject_frame(tokens, i, cue_span, right, end, "participle_cue.v1")
    if stop > 0 and tokens[stop - 1].lower in CONJUNCTIONS:
        return subject_frame(tokens, i, cue_span, right, end, "conjoined_cue.v1")
    if stop > 1 and tokens[stop - 1].lower == "to":
        stop = before_catenative(tokens, stop - 1)  # `went on to say`, `was quick to add`
    before = phrase_before(tokens, stop)
    if before is None and stop > 1:
        before = before_aside(tokens, stop)  # `Democrats — and some Republicans — say`
    if before is not None and before[0] > 1 and tokens[before[0] - 1].is_word:
        before = relative_head(tokens, before)
    if before is not None and tokens[before[1] - 1].lower in MEDIA_WORDS:
        before = author(tokens, before, i)
    rule = "quoting_verb.v1" if cue.lower in QUOTE_CUES else "speaker_cue.v1"
    if (
        before is None
        and stop == i
        and prev is not None
        and prev.text == ","
        and cue.lower not in NEVER_INVERTED
    ):
        inverted = phrase_after(tokens, i + 1, len(tokens), modified=True)
        if inverted is not None and _ends_phrase(tokens, inverted[1]):
            # `…, the losses would outstrip the gains, said Batchelder.`: inverted, not an
            # appositive of whatever precedes the comma
            before = None
            stop = -1
    if before is None and stop > 0 and tokens[stop - 1].text == ",":
        before = before_appositive(tokens, stop - 1)
        rule = "appositive_cue.v1"
    elif before is None and hook < stop - 1 and quote_opens_after_word(tokens, hook):
        before = before_appositive(tokens, hook)  # `X, host of “Morning Joe,” said`
        rule = "appositive_cue.v1"
    if before is None and stop > 0:
        before = quantity_before(tokens, stop)  # `six in 10 said`, `all but two said`
    stop = max(stop, 0)
    if before is not None and before[0] > 0 and tokens[before[0] - 1].lower in OBJECT_RELATIVES:
        if tokens[before[0] - 1].lower == "what" or tokens[i + 1 : i + 2] == []:
            return None  # `what it said was`: the speech is not reported, only alluded to
        return relative_frame(text, tokens, i, before, cue_span, right)
    if before is not None and noun_use(tokens, before, i):
        return None  # `his early-morning tweets attempting …`: the cue word is a noun
    if before is not None and end <= right:
        before = widen_to_comma(tokens, before)  # `…, one longtime friend said.`
    if before is not None:
        left = tokens[before[0]].start
        speaker = span_of(tokens, before)
        frame = Frame(cue_span, rule, speaker, left=left, right=right)
        lead = clause_start(tokens, before[0])
        frame.lead = tokens[lead].start
        after = Span(right, end) if end > right else None
        comma = comma_before(tokens, before[0], lead)
        if comma is not None and introduces(tokens[lead]) and after is not None:
            # `Asked about the bomb, Clinton said …`: the head sets the scene; but in `As a
            # woman, she raised less suspicion, he said.` it is all there is to the content
            comma = None
        if comma is not None:
            head = trim(text, Span(tokens[lead].start, tokens[comma].start))
            if comma < before[0] - 1 and head is not None:
                head = Span(head.start, tokens[before[0] - 1].end)  # keep `,”`: a mixed quote
            k = aside_end(tokens, i + 1)
            if after is not None and k < len(tokens) and tokens[k].text == ",":
                # `The plan, he said (on Monday), is dead`: content on both sides, unless what
                # follows the comma only hangs on the sentence (`…, as they bristled at …`)
                tail = Span(tokens[k].end, end) if k + 1 < len(tokens) else None
                hangs = k + 1 < len(tokens) and tokens[k + 1].lower in _HANGERS
                frame.rule = "content_speaker_cue.v1" if hangs else "parenthetical_cue.v1"
                frame.content = kept(head) if hangs else kept(head, tail and trim(text, tail))
                if not hangs and setting_head(tokens[lead:comma]):
                    # `In a statement Thursday, he said, …`: the head is a setting, only the
                    # clause after the speaker was said
                    frame.content = kept(tail and trim(text, tail))
            elif after is None or only_setting(tokens, i + 1, right, frame.rule, (lead, before[0])):
                frame.rule = "content_speaker_cue.v1"
                frame.content = kept(head)
            else:
                frame.content = kept(trim(text, after))
        elif after is not None:
            frame.content = kept(trim(text, after))
        return frame
    inverted = phrase_after(tokens, i + 1, len(tokens), modified=True)
    if cue.lower in NEVER_INVERTED:
        inverted = None  # `told CNN`: the listener, not the speaker
    if inverted is not None and (prev is None or prev.text in ",:" or prev.text in MARK_CHARS):
        speaker = span_of(tokens, inverted)
        head_end = tokens[i - 2].end if prev is not None and i >= 2 else cue.start
        lead = clause_start(tokens, i)
        content = trim(text, Span(tokens[lead].start, head_end)) if i >= 2 else None
        frame = Frame(
            cue_span,
            "content_cue_speaker.v1",
            speaker,
            kept(content),
            left=cue.start,
            right=speaker.end,
        )
        k = inverted[1]
        if k + 1 < len(tokens) and tokens[k].text == "," and content is not None:
            # `The contrast, said Doyle and others, would be clear`: content on both sides
            tail = trim(text, Span(tokens[k].end, end))
            if tail is not None and not _appositive_tail(tokens, k + 1):
                frame.rule = "parenthetical_cue.v1"
                frame.content = kept(content, tail)
        return frame
    return None


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """The sentence ends at `k`, or a comma opens an appositive (`said Smith, a professor`)."""
    if k >= len(tokens) or tokens[k].text in ".!?;":
        return True
    return tokens[k].text == "," and _appositive_tail(tokens, k + 1)


def _appositive_tail(tokens: list[Token], k: int) -> bool:
    """After `said Smith,` comes a description of Smith (`a professor at …`), not content."""
    return k < len(tokens) and (
        tokens[k].lower in ARTICLES | POSSESSIVES | {"who", "whose", "which"}
        or tokens[k].lower in ROLES
    )
