"""Plural references back to actors named before: "the two leaders", "both sides", "the sides", "the two", "the
three", "the four".

Such a phrase becomes a mention whose ``members`` are the actors it stands for: a list of that many conjoined actors
("Ghana, Togo and Benin ... the three"), the pair of one act ("Trump and Putin spoke ... the two"), else
the last distinct actors of the kind the noun asks for (people, countries) within a few sentences; when only one party
is named before, the other may be the subject of a later clause of the phrase's own sentence ("Eritrea ... The two
sides fought a war in 1998, and Ethiopia still holds the town"). Who acts on the
phrase is none of them ("Brazil urged both sides to ..."); a phrase that names its own people ("the three
leaders of the party") or places ("both sides of the border") is no reference back. Nor are the third parties of
talks sides or delegations ("mediated by the UAE", "whose government hosts the talks along with Norway":
``third_party``), nor what a pair of sides acted on ("Kyiv and Moscow swapped captives"), nor an ally joined to a
side ("Taliban fighters and allied militants").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .mention_context import WHERE_PREPS
from .mentions import Found
from .pronoun_syntax import REPORTING_VERBS
from .resolver import Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

GROUP_NOUNS = _WORDS.words("group_nouns")
PEOPLE_GROUPS = _WORDS.words("people_groups")
COUNTRY_GROUPS = _WORDS.words("country_groups")
STATE_GROUP_SECTORS = _WORDS.group_of("state_group_sectors")
SENTENCES_BACK = 3
# "both sides of the aisle/border/spectrum": places or the two US parties, not the last two actors named
SPATIAL_SIDES = _WORDS.words("spatial_sides")
# third parties to talks: "mediated by the UAE", "whose government hosts the talks along with Norway and Mexico"
MEDIATING_VERBS = _WORDS.words("mediating_verbs")
HOSTING_VERBS = _WORDS.words("hosting_verbs")
ALLY_MODIFIERS = _WORDS.words("ally_modifiers")
# the steps from a name up to the verb it is a party of: conjuncts, appositions, "by"/"with" phrases, subjects
PARTY_PATH_DEPS = frozenset({"conj", "appos", "pobj", "prep", "agent", "advmod", "nsubj", "nsubjpass", "poss", "cc"})
DEFINITE_DETS = frozenset({"the", "these", "those"})
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# a bare numeral of more than two with "the" names the parties listed before ("Ghana, Togo and Benin signed ... The
# three also agreed", "criticised the four over"); "the two" is a group noun of words.yaml (group_nouns)
NUMERAL_GROUPS = frozenset({"three", "four", "five"})
# sectors of a state's own organs: two of one state are one of "the two sides"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def is_group(token: Token) -> bool:
    """ "the two leaders", "both sides", "the sides", "the two" (as subject or object)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NUM" and token.lower_ in NUMERAL_GROUPS:
        lemma = "two"    # "the three", "the four": as "the two"
    if token.pos_ not in ("NOUN", "NUM", "PROPN", "PRON") or lemma not in GROUP_NOUNS:
        return False
    kids = {c.lower_ for c in token.lefts}
    if lemma == "two":
        return "the" in kids and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
    if token.tag_ not in ("NNS", "NNPS") and token.lower_ not in ("sides",):
        return False
    if lemma == "side" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.lemma_.lower() in SPATIAL_SIDES for o in c.children) for c in token.rights):
        return False   # "both sides of the aisle", "both sides of the border": no parties named before
    if lemma in PEOPLE_GROUPS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return False   # "the three leaders of the party who led the march": people the phrase itself names
    if "both" in kids:
        return True
    if kids & COUNTS.keys():   # "the two leaders", "these three countries"; "arrested two men" names new people
        return bool(kids & DEFINITE_DETS)
    return lemma == "side" and "the" in kids


def group_size(token: Token) -> int:
    """How many actors a plural reference names: "the three countries", "the three" -> 3 (2 by default)."""
    if token.pos_ == "NUM" and token.lower_ in NUMERAL_GROUPS:
        return COUNTS[token.lower_]
    for child in token.lefts:
        if child.lower_ in COUNTS:
            return COUNTS[child.lower_]
    return 2


