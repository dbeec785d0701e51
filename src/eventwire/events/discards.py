"""Discard rules of the event coder (``data/filters/discards.yaml``): non-political uses of
violent and diplomatic words ("beat" in sports, "attack" in chess, "hit a record high")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..dictionaries.verb_lexicon import DiscardRule, Pattern, VerbLexicon
from . import syntax
from .parse_memo import TokenTable, remembered, token_table
from .pattern_index import PatternIndex


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})   # named entities that are places ("claims to Sabah")


class DiscardChecker:
    """Vetoes triggers by the lexicon's discard rules."""

    def __init__(self, lexicon: VerbLexicon) -> None:
        self.lexicon = lexicon
        # per rule: its one-word context words (looked up among the words of the trigger's context)
        # and its context phrases padded with blanks (searched in the context's text)
        self._context: dict[int, tuple[DiscardRule, frozenset[str], tuple[str, ...]]] = {}
        self._phrases: dict[int, tuple[DiscardRule, tuple[frozenset[str], ...]]] = {}   # its phrases' words
        # (trigger word, pattern rule, pattern code) -> the rules listed under the word that veto such a pattern
        # (``_rules_at``: the coder asks for every reading of every trigger; the lexicon's rules do not change)
        self._vetoing: dict[tuple[str, str | None, str | None], tuple[DiscardRule, ...]] = {}

    def phrase_cover(self, sent: Span) -> dict[int, DiscardRule]:
        """Token index -> the phrase-only discard rule whose phrase covers it."""
        covered: dict[int, DiscardRule] = {}
        index = self.lexicon.discard_phrase_index
        if index:
            # the sentence's word forms and lemmas, as the matcher read them from the doc's arrays
            found = PatternIndex.of(self.lexicon).doc_words(sent.doc)
            words, lemmas = found.lowers[sent.start:sent.end], found.lemmas[sent.start:sent.end]
            for i in range(len(words)):
                phrases = index.get(words[i])   # (the word's phrases, then its lemma's)
                if lemmas[i] != words[i] and lemmas[i] in index:
                    phrases = phrases + index[lemmas[i]] if phrases else index[lemmas[i]]
                for phrase, rule in phrases or ():
                    n = len(phrase)
                    if i + n <= len(words) and all(phrase[k] in (words[i + k], lemmas[i + k]) for k in range(n)):
                        covered.update({sent.start + i + k: rule for k in range(n)})
        return covered

    def reason(self, tok: Token, sent: Span, covered: dict[int, DiscardRule], pattern: Pattern | None = None) -> str:
        """A discard rule vetoes a trigger: its lemma is listed and a context word stands in the
        trigger's subject/object phrases or next to it, or one of its phrases is in the sentence;
        a rule with phrases only vetoes the triggers inside a phrase ("hit a record high"). A rule
        that names patterns (or codes) vetoes only a trigger fitting ``pattern`` among them."""
        if tok.i in covered and covered[tok.i].vetoes(pattern):
            return f"discard rule {covered[tok.i].id}"
        rules = self._rules_at(tok, pattern)
        if not rules:
            return ""
        near: dict[str, tuple[str, frozenset[str]]] = {}   # the context of a kind ("" or "subject"), made once
        text = ""   # the sentence's words, made only for a rule with phrases
        in_doc = remembered(tok.doc, ("discard doc words",), lambda: _doc_words(tok.doc))
        for rule in rules:
            _, words, phrases = self._context_of(rule)
            # (a context is made of the doc's words: a rule none of whose context words or phrases the doc holds
            # finds none in any context of it, and its context is not made)
            if not words.isdisjoint(in_doc) or any(need <= in_doc for need in self._phrase_words(rule)):
                # (a 'subject' rule: "soldiers besieged the town hall", not "villagers besieged the police station";
                # an 'object' rule: "dismissed the charges", not "rejecting an argument against the charges")
                # (a rule that spares some objects reads its own: "claims to the islands" is no claim denied)
                kind = rule.context_in + (f"#{rule.id}" if rule.spare else "")
                found = near.get(kind)
                if found is None:
                    # (read once per trigger and kind while the doc holds a parse memo)
                    ctx = remembered(tok.doc, ("discard context", tok.i, kind),
                                     lambda: _object_heads(tok, rule.spare) if rule.context_in == "object" else
                                     _own_phrase_text(tok) if rule.context_in == "phrase" else
                                     _context_text(tok, subject_only=rule.context_in == "subject"))
                    # " w " is in the text exactly when w is one of these words
                    found = near[kind] = (ctx, frozenset(ctx.split(" ")))
                if not words.isdisjoint(found[1]) or any(p in found[0] for p in phrases):
                    return f"discard rule {rule.id}"
            if rule.phrases:
                text = text or remembered(sent.doc, ("sentence text", sent.start, sent.end), lambda: _norm_text(sent))
                if any(f" {p} " in text for p in rule.phrases):
                    return f"discard rule {rule.id}"
        return ""

    def _rules_at(self, tok: Token, pattern: Pattern | None) -> tuple[DiscardRule, ...]:
        """The rules listed under ``tok``'s lower-case lemma (else its word form) that veto ``pattern``
        (``DiscardRule.vetoes``), read from the doc's words as the matcher has them; found once per word and
        pattern (its rule name and code, all ``vetoes`` reads of it)."""
        by_lemma = self.lexicon.discards_by_lemma
        words = PatternIndex.of(self.lexicon).doc_words(tok.doc)
        word = words.lemmas[tok.i]
        if word not in by_lemma:
            word = words.lowers[tok.i]
            if word not in by_lemma:
                return ()
        key = (word, None, None) if pattern is None else (word, pattern.rule, pattern.code)
        found = self._vetoing.get(key)
        if found is None:
            found = self._vetoing[key] = tuple(r for r in by_lemma[word] if r.vetoes(pattern))
        return found

    def _context_of(self, rule: DiscardRule) -> tuple[DiscardRule, frozenset[str], tuple[str, ...]]:
        """``rule``'s context as one-word words and padded phrases, made once per rule."""
        found = self._context.get(id(rule))
        if found is None or found[0] is not rule:
            found = self._context[id(rule)] = (rule, frozenset(c for c in rule.context if c and " " not in c),
                                               tuple(f" {c} " for c in rule.context if not c or " " in c))
        return found

    def _phrase_words(self, rule: DiscardRule) -> tuple[frozenset[str], ...]:
        """The words of each of ``rule``'s context phrases: all of them stand in a doc's words when the phrase may
        stand in a context of it; made once per rule."""
        found = self._phrases.get(id(rule))
        if found is None or found[0] is not rule:
            found = self._phrases[id(rule)] = (rule, tuple(frozenset(c.split(" ")) - {""} for c in rule.context
                                                           if not c or " " in c))
        return found[1]


