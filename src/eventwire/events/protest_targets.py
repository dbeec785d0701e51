"""Targets of protests naming no addressee (CAMEO 14, ``rally`` in data/cameo/targets.yaml): the
government of the protesters' own country, or the state whose jails hold them.

Used by ``targets.TargetFallbacks`` when the parse gives a protest no target actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax
from ..records import ActorRef
from .argument_types import ActorLookup, Arg, state_body
from .argument_words import argument_words

# sectors of a state's own bodies: their protests (police rioting) are not aimed at their own state
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# protests a country's people hold in it ("Nigeria saw violent protests"): demonstrations, riots
_CROWD_CODES = ("141", "145")
# a strike, whose staff of a named company strike against their employer ("students at Cumhuriyet
# University" demonstrating are no staff on strike)
_STRIKE = "143"
# prepositions of a gathering's purpose ("in memory of the victims", "for a vigil", "in support of")
_PURPOSE_PREPS = frozenset({"in", "for", "of"})


def rally(code: str, trigger: Token, sources: list[Arg]) -> list[Arg]:
    """A demonstration, strike, blockade or riot with no target and no policy named ("thousands of
    Chileans marched through Santiago", "students rallied in Dhaka", "Argentine workers walked
    out") is dissent against the government of the protesters' country: of people, parties,
    unions or groups, not of a state body, an IGO or an NGO (police rioting is not aimed at
    their own state); not a gathering whose purpose aims it at no one ("rallied to celebrate
    the anniversary", "marched in memory of the victims": ``rally_purposes`` in
    data/cameo/arguments.yaml). A bare country is the protesters' only in a demonstration or a
    riot ("Nigeria saw violent protests"); a state that boycotts or blockades acts as a state.
    Protesters of two countries have no one government to be aimed at."""
    if _friendly_purpose(trigger):
        return []
    crowd = [s for s in sources if len(s.ref.code or "") >= 3 and not s.ref.code.startswith(("IGO", "NGO"))
             and s.ref.code[3:6] not in STATE_SECTORS and (len(s.ref.code) > 3 or code.startswith(_CROWD_CODES))]
    countries = {s.ref.country or s.ref.code[:3] for s in crowd}
    if len(countries) != 1 or (code.startswith(_STRIKE) and any(_company_staff(s.token) for s in crowd)):
        return []     # ("workers at Volkswagen went on strike": against their employer, not the state)
    country = countries.pop()
    ref = ActorRef(text=trigger.text, start=trigger.idx, end=trigger.idx + len(trigger.text),
                   code=country + "GOV", country=country, sectors=["GOV"])
    return [Arg(ref, trigger, "government of the protesters' country (rally: data/cameo/targets.yaml)")]


def jailer(actor_at: ActorLookup, jails: frozenset[str], sources: list[Arg]) -> list[Arg]:
    """Protesters held in another state's jails protest against it: "Afghan detainees in Pakistani
    custody refused food" -> PAKGOV (``jails`` in data/cameo/targets.yaml)."""
    for s in sources:
        own = s.ref.country or (s.ref.code or "")[:3]
        heads = [s.token, *(c for c in s.token.children if c.dep_ == "acl")]     # "inmates held in"
        for prep in (p for h in heads for p in syntax.children(h, "prep") if p.lower_ == "in"):
            for place in syntax.prep_objects(prep):
                if place.lemma_.lower() not in jails:
                    continue
                for mod in (c for c in place.children if c.dep_ in ("amod", "poss", "compound")):
                    m = actor_at(mod.i)
                    country = m.ref.code[:3] if m is not None and m.ref.code else None
                    if country and country != own and not country.startswith(("IGO", "NGO")):
                        ref = ActorRef(text=mod.text, start=mod.idx, end=mod.idx + len(mod.text),
                                       code=country + "GOV", country=country, sectors=["GOV"])
                        return [Arg(ref, mod, f"government holding the protesters ('{prep.text} {place.text}')")]
    return []


def _company_staff(noun: Token) -> bool:
    """Whether protesters are named as a company's staff: "workers at Volkswagen", "Samsung
    employees" (an organisation name on the noun; "members of the teachers' union" are no staff)."""
    orgs = [c for c in noun.children if c.dep_ == "compound"]
    orgs += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "for")
             for o in syntax.prep_objects(p)]
    return any(o.ent_type_ == "ORG" for o in orgs)


