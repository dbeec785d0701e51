"""Speaker records: pronouns and document nouns sent back to the last fitting named speaker, and
the record with the actor code from the actor stage's mentions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from ..records import Speaker
from .speakers import SpeakerMention

PERSONAL = frozenset({"he", "she", "him", "her", "his"})
GROUP = frozenset({"they", "them", "it", "we"})


class SpeakerTracker:
    """Remembers named speakers in document order and resolves pronouns (and document nouns such
    as "the statement") to the latest fitting one."""

    def __init__(self, doc: Doc, document_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.document_nouns = document_nouns
        self.person: int | None = None
        self.group: int | None = None
        self.any: int | None = None
        self.body: int | None = None      # the last speaker named by a singular common noun ("the command")

    def resolve(self, mention: SpeakerMention, remember: bool = True) -> SpeakerMention:
        """Resolve a pronoun or document noun; a named speaker becomes the latest antecedent
        unless ``remember`` is false (a speaker inside someone else's reported speech)."""
        head = self.doc[mention.head]
        word = head.lower_
        if head.pos_ == "PRON":
            if word in PERSONAL:
                mention.antecedent = self.person if self.person is not None else self.any
            elif word == "it":
                mention.antecedent = self._thing()
            elif word in GROUP:
                mention.antecedent = self.group if self.group is not None else self.any
            return mention
        if head.lemma_.lower() in self.document_nouns and not any(
                self.doc[i].pos_ == "PROPN" for i in range(mention.start, mention.end)):
            mention.antecedent = self.group if self.group is not None else self.any
            return mention
        if remember and head.tag_ == "NN" and not head.ent_type_:
            self.body = head.i             # "the Polish operational command said ... It added"
        if remember and (head.pos_ == "PROPN" or head.ent_type_):
            if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not head.ent_type_):
                self.person = head.i
            else:
                self.group = head.i
            self.any = head.i
        return mention

    def _thing(self) -> int | None:
        """What "it" said: the latest organisation or body named as a speaker ("the border command said
        ... it added"), never a person named as one."""
        named = [i for i in (self.group, self.body) if i is not None]
        if named:
            return max(named)
        return self.any if self.any is not None and self.any != self.person else None


def to_record(mention: SpeakerMention, doc: Doc, lookup: Callable[[int], tuple[str | None, str | None]]) -> Speaker:
    """Speaker record: text and offsets of the mention; name/code from the actor at its head.
    A relative pronoun shows its own words ("who", "whose spokesman") with the antecedent's name
    and code, as a pronoun does ("he" -> Trump). A pronoun takes the actor stage's resolution of it first (it weighs gender and clause
    structure); the quote stage's own antecedent (the last named speaker) only when the actor
    stage found nothing there, or to name the actor it coded."""
    span = doc[mention.shown[0]:mention.shown[1]] if mention.shown is not None else doc[mention.start:mention.end]
    order = [mention.head, mention.antecedent] if mention.is_pronoun(doc) else [mention.head]
    order += [i for i in _other_heads(mention, doc) if i not in order]
    name = code = None
    for i in order:
        if i is None:
            continue
        name, code = lookup(i)
        if name is not None or code is not None:
            break
    if name is None and code is not None and mention.is_pronoun(doc) and mention.antecedent is not None:
        other_name, other_code = lookup(mention.antecedent)
        if other_code == code:
            name = other_name                # the actor stage coded "He" USAPTY; the speaker was Trump
    return Speaker(text=span.text, start=span.start_char, end=span.end_char, name=name, code=code)


def _other_heads(mention: SpeakerMention, doc: Doc) -> Sequence[int]:
    if mention.antecedent is not None:
        return [mention.antecedent]
    return [i for i in range(mention.start, mention.end) if doc[i].pos_ == "PROPN" and i != mention.head]
