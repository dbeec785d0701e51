"""Match lexicon patterns against one trigger token; say why each candidate fits or not."""

from __future__ import annotations

from dataclasses import dataclass, field
from spacy.tokens import Doc, Token

from ..dictionaries.verb_lexicon import Pattern, Trigger, VerbLexicon
from . import counting, platforms, reciprocals, syntax
from .complements import complement_kinds, complement_miss
from .phrases import gerund_phrases
from .pattern_index import (QUICK_PHRASE, QUICK_PREP, Candidate, DocWords, LastWords, Lowered, PatternIndex, Plan,
                            compile_candidate, matching)


@dataclass(slots=True)
class Attempt:
    """One pattern tried at one token: ``ok`` or the reason it did not fit."""

    pattern: Pattern
    ok: bool
    why: str
    noun: bool
    trigger_tokens: list[Token] = field(default_factory=list)   # head plus particles / noun modifiers
    consumed: list[Token] = field(default_factory=list)         # xcomp verbs the pattern used as its object
    slot_fit: int = 0   # 1: the pattern's target slot is present in the parse; -1: it ignores a direct object

    @property
    def rank(self) -> tuple[int, int, int, int]:
        return (self.pattern.priority, self.slot_fit, self.pattern.specificity, len(self.trigger_tokens))


class _Miss(Attempt):
    """A pattern that does not fit, with the reason: one object per candidate and reason, shared by
    every token it misses at, so it may not be changed."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a shared miss of {self.pattern.rule} is not changed (set {name})")


def _miss(cand: Candidate, why: str) -> Attempt:
    """``cand``'s miss for ``why`` (made on its first use)."""
    miss = cand.misses.get(why)
    if miss is None:
        miss = _Miss.__new__(_Miss)
        for name, value in (("pattern", cand.pattern), ("ok", False), ("why", why), ("noun", cand.noun),
                            ("trigger_tokens", []), ("consumed", []), ("slot_fit", 0)):
            object.__setattr__(miss, name, value)
        cand.misses[why] = miss
    return miss


class TriggerWords:
    """Which words of a parsed doc may be triggers, read from the doc's arrays of string ids (no Token
    is made for the five in six words that are no trigger word). The doc's words are kept for the
    matcher (``PatternIndex.doc_words``), which reads the doc's triggers next."""

    def __init__(self, lexicon: VerbLexicon) -> None:
        self._lexicon = lexicon
        self._words = frozenset(lexicon.by_verb) | frozenset(lexicon.by_noun)

    def positions(self, doc: Doc) -> list[int]:
        """Indexes of the tokens whose lower-case lemma or word form is a trigger word of the lexicon
        (``candidates`` gives the same tokens a trigger)."""
        found = PatternIndex.of(self._lexicon).doc_words(doc)
        words = self._words
        return [i for i, (lemma, lower) in enumerate(zip(found.lemmas, found.lowers)) if lemma in words or lower in words]


def candidates(lexicon: VerbLexicon, token: Token) -> list[tuple[Trigger, bool]]:
    """Every (trigger, is_noun) the lexicon holds for this token's lemma or word form."""
    index = PatternIndex.of(lexicon)
    return [(c.trigger, c.noun) for group in index.plan(token, index.doc_words(token.doc)).groups for c in group]


_EXTRA_WORD_DEPS = ("prt", "prep", "advmod", "dobj", "acomp", "compound:prt", "npadvmod", "dative", "attr", "oprd",
                    "xcomp")


def _extra_word_pool(token: Token) -> list[Token]:
    """The children (and their prepositions' objects) a multi-word verb's extra words may be."""
    pool = [c for c, dep in syntax.labelled_children(token) if dep in _EXTRA_WORD_DEPS
            and token.i < c.i <= token.i + 4 and not _is_time_phrase(c)]
    pool += [g for c in pool if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "shot dead the ambassador": the parser may hang 'dead' on the object as its adjective
    pool += [g for c in pool if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i == token.i + 1]
    return pool


def _find_extra_words(token: Token, words: tuple[str, ...], pool: list[Token] | None = None) -> list[Token] | None:
    """Particles / prepositions / fixed objects of a multi-word verb ("pull out", "take part", "put on hold")."""
    if pool is None:
        pool = _extra_word_pool(token)
    found = []
    for word in words:
        hit = next((t for t in pool if syntax.word_is(t, word) and t not in found), None)
        if hit is None:
            return None
        found.append(hit)
    return found


def _extra_words(words: tuple[str, ...], pool: list[tuple[Token, str, str]]) -> list[Token] | None:
    """``_find_extra_words`` over a pool of (token, lemma, word form)."""
    found: list[int] = []
    for word in words:
        hit = next((k for k, (_, lemma, lower) in enumerate(pool) if (word == lemma or word == lower)
                    and k not in found), None)
        if hit is None:
            return None
        found.append(hit)
    return [pool[k][0] for k in found]


def _is_time_phrase(tok: Token) -> bool:
    """"on Friday", "in June": a preposition whose object is a date is no particle of the verb."""
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)


