"""Find the source and target actors of a matched trigger in the dependency parse.

Handles subjects and passive agents, direct and prepositional objects, coordination
("Russia and China vetoed" -> two sources), plural references resolved by the actor stage
("the two leaders" -> its members), appositions and possessives ("Putin's spokesman"),
relative clauses, control verbs ("agreed to meet": the subject of "agreed" meets) and
nominal events ("the Obama administration's sanctions against Russian businesses").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from ..document import ActorMention
from ..records import ActorRef
from . import coordination, syntax

ActorLookup = Callable[[int], "ActorMention | None"]

_RELATIVE = frozenset({"who", "which", "that", "whom"})
_FIRST_PERSON = frozenset({"we", "i", "us", "me"})
# sectors of a country's own institutions: "the administration", "the legislature", "the court"
_HOME_INSTITUTIONS = frozenset({"GOV", "LEG", "JUD"})
_BUILDINGS = frozenset({"embassy", "consulate", "mission", "office", "building", "palace", "residence"})
OWNER_WHY = "owner of a thing:"        # the actor stage's reason for the owner of a non-actor phrase
OWNER_MARK = "[owner of a thing]"     # marks such arguments: they can be acted on, not meet or talk
BETWEEN = "'between'"                 # the sides named by an event noun's 'between' phrase
AUTHOR_MARK = "author of"             # an act told by a participle on a text: "a statement condemning X"
# Prepositions tried, in order, when a pattern's target is "auto".
# ("in", "at", "from" mostly name places: "a ceasefire in Gaza" has no target)
# nouns of the other side: "her opponent" is not she ("attacked her opponent as a fraud")
_ADVERSARIES = frozenset({"opponent", "rival", "challenger", "adversary", "foe", "enemy", "critic", "detractor"})
# nouns of an act taken whose infinitive tells the act ("Russia's decision to expel diplomats",
# "the US move to impose tariffs"): the owner of the noun does the act (not "plan", "threat",
# "refusal", "attempt": an act not, or not yet, done)
_ACT_TAKEN = frozenset({"decision", "move", "step", "choice"})
# texts that act through a participle ("a statement condemning X", "tweets attacking Y"), their
# author being the actor ("seized a tanker carrying oil": the seizer does not carry it)
_TEXTS = frozenset({"statement", "letter", "resolution", "tweet", "post", "message", "communique", "communiqué",
                    "declaration", "motion", "petition", "editorial", "op-ed", "speech", "address", "remark",
                    "comment", "note", "memo", "report", "video", "ad", "advert", "advertisement", "decree",
                    "order", "bill", "proclamation", "announcement", "broadcast", "interview", "column"})
# participles whose 'by' agent does the act of the noun they describe ("talks led by the US",
# "strikes carried out by Israel"; not "hosted by", "brokered by": a host or mediator is no party)
_AGENT_PARTICIPLES = frozenset({"lead", "conduct", "carry", "launch", "stage", "mount", "order", "organise",
                                "organize", "perpetrate", "commit", "impose", "issue", "announce", "declare",
                                "sign", "unveil"})
# verbs of seeing, hearing or recalling an event: their subject is no party to it ("witnessed a
# conversation between Sondland and an aide", "overheard a call between ...")
_WITNESSING = frozenset({"witness", "overhear", "see", "hear", "recall", "remember", "observe", "watch",
                         "recount", "describe", "record", "film", "notice"})
# people who serve someone named by a 'to' phrase ("a top aide to Zelenskiy", "adviser to the president")
_AIDES = frozenset({"aide", "adviser", "advisor", "assistant", "counselor", "counsellor", "deputy"})
AUTO_TARGET_PREPS = ("against", "with", "to", "toward", "towards", "on", "upon")
# the other party's phrases tried when a pattern's own preposition names nobody
_PARTY_PREPS = ("with", "against", "toward", "towards")
NOUN_AUTO_TARGET_PREPS = ("against", "with", "to", "on", "between", "of", "toward", "towards")


def _person(mention: ActorMention) -> str | None:
    """The name of the person a mention names or points back to: the actor stage explains a person
    as "Name: role ..." (after "pronoun 'he' -> '...': " for a pronoun); organisations, places and
    role words are explained otherwise."""
    name = mention.ref.name
    if not name:
        return None
    why = mention.why
    while why.startswith("pronoun '") and "': " in why:
        why = why.split("': ", 1)[1]
    return name if why.startswith(name + ":") else None


def _dateline_end(doc, start: int) -> int | None:
    """Index of the dash ending a dateline ("PARIS (AFP) -", "KYIV -") at the start of a sentence, or None."""
    if doc[start].text == "(":     # "(CNN) President Donald Trump ... made": a media credit
        close = next((t.i for t in doc[start + 1:start + 6] if t.text == ")"), None)
        if close is not None and close > start + 1 and all(t.pos_ == "PROPN" or t.is_upper
                                                            for t in doc[start + 1:close]):
            return close
    for tok in doc[start:start + 8]:
        if tok.text in ("-", "—", "–", "--") and tok.i > start:
            before = doc[start:tok.i]
            if all(t.is_punct or t.is_upper or t.pos_ == "PROPN" for t in before):
                return tok.i
            return None
    return None


@dataclass
class Arg:
    """An actor filling a role, with the token it was found at and how."""

    ref: ActorRef
    token: Token
    how: str
    person: str | None = None     # the person the mention names ("Hillary Clinton"), when it names one


@dataclass
class Roles:
    sources: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reciprocal: bool = False    # "accused each other", "attacked one another's policies"


class ArgumentFinder:
    """Resolves argument tokens to actors through the actor stage's mentions (``cdoc.actor_at``)."""

    def __init__(self, actor_at: ActorLookup, gerund_controllers: frozenset[str] = frozenset(),
                 reporting: frozenset[str] = frozenset(), stative: frozenset[str] = frozenset(),
                 accidents: frozenset[str] = frozenset()) -> None:
        self.actor_at = actor_at
        self.accidents = accidents      # "crashed", "derailed": a thing's mishap has no doer
        self.gerund_controllers = gerund_controllers
        self.reporting = reporting      # verbs of saying whose speaker "we" and "I" stand for
        self.stative = stative          # participles of a state ("is opposed to"): no passive without 'by'
        self._focus: str | None = None  # while targets are sought: the source's country
        # what earlier sentences told: (sentence index, trigger text, CAMEO code, source actors) of each
        # act the coder found, coded or left out for want of a target (the antecedents of "the decision")
        self.prior_acts: list[tuple[int, str, str, list[ActorRef]]] = []

    def passive(self, verb: Token) -> bool:
        """A passive verb, but not a participle of a state with no 'by' agent ("China is resolutely
        opposed to the test": China opposes it)."""
        if not syntax.is_passive(verb):
            return False
        return not (verb.lemma_.lower() in self.stative and not syntax.children(verb, "agent"))

    # ------------------------------------------------------------------ actors at a token
    def actors(self, token: Token, how: str, depth: int = 0) -> list[Arg]:
        """Actors named by the phrase headed by ``token``, coordination included."""
        out: list[Arg] = []
        for tok in syntax.conjuncts(token):
            out.extend(self._single(tok, how, depth))
        return self._unique(out)

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
        if mention is not None and not mention.ref.code and not mention.members and self._focus \
                and mention.ref.sectors and mention.ref.sectors[0] in _HOME_INSTITUTIONS \
                and tok.lemma_.lower() not in _BUILDINGS:
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
            return [Arg(mention.ref, tok, how, _person(mention))]
        return self._single_phrase(tok, how, depth)

    def _other_owners(self, tok: Token, mention: ActorMention, how: str) -> list[Arg]:
        """"targets in Syria and Lebanon": the places coordinated with the owner the actor stage
        named (Syria) own the thing too."""
        out: list[Arg] = []
        for prep in syntax.children(tok, "prep"):
            objs = syntax.prep_objects(prep)
            owner = next((o for o in objs if (m := self.actor_at(o.i)) is not None and m.ref.code == mention.ref.code),
                         None)
            if owner is None:
                continue
            for other in objs:
                found = None if other.i == owner.i else self.actor_at(other.i)
                if found is not None and found.ref.code and not found.members:
                    out.append(Arg(found.ref, other, f"{how} (coordinated with '{owner.text}') {OWNER_MARK}"))
        return out

    def _single_phrase(self, tok: Token, how: str, depth: int) -> list[Arg]:
        """Actors a phrase with no actor code of its own names: apposition, possessive, 'of' phrase,
        modifier, a quoted speaker's "we"."""
        if depth > 2:
            return []
        if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
            return self._speaker(tok, how)
        if tok.lower_ in ("it", "they") and tok.dep_ in syntax.SUBJ and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in self.reporting:
            # "China said it was resolutely opposed to the test and warned North Korea": the subject
            # of what a speaker reports, left unresolved by the actor stage, is the speaker
            return self._speaker(tok, how)
        for appos in syntax.children(tok, "appos"):
            # "the two neighbours, Egypt and Jordan, ...": a coordinated apposition names every member
            found = [a for part in syntax.conjuncts(appos)
                     for a in self._single(part, f"{how} via apposition", depth + 1)]
            if found:
                return found
        # "freed two of the British sailors", "some of the protesters": through a number or
        # quantifier (not a noun, so not read by the 'of' phrases below) to what it counts
        if tok.pos_ not in syntax.NOUN_POS:
            for counted in syntax.quantified(tok):
                found = self._single(counted, f"{how} via 'of {counted.text}'", depth + 1)
                if found:
                    return found
        # "Putin's spokesman", "the spokesman for the Kremlin", "the army of Myanmar"
        if tok.pos_ in syntax.NOUN_POS:
            # "her opponent", "Putin's critics": the possessor's other side, never the possessor
            for poss in ([] if tok.lemma_.lower() in _ADVERSARIES else syntax.children(tok, "poss")):
                found = self._single(poss, f"{how} via possessive '{poss.text}'", depth + 1)
                if found:
                    return found
            for prep in syntax.children(tok, "prep"):
                if prep.lower_ in ("of", "for", "from") or (prep.lower_ == "to" and tok.lemma_.lower() in _AIDES):
                    for pobj in syntax.children(prep, "pobj"):
                        found = self._single(pobj, f"{how} via '{prep.lower_} {pobj.text}'", depth + 1)
                        if found:
                            return found
            # "other major unions, including the AFL-CIO and the AFT, endorsed Clinton": a group no
            # actor code names acts through the members it lists (a subject only: "a summit with
            # several countries, including India" does not meet India)
            for prep in ([] if not how.startswith("subject") else syntax.children(tok, "prep")):
                if prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"):
                    found = [a for pobj in syntax.children(prep, "pobj") for part in syntax.conjuncts(pobj)
                             for a in self._single(part, f"{how} via '{prep.lower_} {part.text}'", depth + 1)]
                    if found:
                        return found
            # "Russian forces", "U.S. officials": an actor modifier of a non-actor noun (not for
            # objects: "hosted a Clinton event" is not hosting Clinton)
            for mod in ([] if how.startswith("object") else tok.children):
                if mod.dep_ in ("compound", "amod", "nmod") and mod.i < tok.i:
                    found = self._single(mod, f"{how} via modifier '{mod.text}'", depth + 1)
                    if found:
                        return found
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
                        return [Arg(a.ref, a.token, f"{how} ('{pronoun.text}': the speaker of '{verb.text}', "
                                                    f"{a.how})") for a in found]
        return []

    # ------------------------------------------------------------------ sources
    def verb_sources(self, verb: Token, depth: int = 0, *, authors: bool = True) -> list[Arg]:
        """Who does what ``verb`` says: subject, passive agent, controller, shared subject, relative head."""
        if depth > 4:
            return []
        if syntax.predicate_of_root_noun(verb):
            return self.actors(verb.head, "subject (the parser made it the root, the verb a participle on it)")
        # a "by" agent marks a passive even where the parser has no passive subject ("talks
        # mediated by the Omani foreign minister")
        if self.passive(verb) or (verb.tag_ == "VBN" and syntax.children(verb, "agent")
                                       and not syntax.children(verb, *syntax.SUBJ)):
            for agent in syntax.children(verb, "agent"):
                for pobj in syntax.children(agent, "pobj"):
                    found = self.actors(pobj, "passive agent")
                    if found:
                        return found
            if not syntax.children(verb, "agent"):
                for pobj in syntax.stray_agents(verb):
                    found = self.actors(pobj, f"passive agent (its 'by' hung on '{pobj.head.head.text}')")
                    if found:
                        return found
            if verb.dep_ != "xcomp":
                return []
        # closest subject first: a dateline ("BUENOS AIRES (AP) - Thousands of workers marched")
        # is often parsed as a second subject
        subj_deps = syntax.SUBJ if not syntax.is_passive(verb) else syntax.SUBJ | syntax.PASS_SUBJ
        subjects = sorted(syntax.children(verb, *subj_deps), key=lambda t: abs(verb.i - t.i))
        dash = _dateline_end(verb.doc, syntax.sent_start(verb))
        if dash is not None:   # "TOKYO (Reuters) - South Korea's minister visited": the dateline is no subject
            subjects = [a for t in subjects for a in ([t] if t.i > dash else
                                                       [c for c in t.subtree if c.dep_ in ("appos", "npadvmod") and c.i > dash])]
        for subj in subjects:
            if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return self.actors(verb.head, "relative clause head", depth)
            found = self.actors(subj, "subject")
            if found:
                # "Russia, along with France, condemned ...": a companion is a second subject
                return self._unique(found + [a for c in coordination.companions(subj)
                                             for a in self.actors(c, f"companion of '{subj.text}' (subject)")])
        if subjects:
            return []
        if verb.dep_ == "acomp" or (verb.pos_ == "ADJ" and verb.head is not verb):
            return self.verb_sources(verb.head, depth + 1)
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
                and verb.head.lemma_.lower() not in self.gerund_controllers:
            return []    # "they included fighting terrorism": "included" does not control "fighting"
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in self.accidents \
                and not syntax.children(verb.head, *syntax.OBJ, "dative"):
            return []    # "the jetliner crashed into the ocean, killing 228": an accident's toll, no act
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
            how = {"xcomp": "controller", "conj": "shared subject", "advcl": "main clause subject"}[verb.dep_]
            found = [Arg(a.ref, a.token, f"{a.how} ({how})")
                     for a in self.verb_sources(verb.head, depth + 1, authors=authors)]
            reporter = verb.head.head
            subject = next(iter(syntax.children(verb.head, *syntax.SUBJ)), None)
            thing = subject is not None and subject.pos_ == "NOUN" and self.actor_at(subject.i) is None
            if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and reporter.lemma_.lower() in self.reporting \
                    and (thing or all(OWNER_MARK in a.how for a in found)) and verb.pos_ == "VERB":
                # "Germany said the US move was a mistake and criticised Washington", "told parliament
                # that Iran's seizure of the tanker was unacceptable and called on Tehran to ...": a
                # thing (or nobody) does not act; the parser hung the second verb on the reported
                # clause, not on "said"
                return [Arg(a.ref, a.token, f"{a.how} (subject of '{reporter.text}', whose clause the parser "
                                            f"joined)") for a in self.verb_sources(reporter, depth + 1)]
            return found
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ == "to":
            gov = verb.head.head
            # "pleaded guilty to threatening ...", "admitted to spying ...", "resorted to shelling ...":
            # the subject of an active verb without an object does the act (a reason given with
            # 'for'/'of' is no event: "apologised for insulting", "accused of attacking")
            if gov.pos_ in ("VERB", "AUX", "ADJ") and not syntax.is_passive(gov) \
                    and not syntax.children(gov, *syntax.OBJ, "dative"):
                return [Arg(a.ref, a.token, f"{a.how} (subject of '{gov.text}')")
                        for a in self.verb_sources(gov, depth + 1)]
        if verb.dep_ == "relcl":
            return self.actors(verb.head, "relative clause head")
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ACT_TAKEN and verb.head.pos_ == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Russia's decision to expel British diplomats": the owner of the decision expels
            return [Arg(a.ref, a.token, f"{a.how} of '{verb.head.text}' (its owner acts)")
                    for a in self.noun_sources(verb.head)]
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self.actors(verb.head, "participle head")
            if found or not authors or verb.head.lemma_.lower() not in _TEXTS or self.actor_at(verb.head.i) is not None:
                return found
            # "issued a statement condemning the test", "a series of tweets criticizing Mexico": the
            # author of the text (its owner, or the subject of the verb that issued it) does the act
            return [Arg(a.ref, a.token, f"{a.how} ({AUTHOR_MARK} '{verb.head.text}')")
                    for a in self.noun_sources(verb.head)]
        return []

    def owner_or_by_agent(self, noun: Token, owner_how: str = "possessive",
                          agent_how: str = "'by' agent") -> list[Arg]:
        """The actors of a noun's possessive ("Russia's strikes"), else of its 'by' agent ("strikes by Russia")."""
        for poss in syntax.children(noun, "poss"):
            found = self.actors(poss, owner_how)
            if found:
                return found
        for pobj in syntax.by_agents(noun):
            found = self.actors(pobj, agent_how)
            if found:
                return found
        return []

    def noun_sources(self, noun: Token) -> list[Arg]:
        """Who performs a nominal event: possessive, `by` agent, actor modifier, light verb subject."""
        found = self.owner_or_by_agent(noun)
        if found:
            return found
        # "negotiations with North Korea, led by the United States", "strikes carried out by Israel"
        for part in syntax.children(noun, "acl"):
            if part.tag_ == "VBN" and part.lemma_.lower() in _AGENT_PARTICIPLES:
                found = [a for agent in syntax.children(part, "agent") for pobj in syntax.prep_objects(agent)
                         for a in self.actors(pobj, f"'{part.text} by' agent")]
                if found:
                    return found
        # "the Helsinki summit between Trump and Putin": the sides named by 'between' come before a
        # modifier (a place, here), not before the subject of a light verb ("Qatar launched a
        # mediation effort between the Emirates and Saudi Arabia")
        verb = syntax.light_verb(noun)
        if verb is not None and verb.lemma_.lower() in _WITNESSING:
            verb = None     # "he witnessed a conversation between A and B": the witness is no party
        between = [] if verb is not None else [
            a for prep in syntax.children(noun, "prep") if prep.lower_ == "between"
            for p in syntax.prep_objects(prep) for a in self.actors(p, BETWEEN)]
        if len(between) >= 2:
            return between[:1]
        for mod in noun.children:
            if mod.dep_ in ("compound", "amod", "nmod") and mod.i < noun.i:
                found = self.actors(mod, "actor modifier")
                if found:
                    return found
                # "a US-led airstrike", "the Saudi-led offensive": the leader of the act does it
                if mod.lemma_.lower() == "lead" and mod.tag_ == "VBN":
                    found = [a for m in mod.children if m.dep_ in ("npadvmod", "compound", "nmod", "amod")
                             for a in self.actors(m, f"leader '{m.text}-{mod.text}'")]
                    if found:
                        return found
        if verb is not None:
            # (not the author of a text through its participle: "a statement calling the test a
            # violation" is no test and no violation by the statement's author)
            return [Arg(a.ref, a.token, f"{a.how} of '{verb.text}'") for a in self.verb_sources(verb, authors=False)]
        if noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            for prep in syntax.preps_of(noun, noun=True):
                if prep.lower_ == "between":
                    found = [a for p in syntax.prep_objects(prep) for a in self.actors(p, BETWEEN)]
                    return found[:1]
        return []

    def actors_of_clause(self, verb: Token) -> list[Arg]:
        """The subject (or passive agent) of a clause: the party a threat's condition is about."""
        for subj in syntax.children(verb, *syntax.SUBJ, *syntax.PASS_SUBJ):
            found = self.actors(subj, "subject of the condition")
            if found:
                return found
        return []

    # ------------------------------------------------------------------ targets
    def targets(self, trigger: Token, spec: str, *, noun: bool, passive: bool) -> list[Arg]:
        found = self._targets(trigger, spec, noun=noun, passive=passive)
        return self._with_gapped(trigger, found) if found and not noun else found

    def _targets(self, trigger: Token, spec: str, *, noun: bool, passive: bool) -> list[Arg]:
        if spec == "none":
            return []
        if spec == "dobj":
            found = self._dobj_targets(trigger, noun=noun, passive=passive)
            return found or ([] if noun else self.clause_subjects(trigger))
        if spec.startswith("prep:"):
            found = self._prep_targets(trigger, (spec[5:],), noun=noun)
            if found:
                return found
            # an object may stand where the pattern expects a preposition ("met Putin" for "met with")
            found = self._dobj_targets(trigger, noun=noun, passive=passive)
            # ... or a phrase of the other party the pattern does not name ("closed its borders with
            # Syria" for "closed its borders to Syria"; "its" owns the borders, it is no party)
            if not noun and all(a.token.pos_ == "PRON" and "via possessive" in a.how for a in found):
                found = self._prep_targets(trigger, _PARTY_PREPS, noun=False) or found
            return found or ([] if noun else self.clause_subjects(trigger))
        found = self._dobj_targets(trigger, noun=noun, passive=passive)
        found = found or self._prep_targets(trigger, NOUN_AUTO_TARGET_PREPS if noun else AUTO_TARGET_PREPS, noun=noun)
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
        for comp in syntax.children(verb, "xcomp", "ccomp"):
            found = self._dobj_targets(comp, noun=False, passive=syntax.is_passive(comp)) or \
                self._prep_targets(comp, AUTO_TARGET_PREPS, noun=False, only_own=True)
            if found:
                return [Arg(a.ref, a.token, f"{a.how} of '{comp.text}'") for a in found]
        # "sought a rapprochement with Egypt", "rejected Iran's offer of talks with Israel"
        for obj in syntax.children(verb, *syntax.OBJ):
            found = self._prep_targets(obj, ("with", "to", "against", "toward", "towards", "from", "by"), noun=True,
                                       only_own=True)
            if found:
                return [Arg(a.ref, a.token, f"{a.how} of '{obj.text}'") for a in found]
        for comp in syntax.children(verb, "ccomp"):
            for subj in syntax.children(comp, *syntax.SUBJ):
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
            out = [a for s in syntax.children(trigger, *syntax.PASS_SUBJ) for a in self.actors(s, "passive subject")]
            if not out and trigger.dep_ == "acl":
                out = self.actors(trigger.head, "participle head")
            if out:
                return out
        for obj in syntax.children(trigger, *syntax.OBJ, "dative"):
            found = self.actors(obj, "object")
            if found:
                # "criticised Washington, as well as Canberra": both names hang on the verb as objects
                more = [a for o in coordination.repeated_objects(trigger) if o.i > obj.i
                        for a in self.actors(o, "object (repeated)")]
                return self._unique(found + more) if more else found
        return []

    def _prep_targets(self, trigger: Token, preps: tuple[str, ...], *, noun: bool, only_own: bool = False) -> list[Arg]:
        candidates = syntax.children(trigger, "prep", "dative") if only_own else list(syntax.preps_of(trigger, noun=noun))
        for name in preps:
            for prep in candidates:
                if syntax.word_is(prep, name):
                    found = [a for pobj in syntax.prep_objects(prep) for a in self.actors(pobj, f"'{name}' object")]
                    if found:   # "mediate between X and Y": both (roles() drops the source's own)
                        return found
        return []

    # ------------------------------------------------------------------ both
    def roles(self, trigger: Token, spec: str, *, noun: bool, home_targets: bool = True) -> Roles:
        passive = (not noun) and self.passive(trigger)
        roles = Roles()
        roles.sources = self.noun_sources(trigger) if noun else self.verb_sources(trigger)
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
        if noun and all(a.how == BETWEEN for a in roles.sources):
            # "clashes between Israeli soldiers and Palestinian protesters", "fighting erupted between
            # A and B": with no agent of its own, the noun's 'between' phrase names both sides
            between = [p for p in syntax.preps_of(trigger, noun=True) if p.lower_ == "between"]
            found = [a for p in between for pobj in syntax.prep_objects(p) for a in self.actors(pobj, BETWEEN)]
            if len(found) >= 2:
                roles.sources, roles.targets = found[:1], found[1:]
        roles.reciprocal = len(roles.sources) >= 2 and syntax.reciprocal_argument(trigger, noun=noun) is not None
        source_keys = {(a.ref.start, a.ref.code) for a in roles.sources}
        roles.targets = [a for a in roles.targets if (a.ref.start, a.ref.code) not in source_keys]
        return roles



def distinct_people(a: Arg, b: Arg) -> bool:
    """Two different people named in the text ("Clinton says Trump may not have paid a dime") are
    two actors even when they share one actor code."""
    return a.person is not None and b.person is not None and a.person != b.person


# sectors of parties and armed or political groups: two of them of one country are two sides
# ("House Republicans killed the Democratic proposal": USAPTY -> USAPTY)
_GROUP_SECTORS = frozenset({"PTY", "OPP", "REB", "INS", "SEP", "UAF"})


def distinct_groups(a: Arg, b: Arg) -> bool:
    """Two differently named parties or groups of one country ("Senate Democrats" and "the
    Republican bill"'s owner) are two actors even when they share one actor code."""
    ra, rb = a.ref, b.ref
    # only a side acted on (object, passive subject, owner of the object): a 'with' phrase of one
    # party names the other as often as an ally ("Three Democrats voted with Republicans against it")
    if not b.how.startswith(("object", "passive subject")):
        return False
    return bool(ra.name and rb.name and ra.name != rb.name and a.person is None and b.person is None
                and ra.code and rb.code and ra.code[3:6] in _GROUP_SECTORS and rb.code[3:6] in _GROUP_SECTORS)

