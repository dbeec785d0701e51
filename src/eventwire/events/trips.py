"""A trip or talks an actor is on, told as a circumstance: "on a visit to Lima", "on his tour of the
region", "during talks with Putin" (``trips`` in data/cameo/arguments.yaml). One rule for the argument
finders (who makes the trip: ``sources``) and the background rules (no topic: ``background``).
``guest_visits``: a guest hosted or received (043 host -> guest) is on a visit to the host (042 guest ->
host), coded beside the hosting."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..dictionaries.cameo_codes import CameoCodes
from ..ids import event_id
from ..records import Event
from .argument_words import argument_words
from .emit import copy_ref

# the code of hosting a visit and of the visit the guest makes
HOST_CODE, VISIT_CODE = "043", "042"
# how the rule of a guest's visit tells where it comes from
GUEST_VISIT_RULE = " (the guest's visit 042, beside the hosting 043)"


def travel_purpose(tok: Token) -> Token | None:
    """The verb of travelling whose purpose the talks or meeting ``tok`` are ("flew to Ankara for talks
    with Erdogan", "arrived in Delhi on Monday for a meeting with Modi"; the 'for' phrase on the verb or
    on its place: "is in Ankara for talks"), else None (``travel_verbs``, ``trips`` in arguments.yaml)."""
    words = argument_words()
    if not words.trips & {tok.lower_, words.noun_lemma(tok)}:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return None      # talks with someone ("for a summit of BRICS leaders" is a gathering, not talks held)
    prep = tok.head
    span = prep.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and span.dep_ == "pobj" \
            and span.lemma_.lower() in words.time_spans | {"round"}:
        tok, prep = span, span.head    # "for two days of talks", "for a round of talks"
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    host = prep.head
    if host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.lower_ in ("to", "in", "into", "at"):
        host = host.head.head   # "flew to Ankara for talks": the 'for' phrase hung on the place
    if host.pos_ not in ("VERB", "AUX") or host.lemma_.lower() not in words.travel_verbs:
        return None
    return host


def guest_visits(coded: list[Event], cameo: CameoCodes, earlier: list[Event] | None = None) -> list[Event]:
    """"Qatar's emir hosted the foreign ministers of Turkey and Iran", "Ortega received Iran's president":
    each guest named visits the host (042 guest -> host), one way, beside the hosting (043 host -> guest),
    with its evidence and modality; ``coded`` are the events of one sentence. Not a guest of the host's own
    country (no visit abroad), and not where the sentence already codes a meeting of the guest with the host
    ("received Milei at the Vatican, where the pair discussed ...": the talks tell the guest's part) or the
    article a visit of the guest to the host's country ("Obama arrived in Havana ... He was greeted by the
    foreign minister"; ``earlier``: the events of the sentences before)."""
    out: list[Event] = []
    entry = cameo.get(VISIT_CODE)
    met = {(ev.source.code, ev.target.code) for ev in coded if ev.root == VISIT_CODE[:2]
           and not ev.cameo.startswith(HOST_CODE) and ev.source is not None and ev.target is not None}
    visited = {(ev.source.code[:3], ev.target.code[:3]) for ev in [*(earlier or []), *coded]
               if ev.cameo.startswith(VISIT_CODE) and ev.source is not None and ev.target is not None
               and ev.source.code and ev.target.code}
    for ev in coded:
        if not ev.cameo.startswith(HOST_CODE) or ev.source is None or ev.target is None \
                or not ev.source.code or not ev.target.code or ev.source.code[:3] == ev.target.code[:3] \
                or (ev.target.code, ev.source.code) in met or (ev.target.code[:3], ev.source.code[:3]) in visited:
            continue
        visit = replace(ev, source=copy_ref(ev.target), target=copy_ref(ev.source), cameo=VISIT_CODE,
                        root=VISIT_CODE[:2], plover=entry.plover, quad_class=entry.quad_class,
                        goldstein=entry.goldstein, evidence=replace(ev.evidence), rule=ev.rule + GUEST_VISIT_RULE,
                        id="")
        start = ev.evidence.trigger_start if ev.evidence.trigger_start is not None else ev.evidence.start
        visit.id = event_id(visit.article_id, visit.sentence, start, VISIT_CODE, visit.source.code, visit.target.code)
        out.append(visit)
    return out


def trip_phrase(tok: Token) -> Token | None:
    """The 'on'/'during' preposition of a trip noun the clause's doer is on ("on a visit to Lima", "on
    his tour", "during talks with Putin"; 'on' needs 'a'/'an' or a possessive: "asked on the visit" is
    a topic), else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "during"):
        return None
    words = argument_words()
    if not words.trips & {tok.lower_, words.noun_lemma(tok)}:
        return None
    if prep.lower_ == "on" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss"
                                       for c in tok.children):
        return None
    return prep
