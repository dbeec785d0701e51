"""Rule-based references back to actors already named: pronouns and plural phrases.

Pronouns go back to the most salient compatible noun phrase (``pronouns.find_antecedent``: number,
person or not, gender, clause structure); when that phrase is no actor ("the museum ... it") the
pronoun gets no mention. "the two leaders", "both sides", "the sides", "the three" become a mention whose
``members`` are the actors named before (``group_references``). No coreference model is used (none is available
offline).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..dictionaries.actor_text import words

from .claimed_attacks import name_claimed_attackers
from .group_references import (COUNTRY_GROUPS, GROUP_NOUNS, NUMERAL_GROUPS, STATE_GROUP_SECTORS, group_size, is_group,
                               last_n)
from .mentions import Found
from .pronouns import Candidate, build_candidates, find_antecedent, quoted_tokens
from .resolver import NO_OWN_COUNTRY, Resolution
from .vocabulary import shipped_vocabulary

if TYPE_CHECKING:
    from datetime import date

    from .resolver import ActorResolver

_WORDS = shipped_vocabulary()

PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
# "it" with these heads is usually expletive ("it is likely", "it seems")
EXPLETIVE_HEADS = _WORDS.words("expletive_heads")
SENTENCES_BACK = 3
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
# sectors of a state's own organs: "both governments" after two countries' forces are those countries' governments
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# nouns of a relation to another party: "his counterpart", "its neighbour" are of another country than the owner
RELATIONAL_NOUNS = frozenset({"counterpart", "neighbour", "neighbor"})
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
HONORIFICS = _WORDS.group_of("honorific_genders")
FEMALE_NOUNS = _WORDS.words("female_nouns")
MALE_NOUNS = _WORDS.words("male_nouns")


def _word_gender(word: str) -> str | None:
    low = word.lower().rstrip(".")
    if low in FEMALE_NOUNS or low.endswith(("woman", "women")):
        return "f"
    if low in MALE_NOUNS or low.endswith(("man", "men")) and low not in ("human", "german", "germen"):
        return "m"
    return None


def mention_genders(doc: Doc, found: list[Found], first_names: dict[str, str],
                    tokens: list[Token] | None = None) -> dict[int, str]:
    """id(mention) -> "m" | "f" where the text tells: an honorific ("Mrs. Clinton") anywhere for that
    person, a known first name, a gendered role noun ("spokeswoman", "king"); a role phrase in apposition to a
    person of known gender has that gender ("David Kamin, an outside adviser")."""
    toks = tokens if tokens is not None else list(doc)
    by_name: dict[str, str] = {}
    for f in found:   # honorifics first: they hold for every mention of that person
        before = _honorific(toks[f.start - 1]) if f.start > 0 else ""
        first = _honorific(toks[f.start])
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
            span = [t for t in toks[f.start:f.end] if t.pos_ == "PROPN"]
            if span:
                g = first_names.get(span[0].lower_)
        if g is None:
            g = _word_gender(toks[f.head].text)
        if g is not None:
            out[id(f)] = g
    by_head = {f.head: f for f in found if f.res.human and not f.res.plural}
    for f in found:   # "Mark Stein, an informal adviser to the campaign": the adviser is a man
        if id(f) in out or f.head not in by_head:
            continue
        tok = toks[f.head]
        while tok.dep_ == "conj" and tok.head.i < tok.i:   # "..., an outside adviser ... and an associate professor"
            tok = tok.head
        other = by_head.get(tok.head.i) if tok.dep_ == "appos" else None
        if other is None:
            other = next((by_head[c.i] for c in tok.rights if c.dep_ == "appos" and c.i in by_head), None)
        if other is not None and id(other) in out:
            out[id(f)] = out[id(other)]
    return out


def _honorific(tok: Token) -> str:
    """The lower-case form of a word that may be an honorific: a capitalised noun ("Mrs.", "Miss"), not the verb of
    "I will miss Steve"."""
    return tok.lower_.rstrip(".") if tok.text[:1].isupper() and tok.pos_ != "VERB" else ""


def add_references(doc: Doc, found: list[Found], first_names: dict[str, str] | None = None,
                   owner: "OwnerFix | None" = None, *, tokens: list[Token] | None = None,
                   sentences: list[tuple[int, int]] | None = None, inner: list[Found] | None = None,
                   skip: set[int] | None = None) -> list[Found]:
    """Mentions for pronouns and plural references, added to ``found`` (which is sorted by start).
    ``first_names`` (lower-case first name -> "m"/"f") lets "she" skip a man and "he" a woman. A possessive
    pronoun inside another mention ("its members") gets no mention of their own; ``owner`` (see
    ``owned_by_pronoun``) may re-resolve that mention with the pronoun's actor as its owner. ``inner``: people
    named inside another mention ("the Trump campaign"), antecedents but no mentions of their own; ``skip``: tokens
    that are no antecedent (a dateline's "MOSCOW (Reuters)")."""
    if not found and not len(doc):
        return found
    tokens = tokens if tokens is not None else list(doc)
    inner = inner or []
    genders = mention_genders(doc, [*found, *inner], first_names or {}, tokens)
    sents = sentences if sentences is not None else [(s.start, s.end) for s in doc.sents]
    sent_of = [0] * len(doc)
    for n, (s0, s1) in enumerate(sents):
        sent_of[s0:s1] = [n] * (s1 - s0)
    sent_start = [sents[n][0] for n in sent_of]
    groups = {t.i for t in tokens if (t.lemma_.lower() in GROUP_NOUNS or t.lower_ in NUMERAL_GROUPS) and is_group(t)}
    found = [f for f in found if f.head not in groups]   # "the two leaders" is a group, not a role phrase
    name_claimed_attackers(tokens, found, sent_of)   # "Gunmen stormed a hotel ... Al-Shabaab claimed responsibility"
    candidates = build_candidates(tokens, found, genders, first_names or {}, inner)
    for i in skip or ():
        candidates.pop(i, None)
    quoted = quoted_tokens(tokens)
    taken = {f.head for f in found}
    taken_tokens = {t for f in found for t in range(f.start, f.end)}
    extra: list[Found] = []
    ordered = sorted(found, key=lambda f: f.head)
    for token in tokens:
        if token.i not in groups and token.pos_ != "PRON":
            continue
        inside = token.i in taken_tokens and token.i not in groups
        if inside and not (token.dep_ == "poss" and token.head.i in taken):
            continue
        low = token.lower_
        if token.pos_ == "PRON" and low in PERSONAL | PLURAL | NEUTER:
            if low in NEUTER and token.dep_ in ("nsubj", "expl") and (
                    token.head.lemma_ in EXPLETIVE_HEADS or token.head.lower_ in ("\u2019s", "'s") or
                    _comes_to(token)) and not _takes_someone(token, taken):
                continue
            if low in PERSONAL and _either_gender(token):
                continue     # "his or her returns", "he or she": anyone, no antecedent
            if low == "it" and _idiomatic_it(token):
                continue     # "ready to do it again", "makes it to the White House", "made it clear": no actor
            ante = _reflexive(ordered, token, low, genders) if low in REFLEXIVE else None
            resolved = ante is not None
            if ante is None:
                hit = find_antecedent(token, candidates, tokens, sent_start, sent_of, sents, quoted)
                ante = hit.found if hit is not None else None
                resolved = hit is not None
                if ante is None and inside and low in NEUTER and token.head.lemma_.lower() in NEIGHBOUR_NOUNS:
                    ante = _last_country(ordered, token, sent_of)   # "The cargo was Chile's first relief to
                    resolved = resolved or ante is not None            # its northern neighbour": a country's
            mention = None
            if ante is not None:
                res = ante.res
                why = f"pronoun '{token.text}' -> '{doc[ante.start:ante.end].text}'"
                mention = Found(token.i, token.i + 1, token.i, _with_why(res, why), list(ante.members))
                if not inside:
                    extra.append(mention)
                elif owner is not None and res.code:
                    holder = next((f for f in found if f.head == token.head.i), None)
                    fixed = other_party(tokens, ordered, holder, res, sent_of) if holder is not None else None
                    if fixed is None and holder is not None:
                        fixed = owner(doc, holder, token, res)
                    if fixed is not None:
                        holder.res = fixed
            if resolved:   # a pronoun with no antecedent at all tells a later one nothing
                candidates[token.i] = Candidate(token.i, mention, "pl" if low in PLURAL else "sg", None, pronoun=low)
        elif token.i not in taken and token.i in groups:
            members = last_n(ordered, token, sent_of, group_size(token))
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
                sector = STATE_GROUP_SECTORS.get(token.lemma_.lower())
                if sector is not None:   # "Japan and South Korea ... both governments": JPNGOV and KORGOV; "Indian
                    # and French warships ... both governments": INDGOV and FRAGOV
                    refs = [replace(m, code=m.country + sector, sectors=(sector,), kind="agent", name=None)
                            if m.country and ((m.kind in ("country", "capital") and not m.sectors) or (
                                m.kind == "agent" and m.sectors and set(m.sectors) <= STATE_SECTORS))
                            else m for m in refs]
                if len(members) == 1:
                    names = " and ".join(m.name or m.code or "?" for m in refs)
                    res = replace(res, why=f"'{doc[left:token.i + 1].text}' -> {names} (the members of "
                                           f"'{doc[members[0].start:members[0].end].text}')")
                group = Found(left, token.i + 1, token.i, res, refs)
                extra.append(group)
                candidates[token.i] = Candidate(token.i, group, "pl", None)
    return sorted([*found, *extra], key=lambda f: (f.start, f.head))


def other_party(tokens: list[Token], found: list[Found], holder: Found, owner: Resolution,
                sent_of: list[int]) -> Resolution | None:
    """ "his counterpart", "its neighbour": a relation to another party, whose country is not the owner's. The
    counterpart of a state's official is the official of the other country named last in the sentences before
    ("Austria's minister went to Slovakia ... his counterpart": SVKGOV); the neighbour of a country is that
    other country ("aid to its southern neighbour"). None when the phrase has a country of its own ("his Tunisian
    counterpart"), when a person's neighbour is meant, or when no other country was named."""
    lemma = tokens[holder.head].lemma_.lower()
    if lemma not in RELATIONAL_NOUNS or not any(w in holder.res.why for w in NO_OWN_COUNTRY) or \
            owner.country is None or holder.members:
        return None
    if lemma == "counterpart":
        sectors = owner.sectors if owner.sectors and set(owner.sectors) <= STATE_SECTORS else holder.res.sectors
    elif owner.human or (owner.sectors and not set(owner.sectors) <= STATE_SECTORS):
        return None    # "his neighbour", "the company's neighbour": a person or a thing next door
    else:
        sectors = ()
    here = sent_of[holder.head]
    for f in reversed(found):
        if f.head >= holder.start:
            continue
        if here - sent_of[f.head] > SENTENCES_BACK:
            return None
        res = f.res
        if f.modifier or f.members or res.kind in ("owner", "group") or not res.country or res.country == owner.country:
            continue
        text = tokens[holder.start].doc[holder.start:holder.end].text
        return Resolution(res.country + "".join(sectors), res.country, tuple(sectors), None,
                          f"'{text}' -> the other party to {owner.name or owner.code}: {res.country}, named last "
                          f"({res.why})", "agent" if sectors else "country", plural=holder.res.plural,
                          human=bool(sectors) and holder.res.human)
    return None


def _last_country(found: list[Found], token: Token, sent_of: list[int]) -> Found | None:
    """The country named last before ``token`` in its sentence or the ``SENTENCES_BACK`` before (a name, capital or
    adjective): the owner of "its neighbour" when the pronoun's nearest antecedent is a thing."""
    for f in reversed(found):
        if f.head >= token.i or f.members:
            continue
        if sent_of[token.i] - sent_of[f.head] > SENTENCES_BACK:
            return None
        if f.res.kind in ("country", "adjective", "capital") and f.res.country:
            return f
    return None


def _idiomatic_it(token: Token) -> bool:
    """ "do it again" (an act), "if he makes it to the White House", "made it clear/a priority/harder" (the "it"
    of a small clause under "make" with an adjective or noun predicate): no referent. "made it pay" keeps one."""
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_ == "do" or (head.lemma_ == "make" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "through", "into") for c in head.children))
    return token.dep_ == "nsubj" and head.dep_ == "ccomp" and head.pos_ in ("ADJ", "NOUN") and \
        head.head.lemma_ == "make"


