"""Who does an event: the subject or passive agent of a verb, its controller ("agreed to meet"),
a shared subject, a relative clause's head, the author of a text acting through a participle ("a
statement condemning X"); of an event noun its possessive, 'by' agent, actor modifier, the sides of
its 'between' phrase or the subject of its light verb ("held talks").

Split by job: this module reads the sources of verbs (and the office of an opening dateline's country);
``noun_sources.py`` those of event nouns; ``agent_sources.py`` the agents of passives and nouns, the forces of an
agentless arrest and the subject of a condition.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..times.dateline import document_datelines, find_dateline
from . import coordination, syntax
from .argument_types import AUTHOR_MARK, OWNER_MARK, Arg
from .argument_words import argument_words
from .datelines import dateline_end
from .noun_sources import CLAIMANT_MARK, NounSourceSearch
from .parse_memo import remembered

__all__ = ["CLAIMANT_MARK", "SourceSearch", "misjoined_clause"]

_RELATIVE = frozenset({"who", "which", "that", "whom"})


# prepositions of time whose gerund (pcomp) shares the main clause's subject ("before holding talks", "upon
# arriving"); 'while'/'when' + gerund parse as an advcl, read elsewhere; not 'after' and 'since', whose acts are
# background ("said ... after meeting X"), nor 'on' (a topic: "talks on ending")
_TIME_PREPS = frozenset({"before", "upon"})


def _small_clause(verb: Token) -> bool:
    """A verbless clause of a participle and its subject that a verb takes as object ("ordered the borders
    closed", "declared the vote void"): a past participle with a subject and no auxiliary."""
    # (the parser tags such a participle VBN or VBD)
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBN", "VBD") and not syntax.children(verb, "aux", "auxpass", "mark") \
        and bool(syntax.children(verb, *syntax.SUBJ))


_FINITE_PAST_OR_PRESENT = frozenset({"VBD", "VBZ"})
_NON_FINITE = frozenset({"VB", "VBG"})


def misjoined_clause(verb: Token) -> Token | None:
    """The finite verb whose subject a subjectless finite ``verb`` (past or 3rd person present) shares when
    the parser joined it to the wrong verb: as a conjunct of a to-infinitive or participle ("signed a deal
    to explore oil fields and pledged to ...": 'pledged' is no act of 'explore') -> the finite verb above
    that non-finite one; as a clause of a reporting verb right after an 'and' that closes the reported
    clause ("said the bloc would file a complaint and warned that ...") -> the reporting verb. None
    otherwise."""
    if verb.tag_ not in _FINITE_PAST_OR_PRESENT or syntax.children(verb, *syntax.SUBJ, *syntax.PASS_SUBJ, "mark"):
        return None
    head = verb.head
    if head is verb:
        return None
    if verb.dep_ == "conj" and head.tag_ in _NON_FINITE and not syntax.children(head, *syntax.SUBJ) \
            and (head.dep_ in ("acl", "xcomp", "advcl") or head.tag_ == "VBG"):
        up = head.head
        for _ in range(4):   # up to the first finite verb: "signed an agreement to explore"
            if up.pos_ in ("VERB", "AUX") and up.tag_ in ("VBD", "VBZ", "VBP") and up.i < verb.i:
                return up
            if up.head is up:
                return None
            up = up.head
        return None
    if verb.dep_ == "ccomp" and head.pos_ == "VERB" and head.i < verb.i:
        before = verb.doc[verb.i - 1]
        if before.dep_ == "cc" and before.lower_ == "and" and before.head.i != head.i \
                and before.head.dep_ == "ccomp" and before.head.head.i == head.i:
            return head
    return None


def _made_to_act(verb: Token) -> Token | None:
    """The object of a verb of causing (``causing_verbs`` in arguments.yaml) whose infinitive ``verb`` is, else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in argument_words().causing_verbs:
        return None
    return next((o for o in syntax.children(head, "dobj") if o.i < verb.i), None)


def _coordination_head(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` is in ("separatists" in "Kiev and separatists" -> "Kiev")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


class SourceSearch(NounSourceSearch):
    """The source half of ``ArgumentFinder``."""

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
                    found = self.actors(pobj, "passive agent") or self._agent_of_means(pobj)
                    if found:
                        return found
            if not syntax.children(verb, "agent"):
                for pobj in syntax.stray_agents(verb):
                    found = self.actors(pobj, f"passive agent (its 'by' hung on '{pobj.head.head.text}')")
                    if found:
                        return found
                found = self._shared_agent(verb)
                if found:
                    return found
            if verb.dep_ != "xcomp":
                return []
        # closest subject first: a dateline ("BUENOS AIRES (AP) - Thousands of workers marched")
        # is often parsed as a second subject
        subj_deps = syntax.SUBJ if not syntax.is_passive(verb) else syntax.SUBJ | syntax.PASS_SUBJ
        subjects = sorted(syntax.children(verb, *subj_deps), key=lambda t: abs(verb.i - t.i))
        start = syntax.sent_start(verb)
        dash = remembered(verb.doc, ("dateline end", start), lambda: dateline_end(verb.doc, start))
        placed = [verb.doc[start]] if dash is not None and self._agency_dateline_opens(verb.doc, start) else []
        if dash is not None:   # "TOKYO (Reuters) - South Korea's minister visited": the dateline is no subject
            # (the names after it hang on the dateline as appositions or conjuncts: "ISLAMABAD, Jan. 6 (APP): President
            # Musharraf and Prime Minister Vajpayee held ...", the first conjunct on the date)
            subjects = [a for t in subjects for a in ([t] if t.i > dash else
                                                       [c for c in t.subtree if c.dep_ in ("appos", "npadvmod", "conj")
                                                        and c.i > dash and c.head.i <= dash])]
        for subj in subjects:
            if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return self.actors(verb.head, "relative clause head", depth)
            found = self.actors(subj, "subject")
            if found:
                # "Russia, along with France, condemned ...": a companion is a second subject
                return self._unique(found + [a for c in coordination.companions(subj)
                                             for a in self.actors(c, f"companion of '{subj.text}' (subject)")])
        if subjects:
            return self._dateline_office(subjects, placed)
        joined = coordination.joined_subject_of(verb) if verb.dep_ in ("conj", "advcl", "ccomp") else None
        if joined is not None:
            # "Britain suspended its defence cooperation with Kenya and the African Union criticised the
            # move": the parser joined the second clause's subject to the phrase before it
            return self.actors(joined, "subject (the parser joined it to the phrase before)", depth)
        if verb.dep_ == "acomp" or (verb.pos_ == "ADJ" and verb.head is not verb):
            return self.verb_sources(verb.head, depth + 1)
        clause = misjoined_clause(verb)
        if clause is not None:
            # "the two leaders signed a deal to explore oil fields and pledged to ...", "Lamy said the bloc
            # would file a complaint and warned that ...": a finite verb with no subject the parser hung on a
            # non-finite verb or on the reported clause shares the subject of the finite clause it follows
            return [a.retold(f"{a.how} (subject of '{clause.text}', the finite clause the parser joined "
                             f"'{verb.text}' to)") for a in self.verb_sources(clause, depth + 1, authors=authors)]
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
                and verb.head.lemma_.lower() not in self.gerund_controllers:
            return []    # "they included fighting terrorism": "included" does not control "fighting"
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in self.accidents \
                and not syntax.children(verb.head, *syntax.OBJ, "dative"):
            return []    # "the jetliner crashed into the ocean, killing 228": an accident's toll, no act
        made = _made_to_act(verb)
        if made is not None:   # "..., prompting Mexico to break off relations": the one made to act does it
            return self.actors(made, f"object of '{verb.head.text}' (made to '{verb.text}')", depth)
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
            how = {"xcomp": "controller", "conj": "shared subject", "advcl": "main clause subject"}[verb.dep_]
            found = [a.retold(f"{a.how} ({how})")
                     for a in self.verb_sources(verb.head, depth + 1, authors=authors)]
            reporter = verb.head.head
            subject = next(iter(syntax.children(verb.head, *syntax.SUBJ)), None)
            thing = subject is not None and subject.pos_ == "NOUN" and self.actor_at(subject.i) is None
            if verb.dep_ == "conj" and thing and _small_clause(verb.head) and verb.tag_ == "VBD" \
                    and reporter.pos_ == "VERB" and reporter.lemma_.lower() not in self.reporting:
                # "the junta ordered the borders with Nigeria closed and suspended a deal with France": the
                # parser joined the second verb to the small clause of "ordered"; borders suspend nothing
                return [a.retold(f"{a.how} (subject of '{reporter.text}', whose small clause the parser "
                                            f"joined)") for a in self.verb_sources(reporter, depth + 1)]
            if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and reporter.lemma_.lower() in self.reporting \
                    and (thing or all(OWNER_MARK in a.how for a in found)) and verb.pos_ == "VERB":
                # "Germany said the US move was a mistake and criticised Washington", "told parliament
                # that Iran's seizure of the tanker was unacceptable and called on Tehran to ...": a
                # thing (or nobody) does not act; the parser hung the second verb on the reported
                # clause, not on "said"
                return [a.retold(f"{a.how} (subject of '{reporter.text}', whose clause the parser "
                                            f"joined)") for a in self.verb_sources(reporter, depth + 1)]
            return found
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ == "to":
            gov = verb.head.head
            # "pleaded guilty to threatening ...", "admitted to spying ...", "resorted to shelling ...":
            # the subject of an active verb without an object does the act (a reason given with
            # 'for'/'of' is no event: "apologised for insulting", "accused of attacking")
            if gov.pos_ in ("VERB", "AUX", "ADJ") and not syntax.is_passive(gov) \
                    and not syntax.children(gov, *syntax.OBJ, "dative"):
                return [a.retold(f"{a.how} (subject of '{gov.text}')")
                        for a in self.verb_sources(gov, depth + 1)]
        joined = coordination.joined_in_act(verb)
        if joined is not None:   # "Britain joined France in condemning the strike": both condemn it
            gov, partners = joined
            joiners = [a.retold(f"{a.how} (subject of '{gov.text}')") for a in self.verb_sources(gov, depth + 1)]
            how = f"object of '{gov.text}' (joined in '{verb.text}')"
            return self._unique(joiners + [a for p in partners for a in self.actors(p, how)])
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ == "by":
            gov = verb.head.head
            # "retaliated by imposing tariffs", "responded by expelling two diplomats", "angered
            # Beijing by meeting the Dalai Lama": the means is the act of the subject of the verb it
            # serves (of an active verb; a passive's 'by' names its agent)
            if gov.pos_ in ("VERB", "AUX") and not syntax.is_passive(gov):
                return [a.retold(f"{a.how} (subject of '{gov.text}', acting by '{verb.text}')")
                        for a in self.verb_sources(gov, depth + 1)]
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
                and verb.head.lower_ in _TIME_PREPS and not syntax.children(verb, *syntax.SUBJ):
            gov = verb.head.head
            # "laid a wreath in Ankara before holding talks with Erdogan", "upon meeting the minister": a gerund
            # of time with no subject of its own is done by the subject of the verb it hangs on (of an active
            # verb; not of a past perfect, background: "had called X absurd before arriving in Vilnius")
            if gov.pos_ in ("VERB", "AUX") and not syntax.is_passive(gov) \
                    and not any(c.dep_ == "aux" and c.lower_ == "had" for c in gov.children):
                return [a.retold(f"{a.how} (subject of '{gov.text}', '{verb.head.lower_} {verb.text}')")
                        for a in self.verb_sources(gov, depth + 1)]
        if verb.dep_ == "relcl":
            return self.actors(verb.head, "relative clause head")
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "conj":
            first = _coordination_head(verb.head)
            if first.dep_ == "pobj" and first.head.lower_ == "with" and first.head.head.pos_ in ("VERB", "AUX"):
                # "..., with Kiev and the separatists blaming each other": the participle of an
                # absolute 'with' phrase, hung on its last conjunct, is said of all of them
                found = self.actors(first, "subject of an absolute 'with' phrase")
                if found:
                    return found
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in argument_words().act_taken and verb.head.pos_ == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Russia's decision to expel British diplomats": the owner of the decision expels
            return [a.retold(f"{a.how} of '{verb.head.text}' (its owner acts)")
                    for a in self.noun_sources(verb.head)]
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in argument_words().campaigns \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "launched an offensive to retake Mosul from Islamic State": the doer of the campaign
            return [a.retold(f"{a.how} of '{verb.head.text}' (the campaign's purpose)")
                    for a in self.noun_sources(verb.head)]
        if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.pos_ in syntax.NOUN_POS and verb.i < verb.head.i:
            # "received the visiting Indian prime minister", "repelled the attacking Russian troops": the
            # noun an acting participle stands before does the act; other participles before a noun
            # only describe it ("a protesting student", "dispersed the protesting farmers": no act)
            if verb.lemma_.lower() not in argument_words().acting_participles:
                return []
            return self.actors(verb.head, "the noun its participle describes")
        if verb.dep_ == "appos" and verb.tag_ == "VBG" and verb.head.pos_ in syntax.NOUN_POS:
            # "Pashinyan and Aliyev, meeting in Brussels, confirmed ...": a participle the parser read as an
            # apposition of the subject is said of it (and of its conjuncts)
            return self.actors(verb.head, "participle head (in apposition)")
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self.actors(verb.head, "participle head")
            if found or not authors or verb.head.lemma_.lower() not in argument_words().texts or self.actor_at(verb.head.i) is not None:
                return found
            # "issued a statement condemning the test", "a series of tweets criticizing Mexico": the
            # author of the text (its owner, or the subject of the verb that issued it) does the act
            return [a.retold(f"{a.how} ({AUTHOR_MARK} '{verb.head.text}')")
                    for a in self.noun_sources(verb.head)]
        return []

    @staticmethod
    def _agency_dateline_opens(doc, start: int) -> bool:
        """Whether the sentence at ``start`` opens the article with its dateline (times.dateline.find_dateline) and
        that dateline names an agency in brackets ("ISLAMABAD, March 3 (APP): ..."; not "KYIV - ...")."""
        found = find_dateline(doc.text, datelines=document_datelines(doc))
        return found is not None and found.outlet is not None and found.start == doc[start].idx

    def _dateline_office(self, subjects: list[Token], placed: list[Token]) -> list[Arg]:
        """An office of no country that is the subject right after the article's opening dateline with an agency
        bracket ("ISLAMABAD, March 3 (APP): The Federal Minister for Planning held talks with ..."): the office of the
        dateline place's country (``placed``: the dateline's first word; ``_agency_dateline_opens``). A dateline
        tells where the story is filed, so a bare "KYIV -" or a later sentence gives none (an agency filing abroad
        still reads as home)."""
        home = next((m.ref.country or m.ref.code[:3] for m in map(self.actor_at, (t.i for t in placed))
                     if m is not None and m.ref.code and not m.ref.code.startswith(("IGO", "NGO"))), None)
        if home is None:
            return []
        for subj in subjects:
            mention = self.actor_at(subj.i)
            if mention is None or mention.ref.code or mention.members or len(mention.ref.sectors) != 1:
                continue
            sector = mention.ref.sectors[0]
            ref = replace(mention.ref, code=home + sector, country=home, sectors=[sector])
            return [Arg(ref, subj, f"subject ('{mention.ref.text}': {sector} of the dateline's country)")]
        return []
