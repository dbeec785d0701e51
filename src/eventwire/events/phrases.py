"""Phrases a pattern's word lists are matched against: the normalised lemma / text phrases that end at a token
("phone call", "call") and a gerund's verb phrase through its object ("opening fire"). Moved out of syntax.py,
which re-exports ``forms`` and ``phrases_ending_at`` for its callers."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token


def _unaccented(word: str) -> str:
    """``word`` without its accents ("chargé" -> "charge"): the lexicon's word lists are plain ASCII, while
    formal and translated copy keeps the accents of borrowed words ("the chargé d'affaires")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def forms(token: Token) -> tuple[str, str]:
    """Lower-case lemma and lower-case text (lemmas of proper nouns keep their case in spaCy), unaccented."""
    return _unaccented(token.lemma_.lower()), _unaccented(token.lower_)


def gerund_phrases(token: Token) -> set[str]:
    """For a gerund with its own object right after it, the verb phrase through that object ("accused
    them of opening fire on ...": 'open fire', 'opening fire'); else nothing."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG":
        return set()
    obj = next((c for c in token.children if c.dep_ in ("dobj", "prt") and 0 < c.i - token.i <= 2), None)
    if obj is None:
        return set()
    size = obj.i - token.i + 1
    return {p for p in phrases_ending_at(obj, size) if p.count(" ") + 1 == size}


def phrases_ending_at(token: Token, max_words: int = 5) -> set[str]:
    """Normalised lemma/text phrases of 1..max_words tokens ending at ``token`` ("phone call", "call")."""
    doc = token.doc
    out: set[str] = set()
    i = token.i
    if i < 0 or max_words < 1:
        return out
    tok = token
    if tok.is_punct and tok.text != "-":
        return out
    lemmas, texts = forms(tok)
    # the head word in its text form with lemmas before it ("bilateral talks")
    mixed = texts
    words = 1
    while True:
        out.add(lemmas)
        out.add(texts)
        out.add(mixed)
        if tok.is_sent_start:
            break
        i -= 1
        if i < 0 or words >= max_words:
            break
        tok = doc[i]
        if tok.is_punct and tok.text != "-":
            break
        lemma, text = forms(tok)
        lemmas = f"{lemma} {lemmas}"
        texts = f"{text} {texts}"
        mixed = f"{lemma} {mixed}"
        words += 1
    return out
