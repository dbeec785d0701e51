"""The coder's passes that give a fired trigger the actors of another one: the parties of the event a
mediator brokers (``participants_as_targets``), the addressee of a protest's purpose
(``protest_aims``), the target of the first of two coordinated acts (``share_targets``), the
agent of the hostile act a coordinated threat answers (``answer_hostile_acts``) and the agent of the
act "the decision" of a later clause points back to (``earlier_acts_named_again``)."""

from __future__ import annotations

from spacy.tokens import Token

from . import reciprocals, syntax
from .arguments import OWNER_MARK, Arg
from .dyads import Dyads
from .fired import REQUEST_ROOTS, Fired, at_clause
from .protest_targets import CROWD_HOW
from .targets import ANAPHORIC_DETS


def participants_as_targets(fired: dict[int, Fired], dyads: Dyads) -> None:
    """"talks brokered by Kenya", "a deal brokered by China", "held talks, mediated by the Omani
    minister": a mediator named by a participle's agent acts on the parties of the event it
    mediates (the noun's actors, else those of the clause the noun stands in)."""
    for f in fired.values():
        tok = f.token
        if f.dropped or f.attempt.noun or f.attempt.pattern.code[:3] != "045" or tok.tag_ != "VBN" \
                or tok.dep_ not in ("acl", "advcl") or f.roles is None or not f.roles.sources \
                or f.roles.targets or not syntax.children(tok, "agent"):
            continue
        parties: list[Arg] = []
        cur = tok.head
        for _ in range(4):
            other = at_clause(fired, cur)
            if other is not None and other is not f and other.roles is not None:
                parties = [*other.roles.sources, *other.roles.targets]
                if parties:
                    break
            if cur.head is cur:
                break
            cur = cur.head
        mediators = {a.ref.code for a in f.roles.sources}
        f.roles.targets = [Arg(a.ref, a.token, f"party to '{cur.text}' ({a.how})") for a in parties
                           if a.ref.code not in mediators]
        f.pairs = dyads.pairs(f)


# how background.drop_adjuncts and drop_purposes tell a trigger that only details another one
_DETAIL_OF = ("purpose of", "participial adjunct of")


def protest_aims(fired: dict[int, Fired], dyads: Dyads) -> None:
    """"teachers surrounded the Statehouse to call for better pay from the state government", "workers
    blocked the highway, demanding that the state government honour a wage deal": a protest with no
    target of its own is aimed at whom its purpose or its participle (an appeal, a demand, a
    criticism) addresses."""
    for f in fired.values():
        if not f.dropped.startswith(_DETAIL_OF) or f.attempt.pattern.root not in REQUEST_ROOTS | {"11"} \
                or f.roles is None or not f.roles.targets:
            continue
        head = fired.get(f.token.head.i)
        if head is None or head.dropped or head.roles is None or head.code[:2] != "14" \
                or (f.dropped.startswith(_DETAIL_OF[1]) and head.roles.targets):
            continue
        own = {a.ref.code for a in head.roles.sources}
        aims = [a for a in f.roles.targets if OWNER_MARK not in a.how and a.ref.code not in own]
        if aims:
            head.roles.targets = [Arg(a.ref, a.token, f"{a.how} (aim of the protest: '{f.token.text}')")
                                  for a in aims]
            head.pairs = dyads.pairs(head)


def share_targets(fired: dict[int, Fired], dyads: Dyads) -> None:
    """"Algeria summoned the French ambassador and demanded an explanation": a coordinated verb
    with no target of its own acts on the first verb's target; then a coordinated threat answers
    the hostile act before it (``answer_hostile_acts``), and "the decision" the act before it
    (``earlier_acts_named_again``)."""
    for f in fired.values():
        # the clause of a noun trigger is its light verb, and that of an xcomp its governor: "issued
        # a sharp condemnation of North Korea's launch and vowed to impose new sanctions"
        tok = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        while tok is not None and tok.dep_ == "xcomp" and (f.attempt.noun or tok.i != f.token.i):
            tok = tok.head
        if f.dropped or tok is None or tok.dep_ != "conj" or f.roles is None or _other_targets(f) \
                or f.attempt.pattern.target == "none" or not f.roles.sources:
            continue
        first = at_clause(fired, tok.head)
        if first is None or first is f or first.dropped or first.roles is None or not first.roles.targets \
                or {a.ref.code for a in first.roles.sources} != {a.ref.code for a in f.roles.sources}:
            continue
        # (only the targets the first act's own pairs kept: "held a meeting on the sidelines of the summit and
        # agreed to ...": the summit is no party of the meeting, so none of what was agreed)
        kept = {id(t) for _, t in first.pairs if t is not None}
        shared = [a for a in first.roles.targets if not a.how.startswith(CROWD_HOW)
                  and (not first.pairs or id(a) in kept)]
        if not shared:   # (a crowd a force act falls on is the guess of that act: "fired tear gas and warning shots")
            continue
        f.roles.targets = [Arg(a.ref, a.token, f"{a.how} (shared with '{tok.head.text}')") for a in shared]
        f.pairs = dyads.pairs(f)
    answer_hostile_acts(fired, dyads)
    earlier_acts_named_again(fired, dyads)


