"""The role of a person the dictionary does not list, from the words around the name: a title ("Kenyan President
Jane Doe", "Sen. Jane Doe"), a party-state tag ("(D-Mont.)"), a phrase in apposition ("Jane Doe, a Kenyan lawmaker"),
"such as" ("lawmakers such as Jane Doe"), a body named with the person ("Jane Doe of the Cato Institute", "BBC's
Jane Doe") or a predicate ("Jane Doe is a Kenyan lawmaker"). ``PersonRoles`` is a pass of the mention finder
(``unlisted_actors.UnlistedActorFinder`` builds on it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..dictionaries.actor_text import words
from .mention_context import FinderBase
from .name_matches import Found
from .resolver import FORMER_WORDS, Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# "Jon Tester (D-Mont.)": a member of the US Congress
US_CONGRESS_TAG = re.compile(r"^\((?:D|R|I)-[A-Z][A-Za-z]*\.?\)")
HONORIFIC_WORDS = _WORDS.words("honorific_words")
# titles only before a name, standing for a judge: "Justice Jane Doe"
NAME_TITLES = {word: "judge" for word in _WORDS.words("judge_titles")}
# "Jane Doe of the Cato Institute", "John Roe at Human Rights Watch", "Jim Poe with Amnesty International"
MEMBER_PREPS = frozenset({"of", "at", "with", "for"})
# verbs of working for a body: "Jane Doe reports for NPR", "who writes for The Atlantic", "works for Boeing"
WORK_FOR_VERBS = frozenset({"write", "report", "work"})


def role_of_phrase(res: Resolution) -> bool:
    """Whether a phrase in apposition gives a role: sectors, or the code of a body without a country ("the executive
    director of Human Rights Watch": NGOHRW)."""
    return bool(res.sectors) or (res.kind == "agent" and res.code is not None)


class PersonRoles(FinderBase):
    """The role of an unlisted person named in the text, from the words around the name."""

    def _person_role(self, ent: Span, heads: dict[int, Found], inner: Span | None) -> Resolution | None:
        root = ent.root
        title = [t for c in root.lefts if c.i < ent.start and c.dep_ in ("compound", "amod", "nmod", "poss")
                 for t in c.subtree if t.i < ent.start]
        title += list(inner or [])
        if title:   # "Kenyan President Jane Doe", "opposition leader Jane Doe", "Sen. Jane Doe"
            title.sort(key=lambda t: t.i)
            ws = [NAME_TITLES.get(w.lower(), w) for t in title if not t.is_punct for w in words(t.text)
                  if w.lower().rstrip(".") not in HONORIFIC_WORDS or len(title) == 1]
            where = self._place_of(root, frozenset({"of"}))   # "King Hassan of Morocco"
            res = self.resolver.resolve_words(ws, self.when, context_country=where.country if where else self.context)
            if res is not None and res.kind in ("agent", "person") and (res.sectors or res.code):
                if FORMER_WORDS & {w.lower() for w in ws}:
                    res = replace(res, code=(res.country + "ELI") if res.country else None, sectors=("ELI",))
                if res.country is None:   # "Brigadier General Jane Doe, a Kenyan army spokesman": a title of no
                    # country gives way to the role of an apposition or body named with the person
                    other = self._apposed_role(ent, heads) or self._member_of(ent)
                    if other is not None and other.country is not None:
                        return other
                return self._named_person(ent, res, "title")
        tail = self.doc[ent.end:ent.end + 8].text.replace(" ", "")
        if US_CONGRESS_TAG.match(tail):   # "Jon Tester (D-Mont.)"
            res = Resolution("USALEG", "USA", ("LEG",), ent.text, f"{ent.text}: '(party-state)' after the name, "
                             "a member of the US Congress", "person", human=True)
            return res
        apposed = self._apposed_role(ent, heads)
        if apposed is not None:
            return apposed
        kind = self._such_as(root, heads)
        if kind is not None:
            return self._named_person(ent, kind, "'such as'")
        return self._predicate_role(ent) or self._member_of(ent)

    def _apposed_role(self, ent: Span, heads: dict[int, Found]) -> Resolution | None:
        """ "Jane Doe, a Kenyan lawmaker", "a Kenyan lawmaker, Jane Doe": the role of a phrase in apposition."""
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos" and child.i in heads and role_of_phrase(heads[child.i].res):
                return self._named_person(ent, heads[child.i].res, "apposition")
        if root.dep_ == "appos" and root.head.i in heads and role_of_phrase(heads[root.head.i].res):
            return self._named_person(ent, heads[root.head.i].res, "apposition")
        return None

    @staticmethod
    def _such_as(root: Token, heads: dict[int, Found]) -> Resolution | None:
        """ "media figures such as Katie Couric and Chelsea Handler", "lawmakers such as Jane Doe": a person named as
        an instance of a role phrase has its role."""
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "as" or prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such":
            return None
        found = heads.get(prep.head.i)
        if found is None or not found.res.human or not role_of_phrase(found.res) or found.res.kind != "agent":
            return None
        return found.res

    def _member_of(self, ent: Span) -> Resolution | None:
        """ "Michael Tanner of the Cato Institute", "Jane Doe at Human Rights Watch", "writing for the Los Angeles
        Times, Jane Doe": a person named with an organisation (not a place) is of that organisation."""
        root = ent.root
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS]
        if root.dep_ in ("nsubj", "nsubjpass"):   # "Writing for the Los Angeles Times, Jane Doe noted ..."
            preps += [p for c in root.head.children if c.dep_ == "advcl" and c.lemma_ in ("write", "report")
                      and c.i < root.i for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
        # "As Jane Doe reports for NPR", "Jane Doe, who writes for The Atlantic", "Jane Doe works for Boeing"
        verbs = [root.head] if root.dep_ == "nsubj" else []
        verbs += [c for c in root.children if c.dep_ == "relcl"]
        preps += [p for v in verbs if v.lemma_ in WORK_FOR_VERBS for p in v.children
                  if p.dep_ == "prep" and p.lower_ == "for"]
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                res = self._resolve_token(pobj, roles=False)   # "a Los Angeles Times panel": the Times
                if res is not None and res.kind == "organisation" and res.code and res.sectors:
                    return self._named_person(ent, res, f"'{prep.text} {res.name}'")
                body = self.agent_heads.get(pobj.i)   # "Captain Jane Doe of the Libyan coast guard": a state's body
                if body is not None and not body.human and body.country and body.sectors and \
                        prep.lower_ == "of":
                    return self._named_person(ent, body, f"'of {pobj.text}'")
        for owner in root.children:   # "BBC's Emily Maitlis", "Boeing's Dennis Muilenburg": the body's own person
            if owner.dep_ == "poss" and owner.i < ent.start and owner.pos_ == "PROPN":
                res = self._resolve_token(owner, roles=False)
                if res is not None and res.kind == "organisation" and res.code and res.sectors:
                    return self._named_person(ent, res, f"the owner '{res.name}'s'")
        return None

    def _predicate_role(self, ent: Span) -> Resolution | None:
        """ "Jane Doe is a Kenyan lawmaker", "Jane Doe, who was the Kenyan finance minister, ...": the role the
        text predicates of the person (a role phrase after "be", with its own "of" owner)."""
        root = ent.root
        verbs = []
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            verbs.append(root.head)
        for child in root.children:   # "Jane Doe, who is ..."
            if child.dep_ == "relcl" and child.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children):
                verbs.append(child)
        for verb in verbs:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
                continue   # "Mr. Hale is not an employee of RT", "LeBron will always be the king"
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if attr is None:
                continue
            phrase = self.doc[attr.left_edge.i:attr.right_edge.i + 1].text
            res = self.resolver.lookup(phrase, self.when, context_country=self.context_at(attr))
            if res is not None and res.kind == "agent" and res.sectors and res.human:
                return self._named_person(ent, res, "predicate")
        return None

    @staticmethod
    def _named_person(ent: Span, res: Resolution, how: str) -> Resolution:
        return Resolution(res.code, res.country, res.sectors, ent.text, f"{ent.text}: role by {how}: {res.why}",
                          "person", human=True)
