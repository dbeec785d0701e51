"""The coder's passes that leave out fired triggers which are no event of their own: triggers used up
by a more specific pattern (``drop_consumed``), event nouns that are the topic of another act
(``drop_topics``), and statements that give way to the event they report and talks with the press
(``drop_superseded``). Acts that did not happen as told (content, obligations, background, awaited acts) are
left out by ``embedded_drops.drop_embedded``."""

from __future__ import annotations

from spacy.tokens import Token

from . import statements, syntax, tolls
from .argument_words import argument_words
from .arguments import Arg
from .dyads import Dyads
from .embedded_drops import drop_embedded  # noqa: F401  (the coder calls drops.drop_embedded)
from .fired import CONTENT_ROOTS, MILITARY_ROOTS, STATEMENT_CODES, Fired, at_clause
from .modality import ModalityRules

# the roots of a killing told as an attack's toll ("airstrikes killed 490 people": 1823, or 202 in the mass)
_TOLL_ROOTS = frozenset({"18", "20"})


def drop_consumed(fired: dict[int, Fired]) -> None:
    """Triggers used as the object of a more specific pattern do not code on their own."""
    for f in list(fired.values()):
        pat = f.attempt.pattern
        used: list[Token] = list(f.attempt.consumed)
        passive: list[Token] = []
        if pat.objects and not f.attempt.noun:
            used += [t for c in syntax.children(f.token, *syntax.OBJ) for t in syntax.conjuncts(c)]
            passive = _passive_themes(f.token)
            used += passive
            for x in f.attempt.consumed:
                used += [t for c in syntax.children(x, *syntax.OBJ) for t in syntax.conjuncts(c)]
        extra = set(f.attempt.trigger_tokens[1:])
        for tok in [*used, *extra]:
            other = fired.get(tok.i)
            if other is None or other is f or other.dropped or f.dropped or f.vetoed:
                continue
            if tok in passive:
                # "US sanctions on Iran were lifted": the act undone, no new one ("the sanctions, imposed by
                # the US in 2014, were extended": the act itself, told by the noun)
                if other.attempt.pattern.root != pat.root:
                    other.dropped = f"undone by {pat.rule} at '{f.token.text}' (passive)"
                continue
            # "held a hunger strike for the resignation ...": a noun pattern of higher priority
            # than the verb pattern that took it as its object codes instead of the verb
            if tok not in extra and other.attempt.noun and other.attempt.pattern.priority > pat.priority \
                    and pat.root not in CONTENT_ROOTS:
                f.dropped = f"its object '{tok.text}' codes more specifically ({other.attempt.pattern.rule})"
            elif tok.dep_ == "ccomp" and tok.head.i == f.token.i and other.attempt.pattern.objects \
                    and pat.root not in CONTENT_ROOTS and not other.attempt.noun \
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                # "announced that the US would end a national emergency": the object is the
                # reported clause's own ("end an emergency"), not the announcer's ("announce an emergency")
                f.dropped = f"its object belongs to the reported clause '{tok.text}' ({other.attempt.pattern.rule})"
            else:
                other.dropped = f"used by {pat.rule} at '{f.token.text}'"


def _passive_themes(verb: Token) -> list[Token]:
    """The passive subject of a verb that acts on an event noun, with its conjuncts and the noun under
    a quantifier ("US sanctions on Iran were lifted", "if any of his tariffs will be removed"): what
    the verb's pattern took as its object, no event of its own."""
    out: list[Token] = []
    for subject in syntax.children(verb, *syntax.PASS_SUBJ):
        for t in syntax.conjuncts(subject):
            out.append(t)
            out += [g for c in syntax.children(t, "prep") if c.lower_ == "of" for g in syntax.children(c, "pobj")]
    return out


