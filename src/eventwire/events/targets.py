"""Target fallbacks: where a missing target is found when the parse gives no target actor (a
place's country, an object's owner, the antecedent of "the decision", ...), as the target policy
(``data/cameo/targets.yaml``, ``target_policy.TargetPolicy``) allows per CAMEO code.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from . import object_phrases, protest_targets, reciprocals, syntax
from ..records import ActorRef
from .antecedents import ANAPHORIC_DETS, antecedent_targets, judged_thing_pronoun
from .argument_words import argument_words
from .arguments import Arg, ArgumentFinder
from .coordination import subject_joined_before
from .object_owners import ObjectOwners, direct_objects
from .protest_targets import STATE_SECTORS as _STATE_SECTORS
from .target_policy import TargetPolicy, domestic_place, institution_ref

__all__ = ["HOME_HOW", "TargetFallbacks", "TargetPolicy", "domestic_place", "institution_ref", "PLACE_PREPS",
           "ANAPHORIC_DETS"]

# prepositions that put an event at a place ("arrived in Kyiv", "struck targets near Rafah")
PLACE_PREPS = ("in", "into", "on", "at", "near", "across", "along", "throughout", "inside", "over", "to", "toward",
               "towards", "outside", "around")

_CONDITIONS = frozenset({"if", "unless"})
# prepositions of whom a means of force is aimed at ("fired tear gas at the crowd")
_AIMED_PREPS = frozenset({"at", "on", "against", "into"})


# how a target found by ``TargetFallbacks.home`` is told (the coder keeps it beside its own state)
HOME_HOW = "country under it"


# prepositions of a frontier, a zone or waters that name the country on the other side ("the border with
# Azerbaijan", "the waters around Taiwan", "the zone off Japan")
_ACROSS_PREPS = frozenset({"with", "around", "near", "off"})
# prepositions of the place a deployment is sent to ("sent troops to Kashmir", "moved tanks into the city")
_DESTINATION_PREPS = frozenset({"to", "into", "onto", "toward", "towards"})


def _has_destination(trigger: Token, *, noun: bool) -> bool:
    """Does the act name a place it is sent to ("deployed 2,000 police officers to the province")? (Not
    "took to the streets": troops showing themselves, sent nowhere.)"""
    return trigger.lemma_.lower() != "take" and any(p.lower_ in _DESTINATION_PREPS
                                                     for p in syntax.preps_of(trigger, noun=noun))


def _conditional(clause: Token) -> bool:
    """An adverbial clause of condition ("if the Council took up its case", "unless Israel withdraws")."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children)


# roots of cooperative acts (and of yielding: a truce), whose several parties act with each other
# where they meet
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "08"})


# an offer or pledge of aid: several givers give to a third party, not to each other (dyads._GIVING_CODES)
_GIVING_INTENT = "033"


def _joint_act(code: str, sources: list[Arg]) -> bool:
    """A cooperative act of two or more different actors ("Armenia and Azerbaijan signed ..."); not an
    offer of aid ("Greece and Sweden offered to send rescue teams" gives to a third party)."""
    return code[:2] in _COOPERATIVE_ROOTS and not code.startswith(_GIVING_INTENT) \
        and len({a.ref.code for a in sources if a.ref.code}) >= 2


