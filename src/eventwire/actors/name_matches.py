"""Name matches of a parsed document: longest-match dictionary names over its words, by token.

``find_names`` is the first pass of ``mentions.MentionFinder``; ``Found`` is a mention before it
becomes an ``ActorMention``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..dictionaries.actor_dictionary import ActorEntry
from .qualified_places import towns_of_other_countries
from .resolver import ActorResolver, NameMatch, Resolution
from .us_states import american_states
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

PLACE_KINDS = frozenset({"country", "adjective", "place", "capital"})
NOT_NAME_POS = frozenset({"VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "INTJ"})
NAMED_THINGS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
CASE_WORDS = _WORDS.words("case_words")
REPORTING_LEMMAS = _WORDS.words("reporting_lemmas")
# words whose object or modifier is a news outlet: "according to the Hill", "a story in the Atlantic"
MEDIA_CONTEXT = REPORTING_LEMMAS | _WORDS.words("media_context_words")
# blocks of international bodies, and words that name one as such ("U.N. Security Council" is the UN's own)
IGO_BLOCKS = frozenset({"IGO"})
CURRENCY_SIGNS = frozenset("$\u20ac\u00a3\u00a5")   # $ euro pound yen
IGO_WORDS = _WORDS.words("igo_words")
NAME_SUFFIXES = _WORDS.words("name_suffixes")
# particles that open a family name written with it ("al-Maliki", "bin Salman"): such a two-word alias is a family
# name, to be checked against a first name written before it like a one-word one ("Turki al-Maliki" is no Nouri)
FAMILY_NAME_PARTICLES = _WORDS.words("family_name_particles")
# last words of company names ("Acme Corp.", "Sierra Nevada Corp.", "Korea Zinc Co."): see add_unlisted_companies
COMPANY_SUFFIXES = _WORDS.words("company_suffixes")


@dataclass
class Found:
    """A mention before it becomes an ``ActorMention``: token span, head and resolution."""

    start: int
    end: int
    head: int
    res: Resolution
    members: list[Resolution] = field(default_factory=list)
    modifier: bool = False      # a name modifying a noun that is no actor ("a U.S. request")
    tag: str = ""               # the head's tag (NNS, NNPS: plural)


@dataclass
class DocNames:
    """Name matches of one document, by token."""

    matches: list[tuple[int, int, NameMatch]]            # token start, token end, match
    at_token: dict[int, int] = field(default_factory=dict)  # token -> index in matches
    resolved: dict[int, Resolution] = field(default_factory=dict)  # match index -> resolution
    length: int = 0                                       # tokens of the document


def doc_words(doc: Doc, token_words: list[list[str]], tokens: list[Token] | None = None,
              ) -> tuple[list[str | None], list[int]]:
    """The document as a word sequence (None at punctuation) and the token of each word."""
    seq: list[str | None] = []
    owner: list[int] = []
    for token, parts in zip(tokens if tokens is not None else doc, token_words):
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


def _family_alias(seq: list[str | None], m: NameMatch) -> bool:
    """The match is a family name alone: one word ("Biden"), or a particle and a word ("al-Maliki", "bin Salman")."""
    n = m.end - m.start
    return n == 1 or (n == 2 and (seq[m.start] or "").lower() in FAMILY_NAME_PARTICLES)


def find_names(doc: Doc, resolver: ActorResolver, when: date | None, token_words: list[list[str]],
               tokens: list[Token] | None = None, ents: Sequence[Span] | None = None) -> DocNames:
    seq, owner = doc_words(doc, token_words, tokens)
    toks = tokens if tokens is not None else list(doc)   # index a list: ``doc[i]`` makes a new Token each time
    ents = ents if ents is not None else doc.ents
    names = DocNames(matches=[], length=len(toks))
    seen: list[str] = []
    tails: dict[str, ActorEntry] = {}   # last word of a longer organisation name -> its entry ("Times")
    others: dict[str, int] = {}      # family name -> token of the last person so named the dictionary lacks
    last_full: dict[str, int] = {}   # family name -> token of the last mention of a known person
    families: dict[str, ActorEntry] = {}   # family name -> the known person last named in full with it
    person_ent = {t: span for ent in ents if ent.label_ == "PERSON"
                  for span in [_without_possessive(toks, ent)] for t in range(*span)}
    named_ent = {t: ent for ent in ents if ent.label_ in NAMED_THINGS for t in range(ent.start + 1, ent.end)}
    for m in resolver.match_names(seq, when):
        start, end = owner[m.start], owner[m.end - 1] + 1
        while end < len(toks) and toks[end].text in NAME_SUFFIXES:   # "Joseph R. Biden Jr."
            end += 1
        if end - start == 1 and toks[start].is_sent_start and toks[start].pos_ in NOT_NAME_POS and \
                not toks[start].text.isupper() and all(e.kind != "person" for e in m.candidates):
            continue   # "Let's ..." is no "LeT": capital only as the sentence's first word, and no noun
        if _case_party(toks, start, end) or _outlet_word(toks, start, end, m):
            continue
        if end - start == 1 and toks[start].text[-1] in CURRENCY_SIGNS:
            continue   # "US$ 78 million", "HK$": a currency, no actor
        if end - start == 1 and _abbreviation_of_name_before(toks, start, m, person_ent, names):
            continue   # "the Teachers Guild of Ruritania (TGR)": the body's short name, not a person's initials
        ent = person_ent.get(start)
        if ent is not None and (ent[0] < start or ent[1] > end) and m.candidates[0].kind in PLACE_KINDS:
            continue   # "Jordan Peterson", "Chad Smith": part of a person's name, not a country
        if ent is not None and ent[0] < start and end - start == 1 and m.candidates[0].kind == "organisation" and \
                all(e.kind == "organisation" for e in m.candidates) and \
                resolver.family_names.given_names([toks[t].text for t in range(ent[0], start)]):
            continue   # "Jean Dupont", "Harrison Ford": a company's name as the family name of a person
        if start > 0 and start in named_ent and toks[start - 1].pos_ == "PROPN" and toks[start - 1].i in named_ent \
                and m.candidates[0].kind in PLACE_KINDS and not _armed_force_name(named_ent[start], resolver):
            continue   # "Priorities USA Action", "Tampa Bay": a place word inside a longer name
        if _inside_longer_name(toks, start, end, m, names):
            continue   # "National Security Council": another body than the UN's "Security Council"
        if end - start == 1 and _language(toks[start], m):
            continue   # "gunmen, some of them speaking Spanish", "a statement in Arabic": a language, no country
        if ent is not None and ent[0] < start and m.candidates[0].kind == "person" and _family_alias(seq, m):
            given = [toks[t].text for t in range(ent[0], start)]
            if not resolver.family_names.given_names(given):
                continue   # "Mr. Obama", "Senator Cruz": a title, no first name (the unlisted-actor pass reads it)
            agree = [e for e in m.candidates if resolver.family_names.given_name_agrees(e, given)]
            if not agree or ent[1] > end:   # "Ivanka Trump": another person with a known surname
                others[m.key] = start
                continue
            start, m = ent[0], replace(m, candidates=agree, ambiguous=m.ambiguous and len(agree) > 1)   # "William J. Clinton"
        elif _family_alias(seq, m) and m.key in others and m.key not in last_full and m.candidates[0].kind == "person":
            continue   # "Hunter Biden ... Biden": the only person of that family name named so far, whom the dictionary lacks
        last = person_ent.get(end - 1)
        if last is not None and last[1] > end and m.candidates[0].kind == "person" and \
                all(toks[t].pos_ == "PROPN" for t in range(end, last[1])):
            end = last[1]   # "President Xi Jinping" matched as the alias "President Xi": the name runs on
        if m.candidates[0].kind == "person":
            last_full[m.key.split()[-1]] = start
        idx = len(names.matches)
        names.matches.append((start, end, m))
        for t in range(start, end):
            names.at_token.setdefault(t, idx)
        entry = resolver.pick(m, when, seen)
        if entry is not None and entry.kind == "organisation":
            entry = _same_organisation(entry, [w for w in seq[m.start:m.end] if w and w.lower() != "the"], tails)
        word = toks[start].text if end - start == 1 else ""
        family = families.get(word)
        if family is not None and (entry is None or entry.kind in ("person", "country")) and (
                entry is None or entry.name != family.name):   # "Rep. Jim Jordan ... Jordan said", "Jeh Johnson ..."
            res = resolver.resolve_entry(family, when)
            names.resolved[idx] = replace(res, why=f"'{word}' is the family name of {family.name}, named before: "
                                                   f"{res.why}")
            seen.append(family.name)
            continue
        if entry is not None:
            res = resolver.resolve_entry(entry, when)
            if entry.kind == "organisation" and m.key != entry.name.lower():   # "EPA": one name of a grouped entry
                res = replace(res, why=f"{res.why}, as '{' '.join(w for w in seq[m.start:m.end] if w)}'")
            names.resolved[idx] = res
            seen.append(entry.name)
            parts = entry.name.split()
            if entry.kind == "person" and end - start > 1 and len(parts) > 1 and "of" not in parts and \
                    parts[-1] == toks[end - 1].text:   # not "Abdullah II of Jordan"
                before = families.get(parts[-1])   # the last so named, unless only an earlier one holds a role then
                if before is None or not before.active_at(when) or entry.active_at(when):
                    families[parts[-1]] = entry
    _shared_places(names, resolver, when)
    american_states(names, toks, resolver, when)
    towns_of_other_countries(names, toks, resolver, when)
    return names


def _shared_places(names: DocNames, resolver: ActorResolver, when: date | None) -> None:
    """A region split between countries ("Punjab", "Kashmir": a place listed under each) is of the one the rest of
    the text names most ("farmers blocked the road to Lahore ... in Punjab": Pakistan's); the first listed when the
    text does not say."""
    shared: dict[int, list[str]] = {}
    for idx, (_start, _end, m) in enumerate(names.matches):
        codes = list(dict.fromkeys(e.code for e in m.candidates if e.kind == "place"))
        if len(codes) > 1 and all(e.kind == "place" for e in m.candidates):
            shared[idx] = codes
    if not shared:
        return
    counts = Counter(r.country for i, r in names.resolved.items() if i not in shared and r.country)
    for idx, codes in shared.items():
        ranked = sorted(codes, key=lambda c: -counts[c])
        best = ranked[0]
        if counts[best] == 0 or counts[best] == counts[ranked[1]]:
            continue
        entry = next(e for e in names.matches[idx][2].candidates if e.code == best)
        res = resolver.resolve_entry(entry, when)
        names.resolved[idx] = replace(res, why=f"{res.why}; a region of several countries, of the one the text "
                                               f"names most ({best})")


def _without_possessive(toks: Sequence[Token], ent: Span) -> tuple[int, int]:
    """A PERSON entity's tokens less a closing possessive marker: the tagger often reads "Sri Lanka's" as
    a person whose name runs over the "'s", which would make "Sri Lanka" only part of a longer name."""
    end = ent.end
    while end - 1 > ent.start and toks[end - 1].tag_ == "POS":
        end -= 1
    return ent.start, end


def _abbreviation_of_name_before(toks: Sequence[Token], start: int, m: NameMatch,
                                 person_ent: dict[int, tuple[int, int]], names: DocNames) -> bool:
    """An all-capital word in brackets right after a capitalised name that is no person's is that name's short
    form, not the initials a known person goes by ("the Metropolitan Bus Service (MBS) said": not MBS, the Saudi
    crown prince). Only matches that are all people: a listed body's acronym after its unlisted full name ("...
    Liberation of Rwanda (FDLR)") names that body, and "Andres Manuel Lopez Obrador (AMLO)" is the person's."""
    if start < 2 or start + 1 >= len(toks) or not toks[start].text.isupper() or \
            any(e.kind != "person" for e in m.candidates):
        return False
    if toks[start - 1].text != "(" or toks[start + 1].text != ")":
        return False
    before = start - 2
    if not toks[before].text[:1].isupper() or before in person_ent:
        return False   # "Andres Manuel Lopez Obrador (AMLO)": the person's own initials
    idx = names.at_token.get(before)
    return idx is None or all(e.kind != "person" for e in names.matches[idx][2].candidates)


def _armed_force_name(ent: Span, resolver: ActorResolver) -> bool:
    """A name ending in a word for armed forces or police ("the Royal Saudi Air Force", "the Royal Thai Army"): the
    country word inside it is the force's country, not a word of a longer name ("Priorities USA Action")."""
    agents = resolver.dictionary.agents
    for n in (2, 1):
        agent = agents.get(" ".join(t.lower_ for t in ent[-n:])) if len(ent) > n else None
        if agent is not None:
            return agent.sector in ("MIL", "COP") and not agent.person
    return False


def _inside_longer_name(toks: Sequence[Token], start: int, end: int, m: NameMatch, names: DocNames) -> bool:
    """An organisation name that is the tail of a longer capitalised name the dictionary lacks ("National Security
    Council" is not the UN's "Security Council"): the word before it is a proper noun modifying it, no name of its
    own (not "Russian Security Council", "U.N. Security Council"), not the sentence's first word. Or an
    international body's generic name owned by a country ("Russia's Security Council", "Iran's Guardian Council"
    is kept: its entry is Iran's)."""
    if start == 0 or m.candidates[0].kind != "organisation":
        return False
    prev = toks[start - 1]
    if prev.tag_ == "POS" and start >= 2 and start - 2 in names.at_token and m.candidates[0].code[:3] in IGO_BLOCKS:
        owner = names.resolved.get(names.at_token[start - 2])
        return owner is not None and owner.kind in PLACE_KINDS and not IGO_WORDS & set(m.key.split())
    if prev.is_sent_start or prev.pos_ != "PROPN" or not prev.text[:1].isupper() or start - 1 in names.at_token:
        return False
    return prev.dep_ in ("compound", "amod") and start <= prev.head.i < end and prev.ent_type_ == toks[start].ent_type_


def _language(tok: Token, m: NameMatch) -> bool:
    """A nationality adjective standing alone as a singular noun object ("speaking Spanish", "a statement in Arabic",
    "translated into English") names a language, not the country."""
    if m.candidates[0].kind != "adjective" or tok.tag_ not in ("NNP", "NN", "JJ") or any(True for _ in tok.children):
        return False
    return tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into"))


def _case_party(toks: Sequence[Token], start: int, end: int) -> bool:
    """A party of a court case is no actor here: "Roe v. Wade", "Brown v. Board of Education"."""
    return (start > 0 and toks[start - 1].lower_ in CASE_WORDS) or (end < len(toks) and toks[end].lower_ in CASE_WORDS)


def _outlet_word(toks: Sequence[Token], start: int, end: int, m: NameMatch) -> bool:
    """A one-word outlet named "The X" after a lower-case article is the everyday word ("the hill", "an Independent
    candidate"), unless a reporting verb follows ("the Hill reported")."""
    entry = m.candidates[0]
    if end - start != 1 or start == 0 or entry.kind != "organisation" or not entry.code.endswith("MED") or \
            not entry.name.startswith("The ") or toks[start - 1].lower_ not in ("the", "a", "an") or \
            not toks[start - 1].text.islower():
        return False
    tok = toks[start]
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    media = (end < len(toks) and toks[end].lemma_.lower() in REPORTING_LEMMAS) or \
        head.lemma_.lower() in MEDIA_CONTEXT or (tok.dep_ == "nsubj" and tok.ent_type_ == "ORG")
    return not media   # "the Times gave Clinton a pass", "a story from the Times", "told the Guardian"


def _same_organisation(entry: ActorEntry, name_words: list[str], tails: dict[str, ActorEntry]) -> ActorEntry:
    """A one-word organisation name after a longer one ending in it is that one: "the Tampa Bay Times ... the Times"
    is not the London Times."""
    if not name_words:
        return entry
    tail = name_words[-1].lower()
    if len(name_words) > 1:
        tails[tail] = entry
        return entry
    return tails.get(tail, entry)


def add_unlisted_companies(names: DocNames, toks: Sequence[Token], ents: Sequence[Span],
                           context: str | None) -> DocNames:
    """Companies the dictionary lacks, named with a legal form or a trade ("Sierra Nevada Corp.", "Acme Inc.",
    "Tyvak Nano-Satellite Systems Inc."): an ORG entity whose last word is one of ``COMPANY_SUFFIXES`` is a
    business (BUS) of the country a name inside it gives ("Korea Zinc Co."), else of the article's main country.
    Names of places inside it are no mentions of their own. A dictionary name over any of its words keeps it."""
    added: list[tuple[int, int, Resolution]] = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_.rstrip(".") not in COMPANY_SUFFIXES:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        inner = [names.resolved.get(names.at_token[t]) for t in range(start, ent.end) if t in names.at_token]
        if any(r is None or r.kind not in PLACE_KINDS for r in inner):
            continue
        country = next((r.country for r in inner if r is not None and r.country), None) or context
        name = ent.doc[start:ent.end].text
        where = f"country from a name in it ({country})" if any(r is not None and r.country for r in inner) else \
            ("country from the article's main country" if country else "country unknown")
        added.append((start, ent.end, Resolution(country + "BUS" if country else None, country, ("BUS",), name,
                                                 f"'{name}': a company by its name, {where}", "organisation")))
    if not added:
        return names
    taken = {t for s, e, _r in added for t in range(s, e)}
    rows = [(s, e, m, names.resolved.get(i)) for i, (s, e, m) in enumerate(names.matches) if s not in taken]
    rows += [(s, e, NameMatch(0, 0, r.name.lower() if r.name else "", []), r) for s, e, r in added]
    rows.sort(key=lambda row: row[0])
    out = DocNames(matches=[], length=names.length)
    for idx, (s, e, m, res) in enumerate(rows):
        out.matches.append((s, e, m))
        for t in range(s, e):
            out.at_token.setdefault(t, idx)
        if res is not None:
            out.resolved[idx] = res
    return out


# kinds of name that may set the scene of an article: a country or a place, not a company or a person
SCENE_KINDS = frozenset({"country", "adjective", "capital", "place", "metonym"})
SCENE_TOKENS = 250   # a news snippet of a few sentences; whole articles are longer


def country_evidence(res: Resolution) -> str | None:
    """The country a name is evidence of: none for an institution many countries have ("the Senate", whose
    dictionary country is only a default the context overrides)."""
    if res.entry is not None and res.entry.generic:
        return None
    return res.country


def without_names_in(names: DocNames, covered: set[int]) -> DocNames:
    """The matches of ``names`` that start outside ``covered`` (the tokens of names listed as no actor: "South American
    countries", "the Australian dollar", "Iran-Contra" name no actor and are no evidence of the text's countries)."""
    if not covered or not any(start in covered for start, _end, _m in names.matches):
        return names
    out = DocNames(matches=[], length=names.length)
    renumbered: dict[int, int] = {}
    for idx, (start, end, m) in enumerate(names.matches):
        if start in covered:
            continue
        renumbered[idx] = len(out.matches)
        out.matches.append((start, end, m))
    out.at_token = {t: renumbered[i] for t, i in names.at_token.items() if i in renumbered}
    out.resolved = {renumbered[i]: res for i, res in names.resolved.items() if i in renumbered}
    return out


def main_country(names: DocNames, skip: frozenset[int] | set[int] = frozenset(), *,
                 generic: bool = False) -> str | None:
    """The country most named in the article, when one clearly leads: half the names or more and no other named as
    often (names at the indices ``skip`` left out; ``generic``: the dictionary countries of institutions many
    countries have counted too)."""
    counts = Counter(c for i, r in names.resolved.items()
                     if i not in skip and (c := r.country if generic else country_evidence(r)))
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    total = sum(counts.values())
    return top if n / total >= 0.5 and (not rest or rest[0][1] < n) else None


def scene_country(names: DocNames, skip: frozenset[int] | set[int] = frozenset()) -> str | None:
    """The article's main country, by one rule: the country that clearly leads the counts (``main_country``: an
    institution many countries have, "the Senate", counts only when the others leave a tie); else, in a short text
    (a lead and a few sentences, ``SCENE_TOKENS``), the lead sets the scene: the country of the first name of a
    country or a place ("Tonga's cabinet ...", "the Uruguayan navy", "in Maputo"; not a firm's or a person's name),
    when no other country is named more often ("Tonga's cabinet expelled a Fijian trader. The minister said ...":
    Tonga; Tonga named once but Fiji and Samoa twice each: none); else none. A long article's first country sets
    no scene for the whole of it."""
    return main_country(names, skip) or main_country(names, skip, generic=True) or first_named_country(names, skip)


def first_named_country(names: DocNames, skip: frozenset[int] | set[int] = frozenset()) -> str | None:
    """The country of the first name of a country or a place in a short text, when no other country is named more
    often (see ``scene_country``)."""
    counts = Counter(c for i, r in names.resolved.items() if i not in skip and (c := country_evidence(r)))
    if not counts or names.length > SCENE_TOKENS:
        return None
    places = [(start, i) for i, (start, _end, _m) in enumerate(names.matches) if i not in skip and
              (r := names.resolved.get(i)) is not None and r.kind in SCENE_KINDS and country_evidence(r)]
    if not places:
        return None
    country = country_evidence(names.resolved[min(places)[1]])
    return country if counts[country] == max(counts.values()) else None


def syntactic_head(doc: Doc | Sequence[Token], start: int, end: int) -> int:
    """The token of ``start:end`` whose head lies outside it (``doc`` may be the document's token list)."""
    for t in range(end - 1, start - 1, -1):
        head = doc[t].head.i
        if head < start or head >= end or doc[t].head == doc[t]:
            return t
    return end - 1

