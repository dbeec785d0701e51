"""Complements: the token span of what a reporting verb reports (its that-clause, infinitive,
object or predicate; the sentence around a trailing or inserted "he said")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .boundaries import (before_dash_gloss, count_words, past_false_break, to_sentence_end, trim, without_aside,
                         without_trailing_participle)
from .clauses import clause_under_addressee, clause_under_prep, open_question, unmarked_clause
from .lexicon import QuoteLexicon, VerbEntry
from .misplaced_clauses import (clause_hung_outside, clause_lent_by_aside, clause_under_aside, clause_under_time_clause,
                                main_verb_after_aside, relative_start_of, said_of_relative_head,
                                that_clause_in_time_clause)
from .objects import name_after_pronoun, naming_pronoun, object_span, said_object
from .parenthetical import relative_start
from .passive_reports import judged_in_passive, reports_raised_subject, without_closing_agent
from .titles import clauses_under_titles
from .verb_phrase import first_word, for_clause

_INVERTED_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_CLAUSE_OPENERS = frozenset({"that"})   # an advcl the parser took for a that-clause


def _addressee_before_particle(verb: Token, entry: VerbEntry, obj: Token) -> bool:
    """ "warned both sides against any escalation": the object between a phrasal verb and its particle
    is whom the words were addressed to; what was said is the particle's object."""
    return entry.particle is not None and any(c.dep_ == "prep" and c.lower_ == entry.particle and c.i > obj.i
                                              for c in verb.children)


