"""The owner of the (non-actor) thing a trigger acts on, as its target: an actor modifier or owner ("rejected an
Israeli proposal", "Trump's request"), the thing's 'by' agent or doer ("breaches of maritime law by China", "the
decision, announced by Washington"), its place ("condemned the coup in Gabon") or the other party of a deal told by
its infinitive ("signed a deal to buy Russian missiles"): the ``owner`` fallback of data/cameo/targets.yaml
(``targets.TargetFallbacks.owner``); and the country of a place phrase, which the ``place`` fallback reads too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from . import syntax
from .argument_words import argument_words
from .arguments import Arg, ArgumentFinder

__all__ = ["ObjectOwners", "direct_objects"]

# prepositions whose object stands for a direct object when the trigger has none
_OWNER_PREPS = frozenset({"for", "against", "over", "on", "of"})
# prepositions of what an act noun falls on ("sanctions on ships in Iran's fleet")
_ON_PREPS = frozenset({"on", "against"})


class ObjectOwners:
    """The actors that own the things a trigger acts on, and the countries of place phrases."""

    def __init__(self, finder: ArgumentFinder) -> None:
        self.finder = finder

    def places(self, tok: Token, how: str) -> list[Arg]:
        """The place mention at ``tok`` as its country, or a place in an "of"/"in" phrase on it
        ("the north of the enclave", "villages in southern Lebanon"), or the country that owns the place
        ("a refinery in Russia's Saratov region", "near Somalia's border with Kenya")."""
        for cand in (tok, *[p for prep in syntax.children(tok, "prep") if prep.lower_ in ("of", "in")
                            for p in syntax.prep_objects(prep)]):
            mention = self.finder.actor_at(cand.i)
            if mention is None or mention.members:
                continue
            ref = mention.ref
            if ref.country and (ref.code == ref.country or "place" in mention.why or "capital" in mention.why):
                return [Arg(replace(ref, code=ref.country, sectors=[]), cand, how)]
        # ("ships in Iran's shadow fleet", "units in Russia's army": the owner of the whole the thing is in)
        wholes = [p for prep in syntax.children(tok, "prep") if prep.lower_ == "in" for p in syntax.prep_objects(prep)
                  if p.pos_ == "NOUN" and self.finder.actor_at(p.i) is None]
        for owner in [o for part in (tok, *wholes) for o in syntax.children(part, "poss")]:
            mention = self.finder.actor_at(owner.i)
            if mention is not None and not mention.members and owner.pos_ == "PROPN" \
                    and mention.ref.country and mention.ref.code == mention.ref.country:
                return [Arg(replace(mention.ref, sectors=[]), owner, f"{how}, owned by '{owner.text}'")]
        return []

    def owner(self, trigger: Token, *, noun: bool) -> list[Arg]:
        """The actor that owns or modifies the (non-actor) object: "rejected an Israeli proposal",
        "vetoed a U.N. resolution", "condemned the coup in Gabon"."""
        if noun:
            return []
        for obj in direct_objects(trigger):
            for o in syntax.conjuncts(obj):
                # the object of an argument phrase: its own owner only ("appealed for aid for
                # millions of displaced people" names the beneficiaries, not an owner)
                found = self._owner_of(o, f"the object '{o.text}'", 0 if o.dep_ in syntax.OBJ else 2)
                if found:
                    return found
            # "oppose violations of international law by China": the parser hangs the object's
            # 'by' agent on the verb; an active verb has no agent of its own
            if not syntax.is_passive(trigger):
                for pobj in syntax.by_agents(trigger):
                    if pobj.i > obj.i:
                        found = self.finder.actors(pobj, f"'by' agent of the object '{obj.text}'")
                        if found:
                            return found
            # "signed a deal to buy Russian missiles": the infinitive right after the object, which
            # the parser hung on the verb, is the object's
            for part in syntax.children(trigger, "advcl"):
                if part.left_edge.i == obj.right_edge.i + 1:
                    found = self._infinitive_object_owner(part, f"the object '{obj.text}'")
                    if found:
                        return found
            # "condemned the coup in Gabon": the place phrase right after the object, whichever
            # word the parser hung it on, says where the object happened
            for prep in syntax.children(trigger, "prep"):
                if prep.lower_ == "in" and prep.i == obj.right_edge.i + 1:
                    for pobj in syntax.prep_objects(prep):
                        found = self.places(pobj, f"place of the object '{obj.text}'")
                        if found:
                            return found
        return []

    def _owner_of(self, thing: Token, what: str, depth: int = 0) -> list[Arg]:
        """The owner of a non-actor noun: an actor modifier ("the US policy shift", "Trump's
        request"), its 'by' agent ("breaches of maritime law by China"), its place, or the
        owner of the thing in its 'of'/'for' phrase ("a new round of bidding for the U.S. Navy
        contract")."""
        for mod in thing.children:
            if mod.dep_ in ("compound", "amod", "nmod", "poss") and mod.i < thing.i:
                found = self.finder.actors(mod, f"owner '{mod.text}' of {what}")
                if found:
                    return found
        for pobj in syntax.by_agents(thing):
            found = self.finder.actors(pobj, f"'by' agent of {what}")
            if found:
                return found
        # "the decision, announced by Washington on Friday", "the move, which the United States
        # announced": the agent of a participle or the subject of a relative clause on the thing;
        # a relative clause's subject only when its verb does the thing (``agent_participles`` in
        # data/cameo/arguments.yaml): "a decision that Britain said it regretted", "a move which
        # Moscow criticised" name those who answer the act, not its doer
        doing = argument_words().agent_participles
        for part in syntax.children(thing, "acl", "relcl"):
            doers = [p for agent in syntax.children(part, "agent") for p in syntax.prep_objects(agent)] \
                if part.tag_ == "VBN" else [s for s in syntax.children(part, *syntax.SUBJ)
                                            if part.dep_ == "relcl" and s.lower_ not in ("who", "which", "that")
                                            and part.lemma_.lower() in doing]
            for doer in doers:
                found = self.finder.actors(doer, f"doer of '{part.text}' on {what}")
                if found:
                    return found
        for part in ([] if depth >= 2 else syntax.children(thing, "acl")):
            found = self._infinitive_object_owner(part, what)
            if found:
                return found
        if depth >= 2:
            return []
        found = self.places(thing, f"place of {what}")
        if found:
            return found
        for prep in syntax.children(thing, "prep"):
            if prep.lower_ == "of" or (prep.lower_ == "for" and depth > 0) or (prep.lower_ in _ON_PREPS and depth == 0):
                # ("imposed sanctions on ships in Iran's fleet": what a penalty or act falls on is owned by its owner)
                for pobj in syntax.prep_objects(prep):
                    if pobj.pos_ == "NOUN" and self.finder.actor_at(pobj.i) is None:
                        found = self._owner_of(pobj, f"{what} ('{prep.lower_} {pobj.text}')", depth + 1)
                        if found:
                            return found
        return []

    def _infinitive_object_owner(self, part: Token, what: str) -> list[Arg]:
        """The other party of a deal told by its infinitive (``part``): of a deal to buy
        (``buying_verbs`` in data/cameo/arguments.yaml) the actor whose thing is bought ("signed a
        contract to purchase Airbus jets", "a deal to buy Russian missiles"); of a deal to supply
        (``supplying_verbs``) the actor supplied ("a contract to supply the Indian Air Force with
        helicopters", "a deal to deliver 36 jets to India")."""
        if part.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in part.children):
            return []
        words, verb = argument_words(), part.lemma_.lower()
        if verb in words.supplying_verbs:
            found = [a for c in syntax.children(part, *syntax.OBJ, "dative")
                     for a in self.finder.actors(c, f"supplied by '{part.text}' in {what}")]
            return found or [a for prep in syntax.children(part, "prep") if prep.lower_ in ("to", "for")
                             for pobj in syntax.prep_objects(prep)
                             for a in self.finder.actors(pobj, f"'{prep.lower_}' object of '{part.text}' in {what}")]
        if verb not in words.buying_verbs:
            return []
        for obj in [o for c in syntax.children(part, *syntax.OBJ) for o in (c, *syntax.quantified(c))]:
            found = self.finder.actors(obj, f"object of '{part.text}' on {what}") or \
                self._owner_of(obj, f"{what} ('{part.text} {obj.text}')", 2)
            if found:
                return found
        return []


def direct_objects(trigger: Token) -> list[Token]:
    """The direct object, the subject of a passive ("the mask ban was ruled illegal by the court"),
    or the object of an argument phrase ("called for a new round of bidding for the U.S. Navy
    contract", "protested against Beijing's plan"); a relative pronoun stands for its clause's head
    ("the Israeli strikes, which Iran condemned")."""
    passive_subjects = syntax.children(trigger, *syntax.PASS_SUBJ)
    if not passive_subjects and trigger.dep_ == "conj" and syntax.children(trigger, "auxpass") \
            and not syntax.children(trigger, *syntax.SUBJ):   # "... has also backfired badly and was ruled unlawful"
        passive_subjects = syntax.children(trigger.head, *syntax.SUBJ, *syntax.PASS_SUBJ)
    objects = [syntax.relative_antecedent(o) or o for o in syntax.children(trigger, *syntax.OBJ)]
    passive_subjects = [syntax.relative_antecedent(o) or o for o in passive_subjects]
    return objects or passive_subjects or [
        p for prep in syntax.children(trigger, "prep") if prep.lower_ in _OWNER_PREPS
        for p in syntax.prep_objects(prep) if p.pos_ in syntax.NOUN_POS]
