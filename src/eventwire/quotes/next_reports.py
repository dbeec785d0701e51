"""Where a reported clause gives way to the next report inside it: a verb of saying coordinated with the
content, by the same speaker ("said he would order X and warned against Y") or by one of its own
("... and Democrats accused the GOP of ..."; one whose subject the parser joined to the object before it,
"shelled the villages and officials denied it")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .boundaries import is_finite, trim
from .lexicon import QuoteLexicon
from .misparsed_subjects import conjunct_read_as_object


def before_next_report(verb: Token, content: tuple[int, int],
                       lexicon: QuoteLexicon) -> tuple[tuple[int, int] | None, int | None]:
    """ "said he would order X and warned against Y": a reporting verb coordinated inside the
    content, without a subject of its own, opens a claim of its own by the same speaker (the
    parser often hangs it from the reported verb); the content stops before it. Returns the
    content and that verb."""
    doc = verb.doc
    start, end = content
    for i in range(start + 1, end):
        tok = doc[i]
        if _other_report(tok, start, end, lexicon):
            return _cut_before(doc, start, tok), None
        misread = _report_with_misread_subject(tok, start, end, lexicon, verb)
        if misread is not None:            # "said the army shelled the villages and officials denied it"
            return _cut_before(doc, start, misread), None
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or not start <= tok.head.i < end or tok.head.i == verb.i \
                or lexicon.verb(lexicon.lemma(tok.text, tok.lemma_), set()) is None \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) \
                or _in_noun_phrase(tok.head, verb) or _alternative(tok) or _modal_or_passive(tok) \
                or tok.tag_ == "VB" and _has_to(tok.head) or _other_tense(tok, verb, lexicon):
            continue                       # "urged them to act and consider X": more of the infinitive
        cut = tok.left_edge.i
        while cut > start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct or doc[cut - 1].is_space):
            cut -= 1
        if cut > start:
            return trim(doc, start, cut), tok.i
    return content, None


_REPORTS = frozenset({"speech", "directive", "speech_object", "stance"})


def _other_report(tok: Token, start: int, end: int, lexicon: QuoteLexicon) -> bool:
    """ "Republicans said they were convinced X was botched and Democrats accused the GOP of ...": a verb
    of saying with a subject of its own, joined by "and"/"but" to the reported clause, is the next
    report (the parser hangs it inside the content), not part of this one; so is one in a clause of
    "while"/"whereas" set against the reported clause ("said output would rise, while analysts warned
    that ..."), though not one inside a scene described ("shows a guard aiming while others shout at him").""" 
    if tok.dep_ not in ("conj", "advcl") or tok.pos_ != "VERB" or not start <= tok.head.i < end:
        return False
    entry = lexicon.verb(lexicon.lemma(tok.text, tok.lemma_), set())
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if entry is None or entry.group not in _REPORTS or subj is None or subj.left_edge.i <= start \
            or _modal_or_passive(tok):
        return False
    if tok.dep_ == "advcl":                 # set against a finite claim, not inside a scene ("shows X aiming ...")
        return any(c.dep_ == "mark" and c.lower_ in _SET_AGAINST and c.i < subj.left_edge.i for c in tok.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.children) and is_finite(tok.head)
    return any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < subj.left_edge.i for c in tok.head.children)


_SET_AGAINST = frozenset({"while", "whereas"})   # a clause set against the claim


def _report_with_misread_subject(tok: Token, start: int, end: int, lexicon: QuoteLexicon,
                                 verb: Token) -> Token | None:
    """ "Rebels said the army shelled the villages and officials denied the claim": a verb of saying whose
    subject the parser joined to the object before it (misparsed_subjects.conjunct_read_as_object) is
    the next report, by that subject, also when the parser hung it from the first reporting verb itself
    ("said they're convinced X mishandled the case and Democrats accused ..."); the subject, else None."""
    inside = start <= tok.head.i < end or tok.head.i == verb.i and start < tok.i < end
    if tok.pos_ != "VERB" or not inside or _modal_or_passive(tok):
        return None
    entry = lexicon.verb(lexicon.lemma(tok.text, tok.lemma_), set())
    subj = conjunct_read_as_object(tok, lambda i: False) if entry is not None and entry.group in _REPORTS else None
    return subj if subj is not None and subj.i > start else None


def _cut_before(doc: Doc, start: int, tok: Token) -> tuple[int, int] | None:
    cut = tok.left_edge.i
    while cut > start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct or doc[cut - 1].is_space):
        cut -= 1
    return trim(doc, start, cut)


def _modal_or_passive(conj: Token) -> bool:
    """ "said the cut would slow growth at first but would eventually add $80 billion", "could back
    the plan if he can be convinced that ...": a coordinated verb with a modal or in the passive is
    still the claim (what would or could happen), not a second act of the speaker; a negated one
    is the speaker's refusal ("said the bridge was safe but would not comment on the repairs")."""
    return any(c.tag_ == "MD" or c.dep_ == "auxpass" for c in conj.children) \
        and not any(c.dep_ == "neg" for c in conj.children)


_PRESENT = frozenset({"VBZ", "VBP"})


def _other_tense(conj: Token, verb: Token, lexicon: QuoteLexicon) -> bool:
    """A coordinated verb in a form the reporting verb's next act cannot take is more of the claim: a bare
    participle, which shares the claim's auxiliary ("said the bill had been drafted and approved by the
    cabinet"), a past joined to a present report or the other way round ("Police say he posed a threat and
    refused to drop the gun"). Not a verb of saying, which opens a report of its own ("says X promised Y
    and said Z")."""
    entry = lexicon.verb(lexicon.lemma(conj.text, conj.lemma_), set())
    if entry is not None and entry.group in _REPORTS or any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    if conj.tag_ == "VBN":
        return verb.tag_ in _PRESENT or verb.tag_ == "VBD"
    return conj.tag_ == "VBD" and verb.tag_ in _PRESENT or conj.tag_ in _PRESENT and verb.tag_ == "VBD"


def _alternative(conj: Token) -> bool:
    """A verb joined by "or"/"nor" ("either didn't support or flatly contradicted ...") is an
    alternative inside the claim, not a second act of the speaker."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in conj.head.children if c.i < conj.i)


def _in_noun_phrase(tok: Token, verb: Token) -> bool:
    """Does ``tok`` (the word a coordinated verb hangs from) modify a noun below ``verb`` ("a
    glaring and well-known weakness", "the way the parties frame the budget and read ...")?
    Then the coordinated verb belongs to that noun phrase, not to the speaker."""
    if tok.pos_ == "ADJ":
        return True
    for _ in range(8):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
