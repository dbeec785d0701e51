"""Rule-based references back to actors already named: pronouns and plural phrases.

"he"/"she" go back to the last person (or singular role phrase), "it" to the last country,
organisation or institution, "they" to the last plural actor or group; "the two leaders",
"both sides", "the sides" become a mention whose ``members`` are the last two actors named.
No coreference model is used (none is available offline).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .mentions import Found
from .resolver import Resolution

PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
# "it" with these heads is usually expletive ("it is likely", "it seems")
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "take", "remain", "matter", "rain", "look", "mean", "become"})
GROUP_NOUNS = frozenset({"leader", "side", "country", "nation", "man", "president", "government", "pair",
                         "capital", "neighbor", "neighbour", "rival", "ally", "power", "minister", "counterpart",
                         "two", "head", "delegation", "army", "woman", "leadership"})
PEOPLE_GROUPS = frozenset({"leader", "man", "president", "minister", "counterpart", "head", "woman", "pair", "two"})
COUNTRY_GROUPS = frozenset({"country", "nation", "capital", "neighbor", "neighbour", "power", "government"})
SENTENCES_BACK = 3
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
HONORIFICS = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "lady": "f",
              "dame": "f"}
FEMALE_NOUNS = frozenset({"queen", "mother", "girl", "wife", "daughter", "sister", "first lady", "princess",
                          "empress", "grandmother", "actress", "widow", "chairwoman", "spokeswoman"})
MALE_NOUNS = frozenset({"king", "father", "boy", "husband", "son", "brother", "prince", "emperor", "emir",
                        "sultan", "grandfather", "widower", "chairman", "spokesman"})


def _word_gender(word: str) -> str | None:
    low = word.lower().rstrip(".")
    if low in FEMALE_NOUNS or low.endswith(("woman", "women")):
        return "f"
    if low in MALE_NOUNS or low.endswith(("man", "men")) and low not in ("human", "german", "germen"):
        return "m"
    return None


def mention_genders(doc: Doc, found: list[Found], first_names: dict[str, str]) -> dict[int, str]:
    """id(mention) -> "m" | "f" where the text tells: an honorific ("Mrs. Clinton") anywhere for that
    person, a known first name, a gendered role noun ("spokeswoman", "king")."""
    by_name: dict[str, str] = {}
    for f in found:   # honorifics first: they hold for every mention of that person
        before = doc[f.start - 1].lower_.rstrip(".") if f.start > 0 else ""
        first = doc[f.start].lower_.rstrip(".")
        g = HONORIFICS.get(before) or HONORIFICS.get(first)
        if g and f.res.human:
            by_name.setdefault(f.res.name or doc[f.start:f.end].text, g)
    out: dict[int, str] = {}
    for f in found:
        if not f.res.human or f.res.plural:
            continue
        g = by_name.get(f.res.name or doc[f.start:f.end].text)
        if g is None and f.res.name:
            g = first_names.get(f.res.name.split()[0].lower())
        if g is None:
            span = [t for t in doc[f.start:f.end] if t.pos_ == "PROPN"]
            if span:
                g = first_names.get(span[0].lower_)
        if g is None:
            g = _word_gender(doc[f.head].text)
        if g is not None:
            out[id(f)] = g
    return out


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            index[t] = n
    return index


def is_group(token: Token) -> bool:
    """ "the two leaders", "both sides", "the sides", "the two" (as subject or object)."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "NUM", "PROPN", "PRON") or lemma not in GROUP_NOUNS:
        return False
    kids = {c.lower_ for c in token.lefts}
    if lemma == "two":
        return "the" in kids and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
    if token.tag_ not in ("NNS", "NNPS") and token.lower_ not in ("sides",):
        return False
    return bool(kids & {"both", *COUNTS}) or (lemma == "side" and "the" in kids)


def group_size(token: Token) -> int:
    """How many actors a plural reference names: "the three countries" -> 3 (2 by default)."""
    for child in token.lefts:
        if child.lower_ in COUNTS:
            return COUNTS[child.lower_]
    return 2