def try_pattern(trig: Trigger, noun: bool, token: Token, memo: dict | None = None) -> Attempt:
    """Check every constraint of ``trig.pattern`` at ``token``."""
    cand = compile_candidate(trig, noun)
    return _attempt(cand, token, {} if memo is None else memo, DocWords(token.doc, Lowered()), LastWords(),
                    Plan.of([cand]))


def _attempt(cand: Candidate, token: Token, memo: dict, words: DocWords, ends: LastWords,
             plan: Plan) -> Attempt:
    """``try_pattern`` for a compiled candidate of ``plan``; ``memo`` keeps the values of ``token``
    that the patterns tried there share (its prepositions, the candidates its words allow, ...)."""
    pat = cand.pattern
    noun = cand.noun
    tokens = [token]
    if cand.extra:
        if noun:
            before = memo.get("before")
            if before is None:
                before = memo["before"] = _before(token.i, words, plan)
            if not before >> cand.n & 1 or not words.prefix_matches(token.i, cand.extra):
                return _miss(cand, cand.missing_words)
            doc, start = token.doc, token.i - len(cand.extra)
            tokens = [doc[start + k] for k in range(len(cand.extra))] + tokens
        else:
            pool = memo.get("pool")
            if pool is None:
                pool = memo["pool"] = [(t, words.lemmas[t.i], words.lowers[t.i]) for t in _extra_word_pool(token)]
            extra = _extra_words(cand.extra, pool)
            if extra is None:
                return _miss(cand, cand.missing_words)
            tokens += extra
    if cand.wants_passive is not None:
        passive = memo.get("passive")
        if passive is None:
            passive = memo["passive"] = syntax.is_passive(token)
        if cand.wants_passive != passive:
            return _miss(cand, cand.wrong_voice)
    fit_why = "fits"
    if cand.preps:
        present = memo.get("sentence", False)
        if present is False:
            present = memo["sentence"] = words.sentence_words(token.i)
        preps = None
        own = tokens[1:]
        for check in cand.preps:
            prep = check.prep
            if present is not None and prep not in present:
                hits = []    # (a preposition the sentence lacks: no need to find the event's phrases)
            else:
                if preps is None:
                    preps = _preps(token, noun, memo)
                hits = [p for p, forms in preps if prep in forms and p not in own]
            if not hits:
                if prep == "with" and not check.objects and pat.symmetric and _mutual(token, memo, noun):
                    fit_why = "fits (its subject names both sides: 'A and B clashed' is 'A clashed with B')" if not noun \
                        else "fits (its light verb's subject names both sides: 'A and B held a meeting')"
                    continue
                return _miss(cand, check.missing)
            if check.objects:
                allowed = check.objects
                if all(allowed.isdisjoint(_phrases_ending_at(o, memo) | gerund_phrases(o))
                       for p in hits for o in syntax.prep_objects(p)):
                    return _miss(cand, check.wrong_object)
    if cand.complement or cand.subjects:
        if noun:
            return _miss(cand, "complement or subject constraint on a noun trigger")
        kinds = memo.get("complements")
        if kinds is None:
            kinds = memo["complements"] = complement_kinds(token)
        if cand.complement and kinds.isdisjoint(cand.complement):
            return _miss(cand, complement_miss(pat.complement, kinds))
        if pat.clause_verbs and syntax.clause_verb_words(token).isdisjoint(pat.clause_verbs):
            return _miss(cand, f"the verb of its clause is none of {', '.join(pat.clause_verbs)}")  # "to travel"
        if cand.subjects:
            subj = memo.get("subjects")
            if subj is None:
                # "some of the protesters", "hundreds of farmers": a quantified subject is what it counts
                subj = memo["subjects"] = {p for t in subject_heads(token) for h in syntax.counted(t)
                                           for p in _subject_words(h)}
            if cand.subjects.isdisjoint(subj):
                return _miss(cand, cand.wrong_subject)
    consumed: list[Token] = []
    if cand.objects:
        if noun:
            return _miss(cand, "object constraint on a noun trigger")
        possible = memo.get("may_fit_object")
        if possible is None:
            possible = memo["may_fit_object"] = _may_fit_object(token, words, ends, plan)
        if not possible >> cand.n & 1:
            return _miss(cand, cand.wrong_object)
        if pat.clause_verbs:   # "ordered the troops to leave": the objects name who is ordered, not the clause's
            phrases = memo.get("addressees")
            if phrases is None:
                phrases = memo["addressees"] = syntax.addressee_phrases(token)
        else:
            phrases = memo.get("objects")
            if phrases is None:
                phrases = memo["objects"] = syntax.object_phrases(token, noun=False)
        if cand.objects.isdisjoint(phrases):
            return _miss(cand, cand.wrong_object)
        if cand.pattern.count and not counting.counted_as(token, cand.pattern.count):   # "killed hundreds of"
            return _miss(cand, f"object is not counted as {cand.pattern.count!r} ('hundreds of', 'more than 200')")
        consumed = [x for xc in syntax.children(token, "xcomp", "ccomp") for x in syntax.conjuncts(xc)]
    if noun:
        event = memo.get("event")
        if event is None:
            event = memo["event"] = _noun_is_event(token)
        if not event:
            return _miss(cand, "noun is not used as an event (no light verb, agent or event preposition)")
    return Attempt(pat, True, fit_why, noun, tokens, consumed, _slot_fit(pat.target, token, noun, memo))


