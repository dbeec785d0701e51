"""The clause structure pronoun antecedents follow (``pronouns.find_antecedent``): which phrases a pronoun cannot
stand for, because they share its verb ("Obama praised Putin and thanked him"), control it ("his forces were helpless
to stop them", "urged China to stop them", "cut ties with Qatar, accusing it"), do the act of an adjunct it is the
doer of ("After meeting Putin, he said"), or contain it ("its leader"); which phrases are no referent at all
(predicates, comparisons) or a strong one (the focus of a cleft: "it was Morrison who"); lists of conjoined phrases;
and the spans a quotation covers."""

from __future__ import annotations

from spacy.tokens import Token

from .vocabulary import shipped_vocabulary

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
REPORTING_VERBS = shipped_vocabulary().words("reporting_verbs")
OBJECTS = frozenset({"dobj", "dative", "pobj"})
RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})
NO_ANTECEDENT_PREPS = frozenset({"like", "as", "than", "unlike"})
# prepositions of a place named inside a comma relative clause: "whose leader fled to India", "which has offices in Rome"
ASIDE_PLACE_PREPS = frozenset({"in", "to", "from", "at", "inside", "across", "throughout"})
# determiners of a phrase that stands for no one in particular: "no leader can win if he ...", "every senator"
QUANTIFIERS = frozenset({"no", "every", "any", "each"})
OPENING_QUOTES = frozenset({"\u201c", "``", "\u2018\u2018"})
CLOSING_QUOTES = frozenset({"\u201d", "''", "\u2019\u2019"})
STRAIGHT_QUOTES = frozenset({'"'})


def listed(tok: Token) -> bool:
    """An apposition that is the second item of a list the parser read as one ("Kenya, the Central African
    Republic, Uganda and Chad"): it has conjuncts of its own, and it and its head are proper names."""
    return tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN" and any(k.dep_ == "conj" for k in tok.children)


def bare_name(tok: Token) -> bool:
    """A lone capitalised name the dictionary does not know, tagged a place ("been with Giuffre"): as often a surname
    the tagger misread as a place, so either a person or not. A name tagged an organisation ("Disney", "SNC"), of
    several words or with an article ("Bethesda Naval Hospital") stays a thing."""
    return tok.tag_ == "NNP" and tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" and not any(
        c.dep_ in ("compound", "det", "amod", "nmod") for c in tok.lefts) and (
        tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def quantified(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in tok.lefts)


def shared_subject_verbs(verb: Token) -> set[int]:
    """The verb and, while it has no subject of its own, the verbs it is conjoined to ("Obama praised Putin and
    thanked him": "thanked" shares "praised"'s subject)."""
    out = {verb.i}
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head
        out.add(verb.i)
    return out


def binding_verb(token: Token) -> Token | None:
    """The verb whose subject an object pronoun cannot be ("Trump praised him", "Trump spoke of him")."""
    if token.dep_ in ("dobj", "dative"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent", "dative"):
        return token.head.head
    return None


def excluded_phrases(token: Token) -> set[int]:
    """Noun phrases the pronoun belongs to ("its leader", "the inclusion of it"), and the noun a relative clause
    with the pronoun as subject and no relative word modifies ("the money it needs")."""
    out: set[int] = set()
    head = token.head
    if token.dep_ == "poss":
        out.add(head.i)
        chain, n = [head], head   # "China, Pyongyang's only ally and its lifeline": not China, nor the ally
        while n.dep_ in ("conj", "appos") and n.head.i != n.i:
            if n.dep_ == "appos":
                out.update(x.i for x in chain)
                out.add(n.head.i)
            n = n.head
            chain.append(n)
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
        out.add(head.head.i)
    elif token.dep_ in SUBJECTS and head.dep_ == "relcl" and not any(
            c.lower_ in RELATIVE_WORDS or c.lower_ == "what" for c in head.children):
        out.add(head.head.i)   # (a "what" clause is a free relative the parser hung on a noun: "about Trump, what he's
        # doing": he may be Trump)
    return out


def controllers(verb: Token, excluded: set[int]) -> set[int]:
    """The understood subject of an infinitive or a participle with none of its own is not an object pronoun of it:
    the verbs whose subject controls ``verb`` ("his forces were helpless to stop them", "Russia promised to protect
    them", "Saudi Arabia cut ties with Qatar, accusing it of ...": not the forces, Russia, Saudi Arabia); an object
    that controls an infinitive goes into ``excluded`` ("urged China to stop them": not China)."""
    out: set[int] = set()
    for _ in range(4):
        participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")   # "cut ties with Qatar, accusing it of"
        if not (verb.dep_ == "xcomp" or participle) or any(c.dep_ in SUBJECTS for c in verb.children):
            break
        head = verb.head
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and not participle:
            excluded.add(obj.i)
            break
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head   # "were helpless to stop them": the subject of "were"
        out |= shared_subject_verbs(head)
        verb = head
    return out


def adjunct_participants(token: Token) -> set[int]:
    """A participial adjunct with no subject of its own, before a subject pronoun, has that pronoun as its doer, so
    the phrases in it are someone else ("After examining Clinton's leg, she insisted ...", "Speaking to Putin, he
    said ...", "Asked about Trump, she said ...")."""
    if token.dep_ not in SUBJECTS:
        return set()
    out: set[int] = set()
    for c in token.head.children:
        if c.i >= token.i:
            continue
        clause = c if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") else None
        if c.dep_ == "prep":
            clause = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBN")), None)
        if clause is None or any(g.dep_ in SUBJECTS for g in clause.children):
            continue
        out.update(t.i for t in clause.subtree if t.pos_ != "PRON")
    return out


def trailing_reporter(tok: Token) -> bool:
    """The subject of a reporting verb that comes after the words it reports ("Gunmen stormed a depot, residents said",
    "..., the ministry said in a statement"): a source, less salient than the doer of the act it reports."""
    verb = tok.head
    if tok.dep_ not in SUBJECTS or verb.lemma_ not in REPORTING_VERBS:
        return False
    return any(c.dep_ == "ccomp" and c.i < tok.i for c in verb.children)


def no_antecedent(tok: Token) -> bool:
    """A predicate or comparison ("hailed Trump as a populist fighter", "like a spoiled child") is no referent, nor
    is the party and state tag of a US lawmaker ("Lindsey Graham, R-S.C.,"); the focus of a cleft sentence is one
    ("it was Morrison who took over")."""
    return (tok.dep_ in ("attr", "oprd") and not cleft_focus(tok)) or (
        tok.dep_ == "pobj" and tok.head.lower_ in NO_ANTECEDENT_PREPS) or party_tag(tok)


def party_tag(tok: Token) -> bool:
    """ "R-S.C.", "D-Minn.": a party letter and a hyphen before a state's abbreviation."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].text in ("R", "D", "I") and \
        tok.text.endswith(".")


def cleft_focus(tok: Token) -> bool:
    """The phrase a cleft sentence puts in focus: "it was Morrison who took over", "it is Russia that decides"."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
        c.dep_ in SUBJECTS and c.lower_ == "it" for c in tok.head.children) and any(
        c.dep_ == "relcl" and any(w.lower_ in RELATIVE_WORDS and w.dep_ in SUBJECTS | OBJECTS for w in c.children)
        for c in tok.children)


def quoted_tokens(tokens: list[Token]) -> list[bool]:
    """Per token: inside a quotation ("..." or \u201c...\u201d), the quote marks excluded. An unclosed quote
    ends with its paragraph; an unclosed straight quote is no quotation at all (a stray mark a page left at the
    start of a paragraph: '"Karen found the whole episode absurd. She was nervous.')."""
    out = [False] * len(tokens)
    inside = False
    straight_from: int | None = None   # the token after an open straight quote
    for tok in tokens:
        text = tok.text
        if text == "`" and any(0 <= j < len(tokens) and tokens[j].text == "`" for j in (tok.i - 1, tok.i + 1)):
            text = "``"   # an opening `` the tokenizer split in two ("Roche: ``I agree")
        if text in OPENING_QUOTES or (text in STRAIGHT_QUOTES and not inside):
            inside = True
            straight_from = tok.i + 1 if text in STRAIGHT_QUOTES else None
        elif text in CLOSING_QUOTES or text in STRAIGHT_QUOTES:
            inside, straight_from = False, None
        elif inside:
            out[tok.i] = True
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in text) or tok.i == len(tokens) - 1:
            if inside and straight_from is not None:
                out[straight_from:tok.i + 1] = [False] * (tok.i + 1 - straight_from)
            inside, straight_from = False, None
    return out


