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

from spacy.tokens import Token

from .mention_context import FinderBase
from .name_matches import NAME_SUFFIXES, DocNames, Found, doc_words, find_names, main_country, syntactic_head
from .resolver import NO_OWN_COUNTRY, Resolution
from .role_phrases import ABSORBING_DEPS, NOUN_POS, RolePhraseFinder
from .unlisted_actors import OWNER_WHY, UnlistedActorFinder
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# "(Reporting by Jane Doe; Editing by John Roe)": the people of a wire story's credit line are no actors
CREDIT_WORDS = _WORDS.words("credit_words")
# the P5+1 ("six world powers" of the Iran nuclear talks): see MentionFinder._power_groups
POWER_GROUP_NAMES = _WORDS.words("power_group_names")
POWER_GROUP_STARTS = frozenset(name[0] for name in POWER_GROUP_NAMES)
POWER_GROUP_MODIFIERS = _WORDS.words("power_group_modifiers")
POWER_GROUP_MEMBERS = _WORDS.sequence("power_group_members")
POWER_GROUP_CONTEXT = _WORDS.words("power_group_context")


class MentionFinder(RolePhraseFinder, UnlistedActorFinder):
    """Builds the mentions of one document (construct per document)."""

    def run(self) -> list[Found]:
        self._role_phrases()
        self._named()
        self.former_office_holders()
        self._people()
        self._outlets()
        self._owners()
        self._appositions()
        self._power_groups()
        self.found = [f for f in self.found if not self._credited(f) and f.head not in self.dateline]
        if self.non_actor_tokens:   # "the Patriot Act", "the Super Bowl", "Abrams tanks": no actor in them
            self.found = [f for f in self.found if f.head not in self.non_actor_tokens]
        spans = [(f.start, f.end, f.head) for f in self.found if not f.modifier]
        inside = [f for f in self.found if f.modifier and any(s <= f.head < e for s, e, _h in spans)]
        self.inner.extend(f for f in inside if f.res.kind == "person")   # "the Trump campaign": Trump, for pronouns
        self.found = [f for f in self.found if not f.modifier or not any(s <= f.head < e for s, e, _h in spans)]
        self.found.sort(key=lambda f: (f.start, f.head))
        for f in self.found:
            f.tag = self.tokens[f.head].tag_
        return self.found

    def _credited(self, f: Found) -> bool:
        """A person the dictionary does not list, named in a credit line: "(Reporting by X; Editing by Y)", a
        segment that starts with the credit word ("A report compiled by X" is no credit line)."""
        if not f.res.human or f.res.entry is not None or f.start < 2:
            return False
        s0 = self.sent_of(self.tokens[f.start])
        i = f.start - 1
        while i > s0 and self.tokens[i].text not in (";", "(", ")") and self.tokens[i].lower_ != "by":
            i -= 1
        if self.tokens[i].lower_ != "by" or i == 0 or self.tokens[i - 1].lower_ not in CREDIT_WORDS:
            return False
        before = self.tokens[i - 2] if i >= 2 else None   # "(Reporting", "; Additional reporting", line start
        opens = before is None or before.i < s0 or before.text in (";", "(", ".") or "\n" in before.whitespace_ or \
            before.lower_ == "additional"
        return opens and all(t.is_punct or t.pos_ in ("PROPN", "ADP", "CCONJ") for t in self.tokens[i + 1:f.start])

    def _power_groups(self) -> None:
        """ "the P5+1", "six world powers", "Iran and world powers": the group that negotiated Iran's nuclear programme
        (2006-2018: the five permanent Security Council members and Germany), one member per government. "P5+1" and
        "E3+3" always; "six powers" and "world/major/great powers" only in an article that names Iran (``King
        Abdullah called on world powers`` is no such group)."""
        iran = any(r.country in POWER_GROUP_CONTEXT for r in self.names.resolved.values())
        heads = [self.tokens[i] for i, ws in enumerate(self.token_words) if ws and (   # few words to look at
            (iran and ws[0].lower() in ("powers", "power")) or
            (ws[0][:1].lower() in POWER_GROUP_STARTS and any(c.isdigit() for c in ws[0])))]
        if not heads:
            return
        covered = {t for f in self.found for t in range(f.start, f.end)}
        for tok in heads:
            if tok.i in covered:
                continue
            end = self._group_name_end(tok.i) if tok.lower_[:1] in POWER_GROUP_STARTS else None
            start = tok.i
            if end is None:
                if not iran or tok.lemma_.lower() != "power" or tok.tag_ != "NNS" or tok.pos_ != "NOUN":
                    continue
                mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nummod")]
                if not any(c.lower_ in POWER_GROUP_MODIFIERS for c in mods) or \
                        any(c.like_num and c.lower_ not in ("six", "6") for c in mods):
                    continue   # "the two powers" is a reference back (references.py)
                start, end = min([tok.i, *(c.left_edge.i for c in mods)]), tok.i + 1
            members = [Resolution(c + "GOV", c, ("GOV",), None, f"a member of the P5+1 ({c})", "country")
                       for c in POWER_GROUP_MEMBERS]
            text = self.doc[start:end].text
            res = Resolution(None, None, (), "P5+1", f"'{text}': the six powers of the Iran nuclear talks (P5+1)",
                             "group", plural=True)
            self.found.append(Found(start, end, syntactic_head(self.tokens, start, end), res, members=members))
            covered.update(range(start, end))

    def _group_name_end(self, i: int) -> int | None:
        """End of "P5+1" / "E3+3" written in one to three tokens from token ``i``, or None."""
        text = ""
        for j in range(i, min(i + 3, len(self.tokens))):
            text += self.tokens[j].lower_
            if text in POWER_GROUP_NAMES:
                return j + 1
            if self.tokens[j].whitespace_ and j + 1 < len(self.tokens) and self.tokens[j + 1].text != "+" and \
                    self.tokens[j].text != "+":
                return None
        return None

    def _appositions(self) -> None:
        """ "Brian Fallon, the campaign's press secretary": a singular role phrase in apposition to a coded person,
        with no country of its own, is that person; where the person has no role at the date, both take the
        phrase's role ("X, the minister", X known only by country)."""
        people = {f.head: f for f in self.found if not f.modifier and f.res.kind == "person" and f.res.code}
        if not people:
            return
        for i, f in enumerate(self.found):
            res = f.res
            if f.modifier or f.members or res.kind != "agent" or res.plural or \
                    not any(w in res.why for w in NO_OWN_COUNTRY):
                continue
            tok = self.tokens[f.head]
            other = people.get(tok.head.i) if tok.dep_ == "appos" else None
            if other is None:
                other = next((people[c.i] for c in tok.rights if c.dep_ == "appos" and c.i in people), None)
            if other is None and tok.dep_ == "nsubj":   # "The daughter of Aung San, ..., Suu Kyi enjoyed": parsed
                other = next((people[c.i] for c in tok.head.children   # as two subjects of one verb
                              if c.dep_ == "nsubj" and c.i > tok.i and c.i in people and
                              any(t.text == "," for t in self.tokens[tok.i:c.i])), None)
            if other is not None:
                text = self.doc[f.start:f.end].text
                new = replace(other.res, why=f"'{text}' in apposition to {other.res.name}: {other.res.why}")
                if not other.res.sectors and res.sectors and other.res.country:
                    new = replace(new, code=other.res.country + "".join(res.sectors), sectors=res.sectors,
                                  why=f"{new.why}; role from '{text}'")
                    at = self.found.index(other)
                    self.found[at] = replace(other, res=replace(
                        other.res, code=new.code, sectors=new.sectors, why=f"{other.res.why}; role by apposition: "
                                                                           f"'{text}' -> {res.why}"))
                self.found[i] = replace(f, res=new)

    @staticmethod
    def _people_of(res: Resolution, tok: Token, start: int, end: int) -> Resolution:
        """ "Thousands of Kenyans marched", "Palestinians living in the West Bank": a plural demonym with no article or
        possessor names people of the country, civilians (CVL); "the Russians" (a side in talks) stays the country."""
        if res.kind != "country" or not res.country or end - start != 1 or tok.tag_ not in ("NNPS", "NNS"):
            return res
        word = tok.lower_
        if not word.endswith("s") or (res.name or "").lower().endswith(word) or any(
                c.dep_ in ("det", "poss", "predet") for c in tok.lefts):
            return res    # "the Philippines", "the Russians"
        return replace(res, code=res.country + "CVL", sectors=("CVL",), kind="agent", name=None, plural=True,
                       human=True, why=f"{res.why}; '{tok.text}' with no article: people of {res.country}, civilians")

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
            res = self._people_of(self._with_title(res, title, start, end), tok, start, end)
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
                if res.kind == "person" and outer.i in self.agent_heads:   # "the Trump campaign": for pronouns
                    self.inner.append(Found(start, end, head, res, modifier=True))
                continue           # "Russian troops", "Russian President Vladimir Putin": part of another mention
            if start > 0 and self.tokens[start - 1].lower_ == "ethnic":
                continue
            res = self._capital_as_place(res, self.tokens[head].head)
            self.found.append(Found(start, end, head, res, modifier=True))   # "a U.S. request", "Israeli changes"


__all__ = ["OWNER_WHY", "DocNames", "FinderBase", "Found", "MentionFinder", "doc_words", "find_names", "main_country",
           "syntactic_head"]
