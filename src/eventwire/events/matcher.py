"""Match lexicon patterns against one trigger token; say why each candidate fits or not."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..dictionaries.verb_lexicon import Pattern, Trigger, VerbLexicon
from . import syntax


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


class TriggerWords:
    """Which words of a parsed doc may be triggers, read from the doc's arrays of string ids (no Token
    is made for the five in six words that are no trigger word). A word's verdict is kept by its string
    id, so each distinct lemma or word form is looked up in the lexicon once (the verdicts grow with
    the vocabulary the coder has seen, one small entry per distinct string, and no further)."""

    def __init__(self, lexicon: VerbLexicon) -> None:
        self._words = frozenset(lexicon.by_verb) | frozenset(lexicon.by_noun)
        self._known: dict[int, bool] = {}

    def positions(self, doc: Doc) -> list[int]:
        """Indexes of the tokens whose lower-case lemma or word form is a trigger word of the lexicon
        (``candidates`` gives the same tokens a trigger)."""
        known, words, strings = self._known, self._words, doc.vocab.strings
        out = []
        for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
            for key in (lemma, lower):
                hit = known.get(key)
                if hit is None:
                    hit = known[key] = strings[key].lower() in words
                if hit:
                    out.append(i)
                    break
        return out


def candidates(lexicon: VerbLexicon, token: Token) -> list[tuple[Trigger, bool]]:
    """Every (trigger, is_noun) the lexicon holds for this token's lemma or word form."""
    lemma, lower = syntax.forms(token)
    by_verb, by_noun = lexicon.by_verb, lexicon.by_noun
    # most tokens are no trigger word at all: answer before reading their part of speech
    if lemma not in by_verb and lemma not in by_noun and lower not in by_verb and lower not in by_noun:
        return []
    keys = (lemma,) if lemma == lower else (lemma, lower)
    pos = token.pos_
    if pos in syntax.FUNCTION_POS:
        return []
    out: list[tuple[Trigger, bool]] = []
    if pos in syntax.VERB_POS and token.dep_ not in ("aux", "auxpass"):
        for key in keys:
            out.extend((t, False) for t in by_verb.get(key, []))
    if pos in syntax.NOUN_POS:
        for key in keys:
            out.extend((t, True) for t in by_noun.get(key, []))
    seen: set[tuple[str, str, bool]] = set()
    unique = []
    for trig, noun in out:
        key = (trig.pattern.rule, trig.phrase, noun)
        if key not in seen:
            seen.add(key)
            unique.append((trig, noun))
    return unique


def _extra_word_pool(token: Token) -> list[Token]:
    """The children (and their prepositions' objects) a multi-word verb's extra words may be."""
    pool = [c for c in token.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "acomp", "compound:prt",
                                                    "npadvmod", "dative", "attr", "oprd", "xcomp")
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


def _is_time_phrase(tok: Token) -> bool:
    """"on Friday", "in June": a preposition whose object is a date is no particle of the verb."""
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)