def _takes_someone(token: Token, heads: set[int]) -> bool:
    """ "said it would take Hungary to court", "it took the dispute's other party to the WTO": "take" with an actor as
    its object is an act, not the expletive "it takes" ("it will take years to rebuild")."""
    head = token.head
    return head.lemma_ == "take" and any(c.dep_ == "dobj" and c.i in heads for c in head.children)


def _comes_to(token: Token) -> bool:
    """ "when it comes to energy", "if it came to war": the idiom's "it" stands for no actor."""
    verb = token.head
    return verb.lemma_ == "come" and any(c.dep_ == "advmod" and c.lower_ in ("when", "if") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _either_gender(token: Token) -> bool:
    """ "his or her", "he or she", "her/his": a pronoun next to one of the other gender, joined by "or"/"and"/"/"."""
    doc, i = token.doc, token.i
    male = token.lower_ in MALE_PRONOUNS
    for a, b in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= min(a, b) and max(a, b) < len(doc) and doc[a].lower_ in ("or", "and", "/"):
            other = doc[b].lower_
            if other in PERSONAL and (other in MALE_PRONOUNS) != male:
                return True
    return False


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
    if res.plural or f.modifier or f.tag in ("NNS", "NNPS"):
        return False
    return res.kind in ("country", "organisation", "metonym", "capital", "place") or (
        res.kind == "agent" and not res.human)


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _reflexive(found: list[Found], token: Token, pronoun: str, genders: dict[int, str]) -> Found | None:
    """ "Pence carried himself": a reflexive pronoun is the subject of its own verb."""
    verb = token.head
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.i < token.i:
            for f in found:
                if f.head == child.i and _compatible(f, pronoun, genders):
                    return f
    return None


OwnerFix = Callable[[Doc, Found, Token, Resolution], "Resolution | None"]


def owned_by_pronoun(resolver: "ActorResolver", when: "date | None") -> OwnerFix:
    """Re-resolves a role phrase whose possessor is a pronoun ("its members", "his spokesman") with the pronoun's
    actor as its owner: "NATO ... its members" -> IGONAT, "Putin ... his spokesman" -> RUSGOV; only when the
    phrase had no country of its own."""

    def fix(doc: Doc, f: Found, poss: Token, owner: Resolution) -> Resolution | None:
        if f.res.kind != "agent" or f.members or not any(w in f.res.why for w in NO_OWN_COUNTRY):
            return None
        raw = [w for t in doc[poss.i + 1:f.head + 1] for w in words(t.text)]
        res = resolver.resolve_words(raw, when, owner=owner) if raw else None
        if res is None or not res.code:
            return None
        return replace(res, why=f"{res.why} ('{poss.text}' is {owner.name or owner.code})")

    return fix
