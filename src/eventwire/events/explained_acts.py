"""Explained acts: a later sentence that tells why an act told before was done, in the past progressive with a
pronoun for its doers, is no act of its own ("Students set fire to two buses on Monday night. They were protesting
against a delay in their allowances.").

Run by ``stages/restatements.py`` before ``restatements.merge_restatements``. Only roots listed under
``explained_by_progressive`` in ``data/cameo/restatements.yaml``. The act told before must have the same root,
source, modality, date and place (up to two sentences back), and the same target unless the later sentence gives the
reason ("against ..."); it stays and names the explanation in its ``rule``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Event
from .restatements import RestatementRules, dates_agree, name_words, places_agree, same_actor, trigger_token

# pronouns for the doers of an act told before: "They were protesting against ..."
_DOER_PRONOUNS = frozenset({"they", "he", "she", "it"})
_SENTENCES_BACK = 2
# what a protest is against: the reason the explanation gives ("They were protesting against cheap imports")
_REASON_PREPS = frozenset({"against", "over", "about"})


def drop_explained(events: list[Event], doc: Doc | None, rules: RestatementRules, *,
                   countries: frozenset[int] = frozenset()) -> tuple[list[Event], list[str]]:
    """``events`` without the records that explain an act told before, and a note per explanation. The act explained
    keeps a trail in its ``rule``. ``countries``: geonameids of whole countries (a country holds the places in it)."""
    dropped: set[int] = set()
    notes: list[str] = []
    for ev in events:
        tok = trigger_token(doc, ev) if ev.root in rules.explained_roots else None
        if tok is None or not progressive_with_pronoun(tok):
            continue
        reason = any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS for c in tok.children)
        told = [t for t in events
                if id(t) not in dropped and id(t) != id(ev) and _explains(ev, t, doc, countries, reason)]
        if told:
            act = max(told, key=lambda t: (t.sentence, -(t.evidence.trigger_start or 0)))
            dropped.add(id(ev))
            act.rule = f"{act.rule} | merged restatements (restatements.yaml): sentence {ev.sentence} " \
                       f"'{ev.evidence.trigger}' {ev.cameo} explains it"
            notes.append(f"restatements: {act.cameo} of sentence {act.sentence} '{act.evidence.trigger}' explained in "
                         f"sentence {ev.sentence} '{ev.evidence.trigger}'")
    return [ev for ev in events if id(ev) not in dropped], notes


def _explains(later: Event, act: Event, doc: Doc | None, countries: frozenset[int], reason: bool) -> bool:
    """``later`` may explain ``act``: told one or two sentences after it, same root, source, modality, date and place,
    and the same target unless ``later`` gives the reason ("They were protesting against cheap imports": what the
    protest is against is its grievance, not a new aim). Without a reason, another aim is a second protest ("...
    blocked highways in the north. By evening they were marching on parliament in the capital")."""
    return (act.root == later.root and 0 < later.sentence - act.sentence <= _SENTENCES_BACK
            and act.modality == later.modality and dates_agree(act, later) and places_agree(act, later, countries)
            and same_actor(act.source, later.source, name_words(act.source, doc), name_words(later.source, doc))
            and (reason or same_actor(act.target, later.target, name_words(act.target, doc),
                                      name_words(later.target, doc))))


def progressive_with_pronoun(tok: Token) -> bool:
    """A verb in the past progressive whose subject is a personal pronoun: "They were protesting", "he was marching"."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children) and \
        any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in _DOER_PRONOUNS for c in tok.children)


__all__ = ["drop_explained", "progressive_with_pronoun"]