def try_pattern(trig: Trigger, noun: bool, token: Token, memo: dict | None = None) -> Attempt:
    """Check every constraint of ``trig.pattern`` at ``token``."""
    pat = trig.pattern
    memo = {} if memo is None else memo    # per-token values shared by the patterns tried here
    tokens = [token]
    if noun:
        prefix = memo.get(("prefix", trig.extra))
        if prefix is None:
            prefix = memo[("prefix", trig.extra)] = syntax.prefix_matches(token, trig.extra)
        if not prefix:
            return Attempt(pat, False, f"needs the words '{trig.phrase}'", noun)
        tokens = [token.doc[token.i - len(trig.extra) + k] for k in range(len(trig.extra))] + [token]
    elif trig.extra:
        pool = memo.get("pool")
        if pool is None:
            pool = memo["pool"] = _extra_word_pool(token)
        extra = _find_extra_words(token, trig.extra, pool)
        if extra is None:
            return Attempt(pat, False, f"needs '{trig.phrase}' (missing {' '.join(trig.extra)!r})", noun)
        tokens = [token, *extra]
    if not noun and pat.voice != "any":
        passive = memo.get("passive")
        if passive is None:
            passive = memo["passive"] = syntax.is_passive(token)
        if (pat.voice == "passive") != passive:
            return Attempt(pat, False, f"voice is {'passive' if passive else 'active'}, pattern wants {pat.voice}", noun)
    preps = _preps(token, noun, memo) if pat.preps else None   # read only by patterns that need them
    fit_why = "fits"
    for prep, objs in pat.preps:
        hits = [p for p, words in preps if prep in words and p not in tokens[1:]]
        if not hits:
            if prep == "with" and not objs and pat.symmetric and _mutual(token, memo, noun):
                fit_why = "fits (its subject names both sides: 'A and B clashed' is 'A clashed with B')" if not noun \
                    else "fits (its light verb's subject names both sides: 'A and B held a meeting')"
                continue
            return Attempt(pat, False, f"no '{prep}' phrase", noun)
        if objs:
            allowed = set(objs)
            if not any(_phrases_ending_at(o, memo) & allowed for p in hits for o in syntax.prep_objects(p)):
                return Attempt(pat, False, _not_one_of(f"'{prep}' phrase", tuple(objs[:6])), noun)
    if pat.complement or pat.subjects:
        if noun:
            return Attempt(pat, False, "complement or subject constraint on a noun trigger", noun)
        kinds = memo.get("complements")
        if kinds is None:
            kinds = memo["complements"] = complement_kinds(token)
        if pat.complement and kinds.isdisjoint(pat.complement):
            return Attempt(pat, False, _complement_miss(pat.complement, kinds), noun)
        if pat.subjects:
            subj = memo.get("subjects")
            if subj is None:
                subj = memo["subjects"] = {p for t in subject_heads(token) for p in syntax.noun_phrases(t)}
            if subj.isdisjoint(pat.subjects):
                return Attempt(pat, False, _not_one_of("subject", tuple(pat.subjects[:6])), noun)
    consumed: list[Token] = []
    if pat.objects:
        if noun:
            return Attempt(pat, False, "object constraint on a noun trigger", noun)
        phrases = memo.get("objects")
        if phrases is None:
            phrases = memo["objects"] = syntax.object_phrases(token, noun=False)
        if phrases.isdisjoint(pat.objects):
            return Attempt(pat, False, _not_one_of("object", tuple(pat.objects[:6])), noun)
        consumed = [x for xc in syntax.children(token, "xcomp", "ccomp") for x in syntax.conjuncts(xc)]
    if noun and not _noun_is_event(token):
        return Attempt(pat, False, "noun is not used as an event (no light verb, agent or event preposition)", noun)
    return Attempt(pat, True, fit_why, noun, tokens, consumed, _slot_fit(pat.target, token, noun, memo))


def complement_kinds(verb: Token) -> frozenset[str]:
    """The clauses a verb takes: "gerund" ("denied sending", "denied having sent"), "to" ("told X to
    leave") and "that" (a finite clause: "denied that it had sent", "denied it sent"); "none" if none."""
    kinds = set()
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        aux = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "to" for a in aux):
            kinds.add("to")
        elif c.tag_ == "VBG" or (c.dep_ == "xcomp" and any(a.tag_ == "VBG" for a in aux)):
            kinds.add("gerund")
        elif c.dep_ == "ccomp" and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ != "VBG" for a in aux)):
            kinds.add("that")
            if _tells_what_to_do(c, aux):
                kinds.add("should")
        elif c.dep_ == "ccomp" and _tells_what_to_do(c, aux):
            kinds.add("should")
    # the parser reads "denied supplying missiles" as the object "missiles" with an adjective "supplying"
    if any(c.dep_ == "dobj" and any(a.dep_ == "amod" and a.tag_ == "VBG" and a.i == verb.i + 1 for a in c.children)
           for c in verb.children):
        kinds.add("gerund")
    if not kinds and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        kinds.add("none")
    return frozenset(kinds)


_BIDDING_MODALS = frozenset({"must", "should", "shall"})