def _before(i: int, words: DocWords, plan: Plan) -> int:
    """The noun candidates whose phrase may end with the word before token ``i`` ("air strike"), as bits."""
    if i == 0 or words.starts[i]:
        return 0
    return matching(plan.before, (words.lemmas[i - 1], words.lowers[i - 1]))


def _may_fit_object(verb: Token, words: DocWords, ends: LastWords, plan: Plan) -> int:
    """The candidates whose object list may fit at ``verb``, as bits: no object phrase can end with a
    word the verb's subtree lacks, so most misses are known without making the phrases."""
    last = words.ends_within(verb.left_edge.i, verb.right_edge.i, ends)
    return plan.everyone if last is None else matching(plan.object_ends, last)


def subject_heads(verb: Token, depth: int = 0) -> list[Token]:
    """The doer of a verb: its subject, the 'by' agent of a passive, the subject of an adjective's copula
    ("it was deeply concerned"), or the subject of the verb it is coordinated with ("the court heard the
    case and blocked the law"); an open complement with none is done by the subject of the verb that
    governs it when that verb has no object ("parliament voted to remove the president", "the army moved
    to dissolve the assembly"; not "urged parliament to remove")."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        kids = syntax.labelled_children(tok)
        heads = [c for c, dep in kids if dep in ("nsubj", "csubj")]
        heads += [g for c, dep in kids if dep == "agent" for g in syntax.children(c, "pobj")]
        if heads:
            return [t for h in heads for t in syntax.conjuncts(h)]
    gov = verb.head
    if depth < 3 and verb.dep_ == "acomp" and gov is not verb:
        # an adjective's doer is its copula's subject ("the ministry said it was deeply concerned")
        return subject_heads(gov, depth + 1)
    if (depth < 3 and verb.dep_ == "xcomp" and gov is not verb and gov.pos_ == "VERB"
            and not any(c.dep_ in syntax.OBJ or c.dep_ == "dative" for c in gov.children)):
        return subject_heads(gov, depth + 1)
    return []


def _mutual(token: Token, memo: dict, noun: bool) -> bool:
    """``reciprocals.mutual_subjects`` (a verb) or ``reciprocals.coordinated_doers`` (an event noun), once
    per token for all the patterns tried there."""
    found = memo.get(("mutual", noun))
    if found is None:
        found = reciprocals.coordinated_doers(token) if noun else reciprocals.mutual_subjects(token)
        memo[("mutual", noun)] = found
    return found


def _preps(token: Token, noun: bool, memo: dict) -> list[tuple[Token, tuple[str, str]]]:
    """The event's prepositions with their forms (``syntax.preps_of``), once per token for all its patterns."""
    preps = memo.get(("preps", noun))
    if preps is None:
        preps = memo[("preps", noun)] = [(p, syntax.forms(p)) for p in syntax.preps_of(token, noun=noun)]
    return preps


def _phrases_ending_at(tok: Token, memo: dict) -> set[str]:
    """``syntax.phrases_ending_at(tok, 4)``, once per token for all the patterns tried at one trigger."""
    key = ("ending", tok.i)
    phrases = memo.get(key)
    if phrases is None:
        phrases = memo[key] = syntax.phrases_ending_at(tok, 4)
    return phrases


