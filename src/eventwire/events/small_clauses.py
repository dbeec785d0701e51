"""What a naming verb says of its object: the small clause ("called the sanctions illegal",
"branded Y a terrorist state", "called the raid an act of aggression") and the 'as' phrase
("described Y as a threat", "slammed the hearings as undermining the talks"), as ``Judgement``s of
the evaluations coder (``eventwire.events.evaluations``)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..dictionaries.evaluation_lexicon import EvaluationLexicon, EvaluativeWord
from . import syntax
from .evaluative_words import attempt_at, attributive_at, predicate_at, ranked_at, verb_at

__all__ = ["PREDICATE_DEPS", "Judgement", "as_predicate", "inner_phrase", "reduced_passive", "relative_clause",
           "small_clause"]

PREDICATE_DEPS = ("attr", "acomp", "oprd")


@dataclass
class Judgement:
    """What the parse says: ``speaker_verb`` frames a judgement ``word`` (at ``trigger``) of ``judged``."""

    speaker_verb: Token
    judged: Token
    trigger: Token
    word: EvaluativeWord
    clause: Token | None      # the complement's verb, None for a small clause


def small_clause(lexicon: EvaluationLexicon, verb: Token, obj: Token | None) -> list[Judgement]:
    """The predicate a naming verb gives its object, also where the parser hung it on a clause
    of the object ("called [the decision to expel its diplomats] hostile") or compounded the
    object to it ("called the British decision hostile" with no object)."""
    out: list[Judgement] = []
    if obj is None:
        for pred in syntax.children(verb, *PREDICATE_DEPS):
            # the object parsed inside the predicate: compounded to it, its subject, or a noun phrase
            # modifying it ('called the test "unpardonable"': 'test' an npadvmod of the adjective)
            inner = [c for c in pred.children if c.dep_ in ("compound", "nsubj", "npadvmod") and c.i < pred.i
                     and c.pos_ in syntax.NOUN_POS]
            word = predicate_at(lexicon, pred) if inner else None
            if word is not None and word.kind == "adjectives":
                out.append(Judgement(verb, inner[0], pred, word, None))
            ranked = ranked_at(lexicon, pred) if inner and word is None else None
            if ranked is not None:   # "called Abe one of the finest statesmen" (Abe compounded to 'one')
                out.append(Judgement(verb, inner[0], ranked[0], ranked[1], None))
        return out
    # also an adjective parsed as a modifier after the object ('called the measures "hostile"')
    preds = [*syntax.children(verb, *PREDICATE_DEPS, "xcomp", *syntax.OBJ),
             *(p for acl in syntax.children(obj, "acl") for p in syntax.children(acl, "oprd")),
             *(a for a in syntax.children(obj, "amod") if a.i > obj.i)]
    for pred in preds:
        trig, word = pred, predicate_at(lexicon, pred)
        if word is None:     # "called Trump a mentally deranged dotard", "called Y one of the finest statesmen"
            trig, word = attributive_at(lexicon, pred) or ranked_at(lexicon, pred) \
                or inner_phrase(lexicon, pred) or (pred, None)   # "called the raid an act of aggression"
        aimed = attempt_at(lexicon, pred) if word is None else None
        if aimed is not None and pred.i > obj.i:   # "called the visit an attempt by the US to interfere in ..."
            out.append(Judgement(verb, aimed[0] or obj, aimed[1], aimed[2], None))
        if word is not None and pred.i > obj.i:
            out.append(Judgement(verb, obj, trig, word, None))
    return out


def as_predicate(lexicon: EvaluationLexicon, pred: Token) -> tuple[Token, EvaluativeWord] | None:
    """The judgement of an 'as' phrase: "as a disgrace", "as reckless", "as undermining the
    talks", "as another measure contradicting the law" (a clause on the noun)."""
    if pred.dep_ == "advcl" and pred.pos_ in ("VERB", "AUX"):   # "as violating the truce" parsed as a clause
        word = verb_at(lexicon, pred)
        return (pred, word) if word is not None else None
    if pred.dep_ == "pcomp":   # "as undermining the talks"; 'as "cowardly"' (an adjective parsed so)
        word = verb_at(lexicon, pred) or (predicate_at(lexicon, pred) if pred.pos_ in ("ADJ", "ADV") else None)
        return (pred, word) if word is not None else None
    if pred.dep_ not in ("pobj", "amod", "acomp", "attr", "advmod", "advcl"):
        return None
    word = predicate_at(lexicon, pred)
    if word is not None:
        return pred, word
    for clause in syntax.children(pred, "acl") if pred.dep_ == "pobj" else []:
        if clause.tag_ == "VBG":
            word = verb_at(lexicon, clause)
            if word is not None:
                return clause, word
    return None


def inner_phrase(lexicon: EvaluationLexicon, pred: Token) -> tuple[Token, EvaluativeWord] | None:
    """"a step in the right direction": a phrase in the predicate's 'in' phrase; "an act of
    aggression", "a clear example of hypocrisy": the word in the 'of' phrase of such a noun; "a step
    that breached Beijing's obligations", "a measure which undermines the talks": the evaluative verb
    of a relative clause on it, not negated."""
    for clause in syntax.children(pred, "relcl"):
        if any(s.lower_ in ("that", "which") for s in syntax.children(clause, *syntax.SUBJ)) \
                and not syntax.children(clause, "neg"):
            word = verb_at(lexicon, clause)
            if word is not None:
                return clause, word
    for prep in syntax.children(pred, "prep"):
        if prep.lower_ == "in" or (prep.lower_ == "of" and pred.lemma_.lower() in lexicon.of_heads):
            for pobj in syntax.children(prep, "pobj"):
                word = predicate_at(lexicon, pobj)
                if word is not None and (word.kind == "phrases" or prep.lower_ == "of"):
                    return pobj, word
    return None


def reduced_passive(verb: Token) -> bool:
    """A participle on a noun with its 'by' agent: "a move [condemned as illegal by the UN]"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in syntax.NOUN_POS and verb.head.i < verb.i \
        and not syntax.children(verb, *syntax.SUBJ) and bool(syntax.children(verb, "agent"))


def relative_clause(verb: Token) -> bool:
    """A clause with a subject of its own on a noun: "a move [Berlin called unacceptable]" (the
    parser makes it a relative clause or, at times, a clause modifier)."""
    return verb.dep_ == "relcl" or (verb.dep_ == "acl" and bool(syntax.children(verb, *syntax.SUBJ)))