def add_references(doc: Doc, found: list[Found], first_names: dict[str, str] | None = None) -> list[Found]:
    """Mentions for pronouns and plural references, added to ``found`` (which is sorted by start).
    ``first_names`` (lower-case first name -> "m"/"f") lets "she" skip a man and "he" a woman."""
    if not found and not len(doc):
        return found
    genders = mention_genders(doc, found, first_names or {})
    sent_of = _sentence_index(doc)
    groups = {t.i for t in doc if is_group(t)}
    found = [f for f in found if f.head not in groups]   # "the two leaders" is a group, not a role phrase
    taken = {f.head for f in found}
    taken_tokens = {t for f in found for t in range(f.start, f.end)}
    extra: list[Found] = []
    ordered = sorted(found, key=lambda f: f.head)
    for token in doc:
        if token.i in taken_tokens and token.i not in groups:
            continue
        low = token.lower_
        if token.pos_ == "PRON" and low in PERSONAL | PLURAL | NEUTER:
            if low in NEUTER and token.head.lemma_ in EXPLETIVE_HEADS and token.dep_ in ("nsubj", "expl"):
                continue
            ante = conjoined(ordered, token) if low in PLURAL else None
            ante = ante or (_reflexive(ordered, token, low, genders) if low in REFLEXIVE else None)
            ante = ante or _antecedent(ordered, extra, token, sent_of, low, genders)
            if ante is not None:
                res = ante.res
                why = f"pronoun '{token.text}' -> '{doc[ante.start:ante.end].text}'"
                extra.append(Found(token.i, token.i + 1, token.i, _with_why(res, why), list(ante.members)))
        elif token.i not in taken and is_group(token):
            members = _last_n(ordered, token, sent_of, group_size(token))
            if members:
                left = token.left_edge.i
                while left < token.i and doc[left].dep_ in ("det", "predet"):
                    left += 1
                names = " and ".join(m.res.name or m.res.code or "?" for m in members)
                res = Resolution(None, None, (), None, f"'{doc[left:token.i + 1].text}' -> {names}", "group",
                                 plural=True)
                refs = [m.res for m in members]
                if len(members) == 1 and members[0].members:   # "Foreign ministers from X, Y and Z ... the three"
                    refs = list(members[0].members)
                if token.lemma_.lower() in COUNTRY_GROUPS and token.lemma_.lower() != "government":
                    refs = [replace(m, code=m.country, sectors=()) if m.country else m for m in refs]
                if len(members) == 1:
                    names = " and ".join(m.name or m.code or "?" for m in refs)
                    res = replace(res, why=f"'{doc[left:token.i + 1].text}' -> {names} (the members of "
                                           f"'{doc[members[0].start:members[0].end].text}')")
                extra.append(Found(left, token.i + 1, token.i, res, refs))
    return sorted([*found, *extra], key=lambda f: (f.start, f.head))


def _with_why(res: Resolution, why: str) -> Resolution:
    return Resolution(res.code, res.country, res.sectors, res.name, f"{why}: {res.why}", res.kind, res.entry,
                      res.plural)


def _compatible(f: Found, pronoun: str, genders: dict[int, str] | None = None) -> bool:
    res = f.res
    if pronoun in PERSONAL:
        g = (genders or {}).get(id(f))
        if g is not None and g != ("m" if pronoun in MALE_PRONOUNS else "f"):
            return False
        return res.human and not res.plural
    if pronoun in PLURAL:
        return res.plural or res.kind in ("group", "organisation") or bool(f.members)
    if res.plural or f.modifier or doc_tag(f) in ("NNS", "NNPS"):
        return False
    return res.kind in ("country", "organisation", "metonym", "capital", "place") or (
        res.kind == "agent" and not res.human)


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def doc_tag(f: Found) -> str:
    return f.tag


