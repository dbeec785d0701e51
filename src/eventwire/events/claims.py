"""Judgements of claims: what was said against someone ("the accusations", "the report", "the charge").

A negative judgement of a claim (``claims`` in data/cameo/evaluations.yaml) rejects its author ("the
Kremlin said the accusations were unacceptable", "dismissed the report as lies"); with one of the denial
words it denies the charge in general ("dismissed the charge as baseless"), which is no event (a denial
is coded only for a specific act: verbs/01.yaml#deny_verb); praise of a claim ("said the report was
accurate") is none. The author is the owner or 'by' agent of
the claim ("HRW's report", found as any judged actor), else the speaker or source of the act told before
that names it, else of the latest accusation against the judges' own country. No event when the
speaker's denial or rejection is coded in the sentence ("denied any role, calling the accusations
baseless": the denial says it). Used by ``eventwire.events.evaluations``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..dictionaries.evaluation_lexicon import EvaluationLexicon, EvaluativeWord
from ..records import ActorRef, Event
from . import syntax
from .arguments import Arg
from .covered_judgements import covers
from .emit import copy_ref
from .judged_acts import acts_in_window, named_again
from .small_clauses import Judgement

__all__ = ["answered", "as_claim", "claimant_doers", "is_claim"]

# the entry id of a judgement of a claim (its rule: cameo/evaluations.yaml#claims)
_ENTRY = "claims"


def as_claim(lexicon: EvaluationLexicon, jm: Judgement) -> Judgement | None:
    """A judgement of a claim rejects its author; with a denial word it denies the charge in general and,
    like praise of a claim, is none. Other judgements are returned as they are."""
    if jm.judged.pos_ not in syntax.NOUN_POS or jm.judged.lemma_.lower() not in lexicon.claim_nouns:
        return jm
    if jm.word.polarity != "negative":
        return None
    if jm.word.head in lexicon.denial_words and not jm.word.modifiers:
        return None
    word = EvaluativeWord(_ENTRY, lexicon.claim_code, "negative",
                          jm.word.kind, jm.word.head, jm.word.modifiers, jm.word.line)
    return replace(jm, word=word)


def is_claim(jm: Judgement) -> bool:
    """The judgement is of a claim (``as_claim`` made it one)."""
    return jm.word.entry == _ENTRY


def answered(lexicon: EvaluationLexicon, jm: Judgement, sources: list[Arg], prior: list[Event]) -> bool:
    """The lexicon coded a denial or rejection (``claims.reply_roots``) by one of the ``sources`` in the sentence (``prior``: its
    events), with a target or not at the speech verb: "denied any role, calling the accusations baseless"."""
    codes = {s.ref.code for s in sources}
    return any(e.cameo.startswith(lexicon.reply_codes) and e.source is not None and e.source.code in codes
               and (e.target is not None or not covers(e, jm.speaker_verb.idx)) for e in prior)


def claimant_doers(judged: Token, index: int, events: list[Event], lexicon: EvaluationLexicon,
                   speakers: frozenset[str] = frozenset()) -> list[Arg]:
    """The author of a claim a judgement rejects ("the Kremlin said the accusations were unacceptable"): the
    source of the act told before (up to ``judged_acts.window`` sentences back, or before the noun in its
    sentence) that names it ("said in a report ... dismissed the report as lies"), else of the latest
    accusation (``claims.accusation_root``) against the judges' own country ("activists accused government forces of ..., a
    charge the government dismissed");
    not an act of the ``speakers`` (codes) who judge it ("dismissed the report" is no author of it)."""
    acts = acts_in_window(events, judged, index, lexicon,
                          lambda e: e.modality == "asserted" and e.source is not None and e.source.code not in speakers)
    named = named_again(acts, judged, index, lexicon)
    for e in named:   # what the claim says was done: its speaker made it ("X said in a report that Y ...")
        who = e.attribution.speaker if e.attribution is not None else None
        if who is not None and who.code and who.code not in speakers:
            ref = ActorRef(who.text, who.start, who.end, who.name, who.code, who.code[:3], [])
            return [Arg(ref, judged, f"speaker of '{e.evidence.trigger}' (sentence {e.sentence}), the "
                                     f"'{judged.text}' judged")]
    # with no claim named, only an accusation against the judges themselves (or their country's organs)
    # is the one they reject: "Russia accused Ukraine of shelling ... the IMF said a report was flawed"
    # rejects nothing of Russia's
    countries = {code[:3] for code in speakers}
    chosen = [e for e in named if e.root in lexicon.claim_author_roots][:1] or [
        e for e in acts if e.root == lexicon.accusation_root and e.target is not None and e.target.code
        and e.target.code[:3] in countries][:1]
    return [Arg(copy_ref(e.source), judged, f"author of '{e.evidence.trigger}' (sentence {e.sentence}), the "
                                            f"'{judged.text}' judged") for e in chosen if e.source is not None]