def complement(verb: Token, entry: VerbEntry, clause: set[int], quoted: Sequence[bool],
               lexicon: QuoteLexicon) -> tuple[int, int] | None:
    """Token span of what the verb reports: its that-clause, infinitive or object; for a
    trailing "..., officials said" attached to the reported clause, that clause."""
    doc = verb.doc
    if _courtesy_call(verb, entry):
        return None
    best: tuple[int, int] | None = None
    is_object = False
    clauses: list[tuple[int, int]] = []
    lent = clause_lent_by_aside(verb) if _reports_clauses(verb.head, lexicon) else None   # "said, citing X, that ..."
    main = main_verb_after_aside(verb)     # "X, asked whether ..., declined to comment": not what was asked
    for child in verb.children:
        if lent is not None and child.i == lent.i or main is not None and child.i == main.i \
                or _reduced_relative_after(verb, child):
            continue
        span = None
        if (child.dep_ == "ccomp" or child.dep_ == "advcl" and child.i > verb.i and (
                child.left_edge.lower_ in _CLAUSE_OPENERS or unmarked_clause(child) or open_question(verb, child))) \
                and "clause" in entry.complements \
                and not _semicolon_between(doc, child, verb):   # a that-clause the parser hung as an adverbial
            if said_of_relative_head(verb, child):   # "Everything the minister says is a lie"
                return trim(doc, verb.head.left_edge.i, verb.head.i + 1, min_words=1)
            span = that_clause_in_time_clause(child) if child.dep_ == "ccomp" else None   # "said when X that Y"
            span = span or (relative_start_of(verb, child), without_trailing_participle(child))
            if child.i > verb.i:
                clauses.append(span)
        elif (child.dep_ == "xcomp" or child.dep_ == "advcl" and _to_infinitive(child) and any(
                (c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == entry.particle) and c.i < child.i
                for c in verb.children)) \
                and ("infinitive" in entry.complements or reports_raised_subject(verb, child, lexicon)) and child.i > verb.i:   # "tells his supporters ... to go"
            # "urged supporters to monitor ...": the addressee belongs to what is urged
            obj = next((c for c in verb.children if verb.i < c.i < child.i and (
                c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == entry.particle)), None)
            if obj is None and not any(c.dep_ == "agent" for c in verb.children):
                # "About one in nine voters is expected to be Latino": the expectation has no holder
                obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if obj is not None and obj.dep_ == "prep":   # "called on Congress to act": Congress, not "on"
                obj = next((c for c in obj.children if c.dep_ == "pobj"), obj)
            span = (obj.left_edge.i if obj is not None else child.left_edge.i, child.right_edge.i + 1)
        elif child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i and "object" in entry.complements \
                and child.left_edge.i == child.i:   # "admitted using the tax code", "denied taking money"
            span = (child.i, child.right_edge.i + 1)
        elif child.dep_ == "oprd" and child.i > verb.i and "predicate" in entry.complements and not any(
                c.dep_ in ("dobj", "oprd") and verb.i < c.i < child.i for c in verb.children) and sum(
                c.dep_ == "oprd" for c in verb.children) > 1 \
                and naming_pronoun(verb) is None:   # "called Trump a liar" with Trump as oprd
            last = max(c.right_edge.i for c in verb.children if c.dep_ == "oprd")
            span = (child.left_edge.i, last + 1)
        elif child.dep_ == "dobj" and child.i > verb.i and (
                "object" in entry.complements or "predicate" in entry.complements) \
                and not _addressee_before_particle(verb, entry, child):
            span = object_span(verb, child, need_predicate="object" not in entry.complements)
        elif "predicate" in entry.complements and naming_pronoun(verb) is not None \
                and naming_pronoun(verb).i == child.i:
            span = name_after_pronoun(verb, child)   # "what rebels called a hospital", "which X called a disgrace"
        elif child.dep_ == "dobj" and child.i < verb.i and verb.dep_ == "relcl" and child.tag_ in ("WDT", "WP") \
                and child.lower_ != "what" and "object" in entry.complements:
            span = "clause" in entry.complements and clause_hung_outside(verb) \
                or (child.i, verb.right_edge.i + 1)   # "the annexation, which RT pointed to as X": from the relative
        elif entry.particle == "for" and "object" in entry.complements and child.dep_ in ("advcl", "ccomp") \
                and child.left_edge.lower_ == "for" and child == for_clause(verb):
            span = (child.left_edge.i + 1, child.right_edge.i + 1)   # "called for all sides to respect the truce"
        elif child.dep_ == "prep" and entry.particle == child.lower_ and "object" in entry.complements:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)   # "called for reducing"
            span = _particle_object(verb, child, obj) if obj is not None else None
        elif child.dep_ == "nsubjpass" and child.i < verb.i and judged_in_passive(verb, entry, lexicon):
            span = (child.left_edge.i, without_closing_agent(verb, without_trailing_participle(verb)))
        elif child.dep_ == "nsubjpass" and "object" in entry.complements and child.i < verb.i \
                and any(c.dep_ == "agent" for c in verb.children):
            span = (child.left_edge.i, child.right_edge.i + 1)   # "Trump was endorsed by ..."
        elif child.dep_ == "prep" and "clause" in entry.complements:
            span = clause_under_prep(child)        # "said in a statement that ..." parsed under the noun
        if span is None and child.dep_ in ("dobj", "dative") and child.i > verb.i and "clause" in entry.complements \
                and not _addressee_before_particle(verb, entry, child):
            span = clause_under_addressee(child, entry.group == "directive")   # "told a meeting of leaders that ..." parsed as relative
        if span is not None and (best is None or _better(span, best, verb.i)):
            best = span
            is_object = child.dep_ in ("dobj", "nsubjpass") or child.dep_ == "prep" and entry.particle == child.lower_
    if (best is None or quoted[best[0]]) and "clause" in entry.complements:
        for sub in clauses_under_titles(verb, quoted):   # 'said on NBC's "Meet the Press" that ...'
            best, is_object = (sub.left_edge.i, without_trailing_participle(sub)), False
            clauses.append(best)
            break
    if best is None and "clause" in entry.complements:
        best = clause_hung_outside(verb) or clause_under_time_clause(verb) or clause_under_aside(verb)   # "said after the vote ended that ..."
    head = verb.head
    if best is None and verb.dep_ == "relcl" and head.i < verb.i and head.lemma_.lower() in lexicon.nouns \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP") for c in verb.children):
        return trim(doc, head.left_edge.i, head.i + 1, min_words=1)   # "an allegation Moscow has denied"
    if "clause" in entry.complements and (best is None or doc[best[0]].tag_ == "WRB"):
        said = said_object(verb, entry, lexicon)   # "what Wahl said when she resigned": not the "when"
        if said is not None:
            return said
    if best in clauses and len(clauses) > 1:
        best = _joined_clauses(doc, clauses, best)
    if best is not None and lent is not None:
        best = (best[0], min(best[1], lent.left_edge.i - 1))   # the aside's own words end at its comma
    if best is not None:
        sent = verb.sent
        if best[1] <= verb.i and _quoted_tail(verb, quoted):
            return trim(doc, sent.start, sent.end)   # '"...," Jordan said, and still "..."'
        gloss = next((c for c in verb.children if c.dep_ == "dobj" and best[1] <= c.left_edge.i and c.i < verb.i
                      and doc[c.left_edge.i - 1].text == ","), None) if best[1] <= verb.i else None
        if gloss is not None:              # "Democrats argue that ..., a charge the White House denies"
            return trim(doc, gloss.left_edge.i, gloss.i + 1, min_words=1)
        if best[1] <= verb.i and not count_words(doc, verb.right_edge.i + 1, sent.end):
            # trailing attribution: everything before it ("A, B and C, the government said.")
            first = min((i for i in clause if not doc[i].is_punct), default=verb.i)
            if first >= best[1] and not any(quoted[i] for i in range(sent.start, first)):
                best = (min(best[0], sent.start), first)
        if is_object:
            best = (best[0], without_aside(doc, *best, kinds=("relcl",)))
            best = (best[0], before_dash_gloss(doc, *best))
        if best[0] > verb.i or is_object:
            best = (best[0], without_aside(doc, *best, kinds=("appos",), named=True))   # "Trump, the presumed favorite"
        one = doc[best[0]]
        named_object = best[1] - best[0] == 1 and one.dep_ in ("dobj", "pobj") and (
            one.pos_ in ("PROPN", "PRON") or one.dep_ == "dobj" and _bare_noun(one, lexicon))
        if best[0] > verb.i:
            best = (best[0], to_sentence_end(doc, past_false_break(doc, best[1]), lexicon,
                                              own=verb if is_object else None,
                                              finite=not is_object and doc[best[0]].lower_ != "to", reporter=verb))
        return trim(doc, *best, min_words=1 if named_object else 2)   # "attacked Machado", "cited it"
    if entry.direct and "clause" in entry.complements and verb.dep_ == "ROOT":
        sent = verb.sent
        first = min((i for i in clause if not doc[i].is_punct), default=verb.i)
        if first > sent.start + 1 and doc[first - 1].text == "," and not count_words(doc, verb.right_edge.i + 1, sent.end) \
                and not any(quoted[i] for i in range(sent.start, first)) and not _own_adverbial(verb, sent.start, first - 1):
            return trim(doc, sent.start, first - 1)    # "People like Scott, he said." with "People" left hanging
    head = verb.head
    subordinate = any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i
                      for c in verb.children)     # ", though it declined", ", as expected", "when he wrote"
    participle = verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if subordinate and "clause" in entry.complements and _hung_from_own_clause(verb):
        return trim(doc, verb.right_edge.i + 1, head.right_edge.i + 1)
    if verb.dep_ in _INVERTED_DEPS and head.i != verb.i and "clause" in entry.complements and entry.direct \
            and not subordinate and not participle:    # "met Putin, summing up the talks": no "X, he said"
        first = min((t.i for t in verb.subtree if not t.is_punct), default=verb.i)
        before = doc[first - 1] if first > 0 else None
        if verb.i > head.i and before is not None and before.text in (",", "”", '"', "''", "—", "–"):
            lo, hi = head.left_edge.i, verb.left_edge.i
            sent = verb.sent
            if count_words(doc, verb.right_edge.i + 1, sent.end) or _quoted_tail(verb, quoted):
                return trim(doc, relative_start(doc, first_word(verb) - 1, sent.start), sent.end)   # "Most were students, she said, and ..."
            lo = sent.start                # "..., but the board rejected that plan, the official added."
            return trim(doc, lo, hi) if hi > lo else None
        if verb.i < head.i and verb.left_edge.i > verb.sent.start:
            # "The economy, he said, is weak": the sentence around the clause
            return trim(doc, relative_start(doc, first_word(verb) - 1, verb.sent.start), verb.sent.end)
    return None


