"""The doer of an act a judgement points back to: "The court issued arrest warrants for Netanyahu.
... Biden said the warrants were outrageous" -> Biden criticises the court.

News tells an act, then the reactions to it, naming the act again with a definite noun and no
owner ("the warrants", "the decision", "these measures"). When the evaluations coder finds no actor
in or on such a judged noun, the doer of the act it points back to is the judged actor: the latest
event the lexicon coded one to ``WINDOW`` sentences before whose trigger or sentence holds the same
word ("imposed sweeping tariffs ... the tariffs"), or, for a word that names any act ("the
decision", "the move", "these measures"), the latest such event. Only material acts count (CAMEO
roots 06-09 and 14-20: a sanction, an arrest, an investigation, a strike), not what was said: a
judgement of "the statement" is left out. Used by ``eventwire.events.evaluations``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef, Event
from . import syntax
from .arguments import Arg

__all__ = ["WINDOW", "antecedent_doers"]

WINDOW = 3
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
# nouns that name any act: they point back to the latest act told, whatever its trigger
_ANY_ACT = frozenset({"decision", "move", "step", "measure", "action", "act", "announcement", "policy"})
_MATERIAL_ROOTS = frozenset({"06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"})


def antecedent_doers(judged: Token, index: int, events: list[Event]) -> list[Arg]:
    """The doer of the earlier act the bare definite noun ``judged`` names again (sentence ``index``)."""
    if judged.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in judged.children):
        return []
    if any(c.dep_ in ("poss", "compound", "relcl", "acl", "prep", "nmod") for c in judged.children):
        return []     # "the decision of the court", "the decision to withdraw": said where it stands
    lemma, word = syntax.forms(judged)
    acts = sorted((e for e in events if 0 < index - e.sentence <= WINDOW and e.root in _MATERIAL_ROOTS
                   and e.modality == "asserted" and e.source is not None and e.source.code),
                  key=lambda e: (e.sentence, e.evidence.trigger_start or 0), reverse=True)
    named = [e for e in acts if _names(e, lemma, word)]
    chosen = named[:1] or (acts[:1] if lemma in _ANY_ACT else [])
    return [Arg(_copy(e.source), judged, f"doer of '{e.evidence.trigger}' (sentence {e.sentence}), "
                                         f"which '{judged.text}' points back to")
            for e in chosen if e.source is not None]


def _names(ev: Event, lemma: str, word: str) -> bool:
    """The earlier event's trigger or sentence holds the judged word ("warrants", "tariffs")."""
    trigger = ev.evidence.trigger.lower()
    if lemma in trigger or word in trigger:
        return True
    after = ev.evidence.text.lower()
    return any(w.strip(".,;:\"'()") in (lemma, word) for w in after.split())


def _copy(ref: ActorRef) -> ActorRef:
    return ActorRef(ref.text, ref.start, ref.end, ref.name, ref.code, ref.country, list(ref.sectors))
