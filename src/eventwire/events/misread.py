"""What a naming verb says of its object is no act of the one who names it.

"Erdogan denounced what he called a clear violation of international law" tells no violation by
Erdogan, and "Baghdad called the strikes a serious breach of its sovereignty" neither a breach nor a
strike by Baghdad: the pattern lexicon's events by the speaker at the predicate a naming verb gives
its object, or at the thing it judges, are misreads (``misread_acts``). The evaluations coder
collects each naming verb's readings (``Naming``) while it codes the judgements, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ..records import Event
from .covered_judgements import covers

__all__ = ["Naming", "misread_acts"]


@dataclass(frozen=True)
class Naming:
    """A naming verb, the codes of its speakers, and the tokens its small clauses read: the
    predicates and the things judged (never a verb: "shelled Kharkiv in what X called ..." is
    an act)."""

    verb: Token
    speakers: frozenset[str]
    readings: tuple[Token, ...]


def misread_acts(events: Iterable[Event], namings: Iterable[Naming]) -> list[Event]:
    """The events of ``events`` that a naming verb's speaker was read to do at one of its readings,
    in the order of the naming verbs; with each, the other half of its symmetric pair (the same
    code at the same trigger with source and target swapped: no agreement of either side)."""
    told = [e for e in events if e.source is not None and e.source.code and e.evidence.trigger_start is not None]
    out: list[Event] = []
    for naming in namings if told else []:
        for e in told:
            if e.source is not None and e.source.code in naming.speakers and all(e is not o for o in out) \
                    and any(covers(e, t.idx) for t in naming.readings):
                out.append(e)
                out.extend(o for o in told if _mirrors(o, e) and all(o is not k for k in out))
    return out


def _mirrors(one: Event, other: Event) -> bool:
    """``one`` is the other half of ``other``'s symmetric pair."""
    return one is not other and one.cameo == other.cameo and one.sentence == other.sentence \
        and one.evidence.trigger_start == other.evidence.trigger_start \
        and one.source is not None and other.target is not None and one.source.code == other.target.code \
        and one.target is not None and other.source is not None and one.target.code == other.source.code


def readings(verb: Token, judged: Iterable[tuple[Token, Token]], saying: Callable[[Token], bool]) -> tuple[Token, ...]:
    """The predicates and judged things (``judged``: pairs of them) a naming verb's speaker may be
    misread to act at; none when ``verb`` names the object of another verb that is no verb of saying
    ("signed what he called a historic peace agreement": the signing is the act)."""
    outer = _outer_verb(verb)
    if outer is not None and not saying(outer):
        return ()
    return tuple(t for pair in judged for t in pair if t.pos_ not in ("VERB", "AUX"))


def _outer_verb(verb: Token) -> Token | None:
    """The verb whose object is the "what" clause ``verb`` heads ("signed [what he called ...]",
    parsed with the clause on the verb or on "what")."""
    head = verb.head
    if head.lower_ == "what" and head.i < verb.i and head.head.pos_ in ("VERB", "AUX") and head.head is not head:
        return head.head
    if any(c.lower_ == "what" and c.i < verb.i for c in verb.children) and head is not verb \
            and head.pos_ in ("VERB", "AUX") and head.i < verb.i:
        return head
    return None