_OBJECT_GOES_ON = frozenset({"to", "of", "for", "about", "on", "with", "that"})


def _bare_noun(obj: Token, lexicon: QuoteLexicon) -> bool:
    """A one-word object that says what was urged or vowed ("urged calm", "vow consequences", "did not
    suggest retaliation"); not a quantity ("proposed little") nor one whose phrase the parser cut
    off ("offers loans to parents", "announced plans to give ...")."""
    doc = obj.doc
    nxt = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    return obj.pos_ in ("NOUN", "ADJ") and obj.is_alpha and len(obj) > 3 and obj.lower_ not in lexicon.quantity_words \
        and (nxt is None or nxt.lower_ not in _OBJECT_GOES_ON)


def _particle_object(verb: Token, prep: Token, obj: Token) -> tuple[int, int] | None:
    """The object of a phrasal verb's particle; of two phrases with that preposition hung on the verb, the
    first, running on over the second when it follows at once ("appealed for food aid for the displaced":
    the aid for the displaced, not "the displaced")."""
    same = sorted((c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i > verb.i),
                  key=lambda c: c.i)
    if same and same[0].i != prep.i:
        return None
    end = obj.right_edge.i + 1
    for later in same[1:]:
        if later.i == end:
            end = later.right_edge.i + 1
    return obj.left_edge.i, end


