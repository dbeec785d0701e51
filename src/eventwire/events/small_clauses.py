"""What a naming verb says of its object: the small clause ("called the sanctions illegal",
"branded Y a terrorist state", "called the raid an act of aggression") and the 'as' phrase
("described Y as a threat", "slammed the hearings as undermining the talks"); and what a reported
complement clause says ("said Y's move was a mistake": ``clause_judgements``), as ``Judgement``s of
the evaluations coder (``eventwire.events.evaluations``)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..dictionaries.evaluation_lexicon import EvaluationLexicon, EvaluativeWord
from . import syntax
from .evaluative_words import adverb_at, aims, attempt_at, attributive_at, blame_at, culprit_at, predicate_at, \
    ranked_at, verb_at
from .judged_acts import extraposed

__all__ = ["PREDICATE_DEPS", "RELATIVES", "Judgement", "as_predicate", "clause_judgements", "inner_phrase",
           "reduced_passive", "relative_clause", "small_clause"]

PREDICATE_DEPS = ("attr", "acomp", "oprd")
# relative pronouns standing for the noun a relative clause hangs on ("a deal that France said was ...")
RELATIVES = frozenset({"that", "which"})
_COPULAS = frozenset({"be", "remain", "become", "seem", "appear"})


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


def clause_judgements(lexicon: EvaluationLexicon, conditions: frozenset[str], verb: Token,
                      clause: Token) -> list[Judgement]:
    """The judgements of a complement clause ``clause`` that ``verb`` reports (the clause itself for a
    quoted sentence): a predicate of a copula or linking verb ("said Y's move was a mistake", "said
    the strikes constituted a violation"), an aim ("was trying to destabilize Y"), an evaluative verb
    ("Y failed its people"), a wrong undone ("Y has corrected an injustice"), conduct ("behaved
    irresponsibly") and a light verb's object ("had done a great job"); none after a mark of a
    condition or question (``conditions``: "whether", "if")."""
    if any(c.dep_ == "mark" and c.lower_ in conditions for c in clause.children):
        return []     # "asked whether Y was corrupt", "said that if Y ..."
    subjects = syntax.children(clause, *syntax.SUBJ, *syntax.PASS_SUBJ)
    if verb is not clause and relative_clause(verb) and verb.head.pos_ in syntax.NOUN_POS and verb.head.i < verb.i \
            and all(s.lower_ in RELATIVES for s in subjects):
        subjects = [verb.head]    # "a decision Beijing said was null and void", "a deal that France said was ..."
    if not subjects:
        return []
    subj = subjects[0]
    lemma = clause.lemma_.lower()
    out: list[Judgement] = []
    # "Y's move was a mistake"; "called [the sanctions illegal]"; "the decision was misguided"
    # (a participle parsed as a passive verb)
    preds: list[Token] = []
    if lemma in _COPULAS:   # "was among the finest statesmen of his generation"
        preds = [*syntax.children(clause, *PREDICATE_DEPS),
                 *(o for prep in syntax.children(clause, "prep") if prep.lower_ == "among"
                   for o in syntax.children(prep, "pobj"))]
    elif lemma in lexicon.linking_verbs:     # "Y's strikes constituted a violation", "amounted to genocide"
        preds = [o for c in clause.children if c.dep_ in syntax.OBJ or (c.dep_ == "prep" and c.lower_ == "to")
                 for o in ([c] if c.dep_ in syntax.OBJ else syntax.children(c, "pobj"))]
    elif clause.pos_ in ("NOUN", "PROPN", "ADJ") or (clause.tag_ == "VBN" and syntax.is_passive(clause)):
        preds = [clause]
    for pred in preds:
        for p in syntax.conjuncts(pred):
            trig, word = p, predicate_at(lexicon, p) or blame_at(lexicon, p) or culprit_at(lexicon, p)
            if word is None:
                trig, word = inner_phrase(lexicon, p) or (
                    attributive_at(lexicon, p) if p.lemma_.lower() not in lexicon.no_act_nouns else None) \
                    or ranked_at(lexicon, p) or (p, None)
            aimed = attempt_at(lexicon, p) if word is None else None
            if aimed is not None:   # "said the sanctions were an attempt by the US to sabotage the deal"
                doer, trig, word = aimed
                out.append(Judgement(verb, doer or extraposed(subj, clause, p), trig, word, clause))
                break
            if word is not None:
                out.append(Judgement(verb, extraposed(subj, clause, p), trig, word, clause))
                break
    if lemma in lexicon.attempt_verbs:   # "said Russia was trying to destabilize Ukraine"
        for aim in aims(clause):
            found = verb_at(lexicon, aim)
            if found is not None:
                out.append(Judgement(verb, subj, aim, found, clause))
    word = verb_at(lexicon, clause)
    # "Y failed", "Y failed its people"; not "Y failed to find the cause" (an act that did not happen);
    # of a passive the 'by' agent is judged ("Turkey was betrayed by the EU"), with none nobody is
    xcomps = syntax.children(clause, "xcomp")    # "Y failed to protect civilians": a duty not done
    if word is not None and all(x.lemma_.lower() in lexicon.duties for x in xcomps):
        doers = [p for ag in syntax.children(clause, "agent") for p in syntax.children(ag, "pobj")] \
            if syntax.is_passive(clause) and not syntax.children(clause, *syntax.SUBJ) else [subj]
        out.extend(Judgement(verb, doer, clause, word, clause) for doer in doers[:1])
    if lemma in lexicon.remedy_verbs:   # "Y has corrected an historic injustice"
        for obj in syntax.children(clause, *syntax.OBJ):
            found = predicate_at(lexicon, obj)
            if found is not None and found.polarity == "negative" and found.kind in ("nouns", "phrases"):
                out.append(Judgement(verb, subj, obj, _remedy(lexicon, obj), clause))
    if lemma in lexicon.conduct_verbs:   # "France has behaved irresponsibly"
        for adv in syntax.children(clause, "advmod"):
            found = adverb_at(lexicon, adv)
            if found is not None:
                out.append(Judgement(verb, subj, adv, found, clause))
    light = lexicon.light_verbs.get(lemma)
    if light:   # "Y had done a great job", "Y made a big mistake"
        for obj in syntax.children(clause, *syntax.OBJ):
            found = predicate_at(lexicon, obj)
            if found is not None and found.entry in light:
                out.append(Judgement(verb, subj, obj, found, clause))
    return out

def _remedy(lexicon: EvaluationLexicon, obj: Token) -> EvaluativeWord:
    return EvaluativeWord("remedies", lexicon.remedy_code, "positive", "nouns", obj.lemma_.lower())