def _slot_fit(target: str, token: Token, noun: bool, memo: dict) -> int:
    """Does the parse have the slot the pattern takes its target from? ("struck targets": dobj, not none)."""
    if target.startswith("prep:"):
        return 1 if any(target[5:] in words for _, words in _preps(token, noun, memo)) else 0
    has_obj = memo.get(("has_obj", noun))
    if has_obj is None:
        has_obj = memo[("has_obj", noun)] = not noun and any(dep in syntax.OBJ
                                                             for _, dep in syntax.labelled_children(token))
    if target == "dobj":
        if has_obj or noun:
            return 1 if has_obj else 0
        passive = memo.get("passive")
        if passive is None:
            passive = memo["passive"] = syntax.is_passive(token)
        return 1 if passive else 0
    if target == "none":
        return -1 if has_obj else 0
    return 0


# Prepositions that tie an event noun to its participants when no light verb is present.
_NOUN_EVENT_PREPS = frozenset({"with", "against", "on", "to", "between", "by", "of", "from", "in", "over", "for"})


# A noun inside a name is part of the name ("Amnesty International", "the Peace Corps").
_NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"})


# prepositions naming the other party of an event noun ("visit to", "talks with", "sanctions on")
_PARTY_PREPS = frozenset({"with", "against", "on", "to", "between", "by"})


def _owned(token: Token) -> bool:
    """The noun has an owner: a possessive or a proper-noun modifier ("Xi's visit", "the US strike")."""
    return any(dep == "poss" or (dep in ("compound", "amod", "nmod") and c.pos_ == "PROPN")
               for c, dep in syntax.labelled_children(token))


def _noun_is_event(token: Token) -> bool:
    """An event noun needs a light verb, a possessive/compound agent, or a participant preposition."""
    if token.ent_type_ in _NAME_ENTITIES:
        return False
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        # "Brazil's prisons are among the most dangerous": a description, not an event; but "Xi's
        # visit to Russia was his first trip abroad" names its doer and its other party (a judgement
        # of it, "Trump's request to Ukraine was inappropriate", is the event told, not the request)
        return _owned(token) and any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in token.children) \
            and not any(c.dep_ == "acomp" for c in token.head.children)
    if syntax.light_verb(token) is not None:
        return True
    kids = syntax.labelled_children(token)
    if any(dep == "poss" for _, dep in kids):
        return True
    if any(dep == "prep" and c.lower_ in _NOUN_EVENT_PREPS for c, dep in kids):
        return True
    return token.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos") or any(
        dep in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c, dep in kids)


def best_match(lexicon: VerbLexicon, token: Token) -> tuple[Attempt | None, list[Attempt]]:
    """The winning attempt at ``token`` (highest priority, then most constraints) and every attempt made
    (one per pattern: a fit beats a miss, a longer fitting phrase beats a shorter one)."""
    index = PatternIndex.of(lexicon)
    words = index.doc_words(token.doc)
    plan = index.plan(token, words)
    if not plan.groups:
        return None, []
    memo: dict = {}
    ends = index.ends
    attempts = []
    best = None
    fits = 0
    before = possible = None
    present: frozenset[str] | None | bool = False
    for group in plan.groups:
        kept = None
        for cand in group:
            attempt = None
            quick = cand.quick
            if quick:   # the commonest misses, told by the token's words alone
                if quick == QUICK_PHRASE:
                    if before is None:
                        before = memo["before"] = _before(token.i, words, plan)
                    if not before >> cand.n & 1:
                        attempt = cand.misses.get(cand.missing_words) or _miss(cand, cand.missing_words)
                elif quick == QUICK_PREP:
                    if present is False:
                        present = memo["sentence"] = words.sentence_words(token.i)
                    check = cand.preps[0]
                    if present is not None and check.prep not in present:
                        attempt = cand.misses.get(check.missing) or _miss(cand, check.missing)
                else:
                    if possible is None:
                        possible = memo["may_fit_object"] = _may_fit_object(token, words, ends, plan)
                    if not possible >> cand.n & 1:
                        attempt = cand.misses.get(cand.wrong_object) or _miss(cand, cand.wrong_object)
            if attempt is None:
                attempt = _attempt(cand, token, memo, words, ends, plan)
            if kept is None or (attempt.ok and (not kept.ok or attempt.rank > kept.rank)):
                kept = attempt
        attempts.append(kept)
        if kept.ok:
            fits += 1
            if best is None or kept.rank > best.rank:
                best = kept
    if fits > 1:
        for a in attempts:
            if a.ok and a is not best:
                a.why = f"fits, but {best.pattern.rule} ranks higher"
    return best, attempts


def _subject_words(head: Token) -> set[str]:
    """The words a subject head meets a pattern's subject list with: its noun phrases, and 'people' for a
    plural nationality ("thousands of Georgians marched", "Moroccans rallied": people of a country)."""
    words = set(syntax.noun_phrases(head))
    if head.tag_ == "NNPS" and head.ent_type_ == "NORP":
        words.add("people")
    return platforms.subject_words(head, words)   # "US bombers struck": the aircraft, not suicide bombers
