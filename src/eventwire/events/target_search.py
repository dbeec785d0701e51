"""Where the target of an event is in the parse: the direct object (or passive subject), a
prepositional phrase the pattern names or one of the usual ones for the other party, the subject or
object of a complement clause ("demanded that Russia withdraw", "threatened to retaliate against
South Korea"), a request's 'from' phrase, and the second object of a gapped clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import coordination, inquiry_targets, syntax
from .argument_types import OWNER_MARK, OWNER_WHY, Arg
from .argument_words import argument_words
from .coordination import subject_joined_before
from .object_phrases import free_relative_thing, object_participle, phrase_relative_thing
from .phrase_actors import PhraseActors

# Prepositions tried, in order, when a pattern's target is "auto".
# ("in", "at", "from" mostly name places: "a ceasefire in Gaza" has no target)
AUTO_TARGET_PREPS = ("against", "with", "to", "toward", "towards", "on", "upon")
# the other party's phrases tried when a pattern's own preposition names nobody
_PARTY_PREPS = ("with", "against", "toward", "towards")
# what a verb with no object goes into is what it acts on ("broke into the embassy")
_ENTERED_PREPS = ("into",)
NOUN_AUTO_TARGET_PREPS = ("against", "with", "to", "on", "between", "of", "toward", "towards")


class TargetSearch(PhraseActors):
    """The target half of ``ArgumentFinder``."""

    # ------------------------------------------------------------------ targets
    def targets(self, trigger: Token, spec: str, *, noun: bool, passive: bool) -> list[Arg]:
        found = self._targets(trigger, spec, noun=noun, passive=passive)
        if not found and noun and spec != "none":
            found = self._harmed_in(trigger) or self._purpose_targets(trigger)
        if not found and not noun and spec != "none" and trigger.dep_ == "amod":
            found = self._host_of_participle(trigger)
        return self._with_gapped(trigger, found) if found and not noun else found

    def _host_of_participle(self, participle: Token) -> list[Arg]:
        """The one who receives the doer of a participle before its noun: the subject of the verb
        whose object the noun is ("Putin received the visiting Indian prime minister" -> Putin,
        "Ukrainian troops repelled the attacking Russian forces" -> the Ukrainian troops)."""
        noun = participle.head
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
            verb = verb.head        # "talks with the visiting Chinese premier"
        elif noun.dep_ not in syntax.OBJ:
            return []
        if verb.pos_ not in ("VERB", "AUX") or self.passive(verb):
            return []
        return [a.retold(f"{a.how} of '{verb.text}', whose object '{noun.text}' the participle describes")
                for subj in syntax.children(verb, *syntax.SUBJ) for a in self.actors(subj, "subject")]

    def _purpose_targets(self, noun: Token, stray: Token | None = None) -> list[Arg]:
        """The enemy an attack noun's infinitive of purpose names: its 'from' phrase ("an offensive to
        retake Mosul from Islamic State", "a counteroffensive to liberate Kherson from Russian troops")
        or its object when that is an actor, not a place ("an operation to drive Boko Haram out of the
        forest")."""
        if noun.lemma_.lower() not in argument_words().campaigns:
            return []
        # (the infinitive the parser hung on the noun as a relative clause, or on the verb: ``stray``)
        for part in [*syntax.children(noun, "acl", "relcl"), *([stray] if stray is not None else [])]:
            if part.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in part.children):
                continue
            how = f"of the purpose '{part.text}' of the '{noun.text}'"
            found = [a.retold(f"{a.how} {how}") for a in self._prep_targets(part, ("from",), noun=False, only_own=True)]
            if found:
                return found
            for obj in syntax.children(part, *syntax.OBJ):
                mention = self.actor_at(obj.i)
                if mention is not None and not mention.why.startswith(("place ", "capital ")) \
                        and not mention.why.startswith(OWNER_WHY):
                    return [a.retold(f"{a.how} {how}") for a in self.actors(obj, "object")]
        return []

    def _harmed_in(self, noun: Token) -> list[Arg]:
        """The victims of an attack noun that names none: the subject of the verb of harm whose 'in'
        phrase it is ("three Turkish soldiers were wounded in a PKK attack near the border", "two
        guards died in a rebel ambush"; ``harmed_in`` in data/cameo/arguments.yaml)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
            return []
        verb = prep.head
        lemma = verb.lemma_.lower()
        if lemma not in argument_words().harmed_in or verb.pos_ not in ("VERB", "AUX"):
            return []
        deps = syntax.SUBJ if lemma == "die" else syntax.PASS_SUBJ
        if lemma != "die" and not syntax.is_passive(verb):
            return []
        return [a.retold(f"victim: {a.how} of '{verb.text}' in the '{noun.text}'")
                for subj in syntax.children(verb, *deps) for a in self._object_actors(subj, "subject")]

    def _targets(self, trigger: Token, spec: str, *, noun: bool, passive: bool) -> list[Arg]:
        if spec == "none":
            return []
        if spec == "dobj":
            found = self._dobj_targets(trigger, noun=noun, passive=passive)
            return found or ([] if noun else self.clause_subjects(trigger))
        if spec == "prep:" + inquiry_targets.INTO:
            harm = inquiry_targets.harm_phrase(trigger, noun=noun, harms=argument_words().harm_nouns)
            doers = inquiry_targets.harm_doers(harm, self.actors) if harm is not None else []
            if doers:   # "into the killing of fishermen by coast guards": the doer, not the victims
                return doers
        if spec.startswith("prep:"):
            found = self._prep_targets(trigger, (spec[5:],), noun=noun)
            if not found and spec == "prep:" + inquiry_targets.INTO:
                # "opened an inquiry into allegations that soldiers killed civilians": the doer it is into
                found = inquiry_targets.investigated(trigger, noun=noun, actors=self.actors)
            if found:
                return found
            # an object may stand where the pattern expects a preposition ("met Putin" for "met with")
            found = self._dobj_targets(trigger, noun=noun, passive=passive)
            # ... or a phrase of the other party the pattern does not name ("closed its borders with
            # Syria" for "closed its borders to Syria"; "its" owns the borders, it is no party)
            if not noun and all(a.token.pos_ == "PRON" and "via possessive" in a.how for a in found):
                found = self._prep_targets(trigger, _PARTY_PREPS, noun=False) or found
            if noun and not found and spec != "prep:against":
                # "a military operation against Kurdish militants", "a crackdown against opposition
                # supporters": an event noun's 'against' phrase names whom it is done to, whichever
                # preposition its pattern names ("an attack on", "arrests of")
                found = self._prep_targets(trigger, ("against",), noun=True)
            return found or ([] if noun else self.clause_subjects(trigger))
        found = self._dobj_targets(trigger, noun=noun, passive=passive)
        found = found or self._prep_targets(trigger, NOUN_AUTO_TARGET_PREPS if noun else AUTO_TARGET_PREPS, noun=noun)
        if not found and not noun and not syntax.children(trigger, *syntax.OBJ):
            # "broke into the British embassy compound", "stormed into the US consulate": with no object,
            # what a verb goes into is what it acts on (its owner, not only a place's country)
            found = self._prep_targets(trigger, _ENTERED_PREPS, noun=False, only_own=True)
        return found or ([] if noun else self.clause_subjects(trigger))

    def _with_gapped(self, verb: Token, found: list[Arg]) -> list[Arg]:
        """``found`` plus the second object of a gapped clause: "met Japan's minister on Monday and
        South Korea's on Tuesday", "struck Syria in March and Iraq in July"."""
        extra = [a for tok in coordination.gapped_objects(verb)
                 for a in self.actors(tok, "object of a gapped clause (after a date)")]
        return self._unique(found + extra) if extra else found

    def clause_subjects(self, verb: Token) -> list[Arg]:
        """Targets inside a complement clause: "threatened to retaliate against South Korea" (the
        complement's own object), "demanded that Russia withdraw" (the complement's subject)."""
        # "wants Bush to fire Rumsfeld": the subject of an infinitive is the one asked to act (also
        # of a for-to clause: "called for Syria to allow aid deliveries")
        for comp in syntax.children(verb, "ccomp", "advcl"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children) \
                    and (comp.dep_ == "ccomp" or syntax.for_mark(comp) is not None):
                found = [a for subj in syntax.children(comp, "nsubj")
                         for a in self.actors(subj, "subject of the complement clause")]
                if found:
                    return found
        # "appealed for Israel and the Palestinians to return to talks", parsed as a 'for' phrase
        # and an infinitive of the verb: the object of 'for' is asked to act
        for comp in syntax.children(verb, "xcomp", "advcl"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                found = [a for prep in syntax.children(verb, "prep") if prep.lower_ == "for" and prep.i < comp.i
                         for pobj in syntax.prep_objects(prep)
                         for a in self.actors(pobj, f"'for' object, subject of '{comp.text}'")]
                if found:
                    return found
        # "demanded that Russian troops leave his country": a finite complement's own named subject
        # is the one the act is put to, before what that clause acts on (a pronoun subject or one
        # its pronoun owns, "that it would strike", "that its troops would leave", is often the
        # source's own: tried last, below)
        # ("threatened that Ankara might enter Israel": the speaker's own state named again is none)
        own = {a.ref.code[:3] for subj in syntax.children(verb, *syntax.SUBJ) for a in self.actors(subj, "subject")
               if a.ref.code}
        for comp in syntax.children(verb, "ccomp"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children) or _free_relative(comp):
                continue
            found = [a for subj in syntax.children(comp, "nsubj") if _named_subject(subj)
                     for a in self.actors(subj, "subject of the complement clause")]
            if found and not any(a.ref.code and a.ref.code[:3] in own for a in found):
                return found
        for comp in syntax.children(verb, "xcomp", "ccomp"):
            found = self._dobj_targets(comp, noun=False, passive=syntax.is_passive(comp)) or \
                self._prep_targets(comp, AUTO_TARGET_PREPS, noun=False, only_own=True)
            if found:
                return [a.retold(f"{a.how} of '{comp.text}'") for a in found]
        # "sought a rapprochement with Egypt", "rejected Iran's offer of talks with Israel"
        for obj in syntax.children(verb, *syntax.OBJ):
            found = self._prep_targets(obj, ("with", "to", "against", "toward", "towards", "from", "by"), noun=True,
                                       only_own=True)
            if found:
                return [a.retold(f"{a.how} of '{obj.text}'") for a in found]
        # "launched an offensive to retake Mosul from Islamic State": the enemy a campaign's purpose names
        for obj in syntax.children(verb, *syntax.OBJ):
            found = self._purpose_targets(obj, object_participle(verb, obj))
            if found:
                return found
        # "announced a truce between Israel and Islamic Jihad", "condemned the clashes between A and B":
        # the object's 'between' phrase names the sides (Dyads pairs them with each other when the act
        # is mutual: the announcer of a truce is none of its sides)
        for obj in syntax.children(verb, *syntax.OBJ):
            found = self._prep_targets(obj, ("between",), noun=True, only_own=True)
            if len(found) >= 2:
                return [a.retold(f"{a.how} of '{obj.text}'") for a in found]
        # "signed agreements normalising relations with Israel", "approved a deal ending the dispute
        # with Chile": the party an accord's present participle acts on is the other party
        # (accords only: "condemned attacks targeting civilians" does not condemn the civilians)
        # ("signed an agreement to establish diplomatic relations with Israel", "signed deals to normalise
        # ties with Israel", the infinitive hung on the verb: an accord's infinitive names the other
        # party in its own phrase or its object's, not in whatever it acts on: "a deal to buy Russian jets")
        for obj in syntax.children(verb, *syntax.OBJ):
            if argument_words().noun_lemma(obj) not in argument_words().accords:
                continue
            stray = object_participle(verb, obj)
            for part in [*syntax.children(obj, "acl"), *([stray] if stray is not None else [])]:
                infinitive = part.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in part.children)
                if part.tag_ != "VBG" and not infinitive:
                    continue
                found = ([] if infinitive else self._dobj_targets(part, noun=False, passive=False)) or \
                    [a for thing in ([part] if infinitive else []) + syntax.children(part, "dobj")
                     for a in self._prep_targets(thing, (*_PARTY_PREPS, "to"), noun=True, only_own=True)]
                if found:
                    return [a.retold(f"{a.how} of '{obj.text} {part.text}'") for a in found]
        for comp in syntax.children(verb, "ccomp"):
            for subj in ([] if _free_relative(comp) else syntax.children(comp, *syntax.SUBJ)):
                found = self.actors(subj, "subject of the complement clause")
                if found:
                    return found
        return []

    def addressees(self, verb: Token) -> list[Arg]:
        """Whom a request is put to when it names no object actor: "demanded an apology from
        Japan", "called for better pay from the state government"."""
        return self._prep_targets(verb, ("from",), noun=False, only_own=True)

    def _dobj_targets(self, trigger: Token, *, noun: bool, passive: bool) -> list[Arg]:
        if noun:
            return self._prep_targets(trigger, ("of",), noun=True, only_own=True)
        if passive:
            out = [a for s in syntax.children(trigger, *syntax.PASS_SUBJ) for a in self._object_actors(s, "passive subject")]
            if not out and trigger.dep_ == "acl":
                out = self.actors(trigger.head, "participle head")
            if out:
                return out
        for obj in syntax.children(trigger, *syntax.OBJ, "dative"):
            found = self._agent_of_object(trigger, obj) or self._object_actors(obj, "object") or \
                self._first_object(obj)
            if found and obj.lemma_.lower() in argument_words().provisions and all(
                    OWNER_MARK in a.how or (a.token.pos_ == "PRON" and "via possessive" in a.how) for a in found):
                # "halted U.S. funding for the WHO", "froze its support for the Palestinian Authority":
                # the owner of a thing given is the giver; its 'for' or 'to' phrase names the recipient
                found = self._prep_targets(obj, ("for", "to"), noun=True, only_own=True) or found
            if found:
                # "criticised Washington, as well as Canberra": both names hang on the verb as objects
                more = [a for o in coordination.repeated_objects(trigger) if o.i > obj.i
                        for a in self.actors(o, "object (repeated)")]
                return self._unique(found + more) if more else found
        return self._hidden_objects(trigger)

    def _first_object(self, obj: Token) -> list[Arg]:
        """The first of two objects the parser read as a word of the second: a name as the leading compound of
        the object ("gave [Ukraine] air-defence systems", "sent [Kyiv] drones") or the subject of a small clause
        ("wished [his counterpart] a speedy recovery"); the actor it names is the one given to."""
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            return []
        lead = next((c for c in obj.children if c.i < obj.i and (
            c.dep_ == "nsubj" or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.left_edge.i == obj.left_edge.i))),
            None)
        if lead is None:
            return []
        return [a for a in self.actors(lead, f"first object ('{lead.text}' read as a word of '{obj.text}')")
                if a.ref.code]

    def _agent_of_object(self, verb: Token, obj: Token) -> list[Arg]:
        """The doer of the act an object noun names, whose 'by' phrase the parser hung on the active verb:
        "criticised the detention of a reporter by Turkish authorities" -> the authorities (an active
        verb has no agent of its own; a thing the object names is no actor: "by decree")."""
        agents = [pobj for pobj in syntax.by_agents(verb) if pobj.i > obj.i and pobj.pos_ in syntax.NOUN_POS]
        if not agents or obj.pos_ != "NOUN" or self.actor_at(obj.i) is not None or syntax.is_passive(verb):
            return []
        found = [a for pobj in agents
                 for a in self.actors(pobj, f"object via 'by {pobj.text}' (the doer of the '{obj.text}')")]
        # ("cancelled a visit to Russia by its foreign minister": the source's own side is no target)
        return [] if self.of_focus(found) else found

    def _hidden_objects(self, verb: Token) -> list[Arg]:
        """Objects the parse hides (``object_phrases``): the thing a free relative names ("struck what
        the army described as a militant camp"), the people a held place houses when the parser hung
        the participle on the verb ("hit two bases housing American troops")."""
        thing = free_relative_thing(verb)
        if thing is not None:
            found = self._object_actors(thing, f"object ('{thing.text}': what the free relative after "
                                               f"'{verb.text}' names)")
            if found:
                return found
        words = argument_words()
        for obj in syntax.children(verb, *syntax.OBJ):
            part = object_participle(verb, obj, words.carrying_verbs) if words.noun_lemma(obj) in words.holdings else None
            if part is None:
                continue
            found = [a for o in syntax.children(part, *syntax.OBJ)
                     for a in self.actors(o, f"object via '{obj.text} {part.text} {o.text}'")]
            if found:
                return [a if OWNER_MARK in a.how else a.retold(f"{a.how} {OWNER_MARK}") for a in found]
        return []

    def _object_actors(self, obj: Token, how: str) -> list[Arg]:
        """The actors of an object, or of the noun a relative pronoun object stands for ("the
        rebels, whom the army accused of treason" -> the rebels)."""
        antecedent = syntax.relative_antecedent(obj)
        if antecedent is None:
            return self.actors(obj, how)
        return self.actors(antecedent, f"{how} ('{obj.text}': the relative clause's head '{antecedent.text}')")

    def _prep_targets(self, trigger: Token, preps: tuple[str, ...], *, noun: bool, only_own: bool = False) -> list[Arg]:
        candidates = syntax.children(trigger, "prep", "dative") if only_own else list(syntax.preps_of(trigger, noun=noun))
        forms = [(prep, syntax.forms(prep)) for prep in candidates]   # (``syntax.word_is``, read once)
        for name in preps:
            for prep, words in forms:
                if name in words:
                    found = [a for pobj in syntax.prep_objects(prep) if subject_joined_before(pobj) is None
                             for found in [self._pronoun_antecedent(pobj, name)
                                           or self.actors(pobj, f"'{name}' object")]
                             if not self.joined_thing(pobj, found) for a in found]
                    if found:   # "mediate between X and Y": both (roles() drops the source's own)
                        return found
                    # "airstrikes on what it described as militant bases in Iraq": the thing the free relative names
                    thing = phrase_relative_thing(prep)
                    found = [] if thing is None else \
                        self.actors(thing, f"'{name}' object ('{thing.text}': what the free relative names)")
                    if found:
                        return found
        return []

    def _pronoun_antecedent(self, pobj: Token, prep: str) -> list[Arg]:
        """The actors a relative pronoun in a phrase stands for ("his counterpart, with whom he discussed trade" ->
        the counterpart): the relative clause's head, or, when the parser hung the clause on the verb before it
        ("received his counterpart in Ankara, with whom he discussed ..."), that verb's object."""
        if pobj.lower_ not in _PHRASE_RELATIVES or pobj.pos_ != "PRON":
            return []
        antecedent = syntax.relative_antecedent(pobj)
        clause = pobj.head.head
        if antecedent is None and clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX") \
                and pobj.doc[pobj.i - 2].is_punct:
            antecedent = next((o for o in syntax.children(clause.head, "dobj") if o.i < pobj.i), None)
        if antecedent is None:
            return []
        return self.actors(antecedent, f"'{prep}' object ('{pobj.text}': '{antecedent.text}' before it)")


# relative pronouns that stand for an actor named before them in a phrase ("with whom", "against which")
_PHRASE_RELATIVES = frozenset({"whom", "which"})


def _free_relative(comp: Token) -> bool:
    """A free relative of naming the parser made a complement clause ("struck what New Delhi called a training
    camp", "what Hamas described as a school"): its subject is who names the thing, not whom the act is done to.
    Only a naming verb with the name after it: in "condemned what Russia did in Bucha" the subject did the act."""
    if comp.doc[comp.left_edge.i].lower_ != "what" or comp.lemma_.lower() not in argument_words().naming_verbs:
        return False
    return any(c.i > comp.i and (c.dep_ in ("oprd", "dobj") or c.dep_ == "prep" and c.lower_ == "as")
               for c in comp.children)


def _named_subject(subj: Token) -> bool:
    """A subject that names its actor itself: no pronoun and not owned by one ("Russian troops",
    "Iran"; not "it", "its troops")."""
    return subj.pos_ != "PRON" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