def last_n(found: list[Found], token: Token, sent_of: list[int], n: int = 2) -> list[Found]:
    """The last ``n`` distinct coded actors before ``token`` (of the kind the noun asks for, if any), or the
    last compound actor of ``n`` members ("Foreign ministers from Iran, Russia and Turkey")."""
    lemma = token.lemma_.lower()
    want_people = lemma in PEOPLE_GROUPS
    want_countries = lemma in COUNTRY_GROUPS

    doc = token.doc
    own_subject = _own_subject(token)
    sides = lemma == "side"

    def fits(f: Found, strict: bool) -> bool:
        if f.res.code is None or f.res.kind in ("group", "owner") or f.modifier:
            return False   # "the Ukrainian crisis": a modifier is no party to "the sides"
        if f.head in own_subject:
            return False   # "Brazil urged both sides to ...": who urges is no side
        if doc[f.head].dep_ in ("poss", "compound") and doc[f.head].head.i not in heads:
            return False   # "Iran's nuclear program": a topic, not a party
        if doc[f.head].dep_ in ("dobj", "dative") and doc[f.head].head.lemma_ in REPORTING_VERBS and \
                f.res.sectors == ("MED",):
            return False   # "told reporters": the audience of a statement, no party
        if want_people:   # "Egypt and Sudan ... the two leaders": with no person named, the countries' leaders
            return f.res.kind == "person" or (not strict and (f.res.kind == "agent" or (
                lemma in STATE_GROUP_SECTORS and f.res.kind == "country")))
        if strict and f.res.kind == "place" and _where(doc[f.head]):
            return False   # "a skirmish with Pakistani troops in Kashmir ... the two sides": a place, no party
        if lemma in ("side", "delegation") and third_party(doc[f.head]):
            return False   # "mediated by the UAE", "whose government hosts the talks": no side of them
        if doc[f.head].dep_ == "conj" and any(c.lower_ in ALLY_MODIFIERS for c in doc[f.head].lefts):
            return False   # "Taliban fighters and allied militants": the side of the actor it is joined to
        if want_countries:
            return f.res.kind in ("country", "metonym", "capital", "place") or "GOV" in f.res.sectors
        return True

    by_head = {f.head: f for f in found}
    heads = set(by_head)
    listed = _listed(found, by_head, token, sent_of, n, lambda g: fits(g, False)) if n > 2 else []
    if listed:
        return listed
    for f in reversed([f for f in found if f.head < token.i]):
        if sent_of[token.i] - sent_of[f.head] > SENTENCES_BACK:
            break
        if len(f.members) == n and all(m.code for m in f.members):
            return [f]
        if f.res.code and f.res.plural and doc[f.head].lemma_ == lemma and \
                any(c.lower_ in COUNTS and COUNTS[c.lower_] == n for c in doc[f.head].lefts):
            return [f]   # "police arrested two men ... the two men": the same people
        if n == 2 and fits(f, True):
            partner = _partner(f, by_head, doc, lambda g: fits(g, True))
            if partner is not None:   # "Trump and Putin spoke ... Peskov said ... the two": the pair, not Peskov
                return [partner, f]
    one_short: list[Found] = []
    for strict in (True, False):
        picked: list[Found] = []
        keys: set[str] = set()
        for f in reversed([f for f in found if f.head < token.i]):
            if sent_of[token.i] - sent_of[f.head] > SENTENCES_BACK + 2:
                break
            if not fits(f, strict):
                continue
            k = (f.res.country or f.res.code or "") if want_countries else (f.res.code or "")
            if k in keys or any(_same_side(f.res, p.res, sides) for p in picked):
                continue
            keys.add(k)
            picked.append(f)
            if len(picked) == n:
                return list(reversed(picked))
        if strict and len(picked) == n - 1:
            one_short = list(reversed(picked))
    if one_short:
        later = _later_party(found, token, sent_of, one_short, lambda g: fits(g, True), sides)
        if later is not None:   # "Eritrea ... The two sides fought a war in 1998, and Ethiopia still holds the town"
            return [*one_short, later]
    return []


def _later_party(found: list[Found], token: Token, sent_of: list[int], named: list[Found],
                 fits: Callable[[Found], bool], sides: bool) -> Found | None:
    """The party a plural reference still lacks, named after it in its own sentence as the subject of a clause that
    keeps up its side of the dispute ("The two sides fought a war over the frontier in 1998, and Ethiopia still holds
    the town"): the first such actor that fits and is on no side already ``named``; None when there is none. A
    mediator or host named there ("..., and Russia promised to send peacekeepers") is no party."""
    doc = token.doc
    inside = {t.i for t in token.subtree}
    for f in found:
        if f.head <= token.i or f.head in inside or sent_of[f.head] != sent_of[token.i]:
            continue
        if doc[f.head].dep_ not in ("nsubj", "nsubjpass") or not fits(f) or not _keeps_its_side(doc[f.head].head):
            continue
        if any(_same_side(f.res, p.res, sides) for p in named):
            continue
        return f
    return None


def _keeps_its_side(verb: Token) -> bool:
    """Whether the clause of ``verb`` tells its subject keeping up its own side: "still" ("Ethiopia still holds the
    town") or an object of its own ("Serbia has put its army on alert", "keeps troops on its side")."""
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(p.dep_ == "poss" and p.lower_ in ("its", "their") for o in objects for p in o.children)