def _friendly_purpose(trigger: Token) -> bool:
    """Whether a gathering has a purpose that aims it at no one: a to-infinitive ("rallied to
    celebrate", "gathered to welcome the team") or an 'in'/'for' phrase ("in support of the
    president", "in memory of the victims") whose word is one of ``rally_purposes``."""
    purposes = argument_words().rally_purposes
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "acl")] if trigger.pos_ in syntax.NOUN_POS \
        else [trigger]
    for head in heads:
        for c in head.children:
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.i > head.i and c.lemma_.lower() in purposes \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ in _PURPOSE_PREPS and c.i > head.i \
                    and any(p.lemma_.lower() in purposes for p in syntax.prep_objects(c)):
                return True
    return False


# how a target found by ``crowd`` is told (a guess: a named target of a detail of the act comes first)
CROWD_HOW = "people the force falls on"
# how a means of force is aimed by its purpose clause ("fired tear gas to disperse X"): told again by that act
AIM_HOW = "the people its purpose names"
# sectors of the state bodies that use force on crowds (their force on a crowd is repression, 175)
_FORCE_SECTORS = frozenset({"COP", "MIL", "GOV", "SPY"})


def crowd(trigger: Token, places: list[Arg], sources: list[Arg]) -> list[Arg]:
    """Force a state's police or troops use on people naming none of them ("police fired tear gas",
    "riot police broke up the march", "troops used live rounds in Mandalay") falls on the civilians of
    the country of its place phrase (``places``), else of the source's own: "<country>CVL". Not for a
    source that is no state body of a country (an IGO, a militia, protesters), nor the second of two means
    named together ("fired tear gas and rubber bullets": one act of force, told at the first)."""
    if trigger.dep_ == "conj" and trigger.head.pos_ in syntax.NOUN_POS:
        return []
    # only force told as done, in a finite clause ("police fired tear gas"; not "to prevent police from
    # using lethal force", "vowed to crush the protests")
    verb = syntax.light_verb(trigger) if trigger.pos_ in syntax.NOUN_POS else trigger
    if verb is None or not _finite(verb) or _in_practice(verb):
        return []
    states = [s for s in sources if state_body(s.ref.code, _FORCE_SECTORS)]
    if not states:
        return []
    s = states[0]
    country = (places[0].ref.code or "")[:3] if places else (s.ref.country or s.ref.code[:3])
    if not country or not country.isalpha() or country in ("IGO", "NGO"):
        return []
    where = f"of the place ({places[0].how})" if places else "of the source's own country"
    ref = ActorRef(s.ref.text, s.ref.start, s.ref.end, None, f"{country}CVL", country, ["CVL"])
    return [Arg(ref, places[0].token if places else s.token,
                f"{CROWD_HOW}: civilians {where} (crowd: data/cameo/targets.yaml)")]


def drop_guessed_crowds(fired: dict) -> None:
    """A means of force whose crowd is only guessed (``crowd``) gives way to another act of force of the
    same source coded in the sentence ("used tear gas to disperse demonstrators": the dispersal)."""
    live = sorted((f for f in fired.values() if not f.dropped and f.pairs and f.roles is not None),
                  key=lambda f: f.token.i)
    for f in live:
        if not _guessed(f):
            continue
        own = {a.ref.code for a in f.roles.sources}
        # (of two guesses the first stays: "fired tear gas ... in a violent crackdown")
        other = next((o for o in live if o is not f and not o.dropped and o.code[:3] == f.code[:3]
                      and {a.ref.code for a in o.roles.sources} & own
                      and (not _guessed(o) or o.token.i < f.token.i)), None)
        if other is not None:
            f.dropped = f"force on a crowd told again by '{other.token.text}' ({other.attempt.pattern.rule})"


def _guessed(f) -> bool:
    """Are the targets of the fired trigger ``f`` all a guessed crowd (``crowd``) or the people its purpose
    clause names (an act of force of its own when coded: "used tear gas to disperse students")?"""
    return bool(f.roles.targets) and all(a.how.startswith((CROWD_HOW, AIM_HOW)) for a in f.roles.targets)


def _in_practice(verb: Token) -> bool:
    """Force told in a drill or training ("used tear gas in a training exercise", "during a riot drill,
    officers fired rubber bullets"): a noun of ``drills`` (data/cameo/arguments.yaml) in the clause."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    drills = argument_words().drills
    return any(t.pos_ in syntax.NOUN_POS and t.lower_ in drills for t in verb.subtree)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("fired", "fires") or a tensed auxiliary ("were firing", "has used")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
