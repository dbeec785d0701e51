"""Objects of reporting verbs: how far an object reaches ("described X by Trump", "attacked X for
Y", "called X a liar") and the pro-forms that stand for what was said ("said as much")."""

from __future__ import annotations

from spacy.tokens import Token

from .boundaries import trim
from .lexicon import QuoteLexicon, VerbEntry


def said_object(verb: Token, entry: VerbEntry, lexicon: QuoteLexicon) -> tuple[int, int] | None:
    """A word standing for what was said, as the object of a verb that reports clauses ("said as
    much", "said the same of Trump", "had said his piece", "said so", "Mexico said enough", "what
    Wahl said"): the content is that word with its modifiers and an "of" phrase, not the verb's
    other adjuncts. A "what" before the verb only for verbs of speaking ("what she wants" is no
    report)."""
    doc = verb.doc
    for child in verb.children:
        if child.lemma_.lower() not in lexicon.said_objects and not (child.dep_ == "dobj" and any(
                c.dep_ == "amod" and c.lemma_.lower() in lexicon.said_objects for c in child.children)):
            continue                       # "said the same thing"
        if child.dep_ == "dobj" and (child.i > verb.i or child.tag_ == "WP" and entry.direct and verb.dep_ != "csubj") \
                or child.dep_ == "advmod" and child.left_edge.i <= verb.i + 2 and child.i > verb.i \
                and child.left_edge.i == child.i - (child.lemma_.lower() == "much"):   # "so", "(as) much"
            end = child.i + 1
            for sub in child.children:
                if sub.dep_ == "prep" and sub.lower_ == "of" and sub.i == end:
                    end = sub.right_edge.i + 1
            if child.i < verb.i:
                end = max(end, _predicate_hung_outside(verb))
            return trim(doc, child.left_edge.i, end, min_words=1)
    return None


def _predicate_hung_outside(verb: Token) -> int:
    """ "in what it insisted was not a coup": the verb whose subject is the "what" said, which the parser
    hung beside the reporting verb instead of under it; the end of its phrase (else 0)."""
    doc = verb.doc
    nxt = verb.right_edge.i + 1
    if nxt >= len(doc):
        return 0
    tok = doc[nxt]
    if tok.pos_ not in ("AUX", "VERB") or tok.tag_ not in ("VBD", "VBZ", "VBP", "MD") or tok.head.i == verb.i \
            or tok.dep_ in ("aux", "auxpass") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return 0
    return tok.right_edge.i + 1


_OBJECT_PREPS = frozenset({"for", "of", "to", "with"})


def _agent_of_noun(verb: Token, prep: Token) -> bool:
    """ "described crass behavior by Trump", "condemned the attack by rebels": after the object of
    an active verb, a "by" phrase naming someone is the object's agent (not "by Friday", "by phone"
    or "by saying ...")."""
    if prep.lower_ != "by" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "PRON", "NOUN") or obj.ent_type_ in ("DATE", "TIME"):
        return False
    means = obj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in obj.children)   # "by phone", "by force"
    return not means


_STANDING = frozenset({"ahead", "behind"})     # "a poll shows Clinton ahead", "found him behind by 4"


def _with_measures(verb: Token, standing: Token) -> int:
    """The end of a standing adverb and the verb's phrases right after it ("ahead among women by
    20 points")."""
    end = standing.right_edge.i + 1
    for child in verb.children:
        if child.i == end and child.dep_ in ("prep", "npadvmod"):
            end = child.right_edge.i + 1
    return end


def object_span(verb: Token, obj: Token, need_predicate: bool) -> tuple[int, int] | None:
    """The object, with its predicate complement ("called Trump a liar", "described it as ...")."""
    end = obj.right_edge.i + 1
    # "saw the comment as a dig at ...": the parser may hang the "as" from the object
    found = any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in obj.children)
    for child in verb.children:
        if child.i > obj.i and (child.dep_ in ("oprd", "xcomp", "ccomp") or child.dep_ == "prep" and child.lower_ == "as"):
            end = max(end, child.right_edge.i + 1)
            found = True
        elif child.i >= end and child.dep_ in ("advmod", "prep") and child.lower_ in _STANDING and child.left_edge.i <= end:
            end = _with_measures(verb, child)   # "shows Clinton ahead by 3.7 points": the standing is the report
        elif child.i >= end and child.dep_ == "prep" and (child.lower_ in _OBJECT_PREPS or _agent_of_noun(verb, child)) \
                and all(t.dep_ == "advmod" and t.head.i == verb.i for t in verb.doc[end:child.i]):
            end = child.right_edge.i + 1   # "attacked X for Y", "accused X of Y", "compared X favorably to Y"
        elif child.i > end and child.dep_ == "prep" and child.lower_ == "for" and all(
                doc_tok.dep_ == "prep" and doc_tok.head.i == verb.i or doc_tok.head.i != verb.i
                for doc_tok in verb.doc[end:child.i]):
            end = child.right_edge.i + 1   # "thanked Trump on Twitter for backing ..."
    if need_predicate and not found:
        return _quoted_name(verb)
    return obj.left_edge.i, end


_MARKS = frozenset({'"', "“", "”", "''", "``"})
_SINGLE = frozenset({"‘", "’", "'"})          # headline quotes: marks only when tagged as such, not "voters’"


def _is_mark(tok: Token) -> bool:
    return tok.text in _MARKS or tok.text in _SINGLE and tok.tag_ in ("``", "''")


def _quoted_name(verb: Token) -> tuple[int, int] | None:
    """A naming verb whose predicate the parser took for a second object or hung the named one
    from ('branded the protesters "terrorists"', 'calls people "losers" and "sad"'): the objects,
    when a quoted name follows a named one, up to the last closing mark."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objs:
        return None
    doc = verb.doc
    start, last = min(o.left_edge.i for o in objs), max(o.right_edge.i for o in objs)
    marks = [i for i in range(start, last + 1) if _is_mark(doc[i])]
    if len(marks) % 2:                     # the closing mark hangs from the verb, after the full stop
        nxt = last + 1
        while nxt < len(doc) and doc[nxt].is_punct and not _is_mark(doc[nxt]):
            nxt += 1
        if nxt < len(doc) and _is_mark(doc[nxt]):
            marks.append(nxt)
    if len(marks) < 2 or marks[0] == start or not any(doc[i].is_alpha for i in range(start, marks[0])) \
            or not any(doc[i].is_alpha for i in range(marks[0], marks[-1])):
        return None
    return start, marks[-1] + 1


def naming_pronoun(verb: Token) -> Token | None:
    """The "what"/"which" before a naming verb with a name after it ("what rebels called a hospital"),
    else None."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WDT", "WP")), None)
    if pronoun is None or not any(c.dep_ in ("oprd", "dobj") and c.i > verb.i for c in verb.children):
        return None
    return pronoun


def name_after_pronoun(verb: Token, pronoun: Token) -> tuple[int, int]:
    """ "what rebels called a hospital", "which the president called a disgrace", "what officials called a
    provocation by the rebels" (the parser may take the name for a second object): from the pronoun to the
    end of the name; a second name after a comma is the writer's gloss ('what he called a "debate," a series
    of speeches ...')."""
    names = sorted((c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.i > verb.i), key=lambda c: c.i)
    end = names[0].right_edge.i
    for name in names[1:]:
        if any(t.text == "," for t in verb.doc[end + 1:name.i]):
            break
        end = name.right_edge.i
    return pronoun.i, end + 1