def _own_subject(token: Token) -> set[int]:
    """Tokens of the subject of the verb whose object (or "to"/"on"/"with" object) the plural reference ``token`` is
    ("Brazil urged both sides", "Washington called on the two leaders"): none of the members."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ not in ("dobj", "dative"):
        return set()
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _listed(found: list[Found], by_head: dict[int, Found], token: Token, sent_of: list[int], n: int,
            fits: Callable[[Found], bool]) -> list[Found]:
    """The last list of exactly ``n`` conjoined actors of distinct codes before ``token`` ("Oslo, Copenhagen and
    Helsinki ... the three"), within ``SENTENCES_BACK`` sentences; empty when there is none. The actors named
    between the list and the reference ("... on Arctic fishing quotas. Moscow said the three ...") are not members."""
    doc = token.doc
    for f in reversed([f for f in found if f.head < token.i]):
        if sent_of[token.i] - sent_of[f.head] > SENTENCES_BACK:
            break
        tok = doc[f.head]
        if tok.dep_ == "conj" or not fits(f):
            continue
        listed = [*tok.conjuncts]
        for a in tok.children:   # "Macron, Scholz, Meloni and Sanchez": the parser's apposition heads the list
            if a.dep_ == "appos" and a.i in by_head:
                listed += [a, *a.conjuncts]
        members = [f, *(by_head[c.i] for c in dict.fromkeys(listed) if c.i in by_head and c.i < token.i)]
        if len(members) == n and all(fits(m) for m in members) and \
                len({m.res.code for m in members}) == n:
            return sorted(members, key=lambda m: m.head)
    return []


def _where(tok: Token) -> bool:
    """A name that is the object of a preposition of place ("in the Bekaa Valley", "near Benghazi")."""
    while tok.dep_ in ("compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS


def _partner(f: Found, by_head: dict[int, Found], doc: Doc, fits: Callable[[Found], bool]) -> Found | None:
    """The actor that ``f`` is named together with as one of two parties: the first conjunct of "X and Y" (``f``
    the second), or the subject of the verb whose object (or "with"/"to" object) ``f`` is ("Putin met Trump",
    "Putin spoke with Trump"); only one that fits too, before ``f``, with another code."""
    tok = doc[f.head]
    other = None
    if tok.dep_ == "conj":
        other = by_head.get(tok.head.i)
    else:
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ in ("with", "to", "against") and verb.dep_ == "prep":
            verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):   # "killed in a clash with X", "held talks
                verb = verb.head.head if verb.dep_ == "pobj" else verb.head   # with X": the verb of the act noun
        elif tok.dep_ != "dobj":
            return None
        elif any(c.dep_ == "nsubj" and any(k.i in by_head for k in c.conjuncts) for c in verb.children):
            return None   # "Kyiv and Moscow swapped captives": the subject is a pair of its own, the captives no party
        if verb.pos_ == "VERB":
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            other = by_head.get(subj.i) if subj is not None else None
    if other is None or other is f or other.head > f.head or not fits(other) or _same_side(other.res, f.res):
        return None
    return other


def third_party(tok: Token) -> bool:
    """Whether a name is a third party to talks: the doer of a verb of mediating ("mediated by the UAE", "Qatar
    brokered the deal") or of hosting told in a relative clause, a participle or a "by"/"along with" phrase ("whose
    government hosts the negotiations along with Norway and Mexico", "talks hosted by Turkey"); not the subject of
    a main clause of hosting ("Pakistan hosted a Kazakh delegation": a side of the talks)."""
    node, path = tok, []
    while node.dep_ in PARTY_PATH_DEPS and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        path.append(node)
        node = node.head
        if node.lower_ in ("along", "together") and node.head.dep_ == "dobj":
            node = node.head.head   # "hosts the negotiations along with Norway": hung on the object
    if node.pos_ != "VERB" or not path:
        return False
    lemma = node.lemma_.lower()
    if lemma in MEDIATING_VERBS:
        return True
    return lemma in HOSTING_VERBS and (node.dep_ in ("relcl", "acl") or any(p.dep_ == "pobj" for p in path))


def _same_side(a: Resolution, b: Resolution, sides: bool = False) -> bool:
    """Whether two actors are one party of "the two sides": the same code, or a country and an actor of it
    ("Eritrea's information minister ... Eritrea": one side, not two); for "sides", also two organs of one state
    ("Guyana's army put its troops on alert, and President Ali said ... both sides": one state's army and government
    are one side; a state and its rebels are two)."""
    if a.code == b.code or (a.country is not None and a.country == b.country and (not a.sectors or not b.sectors)):
        return True
    return sides and a.country is not None and a.country == b.country and \
        set(a.sectors) <= STATE_SECTORS and set(b.sectors) <= STATE_SECTORS