def _antecedent(found: list[Found], extra: list[Found], token: Token, sent_of: list[int],
                pronoun: str, genders: dict[int, str] | None = None) -> Found | None:
    """Nearest compatible actor in the pronoun's sentence (not the subject of its own verb for an object
    pronoun: "Trump praised him"), else the nearest subject of an earlier sentence, else the nearest one."""
    doc = token.doc
    here = sent_of[token.i]
    same: Found | None = None
    subject: Found | None = None
    nearest: Found | None = None
    for f in found:
        if f.head >= token.i:
            break
        if here - sent_of[f.head] > SENTENCES_BACK or not _compatible(f, pronoun, genders):
            continue
        head = doc[f.head]
        if sent_of[f.head] == here:
            if not (token.dep_ in ("dobj", "pobj") and head.dep_ in SUBJECTS and head.head == token.head):
                same = f
        else:
            nearest = f
            if head.dep_ in SUBJECTS:
                subject = f
    best = same or subject or nearest
    for f in extra:   # earlier "the two leaders" is an antecedent of "they"
        if f.head < token.i and f.members and pronoun in PLURAL and (best is None or f.head > best.head):
            best = f
    return best


def _reflexive(found: list[Found], token: Token, pronoun: str, genders: dict[int, str]) -> Found | None:
    """ "Pence carried himself": a reflexive pronoun is the subject of its own verb."""
    verb = token.head
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.i < token.i:
            for f in found:
                if f.head == child.i and _compatible(f, pronoun, genders):
                    return f
    return None


def _last_n(found: list[Found], token: Token, sent_of: list[int], n: int = 2) -> list[Found]:
    """The last ``n`` distinct coded actors before ``token`` (of the kind the noun asks for, if any), or the
    last compound actor of ``n`` members ("Foreign ministers from Iran, Russia and Turkey")."""
    lemma = token.lemma_.lower()
    want_people = lemma in PEOPLE_GROUPS
    want_countries = lemma in COUNTRY_GROUPS

    doc = token.doc

    def fits(f: Found, strict: bool) -> bool:
        if f.res.code is None or f.res.kind in ("group", "owner") or f.modifier:
            return False   # "the Ukrainian crisis": a modifier is no party to "the sides"
        if doc[f.head].dep_ in ("poss", "compound") and doc[f.head].head.i not in heads:
            return False   # "Iran's nuclear program": a topic, not a party
        if want_people:
            return f.res.kind == "person" or (not strict and f.res.kind == "agent")
        if want_countries:
            return f.res.kind in ("country", "metonym", "capital", "place") or "GOV" in f.res.sectors
        return True

    heads = {f.head for f in found}
    for f in reversed([f for f in found if f.head < token.i]):
        if sent_of[token.i] - sent_of[f.head] > SENTENCES_BACK:
            break
        if len(f.members) == n and all(m.code for m in f.members):
            return [f]
    for strict in (True, False):
        picked: list[Found] = []
        keys: set[str] = set()
        for f in reversed([f for f in found if f.head < token.i]):
            if sent_of[token.i] - sent_of[f.head] > SENTENCES_BACK + 2:
                break
            if not fits(f, strict):
                continue
            k = (f.res.country or f.res.code or "") if want_countries else (f.res.code or "")
            if k in keys:
                continue
            keys.add(k)
            picked.append(f)
            if len(picked) == n:
                return list(reversed(picked))
    return []


def conjoined(found: list[Found], token: Token) -> Found | None:
    """ "Trump and Putin spoke ... in their first call": the pair conjoined before ``token`` in its sentence."""
    doc = token.doc
    by_head = {f.head: f for f in found}
    sent = token.sent
    for f in reversed([f for f in found if sent.start <= f.head < token.i]):
        for child in doc[f.head].children:
            other = by_head.get(child.i)
            if child.dep_ == "conj" and other is not None and other.res.code and f.res.code:
                return Found(f.start, other.end, f.head, Resolution(None, None, (), None, "conjoined actors",
                                                                   "group", plural=True), [f.res, other.res])
    return None
