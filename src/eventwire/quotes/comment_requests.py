"""The wire's note that someone did not answer a request for comment ("The campaign has yet to respond to a
request for comment", "has not replied to an email seeking comment"): the "to" phrase is what the note
reports of the speaker (``comment_requests`` of data/quotes/reporting_verbs.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QuoteLexicon


def unanswered_request(verb: Token, lexicon: QuoteLexicon) -> tuple[int, int] | None:
    """Token span of the "to" phrase naming a request for comment the verb answered (or did not), else None."""
    if verb.lemma_.lower() not in lexicon.answer_verbs:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in lexicon.comment_requests \
                and any(t.lemma_.lower() == "comment" for t in noun.subtree):
            return prep.i, prep.right_edge.i + 1
    return None