class TargetFallbacks:
    """Targets found when the parse gives no target actor: a place's country, an object's owner."""

    def __init__(self, finder: ArgumentFinder) -> None:
        self.finder = finder
        self.owners = ObjectOwners(finder)

    def find(self, policy: TargetPolicy, code: str, trigger: Token, sources: list[Arg], *, noun: bool,
             wants_target: bool = True) -> list[Arg]:
        """The fallbacks ``policy`` allows for ``code``, in order: a place's country, the government
        of protesters, the object's owner (or the antecedent of "the decision"), the actors of a
        threat's complement, the agent of the hostile act a reaction answers."""
        found: list[Arg] = []
        if not noun and len(sources) >= 2 and reciprocals.mutual_subjects(trigger):
            return found     # "troops and rebels clashed in Jenin": the sides fight each other (Dyads)
        if policy.place_target(code) and not _joint_act(code, sources):
            # ("Israel and Hamas agreed to a truce in Gaza": the place of the parties' joint act is
            # where, and the parties are each other's)
            found = self.place(trigger, noun=noun)
            if not found and code.startswith(_GIVING_INTENT) and not noun:
                found = self.offered_place(trigger, sources)
        if not found and policy.rally_target(code):     # prisoners protest against the state holding them
            found = self.jailer(policy, sources)
        if not found and policy.government_target(code):
            found = self.government(trigger, sources, noun=noun) or self.institution(policy, trigger, sources,
                                                                                     noun=noun)
        if not found and policy.rally_target(code):
            found = self.rally(code, trigger, sources)
        if not found and policy.owner_target(code) and wants_target:
            # (not 'it' sent back to the source's own side: "hailed it as a victory" judges a thing told before)
            pronoun = None if noun else judged_thing_pronoun(self.finder, trigger, sources)
            found = [a for a in self.owner(trigger, noun=noun) if a.token is not pronoun] or \
                self.antecedent(trigger, sources, noun=noun, force_nouns=policy.force_nouns) or \
                self.institution(policy, trigger, sources, noun=noun)
            if _joint_act(code, sources):
                # "Israel and Lebanon signed an accord in Naqoura", "the United States and the Taliban
                # signed a deal in Doha": the place of several parties' cooperative act is its venue,
                # and the parties are each other's (Dyads pairs them)
                found = [a for a in found if not a.how.startswith("place of the object")]
        if not found and policy.frontier_target(code):
            found = self.across(trigger, sources, noun=noun)
        if not found and policy.honoured_target(code):
            found = self.honoured(trigger, sources, noun=noun)
        if not found and policy.complement_target(code):
            found = self.complement(trigger, sources, noun=noun)
        if not found and policy.antecedent_target(code) and not syntax.children(trigger, "dobj", "dative"):
            found = self.antecedent(trigger, sources, noun=noun, reaction=True, force_nouns=policy.force_nouns)
        # a place in a state actor's own country names where, not whom ("Pakistani troops in Lahore");
        # rebels' bombs in their own country hit its people ("rebels set off a car bomb in Baghdad")
        state = {s.ref.code[:3] for s in sources
                 if s.ref.code and (len(s.ref.code) == 3 or s.ref.code[3:6] in _STATE_SECTORS)}
        found = [a for a in found if not (a.ref.code and a.ref.code[:3] in state and "place" in a.how)]
        if not found and policy.seat_target(code):
            found = self.seat(policy, trigger, sources, noun=noun)
        if not found and policy.crowd_target(code):      # "police fired tear gas" -> the country's civilians
            own = {s.ref.code for s in sources}   # (not the doers: "police used tear gas to disperse them")
            found = [a for a in self.aimed_at(trigger, noun=noun) if a.ref.code not in own] or \
                protest_targets.crowd(trigger, self.place(trigger, noun=noun), sources)
        if not found and (policy.home_target(code) or (policy.destination_target(code)
                                                       and _has_destination(trigger, noun=noun))):
            found = self.home(trigger, sources, noun=noun)
        return found

    def aimed_at(self, trigger: Token, *, noun: bool) -> list[Arg]:
        """The actors a means of force is aimed at by its light verb's phrase ("fired tear gas at
        thousands of monks", "used water cannon on the marchers") or by the object of its purpose clause
        ("fired tear gas to disperse opposition supporters")."""
        verb = syntax.light_verb(trigger) if noun else trigger
        if verb is None:
            return []
        found = [a for prep in syntax.children(verb, "prep")
                 if prep.lower_ in _AIMED_PREPS for pobj in syntax.prep_objects(prep)
                 for a in self.finder.actors(pobj, f"'{prep.lower_}' object of '{verb.text}'")]
        # "fired tear gas to disperse opposition supporters": the object of its purpose clause
        return found or [a for aim in verb.children if aim.dep_ in ("advcl", "xcomp") and aim.tag_ == "VB"
                         and any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children)
                         for obj in syntax.children(aim, *syntax.OBJ)
                         for a in self.finder.actors(obj, f"{protest_targets.AIM_HOW}: object of '{aim.text}', "
                                                                f"the aim of '{verb.text}'")]

    def home(self, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """The country a state's curfew, emergency or martial law is imposed on: that of its place
        phrase ("imposed a curfew in Hebron" -> PSE, "declared a state of emergency in Bangkok" -> THA),
        else the source's own ("Ecuador's president declared a state of emergency" -> ECU). Only a
        state imposes one: an IGO, or protesters "in defiance of the curfew", get no such target."""
        states = [s for s in sources if s.ref.code and not s.ref.code.startswith(("IGO", "NGO"))
                  and (len(s.ref.code) == 3 or s.ref.code[3:6] in _STATE_SECTORS)]
        if not states:
            return []
        places = self.place(trigger, noun=noun)
        s = states[0]
        if places:
            found = places[0].retold(f"{HOME_HOW} ({places[0].how})")
        else:
            country = s.ref.country or s.ref.code[:3]
            found = Arg(replace(s.ref, code=country, sectors=[]), s.token,
                        f"{HOME_HOW} (the source's own; home: data/cameo/targets.yaml)")
        return [found]

    def complement(self, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """A threat with no addressee is aimed at the actors its complement names, other than the
        threatener's own country: "threatened to attack any ship linked to Israel" -> ISR, "warned
        that any attempt to separate Taiwan would be met with force" -> TWN. A named addressee that
        is no actor ("warned the West") leaves the threat without a target."""
        if noun or syntax.children(trigger, *syntax.OBJ, "dative"):
            return []
        own = {s.ref.code[:3] for s in sources if s.ref.code}
        found: list[Arg] = []
        conditions: list[Arg] = []
        for comp in syntax.children(trigger, "xcomp", "ccomp"):
            # "would stop inspections by the IAEA if the Security Council took up its case": the actors
            # of the threat's condition are its target only when the threat itself names none
            # ("threatened to retaliate if Israel attacked")
            held = {t.i for c in comp.subtree if c.dep_ == "advcl" and _conditional(c) for t in c.subtree}
            for tok in comp.subtree:
                mention = self.finder.actor_at(tok.i)
                if mention is None or mention.head_token != tok.i:
                    continue
                into = conditions if tok.i in held else found
                refs = mention.members or [mention.ref]
                for ref in refs:
                    if ref.code and ref.code[:3] not in own and all(a.ref.code != ref.code for a in into):
                        into.append(Arg(replace(ref, sectors=list(ref.sectors)), tok,
                                        f"named in the threat's complement ('{comp.text}')"))
        return (found or conditions)[:3]

    def place(self, trigger: Token, *, noun: bool) -> list[Arg]:
        """The country of a place phrase on the trigger (or its light verb) or on its object:
        "arrived in Kyiv", "struck targets in Rafah", "airstrikes on Gaza"."""
        heads = [trigger]
        verb = syntax.light_verb(trigger) if noun else None
        if verb is None and noun and trigger.dep_ == "nsubj":
            verb = trigger.head        # "Israeli airstrikes killed 490 people across Lebanon"
        if verb is not None:
            heads.append(verb)
        heads += [o for h in list(heads) for o in syntax.children(h, *syntax.OBJ)]
        # "struck what New Delhi called a training camp in Pakistan": the thing a free relative names (its
        # place phrase hung on the thing or on the clause that names it)
        thing = None if noun else object_phrases.free_relative_thing(trigger)
        heads += [thing, *([thing.head] if thing.head is not trigger else [])] if thing is not None else []
        # "airstrikes on what it called militant hideouts in Afghanistan's Khost province": likewise in a phrase
        heads += [t for h in list(heads) for prep in syntax.children(h, "prep")
                  for thing in [object_phrases.phrase_relative_thing(prep)] if thing is not None
                  for t in (thing, thing.head)]
        # "pressed on with attacks along the front in eastern Ukraine": the act named in the verb's
        # 'with'/'against' phrase carries the place
        heads += [o for prep in ([] if noun else syntax.children(trigger, "prep")) if prep.lower_ in ("with", "against")
                  for o in syntax.prep_objects(prep)]
        for head in heads:
            for prep in syntax.children(head, "prep"):
                if prep.lower_ not in PLACE_PREPS:
                    continue
                # "struck targets in Syria and Lebanon": each coordinated place names a target
                # (not the subject of the next clause the parser joined to it: "struck targets in Gaza
                # and Egypt called for restraint")
                found = [args[0] for pobj in syntax.prep_objects(prep) if subject_joined_before(pobj) is None
                         for args in [self.owners.places(pobj, f"place '{prep.lower_} {pobj.text}'")] if args]
                if found:
                    return found
        return []

    def across(self, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """The country across a border where force is posted or shown: the actor of the frontier's 'with'
        phrase ("along the northern border with Azerbaijan"; 'around', 'near', 'off' for waters and zones:
        "fired missiles into waters around Taiwan"), else its modifier or owner of another country than
        the source's ("along the Cambodian border", "entered its air defence zone"); ``frontiers`` in
        arguments.yaml."""
        words = argument_words()
        own = {s.ref.code[:3] for s in sources if s.ref.code}
        verb = syntax.light_verb(trigger) if noun else trigger
        if verb is None:
            return []
        heads = [verb, *syntax.children(verb, *syntax.OBJ)]
        # the frontier in a phrase of the verb or of its object, or the verb's object itself ("entered its
        # air defence zone")
        lines = [(f"{prep.text} the", line) for prep in (p for h in heads for p in syntax.children(h, "prep"))
                 for line in syntax.prep_objects(prep)] + [("", obj) for obj in heads[1:]]
        for how, line in lines:
            if words.noun_lemma(line) not in words.frontiers and line.lower_ not in words.frontiers:
                continue
            # (its 'with' phrase, or the one the parser hung on the verb right after it: "put troops
            # along the border with Azerbaijan on alert"; the waters 'around' a country)
            withs = [p for p in syntax.children(line, "prep") if p.lower_ in _ACROSS_PREPS] + \
                [p for p in syntax.children(verb, "prep") if p.lower_ == "with" and p.i == line.right_edge.i + 1]
            sides = [pobj for p in withs for pobj in syntax.prep_objects(p)]
            sides += [m for m in line.children if m.dep_ in ("amod", "compound", "nmod", "poss") and m.i < line.i]
            for side in sides:
                found = [a for a in self.finder.actors(side, f"across '{line.text}' ({how or 'object'})")
                         if a.ref.code and a.ref.code[:3] not in own]
                if found:
                    return [Arg(replace(a.ref, code=a.ref.code[:3], sectors=[]), a.token, a.how)
                            if a.ref.code[:3] == a.ref.country and len(a.ref.code) > 3 and "place" in a.how
                            else a for a in found]
        return []

    def honoured(self, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """Whom a memorial honours, for a symbolic act done at it: the first actor its phrase names that is
        not of the source's own country ("laid a wreath at the memorial to Japanese prisoners of war" ->
        the prisoners, "at the mausoleum of Turkey's founder" -> Turkey, "at the USS Arizona memorial in
        Pearl Harbor" -> the ship's or the place's country; ``memorials`` in arguments.yaml)."""
        if noun:
            return []
        words = argument_words()
        own = {s.ref.code[:3] for s in sources if s.ref.code}
        heads = [trigger, *syntax.children(trigger, *syntax.OBJ)]
        for prep in (p for h in heads for p in syntax.children(h, "prep")):
            for memorial in syntax.prep_objects(prep):
                if words.noun_lemma(memorial) not in words.memorials:
                    continue
                for tok in memorial.subtree:
                    mention = self.finder.actor_at(tok.i)
                    if mention is None or mention.head_token != tok.i or not mention.ref.code \
                            or mention.ref.code[:3] in own:
                        continue
                    ref = mention.ref
                    if mention.members:
                        continue
                    if "place" in mention.why or "capital" in mention.why:
                        ref = replace(ref, code=ref.country, sectors=[]) if ref.country else ref
                    return [Arg(replace(ref, sectors=list(ref.sectors)), tok,
                                f"honoured by '{memorial.text}' ('{prep.text} {memorial.text}')")]
        return []

    def offered_place(self, trigger: Token, sources: list[Arg]) -> list[Arg]:
        """The recipient of an offer of aid that names none: the one country of the places its
        complement names, other than the givers' own ("agreed to send troops to help restore order
        in the Solomon Islands" -> SLB, "offered to send rescue teams after the earthquake in
        Turkey" -> TUR); several countries, or none, leave it without one."""
        own = {s.ref.code[:3] for s in sources if s.ref.code}
        found: dict[str, Arg] = {}
        for comp in syntax.children(trigger, "xcomp", "ccomp"):
            for tok in comp.subtree:
                mention = self.finder.actor_at(tok.i)
                if mention is None or mention.members or mention.head_token != tok.i:
                    continue
                ref = mention.ref
                if ref.country and ref.country not in own and ref.country not in found and (
                        ref.code == ref.country or "place" in mention.why or "capital" in mention.why):
                    found[ref.country] = Arg(replace(ref, code=ref.country, sectors=[]), tok,
                                             f"place named in the offer's complement ('{comp.text}')")
        return list(found.values()) if len(found) == 1 else []

    def owner(self, trigger: Token, *, noun: bool) -> list[Arg]:
        """The actor that owns or modifies the (non-actor) object (``object_owners.ObjectOwners.owner``)."""
        return self.owners.owner(trigger, noun=noun)

    def institution(self, policy: TargetPolicy, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """The institution behind an object no actor owns, of the source's own country: "slammed
        the impeachment hearings" -> USALEG, "protested the state funding system" -> USAGOV
        (``institutions`` in data/cameo/targets.yaml)."""
        country = None if noun else _source_country(sources)
        if not country:
            return []
        for obj in direct_objects(trigger):
            for o in syntax.conjuncts(obj):
                sector = policy.institution(o)
                if sector is None or self.finder.actor_at(o.i) is not None:
                    continue
                ref = institution_ref(o, country, sector)
                return [Arg(ref, o, f"institution behind '{ref.text}' ({sector} of the source's country)")]
        return []

    def seat(self, policy: TargetPolicy, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """The institution whose seat a bare object names, of the source's own country: "Gabon's army
        seized power" -> GABGOV (``seats`` in data/cameo/targets.yaml); no country, no target."""
        country = None if noun else _source_country(sources)
        if not country:
            return []
        for obj in syntax.children(trigger, *syntax.OBJ):
            sector = policy.seats.get(obj.lemma_.lower())
            if sector and not any(c.dep_ in ("compound", "poss", "amod") for c in obj.children):
                ref = institution_ref(obj, country, sector)
                return [Arg(ref, obj, f"seat of the {sector} of the source's country ('{obj.text}')")]
        return []

    def government(self, trigger: Token, sources: list[Arg], *, noun: bool) -> list[Arg]:
        """A protest against a policy or a thing ("marched against the austerity programme", "a
        hunger strike to protest against the compulsory hijab") is aimed at the government of the
        protesters' country."""
        heads = [trigger]
        verb = syntax.light_verb(trigger) if noun else None
        if verb is not None:
            heads.append(verb)
        heads += [c for h in list(heads) for c in h.children if syntax.is_infinitive_advcl(c) or c.dep_ == "xcomp"]
        against = next((p for h in heads for p in syntax.children(h, "prep") if p.lower_ in ("against", "over")
                        and syntax.prep_objects(p)), None)
        country = next((s.ref.code[:3] for s in sources if s.ref.code and not s.ref.code.startswith(("IGO", "NGO"))),
                       None)
        if against is None or country is None:
            return []
        pobj = syntax.prep_objects(against)[0]
        span = trigger.doc[pobj.left_edge.i:pobj.right_edge.i + 1]
        ref = ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=country + "GOV",
                       country=country, sectors=["GOV"])
        return [Arg(ref, pobj, f"government of the protesters' country ('{against.lower_} {pobj.text}')")]

    def rally(self, code: str, trigger: Token, sources: list[Arg]) -> list[Arg]:
        """The government of the protesters' country (``protest_targets.rally``)."""
        return protest_targets.rally(code, trigger, sources)

    def jailer(self, policy: TargetPolicy, sources: list[Arg]) -> list[Arg]:
        """The state holding the protesters (``protest_targets.jailer``)."""
        return protest_targets.jailer(self.finder.actor_at, policy.jails, sources)

    def antecedent(self, trigger: Token, sources: list[Arg], *, noun: bool, reaction: bool = False,
                   force_nouns: frozenset[str] = frozenset()) -> list[Arg]:
        """The doer of the act told before that the reaction answers (``antecedents.antecedent_targets``)."""
        return antecedent_targets(self.finder, trigger, sources, noun=noun, reaction=reaction, force_nouns=force_nouns)


def _source_country(sources: list[Arg]) -> str | None:
    """The country of the first source that is of a country (not an IGO or NGO), the home of its institutions."""
    return next((s.ref.country or s.ref.code[:3] for s in sources
                 if s.ref.code and not s.ref.code.startswith(("IGO", "NGO"))), None)
