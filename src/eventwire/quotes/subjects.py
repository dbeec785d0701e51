"""Subjects: who a reporting verb's words are, found in the parse (its subject, climbing through
xcomp/conj, participles and gerunds; an agent; a name after an inverted verb) or, where the parser
lost it, in the words before the verb."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import QuoteLexicon
from .misparsed_subjects import (conjunct_read_as_object, finite_read_as_relative, name_read_as_root, noun_phrase_before,
                                 participle_read_as_root)
from .misplaced_clauses import after_participle_aside, main_verb_after_aside
from .object_controllers import object_controller, quoting_frame, shown_speaker

_SPEAKER_PREPS = frozenset({"of", "for", "at", "from"})   # "the head of ...", "a spokesman for ..."
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod"})          # "... in a statement", "... on Monday"
_CLOSING_MARKS = frozenset({",", ":", ";"})              # close an aside or a clause before a verb's subject


def subject_of(verb: Token, lexicon: QuoteLexicon, forbidden: Callable[[int], bool] = lambda i: False) -> Token | None:
    """The subject of a reporting verb, climbing through xcomp/conj ("went on to say", "and added")
    but never into quoted text; else a name right after the verb ("..., said James Acton")."""
    found = _subject(verb, lexicon, forbidden)
    if found is not None and not forbidden(found.i):
        return found
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN" and verb.head.i > verb.i:
        return verb.head                   # "Said Ellis: ..."
    inverted = verb.i > 0 and (verb.doc[verb.i - 1].is_punct or forbidden(verb.i - 1))
    for child in verb.children:
        if inverted and child.i > verb.i and child.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj") \
                and child.pos_ == "PROPN" and child.ent_type_ not in ("DATE", "TIME") and not forbidden(child.i):
            return child                   # '"...," said James Acton'; not "Trump admires Putin"
    if inverted and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "attr") and _closing_noun_phrase(child) and not forbidden(child.i):
                return child               # '"...," warned the minister': the parser took him for the object
    return noun_phrase_before(verb, forbidden)


def _clause_before_trailing_report(participle: Token) -> Token | None:
    """ "X accused Y of Z, saying ..., the agency reported": a participle between a reported clause and the
    report that closes the sentence tells more of the clause's subject, not of the reporter (the parser hangs
    it from the report). The reported clause's verb, or None."""
    report = participle.head
    if participle.i > report.i or not any(c.dep_ == "nsubj" and c.i > participle.i for c in report.children):
        return None
    return next((c for c in report.children if c.dep_ == "ccomp" and c.i < participle.i
                 and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


def _closing_noun_phrase(noun: Token) -> bool:
    """A determined noun phrase that ends its sentence ("the minister", "the EU's foreign policy chief,
    Josep Borrell"), as the speaker after a quotation and its verb is; adjuncts of the verb may follow
    it ("vowed the rebels in a statement", "warned the minister on Monday")."""
    doc = noun.doc
    end = speaker_phrase_end(noun)
    adjuncts = {t.i for c in noun.head.children if c.i >= end and c.dep_ in _ADJUNCT_DEPS for t in c.subtree}
    return noun.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in noun.children) \
        and all(doc[j].is_punct or j in adjuncts for j in range(end, noun.sent.end))


def speaker_phrase_end(noun: Token) -> int:
    """The end of a noun phrase after its verb, with an "of"/"for"/"at"/"from" phrase right after it
    that the parser hung from the verb ("added the spokesman for the ministry")."""
    end = noun.right_edge.i + 1
    for prep in noun.head.children:
        if prep.i == end and prep.dep_ == "prep" and prep.lower_ in _SPEAKER_PREPS:
            end = prep.right_edge.i + 1
    return end


def _aside_subject(subject: Token, subjects: list[Token], verb: Token) -> bool:
    """Of two subjects the parser gave one verb, the first is an aside when a comma closes it before the
    second ("on X, formerly Twitter, the minister wrote"), or the subject of a clause a colon or semicolon
    closes ("The hearing turned sour: Republicans said ..."): the subject is the one next to the verb."""
    doc = verb.doc
    return subject.i < verb.i and any(
        subject.right_edge.i < other.left_edge.i < verb.i
        and any(doc[j].text in _CLOSING_MARKS for j in range(subject.right_edge.i + 1, other.left_edge.i))
        for other in subjects)


def _subject(verb: Token, lexicon: QuoteLexicon, forbidden: Callable[[int], bool]) -> Token | None:
    if _interrupting_participle(verb):
        return None                        # "Peskov, asked about X, said ...": Peskov was asked
    current: Token | None = verb
    gerund_of = False                      # came up from "for saying ...", "by promoting ..."
    raised = False                         # came up from "is expected to announce": its passive subject says it
    for _ in range(4):
        if current is None or forbidden(current.i) and current.i != verb.i:
            return None
        interrupted = next((c for c in current.children if c.dep_ in ("advcl", "ccomp", "parataxis")
                            and c.i < current.i and _interrupting_participle(c)), None)
        main = main_verb_after_aside(current.head) if current.dep_ == "ccomp" and current.head.i < current.i else None
        if interrupted is None and main is not None and main.i == current.i:
            interrupted = current.head     # "X, asked whether ..., declined": the parser hung "declined" from "asked"
        if interrupted is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            subj = next(c for c in interrupted.children if c.dep_ == "nsubj")
            return None if forbidden(subj.i) else subj   # "Lavrov, asked whether ..., said": the parser gave Lavrov to "asked"
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        for child in current.children:
            if len(subjects) > 1 and child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and child.i < current.i:
                continue                   # "the reasons that Trump refuses to ...": two subjects; not the relative
            if len(subjects) > 1 and child.dep_ == "nsubj" and _aside_subject(child, subjects, current):
                continue                   # "In a post on X, formerly Twitter, the minister wrote": the minister
            if child.dep_ in ("nsubj", "nsubjpass", "csubj") and forbidden(child.i):
                # "NEW YORK (AP) - UN chief Guterres urged": the dateline took the subject slot
                child = next((c for c in child.children if c.dep_ == "appos" and not forbidden(c.i)), child)
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "appos") and not forbidden(child.i):
                if child.dep_ == "nsubjpass" and not gerund_of and not raised:
                    return _agent(current)
                return child               # "X was criticized by Y for saying ...": X says it
        for child in current.children:
            if child.dep_ == "agent":
                return _agent(current)
            if child.dep_ == "aux" and child.i < current.i:   # "X has pooh-poohed": the subject under "has"
                subj = next((c for c in child.children if c.dep_ == "nsubj" and not forbidden(c.i)), None)
                if subj is not None:
                    return subj
        named = name_read_as_root(current, forbidden) or conjunct_read_as_object(current, forbidden)
        if named is not None:
            return named                   # "Trump openly admires Putin, comparing him to ..."
        carrier = participle_read_as_root(current, forbidden) or finite_read_as_relative(current, forbidden)
        if carrier is not None:
            return carrier                 # "Protesters marching through the streets chanted ..."
        # "..., adding", "met with X to discuss Y"; not "as X wrote"
        participle = current.dep_ == "advcl" and (current.tag_ in ("VBG", "VBN") or current.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in current.children))
        if participle and current.i == verb.i and current.tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass") for c in current.children):
            return None                    # "Asked about X, Lavrov said": a passive participle, Lavrov was asked
        controller = object_controller(current, lexicon)
        if controller is not None:
            return controller              # "forced Stumpf to admit", "left many nations feeling"
        if (current.dep_ in ("xcomp", "conj") or participle) and current.head.i != current.i:
            gerund = participle and current.tag_ == "VBG" and current.i > current.head.i
            # "X said, citing Y, that Z": the parser hung the aside inside the reported clause; X cites
            aside = participle and current.tag_ == "VBG" and after_participle_aside(current.head) > current.i
            raised = current.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            reported = _clause_before_trailing_report(current) if participle else None
            current = current.head
            if (gerund or aside) and current.dep_ == "ccomp" and current.head.i < current.i:
                current = current.head     # "X said that Y had concluded Z, saying ...": X is saying
            elif reported is not None:     # (not "X accused Y, saying ..., the agency reported": X is saying)
                current = reported         # "X banned the talks, calling Y untrustworthy, state media reported": X
            elif gerund and _subordinate_aside(current):
                current = current.head     # "X and Y concluded the talks, two decades after they began, agreeing ..."
            continue
        if current.dep_ == "acomp" and current.head.i != current.i:
            current = current.head         # "won't be able to brag", "was quick to deny"
            continue
        if current.dep_ == "acl" and current.tag_ == "VB" and current.head.dep_ == "dobj" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            verb = current.head.head       # "took the opportunity to deny", "gave him a chance to explain"
            dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
            if dative is not None:
                return dative
            current = verb
            continue
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return shown_speaker(current.head, current, lexicon) or current.head   # "a posting saying that ..."
        framed = quoting_frame(current, lexicon)
        if framed is not None and not forbidden(framed[1].i):
            return framed[1]               # "Interfax quoted Peskov as saying ...": Peskov says it
        if current.dep_ == "pcomp" and current.head.head.i != current.head.i:
            gerund_of = True
            current = current.head.head    # "for saying that ...", "by telling them ..."
            for _ in range(3):             # "were in the forefront in demanding X", "aside from saying X"
                if current.pos_ in ("VERB", "AUX") or current.dep_ not in ("pobj", "prep", "advmod") \
                        or current.head.i == current.i:
                    break
                current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                return None
            continue
        return None
    return None


def _subordinate_aside(clause: Token) -> bool:
    """A subordinate clause set off by commas after the clause it modifies (", years after talks began,"):
    a participle after it goes with that main clause, not with the aside's subject."""
    doc = clause.doc
    return clause.dep_ == "advcl" and clause.head.i < clause.i and clause.left_edge.i > 0 \
        and doc[clause.left_edge.i - 1].text == "," and any(c.dep_ == "mark" for c in clause.children)


def _interrupting_participle(verb: Token) -> bool:
    """ "Peskov, asked about the sanctions, said ...": a past participle set off by commas between a
    subject and its verb (misplaced_clauses.main_verb_after_aside)."""
    return main_verb_after_aside(verb) is not None


def agent_phrase(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb: its agent, or a "by" the parser hung on its predicate noun
    ("was called a liar [by fellow Republicans]")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        agent = next((p for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i
                      for p in c.children if p.dep_ == "prep" and p.lower_ == "by"), None)
    return agent


def _agent(verb: Token) -> Token | None:
    agent = agent_phrase(verb)
    return next((obj for obj in agent.children if obj.dep_ == "pobj"), None) if agent is not None else None
