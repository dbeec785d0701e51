"""The actors a phrase names: the actor stage's mention at a token, coordination, members of a
plural reference ("the two leaders"), appositions, possessives ("Putin's spokesman"), 'of'/'for'
phrases ("the army of Myanmar"), actor modifiers ("Russian forces") and a quoted speaker's "we".

``PhraseActors`` is the base of ``ArgumentFinder`` (``arguments.py``); the source search
(``sources.py``) and the target search (``target_search.py``) build on it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..document import ActorMention
from ..records import ActorRef
from . import syntax
from .argument_types import ADVERSARY_MARK, OWNER_MARK, OWNER_WHY, ActorLookup, Arg
from .argument_words import argument_words
from .coordination import conjuncts_in_name, subject_joined_before
from .meeting_parties import meeting_parties, points_to_pair

_FIRST_PERSON = frozenset({"we", "i", "us", "me"})
# sectors of a country's own institutions: "the administration", "the legislature", "the court"
_HOME_INSTITUTIONS = frozenset({"GOV", "LEG", "JUD"})


def _person(mention: ActorMention) -> str | None:
    """The name of the person a mention names or points back to: the actor stage explains a person
    as "Name: role ..." (after "pronoun 'he' -> '...': " for a pronoun), a role phrase resolved to
    its holder as "'role' of XXX at date: Name [...]"; organisations, places and role words are
    explained otherwise."""
    name = mention.ref.name
    if not name:
        return None
    why = mention.why
    while why.startswith("pronoun '") and "': " in why:
        why = why.split("': ", 1)[1]
    # (a role phrase the actor stage resolved to its holder: "'prime minister' of JPN at 2009-03-01: Taro Aso [...]")
    return name if why.startswith(name + ":") or (why.startswith("'") and f": {name} [" in why) else None


def _named_actor(mention: ActorMention | None) -> bool:
    """A mention of an actor, not of a place the actor stage reads as its country or capital."""
    return mention is not None and not mention.why.startswith(("place ", "capital "))


class PhraseActors:
    """Resolves argument tokens to actors through the actor stage's mentions (``cdoc.actor_at``)."""

    def __init__(self, actor_at: ActorLookup, gerund_controllers: frozenset[str] = frozenset(),
                 reporting: frozenset[str] = frozenset(), stative: frozenset[str] = frozenset(),
                 accidents: frozenset[str] = frozenset(), raising: frozenset[str] = frozenset()) -> None:
        self.actor_at = actor_at
        self.raising = raising          # "is expected to meet": the subject does the infinitive's act
        self.accidents = accidents      # "crashed", "derailed": a thing's mishap has no doer
        self.gerund_controllers = gerund_controllers
        self.reporting = reporting      # verbs of saying whose speaker "we" and "I" stand for
        self.stative = stative          # participles of a state ("is opposed to"): no passive without 'by'
        self._focus: str | None = None  # while targets are sought: the source's country
        # what earlier sentences told: (sentence index, trigger text, CAMEO code, source actors) of each
        # act the coder found, coded or left out for want of a target (the antecedents of "the decision")
        self.prior_acts: list[tuple[int, str, str, list[ActorRef]]] = []

    def of_focus(self, found: list[Arg]) -> bool:
        """While targets are sought: is one of ``found`` of the source's own country?"""
        return bool(self._focus) and any((a.ref.code or "")[:3] == self._focus for a in found)

    def passive(self, verb: Token) -> bool:
        """A passive verb, but not a participle of a state with no 'by' agent ("China is resolutely
        opposed to the test": China opposes it), nor a passive of the future with an infinitive ("Modi is
        expected to meet Xi": Modi meets)."""
        if not syntax.is_passive(verb):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.raising and any(c.dep_ == "xcomp" for c in verb.children):
            return False
        return not (lemma in self.stative and not syntax.children(verb, "agent"))

    # ------------------------------------------------------------------ actors at a token
    def actors(self, token: Token, how: str, depth: int = 0) -> list[Arg]:
        """Actors named by the phrase headed by ``token``, coordination included."""
        out: list[Arg] = []
        mention = self.actor_at(token.i)
        split = conjuncts_in_name(token, mention.start_token, mention.end_token) if mention is not None else []
        for tok in syntax.conjuncts(token) + split:
            if tok is not token and subject_joined_before(tok) is not None:
                continue    # "... with Kenya and the African Union criticised": a subject
            found = self._single(tok, how, depth)
            if tok is not token and self.joined_thing(tok, found):
                continue
            out.extend(found)
        if out:
            out.extend(a for tok in _listed_after(token) for a in self._single(tok, f"{how} (listed)", depth))
        return self._unique(out)

    def joined_thing(self, conjunct: Token, found: list[Arg]) -> bool:
        """"an agreement with Sukhoi for marketing and support for their aircraft": a thing the
        parser joined to a name as a conjunct names no party through its own 'for' phrase."""
        return bool(found) and self.actor_at(conjunct.i) is None and conjunct.dep_ == "conj" \
            and all("via 'for " in a.how for a in found)

    @staticmethod
    def _unique(out: list[Arg]) -> list[Arg]:
        """``out`` without a second argument for one mention and code."""
        seen: set[tuple[str | None, int]] = set()
        unique = []
        for a in out:
            key = (a.ref.code, a.ref.start)
            if key not in seen:
                seen.add(key)
                unique.append(a)
        return unique

    def _single(self, tok: Token, how: str, depth: int) -> list[Arg]:
        if tok.pos_ in ("DET", "PUNCT", "ADP", "CCONJ", "SCONJ"):
            return []
        mention = self.actor_at(tok.i)
        words = argument_words()
        if (tok.lemma_.lower() in words.holdings or tok.lower_ in words.noun_lemmas) \
                and (mention is None or not mention.members):
            # "struck Houthi-held areas in northern Yemen": the holder named on the place comes
            # before the owner the actor stage read from its place phrase (or the people of a town)
            held = self._holders(tok, how, depth, held_only=mention is not None)
            if held:
                return held
        if mention is not None and not mention.ref.code and not mention.members and self._focus \
                and mention.ref.sectors and mention.ref.sectors[0] in _HOME_INSTITUTIONS \
                and tok.lemma_.lower() not in argument_words().buildings:
            # "the North's leader, Kim Jong Un": what the phrase itself names comes first
            found = self._single_phrase(tok, how, depth)
            if found:
                return found
            sector = mention.ref.sectors[0]
            ref = replace(mention.ref, code=self._focus + sector, country=self._focus, sectors=[sector])
            return [Arg(ref, tok, f"{how} ('{mention.ref.text}': {sector} of the source's country)")]
        if mention is not None and (mention.ref.code or mention.members):
            if mention.members:
                return [Arg(m, tok, f"{how} (member of '{mention.ref.text}')") for m in mention.members if m.code]
            if mention.why.startswith(OWNER_WHY):    # "the situation in Sudan": Sudan stands for a thing
                # "Russia's attack on Ukrainian ships in the Kerch Strait": the possessive owns the act,
                # not the place or object the owner was read from
                # (an act with an object phrase: "its European Community partners" are not Greece)
                acts_on = any(p.lower_ in ("on", "upon", "against", "of", "over", "into") for p in syntax.children(tok, "prep"))
                for poss in ([] if depth > 1 or not acts_on else syntax.children(tok, "poss")):
                    owner = self.actor_at(poss.i)
                    if owner is not None and owner.ref.code and owner.ref.code != mention.ref.code \
                            and not owner.why.startswith(OWNER_WHY):
                        return [Arg(owner.ref, poss, f"{how} via possessive '{poss.text}' {OWNER_MARK}")]
                return [Arg(mention.ref, tok, f"{how} {OWNER_MARK}"), *self._other_owners(tok, mention, how)]
            if tok.pos_ == "NOUN" and mention.ref.name is None:
                # "negotiators from Hamas and Israel": the actor stage named the people by the first
                return [Arg(mention.ref, tok, how, _person(mention)), *self._other_owners(tok, mention, how, mark="",
                                                                                          preps=("of", "from"))]
            return [Arg(mention.ref, tok, how, _person(mention))]
        return self._single_phrase(tok, how, depth)

    def _other_owners(self, tok: Token, mention: ActorMention, how: str, *, mark: str = OWNER_MARK,
                      preps: tuple[str, ...] | None = None) -> list[Arg]:
        """"targets in Syria and Lebanon": the places coordinated with the owner the actor stage
        named (Syria) own the thing too; with ``preps`` ("of", "from") and no ``mark``, the people of
        a role word belong to every coordinated owner ("negotiators from Hamas and Israel")."""
        out: list[Arg] = []
        for prep in syntax.children(tok, "prep"):
            if preps is not None and prep.lower_ not in preps:
                continue
            objs = syntax.prep_objects(prep)
            # (the people of a role word: of the owner's country, "negotiators from Hamas" -> PSEGOV)
            same = (lambda code: code == mention.ref.code) if preps is None else \
                (lambda code: bool(code) and code[:3] == (mention.ref.code or "")[:3])
            owner = next((o for o in objs if (m := self.actor_at(o.i)) is not None and same(m.ref.code)), None)
            if owner is None:
                continue
            for other in objs:
                found = None if other.i == owner.i else self.actor_at(other.i)
                if found is not None and found.ref.code and not found.members:
                    out.append(Arg(found.ref, other, f"{how} (coordinated with '{owner.text}'){' ' + mark if mark else ''}"))
        return out

    def _single_phrase(self, tok: Token, how: str, depth: int) -> list[Arg]:
        """Actors a phrase with no actor code of its own names: apposition, possessive, 'of' phrase,
        modifier, a quoted speaker's "we"."""
        if depth > 2:
            return []
        if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
            return self._speaker(tok, how)
        if points_to_pair(tok):
            # "hosted Hassan in Nairobi, where they signed a deal": both sides of the meeting told before
            found = self._meeting_sides(tok, how, depth)
            if found:
                return found
        if tok.lower_ in ("it", "they") and tok.dep_ in syntax.SUBJ and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in self.reporting:
            # "China said it was strongly opposed to the launch and warned North Korea": the subject
            # of what a speaker reports, left unresolved by the actor stage, is the speaker
            return self._speaker(tok, how)
        for appos in syntax.children(tok, "appos"):
            # "the two neighbours, Egypt and Jordan, ...": a coordinated apposition names every member
            found = [a for part in syntax.conjuncts(appos)
                     for a in self._single(part, f"{how} via apposition", depth + 1)]
            if found:
                return found
        # "Arab militias known as the Janjaweed", "a group calling itself the Islamic State", "a rebel
        # force dubbed M23": the name a participle gives the phrase
        for name in _given_names(tok):
            found = self._single(name, f"{how} (named '{name.text}')", depth + 1)
            if found:
                return found
        # "freed two of the British sailors", "some of the protesters": through a number or
        # quantifier (not a noun, so not read by the 'of' phrases below) to what it counts
        if tok.pos_ not in syntax.NOUN_POS:
            for counted in syntax.quantified(tok):
                found = self._single(counted, f"{how} via 'of {counted.text}'", depth + 1)
                if found:
                    return found
        if tok.pos_ == "PROPN":
            # "an agreement with Russian manufacturer Sukhoi": a name the dictionary lacks is of the
            # country of the title before it (not the owner of the thing its 'for' phrase names)
            found = self._titled_name(tok, how, depth)
            if found:
                return found
        # "Putin's spokesman", "the spokesman for the Kremlin", "the army of Myanmar"
        if tok.pos_ in syntax.NOUN_POS:
            # "her opponent", "Putin's critics": the possessor's other side, never the possessor
            if tok.lemma_.lower() in argument_words().adversaries:
                found = self._other_side(tok, how, depth)
                if found:
                    return found
            # "the border with Colombia", "Russia's frontier with Ukraine": the country across the line
            words = argument_words()
            if tok.lemma_.lower() in words.frontiers:
                found = [a for prep in syntax.children(tok, "prep") if prep.lower_ == "with"
                         for pobj in syntax.prep_objects(prep)
                         for a in self._single(pobj, f"{how} via '{tok.text} with {pobj.text}'", depth + 1)]
                if found:
                    return found
            # "Ukraine's allies", "the senator's backers": friends of the possessor, not the possessor
            owned = tok.lemma_.lower() not in words.adversaries and tok.lemma_.lower() not in words.partners
            for poss in (syntax.children(tok, "poss") if owned else []):
                # "the rebels, whose positions the army shelled": 'whose' stands for the rebels
                owner = syntax.relative_antecedent(poss) or poss
                found = self._single(owner, f"{how} via possessive '{poss.text}'"
                                     + (f" ('{owner.text}')" if owner is not poss else ""), depth + 1)
                if found:
                    return found
            # "condemned the killing of three aid workers by Malian soldiers", "a report by Amnesty": the
            # doer of the act a noun names, before whom it was done to (not the source's own side while
            # targets are sought: "cancelled a visit to Russia by its foreign minister")
            for agent in syntax.act_agents(tok):
                found = self._single(agent, f"{how} via 'by {agent.text}' (the doer of the '{tok.text}')", depth + 1)
                if found and not self.of_focus(found):
                    return found
            for prep in syntax.children(tok, "prep"):
                if prep.lower_ in ("of", "for", "from") or (prep.lower_ == "to" and tok.lemma_.lower() in argument_words().aides):
                    for pobj in syntax.children(prep, "pobj"):
                        # "negotiators from Hamas and Israel": every coordinated owner (not a
                        # place: "the streets of Nairobi and Kisumu")
                        found = self._unique([a for part in syntax.conjuncts(pobj) if part is pobj
                                              or _named_actor(self.actor_at(part.i))
                            for a in self._single(part, f"{how} via '{prep.lower_} {part.text}'", depth + 1)])
                        if found:
                            return found
            # "other major unions, including the AFL-CIO and the AFT, endorsed Clinton": a group no
            # actor code names acts, or is acted on, through the members it lists ("sanctioned
            # several companies, including Huawei"; not a phrase's object: "a summit with several
            # countries, including India" does not meet India)
            for prep in ([] if not how.startswith(("subject", "object", "passive subject")) else syntax.children(tok, "prep")):
                if prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"):
                    found = [a for pobj in syntax.children(prep, "pobj") for part in syntax.conjuncts(pobj)
                             for a in self._single(part, f"{how} via '{prep.lower_} {part.text}'", depth + 1)]
                    if found:
                        return found
            # "Twenty-seven states led by West Virginia", "a coalition headed by Saudi Arabia": a
            # group no actor code names acts through its leader
            for part in syntax.children(tok, "acl"):
                if part.tag_ == "VBN" and part.lemma_.lower() in argument_words().leading_verbs:
                    found = [a for agent in syntax.children(part, "agent") for pobj in syntax.prep_objects(agent)
                             for a in self._single(pobj, f"{how} via '{part.text} by {pobj.text}'", depth + 1)]
                    if found:
                        return found
            # "Russian forces", "U.S. officials": an actor modifier of a non-actor noun (not for
            # objects: "hosted a Clinton event" is not hosting Clinton; but a place or thing an
            # actor holds is acted on with its holder: "shelled rebel positions")
            kinds = argument_words()
            holding = tok.lemma_.lower() in kinds.holdings or tok.lower_ in kinds.noun_lemmas
            if how.startswith("object") and holding:
                return self._holders(tok, how, depth)
            for mod in ([] if how.startswith("object") else tok.children):
                if mod.dep_ in ("compound", "amod", "nmod") and mod.i < tok.i:
                    found = self._single(mod, f"{how} via modifier '{mod.text}'", depth + 1)
                    if found:
                        return found
            if holding:
                return self._holders(tok, how, depth)
        return []

    def _meeting_sides(self, pair: Token, how: str, depth: int) -> list[Arg]:
        """The sides of the meeting a plural subject points back to (``meeting_parties``): named actors, not places
        nor owners of things, of two countries or more."""
        parts = [p for p in meeting_parties(pair) if _named_actor(self.actor_at(p.i))]
        found = self._unique([a for part in parts
                              for a in self._single(part, f"{how} ('{pair.text}': a side of the meeting)", depth + 1)])
        if any(OWNER_MARK in a.how for a in found) or len({(a.ref.code or "")[:3] for a in found}) < 2:
            return []
        return found

    def _other_side(self, tok: Token, how: str, depth: int) -> list[Arg]:
        """"attacked her opponent", "arrested Putin's critics": an actor of the possessor's country
        other than the possessor (the other candidate, the critics at home), marked as such; only
        of a person or a party ("Ukraine's enemies" are no Ukrainians)."""
        for poss in syntax.children(tok, "poss"):
            for owner in self._single(poss, how, depth + 1):
                country = owner.ref.country or (owner.ref.code or "")[:3]
                if len(country) != 3 or OWNER_MARK in owner.how \
                        or not (owner.person or (owner.ref.code or "")[3:6] == "PTY"):
                    continue
                span = tok.doc[tok.left_edge.i:tok.i + 1]
                ref = ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=country,
                               country=country, sectors=[])
                return [Arg(ref, tok, f"{how} ({ADVERSARY_MARK} '{poss.text}': of its country)")]
        return []

    def _titled_name(self, name: Token, how: str, depth: int) -> list[Arg]:
        """A name with no actor of its own, told by a title compounded before it ("Russian
        manufacturer Sukhoi", "Chinese telecoms firm ZTE"): the actor the title names, its country
        when the actor stage read the title as a thing its country owns."""
        for title in syntax.children(name, "compound"):
            if title.pos_ != "NOUN" or title.i > name.i:
                continue
            mention = self.actor_at(title.i)
            if mention is None or mention.members or not mention.ref.code:
                continue
            if mention.why.startswith(OWNER_WHY):
                country = mention.ref.country or mention.ref.code[:3]
                ref = replace(mention.ref, code=country, country=country, sectors=[])
                return [Arg(ref, name, f"{how} (the name '{name.text}' is of the country of '{mention.ref.text}')")]
            return [Arg(mention.ref, name, f"{how} (the name '{name.text}' is a '{mention.ref.text}')",
                        _person(mention))]
        return []

    def _holders(self, tok: Token, how: str, depth: int, *, held_only: bool = False) -> list[Arg]:
        """The actor holding a place or thing (``holdings`` in data/cameo/arguments.yaml) that names
        no actor itself: its actor modifier ("shelled rebel positions", "raided opposition offices")
        or the modifier of its 'held'/'controlled' participle ("struck Houthi-held areas", "towns
        controlled by Kurdish fighters"), or the people it carries ("a convoy carrying Turkish
        troops"), marked as the owner of a thing (acted on, not met).
        ``held_only``: the participle forms only (the phrase is a mention of its own)."""
        found: list[Arg] = []
        for mod in tok.children:
            if mod.i > tok.i and mod.dep_ == "acl" and mod.tag_ == "VBN" \
                    and mod.lemma_.lower() in argument_words().holding_verbs:
                # "towns controlled by Kurdish fighters"
                found = [a for agent in syntax.children(mod, "agent") for pobj in syntax.prep_objects(agent)
                         for a in self._single(pobj, f"{how} via '{mod.text} by {pobj.text}'", depth + 1)]
            elif mod.i > tok.i and mod.dep_ == "acl" and mod.tag_ == "VBG" \
                    and mod.lemma_.lower() in argument_words().carrying_verbs:
                # "attacked a convoy carrying Turkish troops"
                found = [a for obj in syntax.children(mod, *syntax.OBJ)
                         for a in self.actors(obj, f"{how} via '{mod.text} {obj.text}'", depth + 1)]
            elif mod.i < tok.i and mod.dep_ in ("amod", "compound") and mod.lemma_.lower() in argument_words().holding_verbs:
                # "Houthi-held areas", "opposition-controlled towns"
                found = [a for holder in mod.children if holder.dep_ in ("npadvmod", "compound", "nmod", "amod")
                         and holder.i < mod.i for a in self._single(holder, f"{how} via '{holder.text}-{mod.text}'",
                                                                    depth + 1)]
            elif mod.i < tok.i and mod.dep_ in ("compound", "amod", "nmod") and not held_only:
                found = self._single(mod, f"{how} via modifier '{mod.text}'", depth + 1)
            if found:
                return [a if OWNER_MARK in a.how else a.retold(f"{a.how} {OWNER_MARK}")
                        for a in found]
        return []

    def _speaker(self, pronoun: Token, how: str) -> list[Arg]:
        """"Esper said, 'We oppose ...'", "'I will not resign,' Khan said": a first-person pronoun
        in what a verb of saying reports stands for that verb's subject (the speaker)."""
        if not self.reporting:
            return []
        for anc in pronoun.ancestors:
            for verb in [anc, *syntax.children(anc, "parataxis")]:
                if verb.lemma_.lower() not in self.reporting or verb.i == pronoun.i:
                    continue
                for subj in syntax.children(verb, *syntax.SUBJ):
                    if subj.lower_ in _FIRST_PERSON or subj.lower_ in ("it", "they") or pronoun in subj.subtree:
                        continue
                    found = self.actors(subj, f"{how} ('{pronoun.text}': the speaker of '{verb.text}')", 3)
                    # "the Australian mining giant said it had struck ...": a speaker known only by
                    # its owner is no actor the pronoun can stand for
                    if found and not any(OWNER_MARK in a.how for a in found):
                        return found
                    if found:
                        return []
                if verb.dep_ == "conj" and not syntax.children(verb, *syntax.SUBJ, *syntax.PASS_SUBJ):
                    # "The United States urged China ... and said it was ready to meet": the speaker
                    # is the subject the reporting verb shares
                    found = [a for a in self.verb_sources(verb, 3) if OWNER_MARK not in a.how]
                    if found:
                        return [a.retold(f"{how} ('{pronoun.text}': the speaker of '{verb.text}', "
                                                    f"{a.how})") for a in found]
        return []


    def verb_sources(self, verb: Token, depth: int = 0, *, authors: bool = True) -> list[Arg]:
        """Who does what ``verb`` says (``sources.SourceSearch``)."""
        raise NotImplementedError