def drop_topics(fired: dict[int, Fired], rules: ModalityRules, dyads: Dyads) -> None:
    """An event noun that is the object of a verb which codes an actor pair is that verb's topic:
    "did not discuss sanctions", "condemned the airstrikes". Light verbs ("held", "imposed")
    code nothing themselves, so "held talks" and "imposed sanctions" code the noun. Nor does a
    noun code when it is the object of a verb of talking or looking back ("describing Israeli
    attacks as genocidal", "marking the anniversary of its invasion": ``governors.topic``)."""
    topic_verbs = rules.governors.get("topic", frozenset())
    effect_verbs = rules.governors.get("effect", frozenset())
    for f in fired.values():
        if f.dropped or not f.attempt.noun:
            continue
        inquiry = _inquiry_of(f.token, rules)
        if inquiry is not None:
            f.dropped = f"what '{inquiry.text}' looks into or tells (intent.yaml topic_nouns), not an act of now"
            continue
        verb = syntax.light_verb(f.token)
        if verb is None and f.token.dep_ == "nsubj":
            verb = f.token.head      # "a suicide bomber killed 12 people": the verb codes the act
        if verb is not None and f.token.dep_ != "nsubj" and verb.lemma_.lower() in topic_verbs:
            f.dropped = f"topic of '{verb.text}': what is talked about or looked back on"
            continue
        subject = _subject_of(f.token) if verb is None or f.token.dep_ == "nsubj" else None
        if subject is not None and subject.head.lemma_.lower() in effect_verbs:
            f.dropped = f"cause told as the subject of '{subject.head.text}' (intent.yaml effect): background, " \
                        "not a new act"
            continue
        other = fired.get(verb.i) if verb is not None else None
        if other is not None and other.attempt.pattern.code in STATEMENT_CODES and f.token.dep_ in syntax.OBJ \
                and all(t is None for _, t in other.pairs):
            continue    # "announced new sanctions against Iran": the act announced, not a topic
        if other is not None and not other.dropped and not other.pairs and _judges_its_object(other, rules) \
                and f.token.dep_ in syntax.OBJ:
            # "the governor praised the weekend marches": what is judged, even when the judging verb
            # found no actor in it; the judge did not march
            f.dropped = f"what '{verb.text}' judges ({other.attempt.pattern.rule}), not an act of its subject"
            continue
        if other is not None and not other.dropped and other.pairs:
            if f.token.dep_ == "nsubj" and f.attempt.pattern.root in MILITARY_ROOTS \
                    and other.attempt.pattern.root in _TOLL_ROOTS and f.roles is not None and f.roles.sources:
                # "Israeli airstrikes killed 490 people": the toll of the attack, coded as the attack (a killing
                # of 18, or of 20 when the toll is in the mass: 20.yaml#kill_hundreds)
                other.dropped = f"the toll of '{f.token.text}' ({f.attempt.pattern.rule}), coded as that attack"
                if other.roles is not None and tolls.victims_as_targets(f.roles, other.roles, verb):
                    f.pairs = dyads.pairs(f)
                continue
            f.dropped = f"topic of '{verb.text}' ({other.attempt.pattern.rule})"
    toll_verbs = argument_words().toll_verbs
    for f in fired.values():
        # "launched strikes on Iran's nuclear sites and killed several commanders": the toll of
        # the attack it is coordinated with, by the same attacker
        if f.dropped or f.attempt.noun or f.token.dep_ != "conj" or not (
                f.attempt.pattern.root == "18" or (f.attempt.pattern.root in MILITARY_ROOTS
                                                   and f.token.lemma_.lower() in toll_verbs)):
            continue    # (a kill verb of any root: "jets struck the town and killed five fighters")
        head = f.token.head
        first = at_clause(fired, head)
        if first is not None and not first.dropped and first.attempt.pattern.root in MILITARY_ROOTS:
            if first.token.i == head.i and not first.attempt.noun and _shares_object(head, f.token):
                # "gunmen shot and killed a mayor", "rebels ambushed and wounded six soldiers": two verbs
                # of one act on one object; the harm done names it (the first verb has no object of its own)
                first.dropped = f"shares its object with '{f.token.text}' ({f.attempt.pattern.rule}), " \
                                "coded as that act"
                continue
            if f.attempt.pattern.root != "18" and not (first.roles is not None and first.roles.targets):
                continue    # (a raid on no named actor: the killing names the victims)
            f.dropped = f"the toll of '{first.token.text}' ({first.attempt.pattern.rule}), coded as that attack"


