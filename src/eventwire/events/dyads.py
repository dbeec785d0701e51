"""The actor pairs of a fired trigger: each source with each target, both directions of a symmetric
act, the sides of a reciprocal, no pair of one side with itself; and whether a trigger may code with
no target at all (the target policy, ``data/cameo/targets.yaml``)."""

from __future__ import annotations

from . import reciprocals, syntax
from .argument_words import argument_words
from .arguments import BETWEEN, OWNER_MARK, Arg, distinct_groups, distinct_people
from .fired import COOPERATIVE_ROOTS, FORCE_ROOTS, Fired, has_object, self_dyad
from .targets import TargetPolicy


# how phrase_actors tells a member of a plural mention ("member of 'the six world powers'")
MEMBER_MARK = "(member of '"


def _group_of(a: Arg) -> int | None:
    """The token of the plural mention ``a`` is a member of ("the six world powers"), else None."""
    return a.token.i if MEMBER_MARK in a.how else None


def _one_country(s: Arg, t: Arg) -> bool:
    """Are both actors coded with one country ("ESPGOV" and "ESPMIL")? (Not when either has none, nor two
    international bodies.)"""
    a, b = s.ref.code or "", t.ref.code or ""
    return len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3] and a[:3] not in ("IGO", "NGO")


def _own_referent(s: Arg, t: Arg, targets: list[Arg]) -> bool:
    """Is ``t`` a referent of a pronoun ("they", "them") that also refers to the source ``s``? "The AU
    and ECOWAS condemned what they called a coup": 'they' holds both sources, so each is no target of
    the other (a possessive, "agreed that their countries should cooperate", names the partners)."""
    if MEMBER_MARK not in t.how or t.token.pos_ != "PRON" or t.token.dep_ == "poss":
        return False
    return any(a.token is t.token and MEMBER_MARK in a.how and a.ref.code == s.ref.code for a in targets)


def _sides(sources: list[Arg]) -> list[tuple[Arg, Arg]]:
    """Each source with each other one, but the members of one group with the others only when the
    group is not all there is: "Iran and six world powers resumed talks" pairs Iran with each power
    (12 events, not the 42 of every power with every other), "the two leaders spoke" pairs the two."""
    groups = {_group_of(a) for a in sources}
    alone = len(groups) == 1
    return [(s, t) for s in sources for t in sources
            if s is not t and (alone or _group_of(s) is None or _group_of(s) != _group_of(t))]


# roots of acts that the members of one plural ("both countries", "the two sides") do to each other
# when no other party is named, whatever their object: yielding ("pledged to reduce tensions",
# "released prisoners", "withdrew their troops"); not support ("the three countries, which back
# different sides"), aid or conflict ("both countries sent aid", "both sides fired rockets")
_JOINT_ROOTS = frozenset({"08"})


# codes of giving (an offer or pledge of aid, aid given): several givers give to a third party, never
# to each other ("Greece and Sweden offered to send rescue teams" is no aid from Greece to Sweden)
_GIVING_CODES = ("033", "07")


# the root of intents: what several subjects agree to do they agree with each other
_INTENT_ROOT = "03"


def _agreed_together(f: Fired) -> bool:
    """"Uzbekistan and Tajikistan agreed to reopen five border crossings": an intent its several subjects
    agree on (``agreeing`` verbs in data/cameo/arguments.yaml) is agreed between them, even where the
    pattern of the act wants no target (the caller checks there are several sources)."""
    return f.attempt.pattern.root == _INTENT_ROOT and not f.attempt.noun \
        and f.token.lemma_.lower() in argument_words().agreeing \
        and not (f.code or f.attempt.pattern.code).startswith(_GIVING_CODES)   # "agreed to send troops": givers


def _one_group(sources: list[Arg]) -> bool:
    """Are ``sources`` the two members of one plural mention ("both countries" -> India, Pakistan)?
    (Not the many of a list: "the central banks of Japan, Canada, Switzerland ... cut rates
    together" is no act of each bank toward each other.)"""
    groups = {_group_of(a) for a in sources}
    return len(sources) == 2 and len(groups) == 1 and None not in groups


def _participle_of_noun(f: Fired) -> bool:
    """The trigger is a past participle that describes a noun ("two candidates backed by Qatar and Egypt", "a
    plan endorsed by France and Germany"): the noun is what its 'by' agents act on, the unresolved target; the
    agents do not act on each other."""
    return not f.attempt.noun and f.token.dep_ == "acl" and f.token.tag_ == "VBN"


def _between_sides(args: list[Arg]) -> bool:
    """Two or more actors, all from a 'between' phrase."""
    return len(args) >= 2 and all(a.how.startswith(BETWEEN) for a in args)


