"""The registry of named heuristics. Every quote record says which one fired.

Names are versioned (`speaker_cue.v1`): once datasets are published, a rule whose behaviour
changes gets a new version, so filters written against a dataset keep their meaning (before the
first release every rule is still `.v1`). `base` is the confidence a quote found by the rule
starts from, before attribution adjusts it: each rule's end-to-end precision on PolNeAR train,
measured by `python scripts/rule_precision.py ../shared/eval/polnear_train.jsonl` (rules that
fire fewer than ten times there, `dash_source.v1`, `block_quote.v1`, `dash_line.v1`, are set by
hand).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    base: float
    description: str


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule("quote_trailing_cue.v1", 0.98, "“…,” he said: a quote closed right before its cue"),
        Rule("quote_leading_cue.v1", 0.95, "he said: “…”: a quote opened right after its cue"),
        Rule("speaker_cue.v1", 0.75, "X said (that) …: speaker before the cue, content after"),
        Rule("content_speaker_cue.v1", 0.87, "…, the ministry said: content before speaker"),
        Rule("content_cue_speaker.v1", 0.74, "…, said X: content before an inverted cue"),
        Rule("appositive_cue.v1", 0.84, "X, whose …, said …: speaker before an appositive"),
        Rule("participle_cue.v1", 0.76, "X did …, saying …: the clause subject speaks"),
        Rule("conjoined_cue.v1", 0.67, "X objects … and says …: the clause subject speaks"),
        Rule("parenthetical_cue.v1", 0.8, "The plan, he said, is dead: content both sides"),
        Rule("relative_cue.v1", 0.6, "…, which officials said will …: a relative clause"),
        Rule("asked_question.v1", 0.59, "Asked whether …, X said: the question, its asker"),
        Rule("object_cue.v1", 0.59, "X announced a plan: the object of the cue is what was said"),
        Rule("passive_cue.v1", 0.59, "The issue was first reported by X: the subject, the agent"),
        Rule("quoting_verb.v1", 0.66, "X blasted Y as “…”: a verb reporting speech by quoting it"),
        Rule("according_to.v1", 0.84, "according to X, …"),
        Rule("quote_unknown_cue.v1", 0.86, "“…,” Trump confessed: an unlisted verb after a quote"),
        Rule("quote_unknown_lead.v1", 0.69, "Sanders shot back: “…”: an unlisted verb before"),
        Rule("as_quote.v1", 0.38, "Reid pounded Trump as a “con artist”: a quote after `as`"),
        Rule("that_quote.v1", 0.59, "X groused that CNN “is unfair”: a quote in a that-clause"),
        Rule("dash_source.v1", 0.8, "“…” ― Steve Quinlan: a source line after a dash"),
        Rule("dash_line.v1", 0.9, "a quote paragraph, then `- Hillary Clinton.` alone"),
        Rule("block_quote.v1", 0.8, "He added: then a paragraph without marks: a block quote"),
        Rule("colon_source.v1", 0.98, "Ryan: FBI ‘Defies Explanation’: a name, a colon, a quote"),
        Rule("transcript_turn.v1", 0.55, "HOLT: …: a transcript turn opened by a speaker"),
        Rule("same_paragraph.v1", 0.92, "a second quote in the paragraph of an attributed one"),
        Rule("bare_paragraph.v1", 0.65, "a quote-only paragraph next to an attributed quote"),
        Rule("colon_paragraph.v1", 0.71, "X issued a statement: then a quote paragraph"),
        Rule("own_sentence.v1", 0.69, "Hoover estimated that there are “…”: its own subject"),
        Rule("nearest_speaker.v1", 0.38, "a quoted sentence takes the latest nearby speaker"),
        Rule("unattributed_quote.v1", 0.03, "a quoted sentence with no cue nearby"),
    )
}


def rule(name: str) -> Rule:
    """The rule called `name`; unknown names are rejected with the valid ones."""
    try:
        return RULES[name]
    except KeyError:
        valid = ", ".join(sorted(RULES))
        raise ValueError(f"unknown rule {name!r}; valid rules: {valid}") from None