def _courtesy_call(verb: Token, entry: VerbEntry) -> bool:
    """ "The premier also called on the President": "call on" someone named, with nothing asked of
    them (no infinitive, no "for" phrase), is a visit, not an appeal."""
    if entry.lemma != "call" or entry.particle != "on" or any(
            c.dep_ in ("xcomp", "advcl", "ccomp") or c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    return obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON")


def _reports_clauses(verb: Token, lexicon: QuoteLexicon) -> bool:
    """Is ``verb`` a reporting verb that takes a that-clause ("said", "reported")?"""
    entry = lexicon.verb(lexicon.lemma(verb.text, verb.lemma_), set())
    return entry is not None and "clause" in entry.complements


def _semicolon_between(doc: Doc, clause: Token, verb: Token) -> bool:
    """ "The timing was not intentional; aides only learned of it on Friday": a clause before the verb,
    closed by a semicolon, is a sentence of its own, not what the verb reports."""
    return clause.i < verb.i and any(doc[i].text == ";" for i in range(clause.right_edge.i + 1, verb.i))


def _hung_from_own_clause(verb: Token) -> bool:
    """ "While he admitted money was one reason ..., the mayor noted ...": the parser hung a
    subordinate reporting verb as an adverbial of the clause it reports, and that clause as the
    complement of the main verb; the clause's subject follows the verb with nothing between."""
    head = verb.head
    if verb.dep_ != "advcl" or not verb.i < head.i or head.dep_ not in ("ccomp", "conj") or head.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and verb.i < c.i < head.i), None)
    return subj is not None and subj.left_edge.i == verb.right_edge.i + 1 and not verb.doc[verb.right_edge.i].is_punct


def _own_adverbial(verb: Token, start: int, end: int) -> bool:
    """The tokens [start, end) are an adverbial clause of the verb itself ("Asked whether he would
    resign, the minister said no."), not words it reports."""
    return any(c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.left_edge.i == start and c.right_edge.i + 1 == end
               for c in verb.children)   # not a headline's "EU to impose sanctions, diplomats say" (a noun)


def _joined_clauses(doc: Doc, clauses: list[tuple[int, int]], best: tuple[int, int]) -> tuple[int, int]:
    """One that-clause the parser split into several ("said Trump has respect for the military |
    and his comment was instead ..."): clauses after the verb that touch each other, with at
    most punctuation or a conjunction between them, are one content."""
    spans = sorted(clauses)
    groups = [list(spans[0])]
    for a, b in spans[1:]:
        last = groups[-1]
        if a <= last[1] or all(doc[i].is_punct or doc[i].dep_ == "cc" for i in range(last[1], a)):
            last[1] = max(last[1], b)
        else:
            groups.append([a, b])
    return next(((a, b) for a, b in groups if a <= best[0] and best[1] <= b), best)


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _reduced_relative_after(verb: Token, child: Token) -> bool:
    """ "Blasts were heard, the ministry said, accusing X of violating the truce reached on Monday": a bare
    participle (tagged a participle or a past) right after a noun, with no subject, auxiliary or conjunction of
    its own, that the parser hung from the reporting verb as its clause describes that noun; it is no clause of
    what was said."""
    doc = verb.doc
    if child.dep_ != "ccomp" or child.tag_ not in ("VBN", "VBD") or child.i <= verb.i or child.left_edge.i != child.i \
            or child.i == 0 or doc[child.i - 1].pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in child.children):
        return False
    # a past form reads as a participle only with nothing a finite verb would take ("the truce reached earlier")
    return child.tag_ == "VBN" or child.lemma_ != "be" and verb.lemma_ != child.lemma_ and not any(
        c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative") for c in child.children)


def _better(span: tuple[int, int], best: tuple[int, int], verb: int) -> bool:
    """A complement after the verb beats one before it ("Fireworks on Friday: Republicans said
    they ..."); otherwise the longer one wins."""
    if (span[0] > verb) != (best[0] > verb):
        return span[0] > verb
    return span[1] - span[0] > best[1] - best[0]


def _quoted_tail(verb: Token, quoted: Sequence[bool]) -> bool:
    """The reporting verb goes on with more quoted words: 'Jordan said, and still "got to ..."'."""
    for child in verb.children:
        if child.dep_ == "conj" and child.i > verb.i and any(quoted[t.i] for t in child.subtree):
            return True
    return False
