"""Reported clauses the parser hangs in the wrong place: a relative pronoun taken for the reporting
verb's object ("the plant, which regulators said last year posed no risk"), a reported verb hung
outside its relative clause ("which state media claimed now allows ..."), a that-clause hung under a
time clause of the reporting verb ("said after the vote ended that she would resign"), a that-clause
hung under, or opened by, a participle aside set off by commas ("reported, citing two officials, that
..."), the main clause taken for what a relative clause says ("Everything the minister says is a
lie"), and the main verb taken for a clause of a participle aside ("Peskov, asked about X, declined ...")."""

from __future__ import annotations

from spacy.tokens import Token

_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "once", "until", "since"})   # mark or advmod
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "mark"})   # a clause of its own, not a verb's predicate


def relative_start_of(verb: Token, clause: Token) -> int:
    """Start of a reported clause; in a relative clause whose pronoun is the reported clause's subject
    but which the parser hangs as the reporting verb's object ("the plant, which regulators said last
    year posed no risk"), the pronoun; after a participle aside the parser hangs inside the clause
    ("said, citing unnamed sources, that the talks had collapsed"), its "that"."""
    start = after_participle_aside(clause)
    if verb.dep_ != "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return start
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ == "WDT"), None)
    return pronoun.i if pronoun is not None else start


def clause_hung_outside(verb: Token) -> tuple[int, int] | None:
    """ "the test, which state media claimed now allows Pyongyang to ...": a relative clause whose
    pronoun the parser took for the reporting verb's object, and whose reported verb, right after it,
    it hung elsewhere in the sentence; the content runs from the pronoun to that verb's end."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ == "WDT"), None)
    if pronoun is None:
        return None
    doc = verb.doc
    i = verb.right_edge.i + 1
    while i < len(doc) and doc[i].dep_ == "advmod" and doc[i].head.i > i:
        i += 1
    if i >= len(doc) or doc[i].is_sent_start:
        return None
    nxt = doc[i]
    if nxt.tag_ == "MD" or nxt.dep_ in ("aux", "auxpass"):
        nxt = nxt.head
    if nxt.tag_ not in ("VBZ", "VBD", "VBP", "VB", "VBN") or nxt.dep_ not in ("advcl", "conj", "ccomp", "parataxis") \
            or nxt.left_edge.i <= verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children):
        return None
    return pronoun.i, nxt.right_edge.i + 1


def clause_under_time_clause(verb: Token) -> tuple[int, int] | None:
    """ "The senator said after the vote ended that she would resign": a that-clause the parser hung
    from the reporting verb's time clause, which says nothing itself; its span, else None."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i:
            found = that_clause_in_time_clause(child)
            if found is not None:
                return found
    return None


def clause_under_aside(verb: Token) -> tuple[int, int] | None:
    """ "The ministry said on Sunday, quoting a senior official, that the border would reopen": a
    that-clause the parser hung from a participle aside set off by commas after the reporting verb;
    the aside names where the words came from, the that-clause is what was said; its span, else None."""
    for child in verb.children:
        inner = _that_clause_of_aside(child) if child.i > verb.i else None
        if inner is not None:
            return inner.left_edge.i, inner.right_edge.i + 1
    return None


def clause_lent_by_aside(aside: Token) -> Token | None:
    """The same from the aside's side: the that-clause the parser hung from a participle aside set off
    by commas after its verb ("said, citing security concerns, that ..."), which is the verb's content
    and not the aside's; else None."""
    return _that_clause_of_aside(aside) if aside.head.i < aside.i else None


def _that_clause_of_aside(aside: Token) -> Token | None:
    """The that-clause, after a comma, of a participle aside that opens after a comma ("..., citing two
    officials, that ..."), when the aside is an adverbial of its head."""
    doc = aside.doc
    if aside.dep_ != "advcl" or aside.tag_ != "VBG" or aside.left_edge.i != aside.i or aside.i == 0 \
            or doc[aside.i - 1].text != ",":
        return None
    return next((c for c in aside.children if c.dep_ == "ccomp" and c.i > aside.i and _opens_with_that(c)
                 and doc[c.left_edge.i - 1].text == ","), None)


def after_participle_aside(clause: Token) -> int:
    """The first token of a reported clause that opens with a participle aside set off by commas
    ("citing unnamed sources, that the talks had collapsed"): its "that"; else the clause's first token."""
    doc = clause.doc
    start = clause.left_edge
    if start.tag_ != "VBG" or start.dep_ != "advcl" or start.head.i != clause.i or start.i == 0 \
            or doc[start.i - 1].text != ",":
        return start.i
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > start.right_edge.i), None)
    if mark is None or doc[mark.i - 1].text != "," or mark.i - 1 != start.right_edge.i + 1:
        return start.i
    return mark.i


def _opens_with_that(clause: Token) -> bool:
    return clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark"


def that_clause_in_time_clause(clause: Token) -> tuple[int, int] | None:
    """The that-clause inside a time clause ("when the match was over that his team had been poor",
    which the parser may also hang as the reporting verb's own clause), else None."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < clause.i for c in clause.children):
        return None
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
                  and c.left_edge.dep_ == "mark" and c.i > clause.i), None)
    return (inner.left_edge.i, inner.right_edge.i + 1) if inner is not None else None


def said_of_relative_head(verb: Token, clause: Token) -> bool:
    """ "Everything the minister says is a lie": in a relative clause with no pronoun of its own, a
    clause without a subject that the parser hangs from the reporting verb is the sentence's own
    predicate when the noun opens the sentence (not "including a provision they say could exclude
    ..."); what was said is that noun."""
    return verb.dep_ == "relcl" and verb.head.i < verb.i and clause.i > verb.i \
        and verb.head.left_edge.i == verb.sent.start \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children) \
        and not any(c.tag_ in ("WDT", "WP") or c.dep_ == "dobj" for c in verb.children)


def main_verb_after_aside(participle: Token) -> Token | None:
    """ "Peskov, asked about the sanctions, said ...": a past participle set off by commas between a
    subject and its verb, which the parser reads as a finite verb taking the subject ("Peskov asked
    about the sanctions") with the real verb as its head, its conjunct or, with no subject or mark of its
    own, its clause ("The spokesman, asked whether ..., declined to comment"). The real verb, else None."""
    doc = participle.doc
    if participle.tag_ not in ("VBD", "VBN") or participle.i == 0 or doc[participle.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in participle.children):
        return None
    subj = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subj is None or max(t.i for t in subj.subtree if not t.is_punct) != participle.i - 2 \
            or any(c.dep_ == "appos" for c in subj.children):
        return None                        # "Lavrov, Russia's top diplomat, said"
    if participle.dep_ in ("advcl", "ccomp", "parataxis") and participle.head.i > participle.i:
        after = [participle.head]
    else:
        after = [c for c in participle.children if c.i > participle.i and (
            c.dep_ == "conj" or c.dep_ == "ccomp" and not any(g.dep_ in _OWN_CLAUSE_DEPS for g in c.children))]
    for main in after:                     # the real verb right after the participle's closing comma
        end = max([participle.i] + [c.right_edge.i for c in participle.children
                                    if c.i < main.i and c.dep_ not in ("conj", "cc", "punct")])
        if main.tag_ in ("VBD", "VBZ", "VBP") and end + 2 <= main.i and doc[end + 1].text == "," \
                and all(doc[i].pos_ == "ADV" for i in range(end + 2, main.i)):
            return main
    return None