def _shares_object(first: Token, second: Token) -> bool:
    """Two coordinated verbs with one object: the first has no object, prepositional target or clause of
    its own and the second, right after it, has an object ("shot and wounded the judge")."""
    return second.dep_ == "conj" and second.i - first.i <= 3 and bool(syntax.children(second, *syntax.OBJ)) \
        and not any(c.dep_ in syntax.OBJ or c.dep_ in ("prep", "xcomp", "ccomp", "dative", "nsubj")
                    for c in first.children if c.i > first.i and c.i < second.i) \
        and not syntax.children(second, "nsubj", "nsubjpass")


def _subject_of(tok: Token) -> Token | None:
    """The active subject that the noun ``tok`` is, or heads as a conjunct ("Russia's annexation of
    Crimea and its support for the rebels renewed fears"), else None."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok if tok.dep_ == "nsubj" else None


def _inquiry_of(tok: Token, rules: ModalityRules) -> Token | None:
    """The noun of an inquiry or an account whose 'into/on/about/over' phrase holds the event noun
    ("an investigation into an allegation", "closed their inquiry into the allegation": the
    parser may hang the phrase on the verb whose object the inquiry is), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in rules.governors.get("topic_preps", frozenset()):
        return None
    nouns = rules.governors.get("topic_nouns", frozenset())
    site = prep.head
    if site.pos_ == "NOUN" and site.lemma_.lower() in nouns:
        return site
    if site.pos_ == "VERB":
        return next((c for c in site.children if c.dep_ == "dobj" and c.i < prep.i and c.lemma_.lower() in nouns),
                    None)
    return None


def _judges_its_object(other: Fired, rules: ModalityRules) -> bool:
    """A verb trigger of praise, criticism or rejection whose pattern does not name its object
    ("praised", "condemned", "rejected"; not "expressed support", built around its noun). The roots
    that judge (``roots.judging``) and the verbs of praise of root 05 (``governors.praise``; approving or
    backing an act is taking part in it: "approved the extradition of X") are in intent.yaml."""
    pat = other.attempt.pattern
    if other.attempt.noun or pat.objects:
        return False
    return pat.root in rules.roots.get("judging", frozenset()) or (
        pat.root == "05" and other.token.lemma_.lower() in rules.governors.get("praise", frozenset()))


def drop_superseded(fired: dict[int, Fired]) -> None:
    """Generic governors and statements give way to the event they carry."""
    live = [f for f in fired.values() if not f.dropped]
    for f in live:
        gov = f.governor_intent
        other = fired.get(gov.i) if gov is not None else None
        if other is not None and not other.dropped and not other.attempt.pattern.objects:
            other.dropped = f"the governed event '{f.token.text}' is coded as intent {f.code}"
    live = [f for f in fired.values() if not f.dropped and f.pairs]
    for f in live:
        if f.attempt.pattern.root == "04" and all(_press(s) or _press(t) for s, t in f.pairs):
            f.dropped = "talking with the press ('spoke with reporters', 'met the editorial board') is no consultation"
            continue
        if f.attempt.pattern.code not in STATEMENT_CODES or f.obligation:
            continue
        if any(o is not f and o.attempt.pattern.code not in STATEMENT_CODES for o in live):
            f.dropped = "a statement verb gives way to the other event(s) of the sentence"
        elif reports_other_trigger(f.token, fired) or statements.is_reporting_frame(f.token):
            f.dropped = "a reporting frame ('X said ...') is not an event; the quotes stage records it"
        elif f.pairs and all(_press(t) for _, t in f.pairs):
            f.dropped = "talking to the press ('told reporters') is not an event"
        elif not f.attempt.noun and all(t is None for _, t in f.pairs):
            f.dropped = "a bare 'X said': what was said is elsewhere (a quotation)"
        elif f.attempt.noun and all(t is None for _, t in f.pairs):
            f.dropped = "a statement noun with no addressee ('read a statement', 'told a news " \
                        "conference'): the medium of a report, not an event"


def _press(actor: Arg | None) -> bool:
    """The actor is a news outlet or reporters (MED)."""
    return actor is not None and "MED" in actor.ref.sectors


def reports_other_trigger(verb: Token, fired: dict[int, Fired]) -> bool:
    """The statement verb frames a clause (or a main clause, "..., X said") holding another trigger."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head is not verb:
        clauses.append(verb.head)
    return any(other.token.i != verb.i and any(t.i == other.token.i for t in clause.subtree)
               for clause in clauses for other in fired.values())

# ------------------------------------------------------------------ records
