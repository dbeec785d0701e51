"""Find the source and target actors of a matched trigger in the dependency parse.

Handles subjects and passive agents, direct and prepositional objects, coordination
("Russia and China vetoed" -> two sources), plural references resolved by the actor stage
("the two leaders" -> its members), appositions and possessives ("Putin's spokesman"),
relative clauses, control verbs ("agreed to meet": the subject of "agreed" meets) and
nominal events ("the Obama administration's sanctions against Russian businesses").

The work is split by job: ``phrase_actors.py`` reads the actors a phrase names, ``sources.py``
who does an event, ``target_search.py`` whom it is done to; ``argument_types.py`` holds the
records and marks, ``data/cameo/arguments.yaml`` the word classes (``argument_words.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import reciprocals, syntax
from .antecedents import judged_thing_pronoun
from .argument_types import ADVERSARY_MARK, AUTHOR_MARK, BETWEEN, OWNER_MARK, OWNER_WHY, ActorLookup, Arg, Roles
from .sources import SourceSearch
from .target_search import AUTO_TARGET_PREPS, NOUN_AUTO_TARGET_PREPS, TargetSearch

__all__ = ["ADVERSARY_MARK", "AUTHOR_MARK", "AUTO_TARGET_PREPS", "BETWEEN", "NOUN_AUTO_TARGET_PREPS", "OWNER_MARK", "OWNER_WHY",
           "ActorLookup", "Arg", "ArgumentFinder", "Roles", "distinct_groups", "distinct_people"]


class ArgumentFinder(TargetSearch, SourceSearch):
    """Finds the source and target actors of a trigger (``roles``) through the actor stage's
    mentions (``cdoc.actor_at``)."""

    # ------------------------------------------------------------------ both
    def roles(self, trigger: Token, spec: str, *, noun: bool, home_targets: bool = True) -> Roles:
        passive = (not noun) and self.passive(trigger)
        roles = Roles()
        roles.sources = self.noun_sources(trigger) if noun else self.verb_sources(trigger)
        if not roles.sources and not noun and reciprocals.distributive_subject(trigger):
            roles.sources = self._distributed_sides(trigger)
        # "Schiff called on the administration to ...": a state institution the actor stage found
        # with no country is the source's own
        # (one country in focus only: "Saudi Arabia and Iran agreed to reopen embassies" has two)
        focus = {a.ref.code[:3] for a in roles.sources if a.ref.code and len(a.ref.code) >= 3
                 and not a.ref.code.startswith(("IGO", "NGO")) and a.ref.code[3:6] not in ("MIL", "REB", "COP")}
        self._focus = focus.pop() if home_targets and len(focus) == 1 and len(roles.sources) == 1 else None
        try:
            roles.targets = self.targets(trigger, spec, noun=noun, passive=passive)
        finally:
            self._focus = None
        if noun and all(a.how.startswith(BETWEEN) for a in roles.sources):
            # "clashes between Israeli soldiers and Palestinian protesters", "fighting erupted between
            # A and B": with no agent of its own, the noun's 'between' phrase names both sides
            between = [p for p in syntax.preps_of(trigger, noun=True) if p.lower_ == "between"]
            found = [a for p in between for pobj in syntax.prep_objects(p) for a in self.actors(pobj, BETWEEN)]
            if len(found) >= 2:
                roles.sources, roles.targets = found[:1], found[1:]
        roles.reciprocal = len(roles.sources) >= 2 and reciprocals.reciprocal_argument(trigger, noun=noun) is not None
        source_keys = {(a.ref.start, a.ref.code) for a in roles.sources}
        roles.targets = [a for a in roles.targets if (a.ref.start, a.ref.code) not in source_keys]
        own = {a.ref.code for a in roles.sources}
        if roles.targets and all(a.token.pos_ == "PRON" and "via possessive" in a.how and a.ref.code in own
                                 for a in roles.targets):
            # "Turkey paused its offensive in northern Syria": the source's own possessive names no
            # other party; the target policy's fallbacks may find one (the place's country). Of several
            # sources "their" is each one's partner ("agreed that their countries should cooperate")
            # unless a phrase of the object names the other party ("closed their links with Qatar"; or
            # the verb it is coordinated with: shared_roles.share_targets)
            # ("moved troops to its border with Finland": the other party named on the owned thing)
            things = [*syntax.children(trigger, *syntax.OBJ), *(a.token.head for a in roles.targets)]
            other = [a for obj in things
                     for a in self._prep_targets(obj, ("with", "to", "against", "toward", "towards"), noun=True,
                                                 only_own=True) if a.ref.code not in own]
            roles.targets = other if other or len(own) > 1 else []
        if not noun and roles.targets and all(a.token.pos_ == "PRON" for a in roles.targets) \
                and judged_thing_pronoun(self, trigger, roles.sources) is not None:
            # "South Africa's foreign minister hailed it as a decisive victory": 'it', sent back to the
            # speaker's own country, names the thing told before; the fallbacks find whose act it was
            roles.targets = []
        return roles


    def _distributed_sides(self, verb: Token) -> list[Arg]:
        """"India and Pakistan agreed to a truce, but each accused the other of breaking it": the two sides
        (or more) named nearest before the distributive subject."""
        for head in reciprocals.sides_named_before(verb):
            found = self.actors(head, f"a side of 'each' (named at '{head.text}')")
            if len({a.ref.code for a in found if a.ref.code}) >= 2:
                return found
        return []


def distinct_people(a: Arg, b: Arg) -> bool:
    """Two different people named in the text ("Clinton says Trump may not have paid a dime") are
    two actors even when they share one actor code; so are a named person and a group of people
    that person acts on ("Abe asked senior officials to make fresh proposals", "Son told Uber
    managers to find new income"), and an actor and the other side it acts on ("attacked
    her opponent")."""
    if ADVERSARY_MARK in a.how or ADVERSARY_MARK in b.how:   # "attacked her opponent"
        return True
    if a.person is not None and b.person is not None:
        return a.person != b.person
    return _person_and_group(a, b) or _person_and_group(b, a)


_PLURAL_PRONOUNS = frozenset({"them", "they"})


def _person_and_group(person: Arg, group: Arg) -> bool:
    """``person`` names one person and ``group``, acted on (an object or passive subject), is a
    plural phrase of people other than that person."""
    # (not a group whose country is only guessed as the source's own: "rebuked European leaders";
    # not a private person, as the actor stage reads an unknown capitalised word: "Wildfires ...")
    if person.person is None or group.person is not None or OWNER_MARK in group.how \
            or not person.ref.code or person.ref.code[3:6] in ("", "CVL") \
            or not group.how.startswith(("object", "passive subject")) or "of the source's country" in group.how:
        return False
    tok = group.token
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in _PLURAL_PRONOUNS


# sectors of parties and armed or political groups: two of them of one country are two sides
# ("House Republicans killed the Democratic proposal": USAPTY -> USAPTY)
_GROUP_SECTORS = frozenset({"PTY", "OPP", "REB", "INS", "SEP", "UAF"})
# sectors of bodies outside the state whose differently named members are two actors ("Cisco filed a
# lawsuit against Apple": USABUS -> USABUS; "The New York Times sued OpenAI")
_BODY_SECTORS = frozenset({"BUS", "MED", "EDU", "LAB", "HLH"})


def distinct_groups(a: Arg, b: Arg) -> bool:
    """Two differently named parties or groups of one country ("Senate Democrats" and "the
    Republican bill"'s owner), or two differently named companies, papers, universities or unions
    ("Cisco filed a lawsuit against Apple"), are two actors even when they share one actor code."""
    ra, rb = a.ref, b.ref
    if not (ra.name and rb.name and ra.name != rb.name and a.person is None and b.person is None
            and ra.code and rb.code):
        return False
    if ra.code[3:6] in _BODY_SECTORS and rb.code[3:6] in _BODY_SECTORS:
        # a named body acted on or acted against ('against' names no ally)
        return b.how.startswith(("object", "passive subject", "'against' object"))
    # only a side acted on (object, passive subject, owner of the object): a 'with' phrase of one
    # party names the other as often as an ally ("Three Democrats voted with Republicans against it")
    if not b.how.startswith(("object", "passive subject")):
        return False
    return ra.code[3:6] in _GROUP_SECTORS and rb.code[3:6] in _GROUP_SECTORS
