"""Evaluative words in a parse: the entries of ``data/cameo/evaluations.yaml`` a token stands for.

Used by ``eventwire.events.evaluations``: "a disaster", "a great job", "reckless", "was lying", the
stance predicates ("is opposed to", "remains critical of"), ranks ("one of the greatest leaders"),
aims ("an attempt by Y to sabotage the deal") and blame ("responsible for the attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..dictionaries.evaluation_lexicon import EvaluationLexicon, EvaluativeWord, Stance
from . import syntax

__all__ = ["adverb_at", "aims", "attempt_at", "attributive_at", "blame_at", "culprit_at", "predicate_at", "ranked_at",
           "stance_at", "verb_at"]


def predicate_at(lexicon: EvaluationLexicon, tok: Token) -> EvaluativeWord | None:
    """The evaluative noun/adjective/phrase headed by ``tok`` ("a disaster", "a great job")."""
    present = _modifier_words(tok)
    found = _fitting(_candidates(lexicon.predicates, tok), present)
    for comp in ([] if found else syntax.children(tok, "compound")):   # "a good news story"
        found = _fitting([w for w in _candidates(lexicon.predicates, comp) if w.modifiers], present)
        if found is not None:
            break
    return found


def attributive_at(lexicon: EvaluationLexicon, noun: Token) -> tuple[Token, EvaluativeWord] | None:
    """An evaluative adjective on a named thing ("North Korea's reckless actions")."""
    for mod in syntax.children(noun, "amod"):
        word = _fitting(_candidates(lexicon.predicates, mod), set())
        if word is not None and word.kind == "adjectives":
            return mod, word
    return None


def adverb_at(lexicon: EvaluationLexicon, adv: Token) -> EvaluativeWord | None:
    """The evaluative adjective an adverb of manner is made from ("irresponsibly", "shamefully",
    "recklessly", "admirably")."""
    word = adv.lower_
    if adv.pos_ != "ADV" or not word.endswith("ly") or len(word) < 5:
        return None
    forms = [word[:-2], word[:-1] + "e", word[:-3] + "y"]      # reckless-ly, irresponsibl-e, angr-y
    for form in forms:
        for w in lexicon.predicates.get(form, []):
            if w.kind == "adjectives" and not w.modifiers:
                return w
    return None


def verb_at(lexicon: EvaluationLexicon, tok: Token) -> EvaluativeWord | None:
    """The evaluative verb at ``tok`` ("was lying", "lied about"), its preposition present and, for
    a verb that judges only with certain objects ("abandoned its allies", "broke its promises"), one
    of them its object (a name counts as a person: "abandoned the Kurds")."""
    words = _candidates(lexicon.verbs, tok)
    if not words:
        return None
    if any(w.objects for w in words):
        objects = [o for c in syntax.children(tok, *syntax.OBJ) for o in syntax.conjuncts(c)]
        lemmas = {syntax.forms(o)[0] for o in objects}
        named = any(o.pos_ == "PROPN" or o.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for o in objects)
        words = [w for w in words if not w.objects or named or lemmas & set(w.objects)]
    return _fitting(words, {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "dative")})


# parts of speech a listed word may have in the parse: a name ("Patriot Coal") judges nothing, an
# adjective is no noun ("rights" is no "right"), participles stand for adjectives ("misguided")
_KIND_POS = {"nouns": frozenset({"NOUN", "ADJ"}), "phrases": frozenset({"NOUN", "ADJ"}),
             "adjectives": frozenset({"ADJ", "VERB", "ADV"}), "verbs": frozenset({"VERB", "AUX"})}


def _candidates(table: dict[str, list[EvaluativeWord]], tok: Token) -> list[EvaluativeWord]:
    """Words listed under the token's lemma, then under its own form ("lying"), most specific first,
    of a kind that fits the token's part of speech."""
    lemma, text = syntax.forms(tok)
    words = list(table.get(lemma, []))
    if text != lemma:
        words += table.get(text, [])
    return sorted((w for w in words if tok.pos_ in _KIND_POS[w.kind]), key=lambda w: -len(w.modifiers))


def _fitting(words: list[EvaluativeWord], present: set[str]) -> EvaluativeWord | None:
    for word in words:
        if all(m in present for m in word.modifiers):
            return word
    return None


def _modifier_words(tok: Token) -> set[str]:
    out: set[str] = set()
    for left in tok.lefts:
        for t in left.subtree:
            out.update(syntax.forms(t))
    return out


_STANCE_COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "grow", "stay"})


def stance_at(lexicon: EvaluationLexicon, tok: Token) -> tuple[Token, Token, Stance, list[Token]] | None:
    """A stance predicate at ``tok`` ("is opposed to", "remains critical of", "was angered by", "is
    grateful to"), or a verb that holds a stance actively ("marveled at", "fumed at"): (the verb that
    carries it, its holder, the stance, the things it is held towards)."""
    stance = lexicon.stances.get(tok.lower_) or lexicon.stances.get(tok.lemma_.lower())
    active = lexicon.active_stances.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
    if active is not None and not syntax.is_passive(tok):
        stance, head = active, tok                         # "marveled at Y's ability", "fumed at Y"
        holders = syntax.children(tok, *syntax.SUBJ)
    elif stance is None or tok.pos_ not in ("ADJ", "VERB"):
        return None
    elif tok.dep_ == "acomp" and tok.head.lemma_.lower() in _STANCE_COPULAS:
        head = tok.head                                    # "is critical of", "remained opposed to"
        holders = syntax.children(head, *syntax.SUBJ)
    elif tok.tag_ == "VBN" and syntax.children(tok, *syntax.PASS_SUBJ):
        head = tok                                         # "was opposed to", "was angered by"
        holders = syntax.children(tok, *syntax.PASS_SUBJ)
    else:
        return None
    sites = [tok] if head is tok else [tok, head]          # "was furious [at X]": the parser may hang it on 'was'
    against = [o for site in sites for p in site.children if p.i > tok.i and (
               (p.dep_ == "prep" and p.lower_ in stance.preps) or (p.dep_ == "agent" and "by" in stance.preps))
               for o in syntax.children(p, "pobj")]
    if not holders or not against or any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in head.children):
        return None      # "has been critical of X since ...": a lasting attitude, no act
    return head, holders[0], stance, against