def _other_targets(f: Fired) -> bool:
    """Has ``f`` a target other than its sources' own possessive ("closed their links": no other party)?"""
    assert f.roles is not None
    own = {a.ref.code for a in f.roles.sources}
    return any(not (a.token.pos_ == "PRON" and "via possessive" in a.how and a.ref.code in own)
               for a in f.roles.targets)


def answer_hostile_acts(fired: dict[int, Fired], dyads: Dyads) -> None:
    """"The United States ordered China to close its consulate, and Beijing threatened firm
    countermeasures", "a U.S. strike killed the general, and Iran vowed severe revenge": a threat
    (``antecedent`` in data/cameo/targets.yaml) with no target actor, in a clause coordinated after a
    hostile act (CAMEO 10-20) done to the threatener's country by another, answers that act's agent.
    (Across sentences the target fallbacks find it; this is the same sentence.)"""
    for f in fired.values():
        tok = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        if f.dropped or tok is None or f.roles is None or f.roles.targets or not f.roles.sources \
                or not dyads.targets.antecedent_target(f.code) or any(t is not None for _, t in f.pairs):
            continue
        clause = tok
        while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
            clause = clause.head        # "Beijing said it would retaliate": the reporting clause
        if clause.dep_ != "conj" or any(reciprocals.is_reciprocal(c) for c in tok.children):
            continue
        own = {a.ref.code[:3] for a in f.roles.sources if a.ref.code}
        first = clause.head
        acts = [g for g in fired.values() if g is not f and not g.dropped and g.roles is not None
                and first.left_edge.i <= g.token.i < clause.left_edge.i and "10" <= g.code[:2] <= "20"
                and any(t is not None and t.ref.code and t.ref.code[:3] in own for _, t in g.pairs)
                and not any(s.ref.code and s.ref.code[:3] in own for s, _ in g.pairs)]
        if not acts:
            continue
        act = max(acts, key=lambda g: g.token.i)
        agents = list({s.ref.code: s for s, _ in act.pairs}.values())
        f.roles.targets = [Arg(a.ref, a.token, f"agent of '{act.token.text}', which the threat answers")
                           for a in agents]
        f.pairs = dyads.pairs(f)


def _named_again(verb: Token) -> Token | None:
    """The object of ``verb`` that names an act told before by a bare definite noun ("condemned the
    move", "dismissed the resolution", "these measures"; not "the Israeli move", "the decision to
    expel", "the attack on Kyiv")."""
    for obj in syntax.children(verb, "dobj", "nsubjpass"):
        if obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in obj.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "relcl", "acl", "nummod", "appos")
                            or (c.dep_ == "prep" and c.lower_ != "as") for c in obj.children):
            return obj
    return None


def earlier_acts_named_again(fired: dict[int, Fired], dyads: Dyads) -> None:
    """"The Security Council imposed new sanctions on Iran, and Iran's president dismissed the
    resolution", "Russia annexed Crimea, and the EU condemned the move": an act with no target actor
    whose object names an act by a bare definite noun is aimed at the agent of the act told before it
    in the same sentence by another country (the one named by that word, else the act of the clause it
    is coordinated with), where the
    target policy lets the owner of the object be the target (``owner`` in data/cameo/targets.yaml;
    across sentences the target fallbacks find it)."""
    for f in fired.values():
        if f.dropped or f.attempt.noun or f.roles is None or f.roles.targets or not f.roles.sources \
                or not dyads.targets.owner_target(f.code) or any(t is not None for _, t in f.pairs):
            continue
        obj = _named_again(f.token)
        if obj is None or any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (c.dep_ == "prep" and c.lower_ == "as")
                              for c in f.token.children):
            continue     # "called the test reckless", "condemned the attack as cowardly": a verdict (evaluations)
        own = {a.ref.code[:3] for a in f.roles.sources if a.ref.code}
        acts = [g for g in fired.values() if g is not f and not g.dropped and g.pairs and g.token.i < f.token.i
                and not any(s.ref.code and s.ref.code[:3] in own for s, _ in g.pairs)]
        word = obj.lemma_.lower()
        same = [g for g in acts if g.token.lemma_.lower() == word or word in g.token.text.lower()]
        if not same:
            # else the act of the clause the reaction is coordinated with ("imposed sanctions ...,
            # and Iran dismissed the resolution"), not an aside inside it
            clause = f.token
            while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
                clause = clause.head
            first = at_clause(fired, clause.head) if clause.dep_ == "conj" else None
            same = [first] if first is not None and first in acts else []
        if not same:
            continue
        act = max(same, key=lambda g: g.token.i)
        agent = act.pairs[0][0]
        f.roles.targets = [Arg(agent.ref, agent.token, f"agent of '{act.token.text}', which '{obj.text}' points back to")]
        f.pairs = dyads.pairs(f)
