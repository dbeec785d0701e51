"""Finding actor mentions in a parsed document: names, role phrases and unknown people.

One pass of longest-match name look-ups over the document's words, then one pass over the tokens
for role-phrase heads ("Russian troops", "Putin's spokesman", "the president of Russia") and for
unknown PERSON entities with a role ("Jane Doe, a Kenyan lawmaker"). Pronouns and plural
references are added afterwards by ``references``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..dictionaries.actor_text import words
from ..dictionaries.actor_dictionary import Agent
from .resolver import ActorResolver, NameMatch, Phrase, Resolution

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "det", "predet", "quantmod", "poss", "case",
                           "advmod", "npadvmod", "punct"})
ABSORBING_DEPS = frozenset({"amod", "compound", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass
class Found:
    """A mention before it becomes an ``ActorMention``: token span, head and resolution."""

    start: int
    end: int
    head: int
    res: Resolution
    members: list[Resolution] = field(default_factory=list)
    member_spans: list["Found"] = field(default_factory=list)


@dataclass
class DocNames:
    """Name matches of one document, by token."""

    matches: list[tuple[int, int, NameMatch]]            # token start, token end, match
    at_token: dict[int, int] = field(default_factory=dict)  # token -> index in matches
    resolved: dict[int, Resolution] = field(default_factory=dict)  # match index -> resolution


def doc_words(doc: Doc) -> tuple[list[str | None], list[int]]:
    """The document as a word sequence (None at punctuation) and the token of each word."""
    seq: list[str | None] = []
    owner: list[int] = []
    for token in doc:
        parts = words(token.text)
        if not parts:
            if token.text not in ("-", "\u2013", "'", "\u2019"):
                seq.append(None)
                owner.append(token.i)
            continue
        for part in parts:
            seq.append(part)
            owner.append(token.i)
        if token.is_space or "\n" in token.whitespace_:
            seq.append(None)
            owner.append(token.i)
    return seq, owner


def find_names(doc: Doc, resolver: ActorResolver, when: date | None) -> DocNames:
    seq, owner = doc_words(doc)
    names = DocNames(matches=[])
    seen: list[str] = []
    for m in resolver.match_names(seq):
        start, end = owner[m.start], owner[m.end - 1] + 1
        idx = len(names.matches)
        names.matches.append((start, end, m))
        for t in range(start, end):
            names.at_token.setdefault(t, idx)
        entry = resolver.pick(m, when, seen)
        if entry is not None:
            names.resolved[idx] = resolver.resolve_entry(entry, when)
            seen.append(entry.name)
    return names


def main_country(names: DocNames) -> str | None:
    """The country most named in the article, when one clearly leads."""
    counts = Counter(r.country for r in names.resolved.values() if r.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    total = sum(counts.values())
    if n / total >= 0.5 and (not rest or rest[0][1] < n):
        return top
    return None


def syntactic_head(doc: Doc, start: int, end: int) -> int:
    for t in range(end - 1, start - 1, -1):
        head = doc[t].head.i
        if head < start or head >= end or doc[t].head == doc[t]:
            return t
    return end - 1


class MentionFinder:
    """Builds the mentions of one document (construct per document)."""

    def __init__(self, doc: Doc, resolver: ActorResolver, when: date | None) -> None:
        self.doc = doc
        self.resolver = resolver
        self.when = when
        self.names = find_names(doc, resolver, when)
        self.context = main_country(self.names)
        self.found: list[Found] = []
        self.agent_heads: set[int] = set()
        self.surnames: dict[str, Resolution] = {}

    def run(self) -> list[Found]:
        self._role_phrases()
        self._named()
        self._people()
        self.found.sort(key=lambda f: (f.start, f.head))
        return self.found

    # ---- names
    def name_at(self, token: Token) -> Resolution | None:
        idx = self.names.at_token.get(token.i)
        return self.names.resolved.get(idx) if idx is not None else None

    def _named(self) -> None:
        doc = self.doc
        for idx, (start, end, _match) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None:
                continue
            head = syntactic_head(doc, start, end)
            tok = doc[head]
            outer = tok.head
            if tok.dep_ in ABSORBING_DEPS and not (start <= outer.i < end):
                continue           # "Russian troops", "Russia sanctions": a modifier, not an actor
            if res.kind == "adjective" and tok.pos_ == "ADJ":
                continue
            left = start
            for child in tok.lefts:  # titles: "Russian President Vladimir Putin"
                if child.i < start and child.dep_ in ("compound", "amod") and child.pos_ in NOUN_POS | {"ADJ"}:
                    left = min(left, child.left_edge.i if child.left_edge.dep_ != "det" else child.i)
            self.found.append(Found(left, end, head, res))
            if res.kind == "person":
                last = doc[end - 1].text
                self.surnames.setdefault(last, res)

    # ---- role phrases
    def _role_phrases(self) -> None:
        doc = self.doc
        lower = [t.lower_ for t in doc]
        for token in doc:
            if token.pos_ not in NOUN_POS and token.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
                continue
            if token.i in self.names.at_token and self.name_at(token) is not None:
                continue
            if token.dep_ in ABSORBING_DEPS and token.head.i > token.i and token.head.pos_ in NOUN_POS:
                continue           # "army" in "army spokesman": the head noun carries the phrase
            if token.dep_ in ("attr", "oprd"):
                continue           # "Trump became president": a predicate, not a mention
            hit = self.resolver.agent_ending(lower, token.i + 1, lemma=token.lemma_.lower(),
                                             min_start=token.left_edge.i)
            if hit is None:
                continue
            start, agent = hit
            res = self._compose(token, start, agent)
            self.agent_heads.add(token.i)
            left = self._left_edge(token, start)
            self.found.append(Found(left, token.i + 1, token.i, res))

    def _left_edge(self, head: Token, start: int) -> int:
        left = start
        for child in head.lefts:
            if child.dep_ in MODIFIER_DEPS and child.dep_ not in ("det", "predet", "nummod", "quantmod", "punct"):
                left = min(left, child.left_edge.i)
        while left < head.i and self.doc[left].dep_ in ("det", "predet", "nummod", "punct", "case"):
            left += 1
        return left

    def _compose(self, head: Token, start: int, agent: Agent) -> Resolution:
        owner = place = None
        mod_tokens: list[Token] = []
        for child in head.lefts:
            if child.dep_ == "poss":
                owner = self._resolve_token(child)
            elif child.dep_ in MODIFIER_DEPS and child.i < start:
                mod_tokens.extend(t for t in child.subtree if t.i < start)
        for child in head.rights:   # "the president of Russia", "members of Hamas", "rebels in Syria"
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if child.lower_ == "of" and owner is None:
                            owner = self._resolve_token(pobj)
                        elif child.lower_ != "of" and place is None:
                            place = self._resolve_token(pobj)
        mod_tokens.sort(key=lambda t: t.i)
        modifiers = [t.lower_ for t in mod_tokens if t.dep_ not in ("det", "predet", "nummod", "punct", "case")]
        names: list[Resolution] = []
        taken: set[int] = set()
        for t in mod_tokens:
            idx = self.names.at_token.get(t.i)
            if idx is not None and idx not in taken and idx in self.names.resolved:
                taken.add(idx)
                names.append(self.names.resolved[idx])
        plural = head.tag_ in ("NNS", "NNPS")
        phrase = Phrase(agent, agent.phrase, modifiers, names, owner, plural, place)
        return self.resolver.compose(phrase, self.when, self.context)

    def _resolve_token(self, token: Token) -> Resolution | None:
        """What a possessor or "of" object stands for: a name, a known surname or a pronoun-free NP."""
        res = self.name_at(token)
        if res is not None:
            return res
        for t in token.subtree:
            res = self.name_at(t)
            if res is not None:
                return res
        return self.surnames.get(token.text)

    # ---- people not in the dictionary
    def _people(self) -> None:
        doc = self.doc
        covered = {t for f in self.found for t in range(f.start, f.end)}
        heads = {f.head: f for f in self.found}
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(t in covered for t in range(ent.start, ent.end)):
                continue
            res = self._person_role(ent, heads)
            last = ent[-1].text
            if res is None:
                known = self.surnames.get(last) if len(ent) == 1 else None
                res = known or Resolution(None, None, (), None, "person not in the dictionary, no role", "unknown",
                                          human=True)
            else:
                self.surnames[last] = res
            if len(ent) > 1:
                self.surnames.setdefault(last, res)
            self.found.append(Found(ent.start, ent.end, syntactic_head(doc, ent.start, ent.end), res))

    def _person_role(self, ent: Span, heads: dict[int, Found]) -> Resolution | None:
        root = ent.root
        for child in root.children:   # "Jane Doe, a Kenyan lawmaker"
            if child.dep_ == "appos" and child.i in heads:
                return self._named_person(ent, heads[child.i].res, "apposition")
        if root.dep_ == "appos" and root.head.i in heads:   # "a Kenyan lawmaker, Jane Doe"
            return self._named_person(ent, heads[root.head.i].res, "apposition")
        title = [t for t in root.lefts if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
        if title:   # "Kenyan President Jane Doe", "opposition leader Jane Doe"
            toks = [t for c in title for t in c.subtree if t.i < ent.start]
            toks.sort(key=lambda t: t.i)
            res = self.resolver.resolve_words([t.text for t in toks if not t.is_punct], self.when,
                                              context_country=self.context)
            if res is not None and res.kind in ("agent", "person") and res.sectors:
                return self._named_person(ent, res, "title")
        return None

    @staticmethod
    def _named_person(ent: Span, res: Resolution, how: str) -> Resolution:
        return Resolution(res.code, res.country, res.sectors, ent.text, f"{ent.text}: role by {how}: {res.why}",
                          "person", human=True)
