"""Finding actor mentions in a parsed document: names, role phrases and unknown people.

One pass of longest-match name look-ups over the document's words, then one pass over the tokens
for role-phrase heads ("Russian troops", "Putin's spokesman", "the president of Russia") and for
unknown PERSON entities with a role ("Jane Doe, a Kenyan lawmaker"). Pronouns and plural
references are added afterwards by ``references``.

The passes live in their own modules: name matches (``name_matches``), the shared per-document state
(``mention_context``), role phrases (``role_phrases``), people and organisations the dictionary does not
list (``unlisted_actors``); ``MentionFinder`` runs them in order.
"""

from __future__ import annotations

from dataclasses import replace

from .mention_context import FinderBase
from .name_matches import NAME_SUFFIXES, DocNames, Found, doc_words, find_names, main_country, syntactic_head
from .resolver import Resolution
from .role_phrases import ABSORBING_DEPS, NOUN_POS, RolePhraseFinder
from .unlisted_actors import OWNER_WHY, UnlistedActorFinder


class MentionFinder(RolePhraseFinder, UnlistedActorFinder):
    """Builds the mentions of one document (construct per document)."""

    def run(self) -> list[Found]:
        self._role_phrases()
        self._named()
        self.former_office_holders()
        self._people()
        self._outlets()
        self._owners()
        if self.non_actor_tokens:   # "the Patriot Act", "the Super Bowl", "Abrams tanks": no actor in them
            self.found = [f for f in self.found if f.head not in self.non_actor_tokens]
        spans = [(f.start, f.end, f.head) for f in self.found if not f.modifier]
        self.found = [f for f in self.found if not f.modifier or not any(s <= f.head < e for s, e, _h in spans)]
        self.found.sort(key=lambda f: (f.start, f.head))
        for f in self.found:
            f.tag = self.tokens[f.head].tag_
        return self.found

    def _named(self) -> None:
        doc = self.doc
        titled: set[int] = set()     # tokens of person titles ("Russian President" before "Vladimir Putin")
        later: list[tuple[int, int, int, Resolution]] = []
        for idx, (start, end, _match) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None:
                continue
            head = syntactic_head(self.tokens, start, end)
            tok = self.tokens[head]
            first = tok
            while first.dep_ == "conj" and first.head.i < first.i:   # "U.S. and British warships"
                first = first.head
            if first.dep_ in ABSORBING_DEPS and not (start <= first.head.i < end):
                later.append((start, end, head, res))   # a modifier: decided once titles are known
                continue
            left, title = start, []
            for child in tok.lefts:  # titles: "Russian President Vladimir Putin", "Ivory Coast's Supreme Court"
                if child.i < start and child.dep_ in ("compound", "amod", "nmod", "poss") and \
                        child.pos_ in NOUN_POS | {"ADJ"}:
                    sub = [t for t in child.subtree if t.i < start]
                    title.extend(sub)
                    left = min(left, *(t.i for t in sub if t.dep_ not in ("det", "predet")))
            titled.update(t.i for t in title)
            res = self._with_title(res, title, start, end)
            if res.kind == "person" and res.name:
                if res.sectors and "title in the text" in res.why:
                    self.titled_people.setdefault(res.name, res)
                elif res.sectors in ((), ("ELI",)) and res.name in self.titled_people:
                    earlier = self.titled_people[res.name]
                    res = replace(res, code=earlier.code, country=earlier.country, sectors=earlier.sectors,
                                  why=f"{res.why}; role from its title earlier in the text")
            res = self._capital_as_place(res, tok)
            self.found.append(Found(left, end, head, res))
            if res.kind == "person":
                for t in (end - 1, start):   # "Ban Ki-moon" ... "Mr. Ban": family names come first in some
                    if self.tokens[t].text not in NAME_SUFFIXES:
                        self.surnames.setdefault(self.tokens[t].text, res)
        for start, end, head, res in later:
            outer = self.tokens[head]
            while outer.dep_ == "conj" and outer.head.i < outer.i:
                outer = outer.head
            outer = outer.head
            if outer.i in self.agent_heads or head in titled or outer.i in titled:
                continue           # "Russian troops", "Russian President Vladimir Putin": part of another mention
            if start > 0 and self.tokens[start - 1].lower_ == "ethnic":
                continue
            res = self._capital_as_place(res, self.tokens[head].head)
            self.found.append(Found(start, end, head, res, modifier=True))   # "a U.S. request", "Israeli changes"


__all__ = ["OWNER_WHY", "DocNames", "FinderBase", "Found", "MentionFinder", "doc_words", "find_names", "main_country",
           "syntactic_head"]
