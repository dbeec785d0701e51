"""ActorResolver: names and role phrases -> CAMEO actor codes at a date.

Look-ups are hash probes on normalised word sequences (longest match first); nothing scans the
dictionary per mention. ``lookup("Putin", date(2017, 1, 28))`` resolves a short phrase; the actor
stage uses ``match_names`` and ``compose`` on a parsed document. What it returns is in ``resolution``; whose code a
role phrase takes when a body is named in it, in ``body_offices``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..dictionaries.actor_dictionary import ActorDictionary, ActorEntry, Agent
from ..dictionaries.actor_text import key, words
from .body_offices import FORMER_WORDS, former_elite, heads, stands_for
from .company_roles import NON_COUNTRY_BLOCKS, PRIVATE_BODIES, company_phrase, private_body, works_at
from .family_names import FamilyNames
from .of_phrases import OfPhrases
from .resolution import NameMatch, Phrase, Resolution, fmt_date, split_code
from .vocabulary import shipped_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Span

_WORDS = shipped_vocabulary()

# modifiers that make a news outlet a government one: "official Syrian newspaper" -> SYRGOVMED
STATE_MEDIA_WORDS = _WORDS.words("state_media_words")
# roles whose former holders CAMEO codes as elites (ELI): "the former minister", not "a former campaign worker"
PUBLIC_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "PTY", "COP", "SPY"})
# modifiers that make a generic role noun a private professional: "a financial adviser", "an investment manager"
BUSINESS_MODIFIERS = _WORDS.words("business_modifiers")
# words dropped in front of a role phrase: "the", "three", "some", "several" ...
FUNCTION_WORDS = _WORDS.words("function_words")
# words that make the country after them the side an actor takes, not its own: "pro-Russian separatists"
SIDE_WORDS = frozenset({"pro", "anti"})
# words after a hyphen that make the country before them a backer, not the actor's own: "Iran-backed militias"
BACKER_WORDS = _WORDS.words("backer_words")


def side_taken(tokens, i: int) -> bool:
    """The word at ``i`` names a side taken, not a country of one's own: "pro-Russian", "anti-American", or a
    backer: "Iranian-aligned group", "Saudi Arabia-backed forces" (``tokens``: the doc or a list of its tokens). Only
    a hyphen with no space on either side joins a backer: "Russia - backed by China - vetoed it" is a dash aside."""
    if i > 1 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in SIDE_WORDS:
        return True
    for j in range(i + 1, min(i + 4, len(tokens) - 1)):
        if tokens[j].text == "-":
            return _attached_hyphen(tokens, j) and tokens[j + 1].lower_ in BACKER_WORDS
        if tokens[j].pos_ != "PROPN":
            return False
    return False


def _attached_hyphen(tokens, j: int) -> bool:
    """The "-" at ``j`` joins the words on both sides ("Iran-backed"), no spaced dash ("Russia - backed by ...")."""
    return not tokens[j - 1].whitespace_ and not tokens[j].whitespace_
# ``why`` of a role phrase whose country came from no word of its own (see ``ActorResolver.compose``)
NO_OWN_COUNTRY = ("the article's main country", "country unknown", "unless the text says otherwise")


class ActorResolver:
    """Resolve names and role phrases against one ``ActorDictionary``."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._first_words: dict[str, int] | None = None
        self._agent_words: frozenset[str] | None = None   # every word of a role phrase, built on first use
        self._of_phrases: OfPhrases | None = None          # "chief of police" by "chief", built on first use
        self._by_caps: dict[tuple[str, tuple[bool, ...]], list[ActorEntry]] = {}   # (key, capitals) -> entries
        self.family_names = FamilyNames(dictionary, self.agent_words)   # first and family names of known people

    def non_actor_starts(self) -> dict[str, int]:
        """First words of the dictionary's non-actor names (and, under "", the longest name's length), built once."""
        if self._first_words is None:
            table = self.dictionary.non_actors
            firsts = {k.split()[0]: 1 for k in table if k}
            firsts[""] = max((len(k.split()) for k in table), default=1)
            self._first_words = firsts
        return self._first_words

    # ---- names
    def match_names(self, seq: Sequence[str | None], when: date | None = None) -> list[NameMatch]:
        """Greedy longest matches over a word sequence (None = a boundary no name crosses); a dated name
        (countries.yaml ``dated_names``) only at a date within its dates (no date: today)."""
        book = self.dictionary
        names, ambiguous, acronyms, prefixes = book.names, book.ambiguous, book.acronyms, book.prefixes
        out: list[NameMatch] = []
        i, n = 0, len(seq)
        while i < n:
            first = seq[i]
            if first is None:
                i += 1
                continue
            found, k = None, ""
            for j in range(i, min(n, i + book.max_name_words)):
                word = seq[j]
                if word is None:
                    break
                k = word.lower() if j == i else f"{k} {word.lower()}"
                if k in names or k in ambiguous or (j == i and word in acronyms):
                    hit = self._probe(seq[i:j + 1], when)  # type: ignore[arg-type]
                    if hit:
                        hit.start, hit.end = i, j + 1
                        found = hit
                if k not in prefixes:
                    break
            if found:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _probe(self, part: Sequence[str], when: date | None) -> NameMatch | None:
        book = self.dictionary
        k = key(list(part))
        capital = part[0][:1].isupper() or part[0][:1].isdigit()
        caps = tuple(w[:1].isupper() or w[:1].isdigit() for w in part)
        fit = self._by_caps.get((k, caps))
        if fit is None:   # the entries whose capitals the words have, once per key and capitalisation
            fit = [e for e, need in book.names.get(k, ()) if all(c or not n for c, n in zip(caps, need))]
            self._by_caps[(k, caps)] = fit
        cands = [e for e in fit if e.named_at(when)]
        if len(part) == 1 and part[0] in book.acronyms:
            cands = book.acronyms[part[0]] + cands
        if cands:
            return NameMatch(0, 0, k, list(dict.fromkeys(cands)))
        if capital and k in book.ambiguous:
            return NameMatch(0, 0, k, list(book.ambiguous[k]), ambiguous=True)
        return None

    def pick(self, match: NameMatch, when: date | None, seen: Iterable[str] = ()) -> ActorEntry | None:
        """The entry a match stands for: seen earlier in the text (the one holding a role at the date when several
        were, else the last), else active at the date, else first."""
        order = {name: i for i, name in enumerate(seen)}   # later mentions win: the most recent Clinton
        cands = match.candidates
        named = [e for e in cands if e.kind == "person" and e.name in order]
        active = [e for e in named if e.active_at(when)] if len(named) > 1 else []
        if len(active) == 1:   # "Hillary Clinton ... former President Bill Clinton ... Clinton" in 2016: the one in
            return active[0]   # office or running at the date, not the one named last in passing
        if named:
            return max(named, key=lambda e: order[e.name])
        if match.ambiguous:
            active = [e for e in cands if e.active_at(when)]
            if len(active) == 1:
                return active[0]
            if not active and len({e.code for e in cands}) == 1:   # "Bush": two presidents, one country
                e = cands[0]
                return ActorEntry("country", self.dictionary.country_name(e.code) or e.code, e.code,
                                  origin=f"ambiguous '{match.key}' ({e.origin})")
            return None
        best = cands[0]
        same_rank = [e for e in cands if e.kind == best.kind and e.user == best.user]
        if best.kind == "person" and len(same_rank) > 1:
            for entry in same_rank:
                if entry.active_at(when):
                    return entry
        return best

    def agent_words(self) -> frozenset[str]:
        """Every word of a role phrase ("president", "senator"), built on first use."""
        if self._agent_words is None:
            self._agent_words = frozenset(w for phrase in self.dictionary.agents for w in phrase.split(" "))
        return self._agent_words

    def resolve_entry(self, entry: ActorEntry, when: date | None) -> Resolution:
        code, role = entry.at(when)
        ended = entry.ended_at(when) if entry.kind == "person" and role is None else None
        if ended is not None:   # "Osama bin Laden was killed" on the day: the role the news of its end names him by
            code = ended.code
        country, sectors = split_code(code)
        if entry.kind == "person":
            former = entry.former(when) if role is None else None
            if ended is not None:
                why = (f"{entry.name}: {ended.title or ended.code} {fmt_date(ended.start)}..{fmt_date(ended.end)}, "
                       f"the role whose end the news of {fmt_date(when)} tells [{entry.origin}]")
            elif role is not None:
                why = (f"{entry.name}: {role.title or role.code} {fmt_date(role.start)}..{fmt_date(role.end)} "
                       f"[{entry.origin}]")
            elif former is not None and country:   # CAMEO codes former office holders as elites
                code, sectors = country + "ELI", ("ELI",)
                why = (f"{entry.name}: former {former.title or former.code} (until {fmt_date(former.end)}), "
                       f"an elite (ELI) at {fmt_date(when)} [{entry.origin}]")
            else:
                why = f"{entry.name}: no role in the dictionary at {fmt_date(when)}, country only [{entry.origin}]"
        elif role is not None:
            why = f"{entry.kind} {entry.name}: {role.title or role.code} from {fmt_date(role.start)} [{entry.origin}]"
        else:
            why = f"{entry.kind} {entry.name} [{entry.origin}]"
        return Resolution(code, country, sectors, entry.name, why, entry.kind, entry, human=entry.kind == "person",
                          place=entry.kind == "place")

    # ---- role phrases
    def agent_ending(self, lower: Sequence[str], end: int, *, lemma: str | None = None,
                     min_start: int = 0) -> tuple[int, Agent] | None:
        """The longest role phrase ending at word ``end - 1`` and starting at or after ``min_start``; a phrase with
        "of" whose word before "of" is word ``end - 1`` comes first ("chief" in "the chief of police")."""
        agents = self.dictionary.agents
        if self._of_phrases is None:
            self._of_phrases = OfPhrases(agents)
        with_of = self._of_phrases.at(lower, end, lemma=lemma, min_start=min_start)
        if with_of is not None:
            return with_of[0], with_of[2]
        known = self.agent_words()
        longest = min(self.dictionary.max_agent_words, end - min_start)
        for p in range(end - 2, end - longest - 1, -1):   # a word in no role phrase: no phrase reaches over it
            if lower[p] and not all(w in known for w in lower[p].split(" ")):
                longest = end - p - 1
                break
        for length in range(longest, 0, -1):
            start = end - length
            phrase = " ".join(w for w in lower[start:end] if w)
            agent = agents.get(phrase)
            if agent is None and lemma and length >= 1:
                agent = agents.get(" ".join(w for w in [*lower[start:end - 1], lemma] if w))
            if agent is not None:
                return start, agent
        return None

    def role_modifier(self, modifiers: Sequence[str]) -> Agent | None:
        """The nearest non-generic role word among modifiers ("army" in "army spokesman")."""
        end = len(modifiers)
        while end > 0:
            hit = self.agent_ending(modifiers, end)
            if hit and not hit[1].generic and (hit[1].sector != "CVL" or hit[1].person):
                return hit[1]
            end = hit[0] if hit else end - 1
        return None

    def compose(self, phrase: Phrase, when: date | None, context_country: str | None = None) -> Resolution | None:
        """Role phrase + country from modifiers, possessor, "of" object or the article's main country.

        None when the phrase is no actor on its own ("the movement" with no name in it)."""
        agent = phrase.agent
        modifier = self.role_modifier(phrase.modifiers)
        if not agent.bare and not phrase.names and phrase.owner is None and (
                modifier is None or not (agent.person and agent.generic)):
            return None    # "the movement", "a board member": no actor without a name or owner ("company chairman")
        company = company_phrase(phrase)   # "Airbus parent EADS", "60 Boeing 787 aircraft"
        if company is not None:
            return company
        sector, why_role = agent.sector, f"'{phrase.head_words}' -> {agent.sector}"
        if modifier is not None and (agent.generic or (modifier.sector in ("REB", "OPP")
                                                       and agent.sector in ("MIL", "GOV", "CVL", "PTY")) or
                                     (modifier.sector == "MIL" and agent.sector == "PTY" and not agent.person)):   # "military coalition"
            sector, why_role = modifier.sector, f"'{modifier.phrase} {phrase.head_words}' -> {modifier.sector}"
        if modifier is None and agent.generic and agent.person and not phrase.names and phrase.owner is None and \
                BUSINESS_MODIFIERS & set(phrase.modifiers):   # "a financial adviser": a private professional
            sector, why_role = "BUS", f"'{' '.join(phrase.modifiers)} {phrase.head_words}' -> BUS"
        role_from_modifier = sector != agent.sector
        country, source = None, ""
        for res in reversed(phrase.names):
            whole = stands_for(res, agent, role_from_modifier, when) or (
                heads(res, agent) if res.kind == "organisation" and not role_from_modifier else None)
            if whole is not None:
                return former_elite(replace(whole, why=f"{why_role}, of {res.kind} {res.name} ({res.code}): "
                                                       f"{whole.code}", kind="agent", plural=phrase.plural,
                                            name=None, human=agent.person), phrase)
            if res.country and res.kind == "country" and agent.sector == "EDU" and not phrase.plural:
                continue   # "a Korea scholar", "a China expert": the country is the subject studied
            if res.kind == "place" and phrase.owner is not None and phrase.owner.kind in ("capital", "place") and \
                    phrase.owner.country not in (None, res.country):
                continue   # "Dakar's Medina district": a quarter of the owner city, not the namesake abroad
            if res.country:
                country, source = res.country, f"{res.kind} {res.name}"
                break
        if country is None and phrase.owner is not None:
            whole = stands_for(phrase.owner, agent, role_from_modifier, when) or heads(phrase.owner, agent)
            if whole is None and role_from_modifier and sector == "BUS" and agent.person and \
                    private_body(phrase.owner):   # "the executive director of Human Rights Watch"
                whole = phrase.owner
            if whole is not None:
                return former_elite(replace(whole, why=f"{why_role}, of {phrase.owner.name or phrase.owner.code}",
                                            kind="agent", plural=phrase.plural, name=None, human=agent.person),
                                    phrase)
            if phrase.owner.country:
                country, source = phrase.owner.country, f"owner {phrase.owner.name or phrase.owner.code}"
        if country is None and phrase.place is not None and phrase.place.kind == "organisation" and \
                (not role_from_modifier or sector == "BUS") and agent.person and \
                private_body(phrase.place, international=False):   # "officials at Goldman Sachs", "a vice president
            # at Boeing", "a writer for The Atlantic" (not "a leader in the European Parliament": a member)
            whole = heads(phrase.place, agent) or (
                phrase.place if agent.generic or works_at(phrase.place, agent.sector) else None)
            if whole is not None:
                return former_elite(replace(whole, why=f"{why_role}, at {phrase.place.name or phrase.place.code}",
                                            kind="agent", plural=phrase.plural, name=None, human=agent.person),
                                    phrase)
        if country is None and phrase.place is not None and phrase.place.country and not agent.country:
            country, source = phrase.place.country, f"place {phrase.place.name}"   # not "settlers in the West Bank"
        explicit = country is not None
        if country is None and agent.country:
            country, source = agent.country, f"'{agent.phrase}' unless the text says otherwise"
        if country is None and role_from_modifier and modifier is not None and modifier.country:
            country, source = modifier.country, f"'{modifier.phrase}' unless the text says otherwise"
        if country is None and context_country:
            country, source = context_country, "the article's main country"
        name = None
        former = bool(FORMER_WORDS & set(phrase.modifiers))
        if explicit and sector == "GOV" and not phrase.plural and not role_from_modifier and not former:
            held = self.dictionary.holder(country, phrase.head_words, when)
            if held is not None:
                entry, role = held
                return Resolution(role.code, *split_code(role.code), entry.name,
                                  f"'{phrase.head_words}' of {country} at {fmt_date(when)}: {entry.name} [{entry.origin}]",
                                  "person", entry, plural=False, human=True)
        if sector in NON_COUNTRY_BLOCKS and explicit and sector == "NGO":   # "Italian aid workers" -> ITANGO
            return Resolution(country + sector, country, (sector,), None, f"{why_role}, country from {source}",
                              "agent", plural=phrase.plural, human=agent.person)
        if sector in NON_COUNTRY_BLOCKS:   # "a human rights group" -> NGO
            return Resolution(sector, None, (), None, f"{why_role}", "agent", plural=phrase.plural)
        sectors: tuple[str, ...] = (sector,)
        owner = phrase.owner
        if sector == "PTY" and not agent.person and owner is not None and owner.kind == "person" and \
                "OPP" in owner.sectors:   # "Imran Khan's party" while he leads the opposition
            sectors, why_role = ("OPP",), f"{why_role}; the party of {owner.name}, in opposition (OPP)"
        if agent.person and sector in PUBLIC_SECTORS and former and not phrase.plural:
            sectors, why_role = ("ELI",), f"{why_role}; former, an elite (ELI)"   # "the former minister"
        if sector == "MED" and STATE_MEDIA_WORDS & set(phrase.modifiers):
            sectors, why_role = ("GOV", "MED"), f"{why_role} (state media: GOV MED)"
        if country is None:
            return Resolution(None, None, sectors, None, f"{why_role}, country unknown", "agent",
                              plural=phrase.plural, human=agent.person)
        return Resolution(country + "".join(sectors), country, sectors, name, f"{why_role}, country from {source}",
                          "agent", plural=phrase.plural, human=agent.person)

    # ---- spans of a parsed text (quote speakers: "a presidential spokesman", "the Kremlin")
    def resolve_span(self, span: "Span", when: date | None = None, *, context_country: str | None = None,
                     seen: Iterable[str] = ()) -> Resolution | None:
        """Resolve a spaCy span: its head noun phrase (without relative clauses and appositions) first,
        then the whole text. Pronouns and "the statement" give None (the stage's mentions handle those)."""
        root = span.root
        left = min((t.i for t in root.lefts if t.i >= span.start), default=root.i)
        core = span.doc[left:root.i + 1]
        fallback = None
        for text in dict.fromkeys([span.text, core.text]):
            res = self.lookup(text, when, context_country=context_country, seen=seen)
            if res is not None and res.code is not None:
                return res
            fallback = fallback or res
        return fallback

    # ---- short phrases (CLI, quote speakers)
    def lookup(self, text: str, when: date | None = None, *, context_country: str | None = None,
               seen: Iterable[str] = ()) -> Resolution | None:
        """Resolve a name or short phrase: "Putin", "the Kremlin", "a Turkish frigate", "Putin's spokesman"."""
        raw = words(text.replace("\u2019", "'"))
        if any(w.lower().rstrip(".") in ("v", "vs", "versus") for w in raw[1:-1]):
            return None   # a court case ("Roe v. Wade"), no actor
        lowered_article = len(raw) == 2 and raw[0] in ("the", "a", "an")
        while len(raw) > 1 and raw[0].lower() in FUNCTION_WORDS and (raw[0].islower() or raw[0] in ("The", "A", "An")):
            raw = raw[1:]
        whole = self.match_names(raw, when)
        if len(whole) == 1 and whole[0].start == 0 and whole[0].end == len(raw):   # "Isle of Man"
            entry = self.pick(whole[0], when, seen)
            if entry is not None and lowered_article and entry.kind == "organisation" and \
                    entry.name.startswith("The ") and entry.code.endswith("MED"):
                return None   # "the hill", "an Independent": the everyday word, not the outlet "The Hill"
            if entry is not None:
                return self.resolve_entry(entry, when)
        owner = None
        lowered = [w.lower() for w in raw]
        # possessive: "Putin's spokesman" (apostrophes split words, so "'s" is the word "s")
        if "s" in lowered[1:]:
            cut = lowered.index("s", 1)
            owner = self.lookup(" ".join(raw[:cut]), when, seen=seen)
            raw = raw[cut + 1:]
        elif "of" in lowered[1:] or "for" in lowered[1:]:
            cut = min(lowered.index(w, 1) for w in ("of", "for") if w in lowered[1:])
            hit = self.agent_ending(lowered, cut) if lowered[cut] == "of" else None
            if hit is not None and self._of_phrases is not None:   # "the chief of police (of Lagos)"
                with_of = self._of_phrases.at(lowered, cut)
                if with_of is not None:
                    cut = next((i for i in range(with_of[1], len(lowered)) if lowered[i] in ("of", "for")),
                               len(lowered))
            owner = self.lookup(" ".join(raw[cut + 1:]), when, seen=seen) if cut < len(raw) else None
            raw = raw[:cut]
        while len(raw) > 1 and raw[0].lower() in FUNCTION_WORDS and (raw[0].islower() or raw[0] in ("The", "A", "An")):
            raw = raw[1:]
        if not raw:
            return owner
        return self.resolve_words(raw, when, owner=owner, context_country=context_country, seen=seen)

    def resolve_words(self, raw: Sequence[str], when: date | None, *, owner: Resolution | None = None,
                      context_country: str | None = None, seen: Iterable[str] = ()) -> Resolution | None:
        """Resolve one phrase given as words (head last)."""
        matches = self.match_names(list(raw), when)
        lower = [w.lower() for w in raw]
        last = matches[-1] if matches else None
        if last is not None and last.end == len(raw) and last.start > 0 and raw[last.start - 1][:1].isupper() and \
                last.candidates[0].kind == "person":   # "Hunter Biden" is not Joe Biden
            agree = [e for e in last.candidates if self.family_names.given_name_agrees(e, raw[:last.start])]
            if not agree:
                return None
            last = replace(last, candidates=agree, ambiguous=last.ambiguous and len(agree) > 1)
        if last is not None and last.end == len(raw):
            entry = self.pick(last, when, seen)
            if entry is not None and (entry.kind != "adjective" or len(matches) == 1):
                res = self.resolve_entry(entry, when)
                return self._with_modifier_country(res, matches[:-1], when, seen)
        hit = self.agent_ending(lower, len(lower))
        if hit is None:
            return None
        start, agent = hit
        names = []
        for m in matches:
            if m.start > 0 and lower[m.start - 1] in ("ethnic", *SIDE_WORDS):
                continue    # "ethnic Albanian guerrillas": an ethnicity; "pro-Russian separatists": a side taken
            if m.end <= start:
                entry = self.pick(m, when, seen)
                if entry is not None:
                    names.append(self.resolve_entry(entry, when))
        head = " ".join(lower[start:])
        plural = head not in (agent.phrase,) and head.endswith("s") and not agent.phrase.endswith("s")
        named = {i for m in matches for i in range(m.start, m.end)}   # "European Union leaders": no union leaders
        phrase = Phrase(agent, agent.phrase, [w for i, w in enumerate(lower[:start]) if i not in named], names, owner,
                        plural)
        return self.compose(phrase, when, context_country)

    def _with_modifier_country(self, res: Resolution, before: list[NameMatch], when: date | None,
                               seen: Iterable[str]) -> Resolution:
        """ "the Brazilian Senate": a country modifier re-homes an institution metonym."""
        if res.kind != "metonym" or not before or not res.sectors:
            return res
        entry = self.pick(before[-1], when, seen)
        if entry is None or entry.kind not in ("adjective", "country") or entry.code == res.country:
            return res
        code = entry.code + "".join(res.sectors)
        return replace(res, code=code, country=entry.code, name=None,
                       why=f"{res.why}, re-homed to {entry.code} by '{entry.name}'")


__all__ = ["ActorResolver", "Resolution", "NameMatch", "Phrase", "split_code"]
