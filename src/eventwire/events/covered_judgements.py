"""Judgements and the events the pattern lexicon coded at the same place: a judgement the lexicon
already said is not coded twice (``covered``), and a coded event a judgement says better gives way
to it (``judged_comments``).

"X criticised Y's plan as reckless" is coded by the verb lexicon (111); the judgement "reckless" of
the same speaker adds nothing. "X described Y's sanctions as economic terrorism" is X accusing Y
(112), not also the comment (010) the lexicon read at "described". "Merkel called it a violation of
international law": the lexicon's untargeted "violation" by Merkel is the judgement misread as her
own act, and gives way to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef, Event
from .reported_appeals import RULE as APPEAL_RULE

__all__ = ["COVERING_ROOTS", "covered", "covers", "judged_comments"]

# the rule of a judgement of a claim (events/evaluations.py: "the accusations were unacceptable")
CLAIMS_RULE = "cameo/evaluations.yaml#claims"
# roots of pattern-coded events that already say what the speaker thinks of someone
COVERING_ROOTS = frozenset({"05", "11", "12", "13"})


def covered(source: ActorRef, target: ActorRef, trigger: Token, prior: list[Event]) -> bool:
    """The pattern lexicon coded this speaker's stance in the sentence (``prior``: its events), or an
    event at the judging word ``trigger`` (not the judged actor's own act that the speaker judges:
    "X said Y was insulting women")."""
    for ev in prior:
        if _misread_judgement(ev, trigger, source):
            continue         # "called it a violation": the judgement itself, read as the speaker's act
        if ev.root in COVERING_ROOTS and ev.source is not None and ev.source.code == source.code \
                and not (ev.source.name and source.name and ev.source.name != source.name):
            return True      # not two people of one code ("X said Y was insulting women")
        if covers(ev, trigger.idx):
            if ev.source is not None and ev.source.code == target.code:
                continue     # "said the Israeli decision was a violation of international law" (128 by Israel)
            return True
    return False


def judged_comments(events: list[Event], judgements: list[Event], reply_codes: tuple[str, ...]) -> list[Event]:
    """The comments (010) that a judgement coded in their sentence says more of: "X described Y's
    sanctions as economic terrorism" is X accusing Y (112), not also X commenting on Y; and the
    untargeted events of the speaker at the judging word, the judgement read as the speaker's own act
    ("Merkel called it a violation of international law" is no violation by Merkel). ``reply_codes``: the
    code prefixes of a denial or rejection (``EvaluationLexicon.reply_codes``), the lexicon's untargeted reply
    at the verb of a judgement of a claim ("dismissed the report as lies") being the judgement's."""
    said = {(j.sentence, j.source.code, j.target.code) for j in judgements
            if j.source is not None and j.target is not None}
    # "dismissed the report as lies": the lexicon's untargeted denial or rejection at the verb is the claim's
    claims = {(j.sentence, j.source.code) for j in judgements if j.rule == CLAIMS_RULE and j.source is not None}
    # "told teachers that the legislature should ...": the saying is the appeal (events/reported_appeals.py)
    appeals = [j for j in judgements if j.rule.startswith(APPEAL_RULE) and j.source is not None]
    return [e for e in events if e.source is not None and (
        (e.cameo == "010" and e.target is not None and (e.sentence, e.source.code, e.target.code) in said)
        or (e.cameo == "010" and any(j.sentence == e.sentence and j.source.code == e.source.code
                                     and j.evidence.trigger_start is not None and covers(e, j.evidence.trigger_start)
                                     for j in appeals))
        or (e.target is None and e.cameo.startswith(reply_codes) and (e.sentence, e.source.code) in claims)
        or (e.target is None and any(j.sentence == e.sentence and j.source is not None and j.source.code == e.source.code
                                     and j.evidence.trigger_start is not None and covers(e, j.evidence.trigger_start)
                                     for j in judgements)))]


def covers(ev: Event, start: int) -> bool:
    """The event's trigger spans the character offset ``start``."""
    ts, te = ev.evidence.trigger_start, ev.evidence.trigger_end
    return ts is not None and te is not None and ts <= start < te


def _misread_judgement(ev: Event, trigger: Token, source: ActorRef) -> bool:
    """An event of the speaker with no target at the judging word: the judgement misread as an act of
    the speaker ("called it a violation of international law" coded as the speaker's violation)."""
    return ev.target is None and ev.source is not None and ev.source.code == source.code and covers(ev, trigger.idx)
