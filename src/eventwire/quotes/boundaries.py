"""Content boundaries: where an attributed content starts and stops (trimming, sentence ends the
parser missed, the writer's contrasts); a second claim coordinated inside it is in ``next_reports``, the
closing glosses and "according to" phrases are in ``closing_glosses``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .lexicon import QuoteLexicon

# the pronouns that open a relative clause after a comma ("the ministry, which said ...", "the envoy, whom
# rebels freed, ...", "the mayor, whose office ..."); not "that", which opens no relative clause after a
# comma and is far more often a complementiser or a determiner
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})

_CLOSERS = frozenset({".", "!", "?", ";", ":", "…", "”", '"', "''", ")"})


def is_finite(verb: Token) -> bool:
    """A verb with a tense of its own ("rose", "would rise", "had eased"), not a bare participle."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                                      for c in verb.children)


_CONTRAST = frozenset({"but", "although", "though", "whereas", "yet"})
_CONCESSION = frozenset({"despite", "in"})   # "in spite of"


def before_contrast(doc: Doc, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "that skipping the audit was wise, although she once more declined to ...", "X had backing, but
    that wasn't the case": a contrasting clause with a subject of its own, after a comma, is the
    writer's, not part of the claim; so is a concession after a comma (", despite weeks of ...")."""
    start, end = content
    for i in range(start + 2, end - 1):
        tok = doc[i]
        word = tok.lower_
        if word not in _CONTRAST and word not in _CONCESSION or doc[i - 1].text != ",":
            continue
        # ", despite weeks of falling polls": the writer's, whatever follows
        if word not in _CONCESSION or word == "in" and doc[i + 1].lower_ != "spite":
            if word not in _CONTRAST or tok.dep_ not in ("cc", "mark"):
                continue
            clause = tok.head if tok.dep_ == "mark" else next(
                (t for t in doc[i + 1:end] if t.dep_ == "conj" and t.head.i == tok.head.i), None)
            if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                continue
            if word == "but" and i + 1 < end and doc[i + 1].lower_ == "that" and doc[i + 1].dep_ == "mark":
                continue                   # "said X, but that Y": a second clause of the same report
        if _inside_quotation(doc, start, i):
            continue
        return trim(doc, start, i - 1)
    return content


_MAX_REJOIN = 40


def past_false_break(doc: Doc, end: int) -> int:
    """A complement that stops where the parser cut a sentence in two ("cited remarks | Trump had
    made about ...") goes on to the real end of the sentence: the next full stop or line break."""
    if end >= len(doc) or not doc[end].is_sent_start:
        return end
    last = doc[end - 1]
    if last.text in _CLOSERS or "\n" in last.text or "\n" in last.whitespace_ or doc[end].is_space:
        return end
    stop = end
    while stop < len(doc) and stop - end < _MAX_REJOIN:
        tok = doc[stop]
        if tok.is_space and "\n" in tok.text:
            return stop
        if tok.text in _CLOSERS:
            return stop + 1
        stop += 1
    return end


_DASHES = frozenset({"—", "–", "-", "--", "―"})
_GOES_ON = frozenset({"and", "but", "or", "so", "including", "which", "while", "then", "yet", "as", "though",
                      "although", "because", "since", "if", "unless", "even", "nor", "plus", "with", "without",
                      "particularly", "especially", "notably", "mainly", "mostly", "largely", "chiefly"})


def to_sentence_end(doc: Doc, end: int, lexicon: QuoteLexicon, own: Token | None = None, finite: bool = True,
                    reporter: Token | None = None) -> int:
    """A complement goes on to the end of its sentence when what follows continues it
    ("..., but would eventually add $84 billion", ", including its annexation of Crimea",
    ", allowing people to see ..."), not when it is the attribution's own adverbial, nor (for an
    object, ``own`` being its verb) a second act of the speaker ("documented X, but also drew Y",
    "touted X while needling Y"); a gerund coordinated with a finite verb is more of its object
    ("has mentioned refinancing loans and forcing universities to ..."); after an infinitive or
    object (not ``finite``), a clause with a subject of its own joined by ", and" is the writer's
    ("agreed to lend $5 million, and the union also stepped in"), and so is a finite verb coordinated with the
    reporting verb (``reporter``), the speaker's next act ("refused to stay, but was treated at home"); a
    question word after the "and" makes a second object, not a second act ("described the hardship, and why
    the strike lasted")."""
    if end >= len(doc):
        return end
    sent_end = doc[end - 1].sent.end
    stop = sent_end
    while stop > end and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if stop <= end or stop - end > 40:
        return end
    first = doc[end]
    if first.text in (",", "—", "–", "--", ";") and end + 1 < stop:
        first = doc[end + 1]
    continues = first.lower_ in _GOES_ON or first.tag_ == "VBG" or first.dep_ in ("cc", "conj") \
        or first.text in ("“", '"', "''")
    wh_object = first.dep_ == "cc" and first.i + 1 < stop and (doc[first.i + 1].tag_ in ("WRB", "WP")
                                                               or doc[first.i + 1].lower_ == "whether")
    if not finite and not wh_object and first.dep_ == "cc" and doc[end].text == "," and first.head.i < end and any(
            t.dep_ == "conj" and t.head.i == first.head.i and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
            for t in doc[first.i + 1:stop]):
        return end                         # "agreed to lend $5 million, and the union also stepped in"
    if not finite and not wh_object and reporter is not None and doc[end].text == "," and any(
            doc[i].dep_ == "conj" and doc[i].head.i == reporter.i and doc[i].tag_ != "MD" and is_finite(doc[i])
            for i in range(end, stop)):    # (not the bare modal of "wants to go but can't")
        return end                         # "promised to rebuild the bridge, and then left for the capital"
    if own is not None and first.lower_ in RELATIVE_PRONOUNS and (doc[end].text == "," or doc[end].text in _DASHES):
        return end                         # "praised X's proposals, which include ...": the writer's gloss
    if not continues or any(doc[i].pos_ == "VERB" and _reports(doc[i], lexicon, end, stop) for i in range(end, stop)):
        return end
    if own is not None and not wh_object and any(
            doc[i].head.i == own.i and doc[i].dep_ in ("conj", "advcl") and doc[i].pos_ in ("VERB", "AUX")
            and (doc[i].tag_ != "VBG" or own.tag_ == "VBG") for i in range(end, stop)):
        return end                         # "praised X, and warned Y": a second act; not ", and how Y ..."
    return stop


_NESTED_REPORTS = frozenset({"speech", "directive", "speech_object", "cognition"})


def _reports(tok: Token, lexicon: QuoteLexicon, start: int, end: int) -> bool:
    """Is ``tok`` a reporting verb that opens a report of its own after the content? A stance in a
    relative clause of a noun of the continuation ("a businessman who has attacked allies") or in a
    gerund or infinitive ("because they led in questioning the FBI") is part of it; words said or
    thought there ("which she said ...") are not, nor is a finite stance verb of its own."""
    entry = lexicon.verb(lexicon.lemma(tok.text, tok.lemma_), set())
    if entry is None:
        return False
    return entry.group in _NESTED_REPORTS or not _in_relative(tok, start, end) and tok.tag_ in ("VBD", "VBZ", "VBP")


def _in_relative(tok: Token, start: int, end: int) -> bool:
    """Does ``tok`` lie in a relative clause of a noun in [start, end) ("her years as a senator, in
    contrast to a businessman who has attacked allies")? A verb there is no report of its own."""
    for _ in range(_MAX_CLIMB):
        if tok.dep_ in ("relcl", "acl") and start <= tok.head.i < end:
            return True
        if tok.head.i == tok.i or not start <= tok.head.i < end:
            return False
        tok = tok.head
    return False


def without_trailing_participle(head: Token) -> int:
    """End of a clause without a trailing ", implicitly putting ..." participle (the writer's gloss)."""
    end = head.right_edge.i + 1
    for child in head.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.right_edge.i + 1 == end \
                and child.left_edge.i > head.i and head.doc[child.left_edge.i - 1].text == ",":
            return child.left_edge.i - 1
    return end


def before_closing_participle(doc: Doc, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "hopes to enrol two million voters, focusing on students", "called for new talks,
    citing the ceasefire": a participle clause after a comma that closes a content without a finite
    clause (an infinitive, an object) and has no subject of its own is the writer's gloss on the
    reported act, however deep the parser hangs it (``without_trailing_participle`` sees only the
    content's head). In a that-clause it is the claim's own ("said it would end the bonuses,
    beginning in January"). Not inside quotation marks."""
    start, end = content
    for i in range(start + 2, end):
        tok = doc[i]
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") or tok.left_edge.i != i \
                or doc[i - 1].text != "," or tok.right_edge.i + 1 < end or start <= tok.head.i and tok.head.i >= i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            continue
        if _inside_quotation(doc, start, i):
            continue
        if _in_finite_clause(tok.head, start, end):
            continue                       # "said it would end the bonuses, beginning in January": the claim's own
        return trim(doc, start, i - 1, min_words=1)
    return content


_OCCASION = frozenset({"during", "since", "while", "amid", "amidst", "aside"})


def before_occasion(doc: Doc, content: tuple[int, int], infinitive: bool = False) -> tuple[int, int] | None:
    """ "refused to endorse Trump during a speech at the convention", "has not mentioned Machado since
    the debate", "called for X to take in refugees as he issued a statement", "touted his polls while
    needling his rivals", "declined to name anyone, aside from saying ...": a closing phrase of time or
    occasion (during, since, while, amid, aside from; "as" with a clause the parser hangs outside the
    content) after a content without a
    finite clause of its own (an infinitive, an object) tells when the act was done, not what was
    said. In a that-clause it is the claim's own ("said troops were killed during the raid"), and in
    an infinitive the time of the act promised or urged ("urged residents to stay indoors during the
    storm") unless ``infinitive`` says the verb refuses it ("declined to name them during a speech")."""
    start, end = content
    for i in range(start + 1, end):
        tok = doc[i]
        word = tok.lower_
        if word not in _OCCASION and not (word == "as" and tok.dep_ == "mark"):
            continue
        phrase = tok.head if tok.dep_ == "mark" else tok
        if word == "as" and start <= phrase.head.i < end:
            continue                       # "would cut the deficit, as Trump's plan would not": a comparison
        if tok.dep_ not in ("prep", "mark", "advmod") or phrase.left_edge.i != i or phrase.right_edge.i + 1 < end:
            continue
        if word == "aside" and not any(c.lower_ == "from" for c in tok.children):
            continue
        if _inside_quotation(doc, start, i):
            continue
        if start <= phrase.head.i < end and (_in_finite_clause(phrase.head, start, end)
                                              or not infinitive and _in_infinitive(phrase.head, start, end)):
            continue                       # "urged residents to stay indoors during the storm": the act urged
        return trim(doc, start, i, min_words=1)
    return content


_QUOTE_MARKS = frozenset({"\u201c", "\u201d", '"', "''", "``"})
_MAX_CLIMB = 12


def _inside_quotation(doc: Doc, start: int, i: int) -> bool:
    """Is token ``i`` inside quotation marks opened after ``start`` (an odd number of marks before it)?"""
    return sum(doc[j].text in _QUOTE_MARKS for j in range(start, i)) % 2 == 1


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _has_own_subject(tok: Token) -> bool:
    """A finite clause's head: a subject of its own and no infinitive "to" ("for the US to accept
    refugees" has a subject but is no finite clause)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children) and not _has_to(tok)


def _climbs_to(tok: Token, start: int, end: int, found: Callable[[Token], bool]) -> bool:
    """Does a head on the way up from ``tok``, still inside the content span, satisfy ``found``?"""
    for _ in range(_MAX_CLIMB):
        if not start <= tok.i < end:
            return False
        if found(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _in_infinitive(tok: Token, start: int, end: int) -> bool:
    """Does ``tok`` lie in a to-infinitive inside the content span?"""
    return _climbs_to(tok, start, end, _has_to)


_TIME_PREPS = frozenset({"after", "before", "during"})


def after_leading_time(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "said on Monday the troops would stay", "said after the convention he would not ...": a
    phrase of time right after the reporting verb, before the subject of the reported clause and
    with no "that" before it, tells when it was said, though the parser hangs it in the clause."""
    doc = verb.doc
    start, end = content
    prep = doc[start]
    if prep.dep_ != "prep" or start > verb.i + 1 and not all(
            doc[i].head.i == verb.i or doc[i].head.head.i == verb.i for i in range(verb.i + 1, start)):
        return content
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.ent_type_ in ("DATE", "TIME") or prep.lower_ in _TIME_PREPS):
        return content
    rest = prep.right_edge.i + 1
    clause = prep.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if rest >= end or clause.i <= rest or not start <= clause.i < end or subject is None \
            or subject.left_edge.i != rest:
        return content
    return rest, end


def _in_finite_clause(tok: Token, start: int, end: int) -> bool:
    """Does ``tok`` lie in a clause with a subject of its own inside the content span?"""
    return _climbs_to(tok, start, end, _has_own_subject)


def before_dash_gloss(doc: Doc, start: int, end: int) -> int:
    """End of a content without the writer's gloss after a dash ("linked cybersecurity to her
    server — an opportunity he largely missed", "likened the rules to X - a charge that ..."): a
    spaced dash followed by a determiner opening a noun phrase, outside quotation marks."""
    for i in range(start + 1, end - 1):
        tok = doc[i]
        if tok.text in _DASHES and doc[i - 1].whitespace_ and tok.whitespace_ \
                and doc[i + 1].lower_ in ("a", "an", "the", "one", "another") \
                and not _inside_quotation(doc, start, i):
            return i
    return end


def without_aside(doc: Doc, start: int, end: int, kinds: tuple[str, ...] = ("relcl", "appos"),
                  named: bool = False) -> int:
    """End of an object without a closing non-restrictive relative clause or apposition, the
    writer's gloss ("the age of the senator, who is 81", "their backing -- who cited ..."); ``kinds`` says which of the two,
    ``named`` keeps only those that gloss a name ("supported Mr. Trump, the presumed favorite";
    not a list: "called for pay equity, the closure of loopholes and ...")."""
    for i in range(start + 1, end):
        tok = doc[i]
        if named and tok.head.pos_ != "PROPN":
            continue
        if tok.dep_ in kinds and start <= tok.head.i < i and tok.left_edge.i > start \
                and (doc[tok.left_edge.i - 1].text == "," or doc[tok.left_edge.i - 1].text in _DASHES) \
                and tok.right_edge.i + 1 >= end:
            return tok.left_edge.i - 1
    return end


def before_open_bracket(doc: Doc, text: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "that it helps when Trump is painted as a Republican (which lets the party off the hook": a
    bracket opened inside the content and not closed there is the writer's aside running past the
    clause; the content stops before it. ``text``: the document's text (looked at first: most contents
    hold no bracket)."""
    start, end = content
    last = doc[end - 1]
    if text.find("(", doc[start].idx, last.idx + len(last)) < 0:
        return content
    depth, opened = 0, None
    for i in range(start, end):
        if doc[i].text == "(":
            depth += 1
            opened = i if depth == 1 else opened
        elif doc[i].text.startswith(")") and depth:   # also "):", one token after an agency's name
            depth -= 1
    if not depth or opened is None or opened <= start:
        return content
    return trim(doc, start, opened)


def count_words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for i in range(start, end) if not doc[i].is_punct and not doc[i].is_space)


def trim(doc: Doc, start: int, end: int, min_words: int = 2) -> tuple[int, int] | None:
    """Drop punctuation and spaces at both ends (quotation marks are restored by the finder)."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "CC"):
        if doc[end - 1].text == ")" and any(doc[i].text == "(" for i in range(start, end)):
            break                          # "Rep. Don Beyer (D-Va.)" keeps its closing bracket
        end -= 1                           # nor a conjunction whose conjunct the parser hung elsewhere
    if count_words(doc, start, end) < min_words:
        return None
    return start, end