def _tells_what_to_do(clause: Token, aux: list[Token]) -> bool:
    """A finite clause of what someone is to do: a bare verb with its own subject and no tense ("insisted
    that Ukraine restore the schools", "... that Iran not enrich") or one with "must", "should" or "shall"
    ("insists Hamas must free the hostages"); not a clause of what is so ("insisted the vote was fair")."""
    if any(a.lower_ in _BIDDING_MODALS for a in aux):
        return True
    if any(a.tag_ in ("MD", "VBD", "VBZ", "VBP") for a in aux):
        return False
    return ((clause.tag_ == "VB" or any(a.tag_ == "VB" for a in aux))
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _complement_miss(wanted: tuple[str, ...], found: frozenset[str]) -> str:
    """Why a complement constraint failed: "needs a gerund / that clause (has: to)"."""
    has = ", ".join(sorted(found - {"none"})) or "no clause"
    if wanted == ("none",):
        return f"needs no clause after the verb (has: {has})"
    return f"needs a {' / '.join(k for k in wanted if k != 'none')} clause after the verb (has: {has})"


def subject_heads(verb: Token, depth: int = 0) -> list[Token]:
    """The doer of a verb: its subject, the 'by' agent of a passive, or the subject of the verb it is
    coordinated with ("the court heard the case and blocked the law"); an open complement with none is
    done by the subject of the verb that governs it when that verb has no object ("parliament voted to
    remove the president", "the army moved to dissolve the assembly"; not "urged parliament to remove")."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        heads = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        heads += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if heads:
            return [t for h in heads for t in syntax.conjuncts(h)]
    gov = verb.head
    if (depth < 3 and verb.dep_ == "xcomp" and gov is not verb and gov.pos_ == "VERB"
            and not any(c.dep_ in syntax.OBJ or c.dep_ == "dative" for c in gov.children)):
        return subject_heads(gov, depth + 1)
    return []


def _mutual(token: Token, memo: dict, noun: bool) -> bool:
    """``syntax.mutual_subjects`` (a verb) or ``syntax.coordinated_doers`` (an event noun), once per
    token for all the patterns tried there."""
    found = memo.get(("mutual", noun))
    if found is None:
        found = memo[("mutual", noun)] = syntax.coordinated_doers(token) if noun else syntax.mutual_subjects(token)
    return found


def _preps(token: Token, noun: bool, memo: dict) -> list[tuple[Token, tuple[str, str]]]:
    """The event's prepositions with their forms (``syntax.preps_of``), once per token for all its patterns."""
    preps = memo.get(("preps", noun))
    if preps is None:
        preps = memo[("preps", noun)] = [(p, syntax.forms(p)) for p in syntax.preps_of(token, noun=noun)]
    return preps


@lru_cache(maxsize=4096)
def _not_one_of(what: str, words: tuple[str, ...]) -> str:
    """The reason a pattern's word list missed ("object not one of ['talks', ...]"), made once per list."""
    return f"{what} not one of {list(words)}"


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
        has_obj = memo[("has_obj", noun)] = not noun and any(c.dep_ in syntax.OBJ for c in token.children)
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
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN")
               for c in token.children)


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
    if any(c.dep_ == "poss" for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in _NOUN_EVENT_PREPS for c in token.children):
        return True
    return token.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos") or any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in token.children)


def best_match(lexicon: VerbLexicon, token: Token) -> tuple[Attempt | None, list[Attempt]]:
    """The winning attempt at ``token`` (highest priority, then most constraints) and every attempt made."""
    found = candidates(lexicon, token)
    if not found:
        return None, []
    by_rule: dict[str, Attempt] = {}
    memo: dict = {}
    for trig, noun in found:
        attempt = try_pattern(trig, noun, token, memo)
        prior = by_rule.get(attempt.pattern.rule)
        # one attempt per pattern: a fit beats a miss, a longer fitting phrase beats a shorter one
        if prior is None or (attempt.ok and (not prior.ok or attempt.rank > prior.rank)):
            by_rule[attempt.pattern.rule] = attempt
    attempts = list(by_rule.values())
    fits = [a for a in attempts if a.ok]
    if not fits:
        return None, attempts
    best = max(fits, key=lambda a: a.rank)
    for a in fits:
        if a is not best:
            a.why = f"fits, but {best.pattern.rule} ranks higher"
    return best, attempts