def ranked_at(lexicon: EvaluationLexicon, pred: Token) -> tuple[Token, EvaluativeWord] | None:
    """A person ranked among his kind: "one of the greatest leaders", "among the finest statesmen",
    "among the greatest of American innovators" (``superlatives`` of data/cameo/evaluations.yaml),
    or the judgement the ranked noun carries ("one of the most courageous men", "one of the
    worst atrocities")."""
    if pred.lower_ == "one":
        ranked = [o for p in syntax.children(pred, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
    elif pred.dep_ == "pobj" and pred.head.lower_ == "among":
        ranked = [pred]
    else:
        return None
    for noun in ranked:
        if noun.tag_ == "JJS":    # "among the greatest of American innovators"
            word = lexicon.superlatives.get(noun.lower_)
            kinds = [o for p in syntax.children(noun, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
            if word is not None and any(_person(lexicon, k) for k in kinds):
                return noun, word
            continue
        found = predicate_at(lexicon, noun)
        if found is not None:
            return noun, found
        if not _person(lexicon, noun):
            continue
        pair = attributive_at(lexicon, noun)
        if pair is not None:
            return pair
        for mod in syntax.children(noun, "amod"):
            most = any(a.dep_ == "advmod" and a.lower_ == "most" for a in mod.children)
            word = (lexicon.superlatives.get(f"most {mod.lower_}") if most else None) \
                or lexicon.superlatives.get(mod.lower_)
            if word is not None:
                return mod, word
    return None


def _person(lexicon: EvaluationLexicon, noun: Token) -> bool:
    """A noun of persons of ``superlatives.people`` ("leaders", "public servants")."""
    lemma = noun.lemma_.lower()
    people = lexicon.superlative_people
    return lemma in people or any(f"{c.lemma_.lower()} {lemma}" in people for c in syntax.children(noun, "compound"))


def aims(head: Token) -> list[Token]:
    """The 'to' clauses of an attempt ("trying [to destabilize]", "an attempt [to sabotage]")."""
    return [c for c in head.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def attempt_at(lexicon: EvaluationLexicon, pred: Token) -> tuple[Token | None, Token, EvaluativeWord] | None:
    """"an attempt by Y to sabotage the deal", "Y's bid to undermine the talks" (``predicates.attempt_nouns``):
    the doer named on the noun (None: the subject the noun is said of), the aimed verb, its judgement."""
    if pred.lemma_.lower() not in lexicon.attempt_nouns or pred.pos_ not in syntax.NOUN_POS:
        return None
    for aim in aims(pred):
        word = verb_at(lexicon, aim)
        if word is None:
            continue
        doers = [*syntax.children(pred, "poss"), *(o for p in syntax.children(pred, "prep", "agent")
                                                   if p.lower_ == "by" for o in syntax.prep_objects(p))]
        return (doers[0] if doers else None), aim, word
    return None


def blame_at(lexicon: EvaluationLexicon, pred: Token) -> EvaluativeWord | None:
    """"responsible for the attack", "involved in the killing": an adjective of blame whose
    preposition names a hostile act; with no phrase at all, the hostile act told before it in its
    sentence or the one before ("A bomb killed 20 people. Kabul said the Taliban were responsible")."""
    lemma = pred.lemma_.lower()
    preps = lexicon.blame_adjectives.get(lemma) or lexicon.blame_adjectives.get(pred.lower_)
    if not preps:
        return None
    phrases = syntax.children(pred, "prep")
    if phrases:
        if not any(o.lemma_.lower() in lexicon.blame_acts for p in phrases if p.lower_ in preps
                   for o in syntax.prep_objects(p)):
            return None     # "responsible for security"
    elif not _hostile_act_before(lexicon, pred):
        return None
    return EvaluativeWord("blame", lexicon.blame_code, "negative", "adjectives", lemma)


def culprit_at(lexicon: EvaluationLexicon, pred: Token) -> EvaluativeWord | None:
    """"was the one who started the controversy", "is the one that provoked the war": a person named as the
    starter (``blame.starters``) of a quarrel or a hostile act (``blame.quarrels``, ``blame.acts``) is blamed;
    not "the one who started the company"."""
    if pred.lemma_.lower() != "one" or not any(c.dep_ == "det" and c.lower_ == "the" for c in pred.children):
        return None
    started = lexicon.blame_quarrels | lexicon.blame_acts
    for clause in syntax.children(pred, "relcl"):
        if clause.lemma_.lower() in lexicon.blame_starters and any(
                o.lemma_.lower() in started for o in syntax.children(clause, *syntax.OBJ)):
            return EvaluativeWord("blame", lexicon.blame_code, "negative", "nouns", "one")
    return None


def _hostile_act_before(lexicon: EvaluationLexicon, pred: Token) -> bool:
    """A hostile act of ``blame.acts`` named (a noun, or a verb of its family: "killed", "bombed")
    before ``pred`` in its sentence or in the sentence before."""
    doc = pred.doc
    start = pred.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    acts = lexicon.blame_acts
    return any(t.lemma_.lower() in acts or (t.pos_ == "VERB" and f"{t.lemma_.lower()}ing" in acts)
               for t in doc[start:pred.i])