def _doc_words(doc) -> frozenset[str]:
    """The blank-separated pieces of the doc's lower-case words and lemmas: every word of a trigger's context
    (``_context_text``, ``_own_phrase_text``, ``_object_heads``) is one of them."""
    table = token_table(doc)
    return frozenset(" ".join(table.lowers + table.lemmas).split(" "))


def _norm_text(span) -> str:
    return " " + " ".join(t.lower_ for t in span if not t.is_space) + " "


def _object_heads(tok: Token, spare: tuple[tuple[str, frozenset[str]], ...] = ()) -> str:
    """Lower-case words and lemmas of the head words of the trigger's direct objects (and passive subjects),
    with their compounds: "dismissed the media reports" -> media report(s). A head that ``spare`` spares (its
    lemma is listed there with one of its prepositions or modifiers: "claims to the islands") is left out."""
    heads = [c for c in tok.children if c.dep_ in syntax.OBJ | syntax.PASS_SUBJ]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    if spare:
        heads = [h for h in heads if not _spared(h, spare)]
    parts: list[str] = []
    for head in heads:
        words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
        parts.append(" " + " ".join(t.lower_ for t in words) + " ")
        parts.append(" " + " ".join(t.lemma_.lower() for t in words) + " ")
    return " ".join(parts)


