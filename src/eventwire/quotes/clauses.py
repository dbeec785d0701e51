"""The shape of a reported clause where the parser hangs it oddly: a modal verb or an alternative
coordinated after the content, an unmarked that-clause, an open question taken for a time clause,
a semicolon that ends it, a clause that goes on after a mid-sentence attribution, a that-clause hung
under a preposition's object or read as a relative of the addressee."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .cue import Cue
from .lexicon import QuoteLexicon


def with_modal_conjunct(verb: Token, content: tuple[int, int], lexicon: QuoteLexicon) -> tuple[int, int]:
    """ "The center says the tax would cut revenue at first, but would eventually add $84 billion":
    a verb with a modal and no subject, coordinated right after the content, continues the reported
    clause though the parser hangs it from the reporting verb. Not a refusal to speak, which is the
    speaker's own act ("said the bridge was safe but would not comment on the repairs")."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= content[1] or conj.left_edge.i > content[1] + 3 \
                or not any(c.tag_ == "MD" for c in conj.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) \
                or any(c.dep_ == "neg" for c in conj.children) and conj.lemma_.lower() in lexicon.verbs:
            continue
        if all(doc[i].is_punct or doc[i].dep_ == "cc" or doc[i].head.i == conj.i for i in range(content[1], conj.i)):
            return content[0], conj.right_edge.i + 1
    return content


_ALTERNATIVE = frozenset({"or", "nor"})


def with_alternative(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "declined to threaten Moscow or even declare it responsible": an infinitive content ending in
    "or" goes on with the verb without a subject the parser hung from the reporting verb after it."""
    doc = verb.doc
    if doc[content[0]].lower_ != "to" or content[1] + 1 >= len(doc) or doc[content[1]].lower_ not in _ALTERNATIVE:
        return content
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.left_edge.i == content[1] + 1 \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            return content[0], conj.right_edge.i + 1
    return content


def unmarked_clause(clause: Token) -> bool:
    """An adverbial with its own subject and no conjunction ("said after the vote she would
    not resign ...") is an unmarked that-clause; not when its subject is a relative pronoun
    ("unveiled a list of generals -- most of whom had announced ...")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and not any(
        c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children) and not any(
        t.tag_ in ("WDT", "WP", "WP$") for c in subjects for t in c.subtree)   # "most of whom had ...": relative


_QUESTION_WORDS = frozenset({"when", "where", "why", "how", "whether", "if"})


def open_question(verb: Token, clause: Token) -> bool:
    """ "Officials have not said when the bridge will reopen", "would not say how long it would take":
    a clause opened by a question word after a negated verb, or with a modal of its own, is what was
    (not) said, not the time of saying ("said when she resigned")."""
    if clause.left_edge.lower_ not in _QUESTION_WORDS or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or any(c.tag_ == "MD" for c in clause.children)


def before_semicolon_clause(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """ "said the timing was not intentional; they only learned of the deals on Friday": a semicolon
    followed by a clause with a subject of its own ends the reported clause."""
    for i in range(content[0] + 2, content[1] - 2):
        if doc[i].text == ";" and doc[i + 1].dep_ in ("nsubj", "nsubjpass") and not doc[i + 1].is_punct:
            return content[0], i
    return content


def runs_on(doc: Doc, cue: Cue, in_claim: Sequence[bool], quoted: Sequence[bool]) -> int:
    """ "The top 1 percent paid a quarter of all taxes, according to the budget office, and the
    top tenth paid two thirds": a report set off by commas inside its sentence and followed by
    ", and"/", but" and a clause with no cue or quotation of its own reports that clause too.
    The end (a character offset) of the content so extended, else 0."""
    if cue.content is None or cue.content[1] > cue.token or any(quoted[i] for i in range(*cue.content)):
        return 0
    last = cue.token                       # the end of the attribution: its clause up to a comma
    while last + 1 in cue.clause and doc[last + 1].text != ",":
        last += 1
    if last + 3 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].lower_ not in ("and", "but"):
        return 0
    sent_end = doc[last].sent.end
    words = [i for i in range(last + 3, sent_end) if not doc[i].is_punct and not doc[i].is_space]
    if len(words) < 3 or any(in_claim[i] and i not in cue.clause or quoted[i]
                             for i in range(last + 1, sent_end)):
        return 0
    return doc[words[-1]].idx + len(doc[words[-1]])


def clause_under_prep(prep: Token) -> tuple[int, int] | None:
    """ "said in a statement that ...", "reported at the time that the editor conveyed ...": a clause
    opened by "that" hung from the preposition's object; as a relative only when its "that" is no
    subject or object of it (the parser's "at the time that")."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        for clause in obj.children:
            that = clause.left_edge
            if clause.dep_ in ("acl", "ccomp", "relcl") and that.lower_ == "that" and (
                    that.dep_ == "mark" or that.dep_ == "advmod" and clause.dep_ == "relcl"
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
                return that.i, clause.right_edge.i + 1
    return None


def clause_under_addressee(addressee: Token, told: bool = False) -> tuple[int, int] | None:
    """ "told a meeting of leaders that few people understood": a "relative clause" opened by a
    "that" the parser marked as a conjunction, not a pronoun, is the verb's that-clause; after a verb
    of telling (``told``), also one whose "that" the parser took for the relative's object while the
    clause has a subject of its own ("reassured the villagers that the troops would leave")."""
    for tok in addressee.subtree:
        if tok.dep_ == "relcl" and tok.left_edge.lower_ == "that" and (tok.left_edge.dep_ == "mark" or told and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.left_edge.i for c in tok.children)):
            return tok.left_edge.i, tok.right_edge.i + 1
    return None