def colon_speaker(i: int, tokens: list[Token], quoted: list[bool], sent_start: list[int]) -> range:
    """The speaker a colon puts before a quotation, as transcripts and e-mail records do ("Secretary James Roche:
    ``I agree ...''"): the words from the start of that sentence to the colon (none when no colon leads in)."""
    j = i
    while j > 0 and quoted[j - 1]:
        j -= 1
    colon = j - 1
    while colon > 0 and not quoted[colon] and (tokens[colon].text in OPENING_QUOTES | STRAIGHT_QUOTES or
                                               tokens[colon].text == "`"):
        colon -= 1   # back over the opening quote mark(s)
    if colon < 1 or tokens[colon].text != ":" or quoted[colon]:
        return range(0)
    return range(sent_start[colon], colon)


def depth(token: Token) -> int:
    d = 0
    while token.head.i != token.i and d < 50:
        token = token.head
        d += 1
    return d


def aside_places(token: Token) -> set[int]:
    """Tokens of the places named in the non-restrictive relative clauses of ``token``'s sentence that do not hold
    ``token`` (the object of in/to/from/at ... inside a clause set off by a comma after the noun it describes): "The
    Awami League, whose leader fled to India in August, condemned it": "it" is not India. Only places: a person or
    body the aside names may still be the pronoun's ("Biden, who spoke with Zelensky, promised him ...")."""
    out: set[int] = set()
    for clause in token.sent:
        if clause.dep_ != "relcl" or clause.left_edge.i <= token.i <= clause.right_edge.i:
            continue
        first = clause.left_edge
        if not (first.i > 0 and token.doc[first.i - 1].text == "," and first.i > clause.head.i):
            continue
        for tok in clause.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ in ASIDE_PLACE_PREPS:
                out.update(t.i for t in tok.subtree)
    return out


__all__ = ["ASIDE_PLACE_PREPS", "OBJECTS", "RELATIVE_WORDS", "SUBJECTS", "adjunct_participants", "aside_places",
           "bare_name", "binding_verb", "cleft_focus", "colon_speaker", "controllers", "depth", "excluded_phrases",
           "listed", "no_antecedent", "party_tag", "quantified", "quoted_tokens", "shared_subject_verbs",
           "trailing_reporter"]
