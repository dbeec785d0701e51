"""Token attributes read once per document from spaCy's arrays, so the scans over every token
make no Token object (creating one per token and attribute was most of the quotes stage)."""

from __future__ import annotations

from spacy.tokens import Doc

_TABLE_ATTRS = ("LOWER", "TAG", "DEP", "POS", "LEMMA")


def token_table(doc: Doc) -> tuple[list[str], list[str], list[str], list[int], list[str]]:
    """Per token, read once from the document's arrays: lower-case text, tag, dependency label,
    part of speech (a ``spacy.symbols`` id) and lower-cased lemma."""
    if not len(doc):
        return [], [], [], [], []
    strings = doc.vocab.strings
    names: dict[int, str] = {}

    def name(key: int) -> str:
        found = names.get(key)
        if found is None:
            found = names[key] = strings[key]
        return found

    lowered: dict[int, str] = {}

    def lower(key: int) -> str:
        found = lowered.get(key)
        if found is None:
            found = lowered[key] = strings[key].lower()
        return found

    cols = doc.to_array(list(_TABLE_ATTRS)).T.tolist()
    return ([name(k) for k in cols[0]], [name(k) for k in cols[1]], [name(k) for k in cols[2]],
            cols[3], [lower(k) for k in cols[4]])


def with_clause_after(doc: Doc, deps: list[str]) -> set[int]:
    """Tokens with a ccomp child after them (the only verbs ``cues._that_clause_entry`` can accept)."""
    out = set()
    for i, dep in enumerate(deps):
        if dep == "ccomp":
            head = doc[i].head.i
            if head < i:
                out.add(head)
    return out


def text_and_starts(doc: Doc) -> tuple[str, list[int]]:
    """The document's text and its tokens' character offsets, read from the arrays (as
    ``doc.text`` and ``[t.idx for t in doc]`` give them, without a Token object per token)."""
    if not len(doc):
        return doc.text, []
    strings = doc.vocab.strings
    orth, space, idx = doc.to_array(["ORTH", "SPACY", "IDX"]).T.tolist()
    text = "".join(strings[o] + " " if s else strings[o] for o, s in zip(orth, space))
    return text, idx