def _spared(head: Token, spare: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Is ``head`` a context word that one of its modifiers spares ("territorial claims") or one of its prepositions
    whose object is land ("claims over the shoal", "claims to Sabah", "claims to the island of X")? A preposition
    the parser hung on the verb right after the object counts as the object's when its object is land too: the
    press a claim was dismissed to ("dismissed the claims to reporters") or an act it is about ("claims over the
    hospital strike") spares nothing."""
    lemma = head.lemma_.lower()
    for word, spared in spare:
        if word in (lemma, head.lower_):
            if any(_listed(c, spared) for c in head.children if c.dep_ in ("amod", "compound", "nmod")):
                return True
            preps = [c for c in head.children if c.dep_ == "prep"]
            preps += [c for c in head.head.children if c.dep_ == "prep" and c.i == head.right_edge.i + 1]
            return any(_listed(p, spared) and any(_names_land(o, spared) for o in p.children if o.dep_ == "pobj")
                       for p in preps)
    return False


def _listed(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _names_land(obj: Token, spared: frozenset[str]) -> bool:
    """Is a preposition's object a place (a place name, a listed land noun: "the islands", "the disputed region",
    or such a noun's 'of' place: "the state of Sabah")?"""
    words = [obj] + [c for c in obj.children if c.dep_ == "compound"]
    words += [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(w.ent_type_ in _PLACE_ENTITIES or _listed(w, spared) for w in words)


def _context_text(tok: Token, *, subject_only: bool = False) -> str:
    """Lower-case words (and lemmas) of the trigger's subject and object phrases and of the 3 words around
    it; with ``subject_only``, of its subject phrase only (or of the verb it is coordinated with)."""
    parts: list[str] = []
    deps = syntax.SUBJ if subject_only else syntax.SUBJ | syntax.PASS_SUBJ | syntax.OBJ | {"attr", "npadvmod"}
    verb = tok
    if subject_only and not syntax.children(tok, *syntax.SUBJ) and tok.dep_ == "conj":
        verb = tok.head     # "troops moved in and surrounded the palace"
    doc = tok.doc
    table = token_table(doc)   # (the doc's words and lemmas read by index: no Token made for each)
    for c, dep in syntax.labelled_children(verb):
        if dep in deps:
            parts.extend(_words_and_lemmas(table, table.subtree(c)))
    if subject_only:
        return " ".join(parts)
    parts.extend(_words_and_lemmas(table, range(max(0, tok.i - 3), min(len(doc), tok.i + 4))))
    return " ".join(parts)


# the clauses and words hung on a trigger that tell another act than its own ("agreed to a ceasefire in Gaza,
# while X and Y extended their trade truce": the truce of the 'while' clause is not the ceasefire's)
_OTHER_CLAUSES = frozenset({"advcl", "conj", "cc", "ccomp", "parataxis", "punct", "mark"})


def _own_phrase_text(tok: Token) -> str:
    """Lower-case words (and lemmas) of the trigger's own phrase: the trigger with the phrases hung on it (its
    subject, objects, prepositional phrases, modifiers, open complement) but not the clauses of another act
    ("agreed to a truce in their trade war", "extended their trade truce", a noun's own subtree)."""
    table = token_table(tok.doc)
    keep = {tok.i}
    for child, dep in syntax.labelled_children(tok):
        if dep not in _OTHER_CLAUSES:
            keep.update(table.subtree(child))
    return " ".join(_words_and_lemmas(table, sorted(keep)))


def _words_and_lemmas(table: TokenTable, indexes: Sequence[int]) -> tuple[str, str]:
    """The lower-case words (whitespace tokens left out, as ``_norm_text``) and the lemmas of the tokens at
    ``indexes``, each padded with blanks."""
    lowers, lemmas = table.lowers, table.lemmas
    return (" " + " ".join(lowers[k] for k in indexes if not lowers[k].isspace()) + " ",
            " " + " ".join(lemmas[k] for k in indexes) + " ")
