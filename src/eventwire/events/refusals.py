"""Refusals: a negated acceptance is a rejection ("Hamas did not accept the Israeli proposal" -> 120).

The pattern lexicon codes acceptances (``03.yaml#accept_proposal``, ``08.yaml#accede_demands``
...) and keeps a negated one with ``modality: negated``. CAMEO codes the refusal itself as an act
of root 12 ("did not accept the offer" is a rejection of the offer, toward its owner), so each
negated acceptance whose rule is listed under ``refusals`` in ``data/cameo/evaluations.yaml``
also yields an asserted rejection with the same actors and evidence. Not when the acceptance is
only pending ("has not yet accepted", "still has not agreed"), when it has no target actor, or
when the pattern lexicon already coded a rejection by the same source in the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from ..dictionaries.cameo_codes import CameoCodes
from ..document import CodedDocument
from ..ids import event_id
from ..records import Event, Evidence
from .emit import copy_ref

__all__ = ["RULE", "code_refusals"]

RULE = "cameo/evaluations.yaml#refusals"
_PENDING = frozenset({"yet", "still"})


def code_refusals(cdoc: CodedDocument, refusals: dict[str, str], cameo: CameoCodes) -> list[Event]:
    """The rejections that the negated acceptances of ``cdoc.events`` stand for."""
    out: list[Event] = []
    if not refusals:
        return out
    for ev in cdoc.events:
        code = refusals.get(ev.rule)
        if code is None or ev.modality != "negated" or ev.source is None or ev.target is None \
                or not ev.source.code or not ev.target.code:
            continue
        if _pending(cdoc, ev) or _rejected(cdoc.events, ev) or _mutual(cdoc.events, ev):
            continue
        entry = cameo.get(code)
        new = replace(ev, source=copy_ref(ev.source), target=copy_ref(ev.target), cameo=code, root=code[:2],
                      plover=entry.plover, quad_class=entry.quad_class, goldstein=entry.goldstein,
                      evidence=replace(ev.evidence), rule=RULE, modality="asserted",
                      attribution=replace(ev.attribution) if ev.attribution is not None else None, id="")
        new.id = event_id(new.article_id, new.sentence, _start(new.evidence), code, new.source.code, new.target.code)
        out.append(new)
    return out


def _pending(cdoc: CodedDocument, ev: Event) -> bool:
    """"has not yet accepted", "still has not agreed ... yet": no answer given yet; "did not agree
    on a deal": no agreement reached, nothing turned down (only "agree to" refuses)."""
    if cdoc.doc is None or ev.evidence.trigger_start is None:
        return False
    for tok in cdoc.doc:
        if tok.idx == ev.evidence.trigger_start:
            if tok.lemma_.lower() == "agree" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                return True
            sent = tok.sent
            return any(t.lower_ in _PENDING and (t.head.i == tok.i or t.head.head.i == tok.i) for t in sent)
    return False


def _mutual(events: list[Event], ev: Event) -> bool:
    """"Israel and Hamas have not agreed to a deal": two sides that did not agree with each other
    turned nothing of the other's down."""
    return any(o is not ev and o.modality == "negated" and o.evidence.trigger_start == ev.evidence.trigger_start
               and o.source is not None and ev.target is not None and o.source.code == ev.target.code
               for o in events)


def _rejected(events: list[Event], ev: Event) -> bool:
    return any(o.root == "12" and o.sentence == ev.sentence and o.modality == "asserted" and o.source is not None
               and o.source.code == ev.source.code for o in events)


def _start(evidence: Evidence) -> int:
    return evidence.trigger_start if evidence.trigger_start is not None else evidence.start