def _listed_after(token: Token) -> list[Token]:
    """The rest of a list the parser read as an apposition to its first name: "Saudi Arabia, Egypt,
    the UAE and Bahrain severed ties" (Egypt an apposition of Arabia, the rest its conjuncts), names
    all. A one-phrase apposition ("Lavrov, Russia's top diplomat") is none, nor the names of a common
    noun ("two developers, A and B")."""
    if token.pos_ != "PROPN":     # "two developers, A and B": the names are who the noun is
        return []
    return [part for appos in syntax.children(token, "appos") if appos.i > token.i and appos.pos_ == "PROPN"
            and any(c.dep_ == "conj" for c in appos.children) for part in syntax.conjuncts(appos)]


_NAMING = frozenset({"know", "call", "dub", "name", "style"})


def _given_names(tok: Token) -> list[Token]:
    """The names a naming participle gives a noun: "militias known as the Janjaweed" (the 'as' object),
    "a group called Hayat Tahrir al-Sham", "a group calling itself X" (the predicate)."""
    out: list[Token] = []
    for part in syntax.children(tok, "acl"):
        if part.lemma_.lower() not in _NAMING or part.tag_ not in ("VBN", "VBG"):
            continue
        out += [p for prep in syntax.children(part, "prep") if prep.lower_ == "as" for p in syntax.prep_objects(prep)]
        out += syntax.children(part, "oprd")
        if part.tag_ == "VBG":     # "calling itself X": X hangs as an object or predicate after the reflexive
            out += [c for c in part.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp") and c.pos_ == "PROPN"]
    return out
