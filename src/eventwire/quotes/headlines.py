"""Title Case headlines: a lower-cased copy for the parse.

spaCy's small model reads a capitalised word as a proper noun, so a headline written in Title Case
("Sanders Vows To Fight On", "Widow Confronts Mayor Over His Refusal To Reopen The Inquiry") loses its
verb: "Vows" becomes a noun and the quote is gone. A line whose words are nearly all capitalised is
parsed again from a copy in which the capitals that are no names are lower-cased; the quotes found in
that copy replace the ones of the line, with the offsets of the original text (the copy has the same
length, character for character, so every offset carries over).

A word keeps its capital when it is the line's first word, is written in capitals throughout or with
a capital inside ("NATO", "U.S.", "McConnell"), or is written with a capital in the middle of a
sentence of the article's other lines (the article's names: "Sanders", "Trump", "Wells Fargo").
Lines with lower-case words of four letters or more are no headlines and are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BASE = re.compile(r"['’-]")
_MIN_WORDS = 3            # content words (four letters or more, after the first word) a headline needs
_MAX_WORDS = 40           # a longer line is a paragraph, whatever its case


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def headline_lines(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the lines written in Title Case: of the words of four letters or more
    after the first, at least three, all capitalised."""
    for match in _LINE.finditer(text):
        words = _WORD.findall(match.group())
        if len(words) > _MAX_WORDS:
            continue
        content = [w for w in words[1:] if len(w) >= 4]
        if len(content) >= _MIN_WORDS and all(_capitalised(w) for w in content):
            yield match.start(), match.end()


def article_names(doc: Doc, skip: list[tuple[int, int]]) -> frozenset[str]:
    """The words written with a capital inside a sentence, outside the lines in ``skip``."""
    names: set[str] = set()
    for sent in doc.sents:
        if any(start <= sent.start_char < end for start, end in skip):
            continue
        for tok in sent[1:]:
            if tok.is_alpha and tok.text[0].isupper() and not doc[tok.i - 1].is_punct:
                names.add(tok.text)
    return frozenset(names)


def lowered_copy(line: str, names: frozenset[str], common: frozenset[str]) -> str | None:
    """The line with the capitals of its common words (``common``: base forms of English words, lower
    case) lower-cased, or None when nothing changes. A word no form of which is common stays ("Lopez",
    "Obama"). Only a capital that lower-cases to one character is changed, so offsets stay those of
    ``line``."""
    chars = list(line)
    for k, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        base = _BASE.split(word)[0]         # "Clinton’s", "Anti-Trump": the name before the mark
        if k == 0 or not _capitalised(word) or base in names or any(c.isupper() for c in word[1:]) \
                or not _is_common(base.lower(), common):
            continue
        low = word[0].lower()
        if len(low) == 1:
            chars[match.start()] = low
    copy = "".join(chars)
    return copy if copy != line else None


def _is_common(word: str, common: frozenset[str]) -> bool:
    """Whether the word or a base form of it by a regular ending ("vows", "denies", "promised",
    "planned", "railing", "making") is in ``common``."""
    if word in common:
        return True
    for ending, base in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[:-len(ending)]
            if stem + base in common or (base == "" and len(stem) > 2 and stem[-1] == stem[-2]
                                         and stem[:-1] in common):
                return True
    return False


_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"), ("er", ""), ("ers", ""), ("est", ""))


class Reparse:
    """One headline line parsed again from its lower-cased copy: the copy's Doc, where it starts in
    the article, and for each of its tokens the article token at the same characters."""

    def __init__(self, doc: Doc, copy: Doc, offset: int) -> None:
        self.copy, self.offset, self.text = copy, offset, doc.text
        self.tokens: list[int] = []
        for tok in copy:
            span = doc.char_span(tok.idx + offset, tok.idx + offset + len(tok), alignment_mode="expand")
            self.tokens.append(span.start if span is not None and len(span) else 0)

    def original(self, start: int, end: int) -> str:
        """The article's text at the copy's characters [start, end)."""
        return self.text[start + self.offset:end + self.offset]

    def cue(self, cue: str | None, cue_token: int | None) -> str | None:
        """The cue as the article writes it ("Vows", not "vows")."""
        if cue is None:
            return None
        at = self.copy.text.find(cue, self.copy[cue_token].idx if cue_token is not None else 0)
        if at < 0:
            at = self.copy.text.find(cue)
        return self.original(at, at + len(cue)) if at >= 0 else cue


def common_words(nlp: Language) -> frozenset[str]:
    """The language's stop words ("to", "against", "his") and the base forms the model's rule lemmatizer
    lists (nouns, verbs, adjectives, adverbs; none when the model has no such lemmatizer)."""
    words = set(nlp.Defaults.stop_words)
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is not None and lookups.has_table("lemma_index"):
        table = lookups.get_table("lemma_index")
        words.update(word for pos in table.keys() for word in table[pos])
    return frozenset(words)
