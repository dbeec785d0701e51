"""What the event coder keeps per trigger while it codes a sentence: the trace ``eventwire explain``
prints (TriggerTrace, SentenceTrace), the fired trigger (Fired) and the code families the coder's
passes share."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal

from spacy.tokens import Span, Token

from ..records import ActorRef, Event
from . import background, syntax
from .arguments import Roles
from .matcher import Attempt
from .modality import ModalityResult

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
STATEMENT_CODES = background.STATEMENT_CODES
MILITARY_ROOTS = frozenset({"19", "20"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
# comments that state an attitude: pessimistic, optimistic, empathetic
ATTITUDE_CODES = frozenset({"012", "013", "018"})
# Verbs of these roots take an event as their content ("called for the resignation", "threatened
# sanctions", "rejected the ceasefire"): the object noun is what is asked for, not an event.
CONTENT_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
# "X denied attacking Y", "denied that its airstrike had hit civilians": the denial is the event
DENIAL_CODES = frozenset({"016"})
# appeals and demands: put to someone, who may be named by a 'from' phrase ("demanded an apology from Japan")
REQUEST_ROOTS = frozenset({"02", "10"})
# a drop a later pass acts on, marked by its kind rather than read from the reason text: "justification", the
# participial accusation giving the reason for an act the lexicon does not code (background.drop_adjuncts; the
# coder still counts its doer among the prior acts a later reaction may answer)
DropKind = Literal["", "justification"]


@dataclass
class TriggerTrace:
    """What happened at one trigger token: the patterns tried and the outcome."""

    token: Token
    attempts: list[Attempt]
    chosen: Attempt | None = None
    outcome: str = ""
    events: list[Event] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)   # per event: how its source and target were found
    # per event id: the confidence signals that held for it (events/confidence.py), for explain and the fit
    signals: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class SentenceTrace:
    index: int
    sent: Span
    triggers: list[TriggerTrace] = field(default_factory=list)


@dataclass
class Fired:
    attempt: Attempt
    token: Token
    trace: TriggerTrace
    roles: Roles | None = None
    mod: ModalityResult | None = None
    code: str = ""
    governor_intent: Token | None = None
    pairs: list = field(default_factory=list)
    alternatives: list = field(default_factory=list)   # the other fitting patterns, best first
    obligation: bool = False     # a statement turned into a demand ("said Y must ...")
    dropped: str = ""
    drop_kind: DropKind = ""     # the typed kind of some drops (DropKind), set with ``dropped``
    vetoed: str = ""             # the discard rule that vetoed every fitting pattern
    received: Roles | None = None   # "faced criticism from Y": the roles of a received act
    # the reading that won before a fallback for want of a dyad: an instruction whose addressee is no
    # actor ("told state companies to stop buying soybeans") still holds its clause as content
    first: Attempt | None = None

    def reading(self) -> "Reading":
        """What the resolution of ``attempt`` wrote on this trigger (``EventCoder._resolve``), to put back when the
        reading of another pattern is tried and given up (``restore``)."""
        roles = None if self.roles is None else (self.roles, {fd.name: getattr(self.roles, fd.name)
                                                               for fd in fields(self.roles)})
        return Reading(self.attempt, self.trace.chosen, roles, self.mod, self.code, self.governor_intent,
                       list(self.pairs), self.dropped, self.trace.outcome, self.drop_kind)

    def restore(self, reading: "Reading") -> None:
        """Put back a reading saved by ``reading()``: the pattern, its roles (the same Roles object, its fields as
        they were: the resolution also sets them in place), modality, code, pairs, the drop and the outcome."""
        self.attempt, self.trace.chosen = reading.attempt, reading.chosen
        self.roles = None
        if reading.roles is not None:
            self.roles, values = reading.roles
            for name, value in values.items():
                setattr(self.roles, name, value)
        self.mod, self.code, self.governor_intent = reading.mod, reading.code, reading.governor_intent
        self.pairs, self.dropped, self.trace.outcome = list(reading.pairs), reading.dropped, reading.outcome
        self.drop_kind = reading.drop_kind


@dataclass(frozen=True)
class Reading:
    """One resolved reading of a trigger (``Fired.reading``): every field ``EventCoder._resolve`` writes."""

    attempt: Attempt
    chosen: Attempt | None
    roles: tuple[Roles, dict] | None
    mod: ModalityResult | None
    code: str
    governor_intent: Token | None
    pairs: list
    dropped: str
    outcome: str
    drop_kind: DropKind = ""


def has_object(f: "Fired", deps: tuple[str, ...] = ("dobj", "ccomp", "xcomp", "attr")) -> bool:
    """The trigger verb has a direct object or (by default) a complement clause (noun triggers: False)."""
    return not f.attempt.noun and any(c.dep_ in deps for c in f.token.children)


def self_dyad(a: ActorRef, b: ActorRef) -> bool:
    """A country and its own state ("Japan" and "the Japanese government", "Russia" and "its
    troops") are one side; a country and its civilians or opposition are two."""
    if not a.code or not b.code or a.code[:3] != b.code[:3]:
        return False
    if len(a.code) == 3:
        return b.code[3:6] in ("GOV", "MIL")
    if len(b.code) == 3:
        return a.code[3:6] in ("GOV", "MIL")
    return False


def at_clause(fired: dict[int, Fired], verb: Token) -> Fired | None:
    """The trigger of ``verb``'s clause: the verb itself, else an event noun it carries ("held talks")."""
    return fired.get(verb.i) or next((o for o in fired.values() if o.attempt.noun
                                      and background.same_token(syntax.light_verb(o.token), verb)), None)
