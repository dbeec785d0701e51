"""Objects the parser hides from the target search, read on the trigger's own subtree only:

- a free relative that names the object through someone's words: "struck what the army described
  as a militant training camp", "bombed what the coalition said were rebel missile sites", "shelled
  what it called terrorist positions": the thing named ("camp", "sites", "positions") is what was
  struck, not the one who named it; so too in a phrase of the act ("airstrikes on what it described
  as militant bases in northern Iraq", "fired at what it called rebel positions");
- a participle or infinitive of the object that the parser hung on the verb: "hit two bases
  housing American troops" (``housing`` an adverbial clause of "hit"), "signed deals to normalise
  ties with Israel" (``normalise`` an adverbial clause of "signed").

(A subject the parser joined to the phrase before it is mended in ``coordination``.) Each function
returns tokens; ``TargetSearch`` resolves them to actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax

# clause relations under which the parser hangs a free relative on the verb whose object it is
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl"})
# what may stand between the verb and "what" ("struck on Tuesday what ..." is rare; an adverb is not)
_BETWEEN_POS = frozenset({"ADV", "PART"})
# relations of the thing a free relative names in its own clause: "described as X" (pobj of 'as'),
# "called X" (oprd, dobj), "said were X" (attr or subject of the copula)
_NAMED_DEPS = frozenset({"oprd", "attr", "dobj"})

def free_relative_thing(verb: Token) -> Token | None:
    """The thing a free relative object names: "struck what New Delhi described as a training camp"
    -> camp; "bombed what officials said were arms depots" -> depots; None when the verb's object is
    no free relative (or it names no noun)."""
    for clause in verb.children:
        if clause.dep_ not in _CLAUSE_DEPS or clause.i <= verb.i:
            continue
        what = clause.doc[clause.left_edge.i]
        if what.lower_ != "what" or what.i <= verb.i \
                or any(t.pos_ not in _BETWEEN_POS for t in verb.doc[verb.i + 1:what.i]):
            continue
        return _named(clause, what)
    return None


def phrase_relative_thing(prep: Token) -> Token | None:
    """The thing a free relative that is the object of ``prep`` names: "airstrikes on what it described as
    militant bases" -> bases; "fired at what it called rebel positions" -> positions (the parser hangs the
    clause on the preposition as its complement); None when the phrase holds no such clause."""
    for clause in syntax.children(prep, "pcomp"):
        what = clause.doc[clause.left_edge.i]
        if what.lower_ == "what" and what.i == prep.i + 1:
            return _named(clause, what)
    return None


def _named(clause: Token, what: Token) -> Token | None:
    """The noun after ``what`` that its clause names: the 'as' object, the predicate or object of a
    naming verb, the subject or predicate of the copula a verb of saying reports."""
    verbs = [clause, *syntax.children(clause, "ccomp", "xcomp")]
    for v in verbs:
        for ch in v.children:
            if ch.i <= what.i or ch is what:
                continue
            if ch.dep_ == "prep" and ch.lower_ == "as":
                nouns = [p for p in syntax.prep_objects(ch) if p.pos_ in syntax.NOUN_POS]
                if nouns:
                    return nouns[0]
            elif ch.pos_ in syntax.NOUN_POS and (ch.dep_ in _NAMED_DEPS or (v.lemma_ == "be" and ch.dep_ in syntax.SUBJ)):
                return ch
    return None


def object_participle(verb: Token, obj: Token, lemmas: frozenset[str] | None = None) -> Token | None:
    """A participle or infinitive (with one of ``lemmas``, if given) that starts right after the
    object ``obj`` and that the parser hung on the verb instead of the object: "hit two bases
    housing US troops", "signed deals to normalise ties with Israel"."""
    for part in syntax.children(verb, "advcl", "xcomp"):
        if (part.left_edge.i == obj.right_edge.i + 1 or _adjuncts_between(verb, obj, part)) \
                and (lemmas is None or part.lemma_.lower() in lemmas):
            return part
    return None


def _adjuncts_between(verb: Token, obj: Token, part: Token) -> bool:
    """Only the verb's time and place phrases stand between the object and an infinitive: "signed
    agreements on Tuesday at the White House to establish relations with Israel"."""
    if part.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in part.children) \
            or part.left_edge.i <= obj.right_edge.i + 1:
        return False
    adjuncts = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and obj.i < c.i < part.i]
    covered = {t.i for c in adjuncts for t in c.subtree}
    return all(i in covered for i in range(obj.right_edge.i + 1, part.left_edge.i))