class Dyads:
    """Makes the source-target pairs of fired triggers under one target policy."""

    def __init__(self, targets: TargetPolicy) -> None:
        self.targets = targets

    def pairs(self, f: Fired) -> list[tuple[Arg, Arg | None]]:
        pat = f.attempt.pattern
        roles = f.roles
        assert roles is not None
        sources, targets = roles.sources, roles.targets
        fought: list[Arg] = []
        if pat.symmetric:   # "discussed the situation in Syria": Syria is a topic, not a partner
            # ("a joint operation against Islamist fighters": an 'against' phrase names no partner, nor does an
            # 'on' phrase: "an exchange of views on Ethiopia's plans for a port", "talks on Iran's programme")
            owned = [t for t in targets if OWNER_MARK in t.how]
            targets = [t for t in targets if OWNER_MARK not in t.how and not t.how.startswith(("'against'", "'on'"))]
            sources = [s for s in sources if OWNER_MARK not in s.how] or sources
            # "repelled an Israeli incursion", "fought off Russia's attack": the owner of the hostile act a side
            # fights off is the other side of the fight, acted on (one way: no partner of a mutual act)
            if not targets and pat.root in FORCE_ROOTS and not f.attempt.noun:
                fought = owned
        pairs: list[tuple[Arg, Arg | None]] = []
        # "clashes between A and B": the sides of a 'between' phrase act on each other
        mutual = pat.symmetric or (f.attempt.noun and all(a.how.startswith(BETWEEN) for a in [*sources, *targets]))
        if fought:
            pairs = [(s, t) for s in sources for t in fought]
        elif roles.reciprocal:   # before any owner or institution fallback target of the reciprocal's noun
            # "Johnson and Corbyn attacked each other's plans": each side acts on the other
            pairs = _sides(sources)
        elif mutual and f.attempt.noun and _between_sides(targets):
            # "negotiations between Iran and six world powers": the phrase names every side (not the
            # subject of a clause around the noun, "ending years of talks between A and B"; not a host,
            # "Qatar hosted talks between A and B"), a group's members paired with the others only
            pairs = _sides(list({id(a): a for a in targets + [s for s in sources if s.how.startswith(BETWEEN)]}.values()))
        elif mutual and _between_sides(targets):
            # "Egypt announced a truce between Israel and Islamic Jihad": the 'between' phrase of the
            # object names the sides of a mutual act; its announcer (or host) is none of them
            pairs = _sides(targets)
        elif targets:
            # "marines killed eleven gunmen in a firefight", "attacked peacekeepers, sparking a gun battle": an
            # armed side acted on in a fight fires back
            back = pat.root == "19" and not f.attempt.noun and reciprocals.fought_back(f.token)
            for s in sources:
                for t in targets:
                    pairs.append((s, t))
                    if mutual or (back and reciprocals.armed_side(t.ref.sectors)
                                  and reciprocals.armed_side(s.ref.sectors)):
                        pairs.append((t, s))
        elif len(sources) >= 2 and (pat.symmetric or (pat.target not in ("none", "prep:between")
                                                      and pat.root in COOPERATIVE_ROOTS
                                                      and not (f.code or pat.code).startswith(_GIVING_CODES)
                                                      and not has_object(f, ("dobj",))
                                                      and not _participle_of_noun(f))
                                    or (not f.attempt.noun and reciprocals.mutual_subjects(f.token))
                                    or _agreed_together(f)
                                    or (pat.target != "none" and pat.root in _JOINT_ROOTS and _one_group(sources))):
            # "the two sides agreed to hold talks": each side with the other (not "China and Russia
            # support the government", where the object is the unresolved target; not co-mediators, whose
            # parties a 'between' phrase names: "an accord brokered by the US, China and India"); "Armenian and
            # Azerbaijani forces fought heavy battles": the sides of a fight fight each other; "both
            # countries pledged to reduce tensions": what the members of one plural do together with
            # no other party named they do with each other
            pairs = _sides(sources)
        elif self.one_actor_event(f):
            pairs = [(s, None) for s in sources]
        else:
            f.trace.outcome = f"no target actor (pattern target: {pat.target})"
        out, seen = [], set()
        # a country and its own state are one side ("Russia promised to withdraw its troops"), but
        # protesters named by their country ("Argentines") are its people, not its state
        one_side = (lambda a, b: a.code == b.code) if pat.root == "14" else self_dyad
        def same(a: Arg, b: Arg) -> bool:
            # "Clinton says Trump may not have paid a dime": two named people of one code are two actors
            return (a.ref.code == b.ref.code or a.ref is b.ref or one_side(a.ref, b.ref)) \
                and not distinct_people(a, b) and not distinct_groups(a, b)

        if not (pat.symmetric or roles.reciprocal or pat.root in COOPERATIVE_ROOTS):
            # an act of A and B on 'they' (A and B) is no act of A on B; reciprocal acts keep their sides
            before = len(pairs)
            pairs = [(s, t) for s, t in pairs if t is None or not _own_referent(s, t, targets)]
            if not pairs and sources and self.one_actor_event(f):
                pairs = [(s, None) for s in sources]
            elif not pairs and before:   # (no pairs before the filter: the reason is already told)
                f.trace.outcome = "no target actor: the target pronoun refers to the sources themselves"
        if pairs and all(t is not None and same(s, t) for s, t in pairs) and self.one_actor_event(f):
            pairs = [(s, None) for s in sources]     # "Russia promised to withdraw its troops"
        if pat.target_foreign:   # "Spain ordered its troops to leave Chad": no expulsion by a state of its own
            pairs = [(s, t) for s, t in pairs if t is not None and not _one_country(s, t)]
            if not pairs:
                f.trace.outcome = "no target actor: the pattern wants a target of another country than the source"
        for s, t in pairs:
            if t is not None and same(s, t):
                continue
            key = (s.ref.code, t.ref.code if t else None)
            if key not in seen:
                seen.add(key)
                out.append((s, t))
        return out

    def one_actor_event(self, f: Fired) -> bool:
        """May this trigger code with no target? Yes for one-actor patterns and for patterns whose
        object is a thing ("rejected the proposal"); no when the pattern wants an actor where the
        parse has a non-actor ("held talks" is not an arrest) or for roots that need a recipient."""
        pat = f.attempt.pattern
        if pat.target == "none" or any(ex.target is None for ex in pat.examples):
            return True
        if self.targets.rally_target(f.code or pat.code):
            return True    # a protest stands alone ("protested its exclusion"), its examples name the government
        if self.targets.alone(f.code or pat.code) == "never":
            return False
        if pat.objects:    # "rejected the proposal": the object is a thing
            return True
        if f.attempt.noun:
            return True
        return not any(c.dep_ in syntax.OBJ for c in f.token.children)
