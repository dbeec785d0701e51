"""Coverage audit of the actor dictionary's office holders (issue 4: leaders of every country since 2000).

For each of the 193 UN member states and each sample day (1 January and 1 July, 2000 to today; `--since 1995`
from an earlier year: archives such as ICEWS start in 1995), is
there a person in the dictionary holding the head-of-state office, and the head-of-government office,
on that day? For the G20 countries (which include the five permanent Security Council members), the
same for the foreign and the defence minister; and for 18 international organisations (UN, NATO, EU
bodies, IMF, World Bank, WHO, IAEA, WTO, ICC, AU, Arab League, ASEAN), whether their head is listed.
Offices are read from the roles' titles (the country is the first block of the role's code); the head
of government of a country whose president runs the government (USA, Brazil, Indonesia ...) is the
president, and the head of state of a Commonwealth realm is the British monarch (or its governor-general).
Reported apart (not in the overall share): the foreign and defence ministers of 42 much-reported countries
beyond the G20 (NEWS_COUNTRIES: xfm, xdm), and ten spokesperson offices most quoted in world news (spk:
Kremlin, Russian, Chinese and Iranian foreign ministries, White House, State Department, Pentagon, UN
Secretary-General, EU foreign affairs, NATO), where any listed holder covers a day.

Prints the gaps per country (runs of consecutive sample days) and the share of country-days covered.

    .venv/bin/python benchmarks/actors_coverage.py [--office hos|hog|fm|dm|igo|xfm|xdm|spk] [--country RUS]
        [--combined] [--overlaps] [--json] [--data DIR] [--since YEAR] [--news IRQ,LKA,...]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

from eventwire.dictionaries.actor_dictionary import ActorDictionary, ActorEntry, Role
from eventwire.dictionaries.actor_text import key, words

# ISO 3166-1 entries that are not UN member states (territories, observers, Taiwan, Kosovo is no ISO entry)
NOT_UN_MEMBERS = frozenset(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD "
    "IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM SPM SXM TCA TKL TWN UMI "
    "VAT VGB VIR WLF".split())
# foreign and defence ministers beyond the G20: countries much in the news 2000-2026 (wars and conflicts:
# Middle East, Ukraine, the Caucasus, the Horn and the Sahel's north; the EU/NATO members most quoted on them;
# the contested states of East Asia; the Latin American governments of the Venezuela and Colombia stories)
NEWS_COUNTRIES = (
    "IRN", "ISR", "UKR", "SYR", "IRQ", "EGY", "PAK", "AFG", "QAT", "ARE", "LBN", "JOR", "LBY", "SDN", "YEM", "DZA",
    "MAR", "POL", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN", "BLR", "GEO", "AZE", "ARM", "SRB", "KAZ", "VEN", "COL",
    "CUB", "NGA", "ETH", "KEN", "VNM", "PHL", "THA", "MMR", "PRK", "TWN")
G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA")
# Commonwealth realms since 2000: head of state the British monarch (until the date given, if any)
REALMS = {"AUS": None, "CAN": None, "NZL": None, "JAM": None, "BHS": None, "BRB": date(2021, 11, 30), "BLZ": None,
          "ATG": None, "KNA": None, "LCA": None, "VCT": None, "GRD": None, "PNG": None, "SLB": None, "TUV": None}
# countries whose president (or monarch) heads the government for all or part of the period: the head of
# state covers the head of government where the dictionary lists no separate head of government then
EXECUTIVE_HEAD_OF_STATE = frozenset(
    "USA MEX GTM HND SLV NIC CRI PAN COL VEN ECU BOL CHL ARG URY PRY BRA DOM CUB SUR GUY IDN PHL CYP AFG "
    "PER TKM TUR SDN MMR NGA GHA LBR SLE GMB BEN ZAF BWA ZMB MWI ZWE KEN AGO SSD ERI COM SYC BDI MDV PLW MHL FSM "
    "NRU KIR SAU OMN BRN CHE SMR".split())
# ... and where the post of prime minister was abolished for a time
EXECUTIVE_WHILE: dict[str, list[tuple[date, date | None]]] = {
    "SEN": [(date(2019, 5, 14), date(2022, 9, 17))], "TCD": [(date(2018, 5, 4), date(2021, 4, 26))],
    "COD": [(date(1997, 5, 17), date(2007, 2, 25))],
    "COG": [(date(1997, 10, 25), date(2005, 1, 7)), (date(2009, 9, 15), date(2016, 4, 23))],
    "GAB": [(date(2025, 5, 3), None)], "SYR": [(date(2025, 3, 29), None)]}

_DEPUTY = re.compile(r"\b(deputy|vice|shadow|former|spokes\w*|first lady|candidate|nominee|state for|elect|"
                     r"aide|adviser|advisor|envoy|chief of staff|secretary of the|office|ministry)\b")
HEAD_OF_STATE = re.compile(
    r"^(?:acting |interim |transitional |provisional |caretaker )?(?:president|king|queen|emir|sultan|grand duke|"
    r"emperor|pope|sovereign|supreme leader|head of state|co prince|captain regent|yang di pertuan agong|"
    r"governor general|prince|reigning prince|prince of monaco|prince of liechtenstein|junta leader|"
    r"military ruler|military leader|chairman of the interim administration|de facto leader|de facto president|"
    r"chairman of the supreme council of the armed forces|head of the transitional military council|"
    r"chairman of the presidential leadership council|president of the high transitional authority|"
    r"chairman of the spdc|chairman of the national transitional government|member of the presidency|"
    r"chairman of the presidency|chairman of the presidential council|"
    r"president of the presidential council|chairman of the sovereignty council|"
    r"chairman of the transitional sovereignty council|president of the transitional presidential council|"
    r"chairman of the state affairs commission|chairman of the national defence commission|"
    r"chairman of the state administration council|chairman of the state peace and development council|"
    r"president of the confederation|president of the republic|president of the federation|"
    r"chairman of the supreme council|chairman of the transitional military council|"
    r"president of the transitional military council|head of the military council|"
    r"chairman of the national transitional council|president of the national transitional council|"
    r"leader of the revolution|supreme leader of the taliban|supreme leader of afghanistan|"
    r"chairman of the high council of state|president of the high state council|"
    r"head of the transitional council|sultan and prime minister|"
    r"king and prime minister)$")
PRESIDENT_OF = re.compile(r"^president of (\w+(?: \w+)?)$")   # "president of serbia": the country's own only
HEAD_OF_GOVERNMENT = re.compile(
    r"^(?:acting |interim |transitional |provisional |caretaker |first )?(?:prime minister|premier|chancellor|"
    r"taoiseach|head of government|chief executive|chief adviser|chairman of the council of ministers|"
    r"president of the council of ministers|president of the government|state counsellor|pm|"
    r"chief minister|vice president and prime minister|prime minister of \w+(?: \w+)?|"
    r"chairman of the government|president of the executive council|sultan and prime minister|"
    r"king and prime minister|prime minister and acting head of government|chief adviser of the interim government|"
    r"chair of the council of ministers|chairman of the interim council of ministers|minister of state|state minister|"
    r"secretary of the general people s committee)$")
FOREIGN = re.compile(r"^(?:acting |interim |caretaker )?(?:foreign minister|foreign secretary|foreign affairs minister|"
                     r"minister (?:of|for) foreign affairs|external affairs minister|minister of external affairs|"
                     r"secretary of foreign affairs|secretary of state|tanaiste and foreign minister|"
                     r"minister (?:of|for) foreign affairs and \w+(?: \w+)*|foreign and \w+ minister|"
                     r"foreign minister and \w+(?: \w+)*)$")
DEFENCE = re.compile(r"^(?:acting |interim |caretaker )?(?:defen[cs]e minister|defen[cs]e secretary|secretary of defen[cs]e|"
                     r"minister (?:of|for) (?:national )?defen[cs]e|national defen[cs]e minister|"
                     r"minister of the armed forces|armies minister|defen[cs]e and \w+(?: \w+)* minister|"
                     r"defen[cs]e minister and \w+(?: \w+)*|secretary of war|war secretary|armed forces minister|"
                     r"director general of the defence agency|minister of the revolutionary armed forces)$")
# titles whose meaning depends on the country
COUNTRY_ONLY = {"chancellor": {"DEU", "AUT"}, "premier": {"CHN", "PRK", "VNM", "LAO", "TWN"},
                "secretary of state": {"USA"}, "chief executive": {"AFG", "PAK"}, "minister of state": {"MCO"},
                "state minister": {"GEO"}, "prince": {"MCO", "LIE"}, "co prince": {"AND"},
                "minister of the armed forces": {"FRA"}, "armies minister": {"FRA"}, "armed forces minister": {"FRA"},
                "director general of the defence agency": {"JPN"},
                "minister of the revolutionary armed forces": {"CUB"},
                "secretary of war": {"USA"}, "war secretary": {"USA"}, "chief minister": {"SLE"},
                "state counsellor": {"MMR"}, "president of the confederation": {"CHE"}}
# titles that name another office in some countries (India's foreign secretary is a civil servant)
COUNTRY_NOT = {"foreign secretary": {"IND", "PAK", "BGD", "NPL", "LKA"}}
# countries whose president heads the government under a supreme leader (the head of state)
PRESIDENT_HEADS_GOVERNMENT = {"IRN"}
# a state office is held in the government or the armed forces (a junta), not as a rebel, judge or party leader
STATE_SECTORS = {"", "GOV", "MIL"}
# states independent after 1 January 2000: audited from independence on
INDEPENDENT_FROM = {"TLS": date(2002, 5, 20), "MNE": date(2006, 6, 3), "SSD": date(2011, 7, 9)}
# offices held by several people at once (Bosnia's presidency, Switzerland's federal council, San Marino's
# captains regent, Andorra's co-princes, the EU's commissioners)
COLLECTIVE = {"hos": {"BIH", "CHE", "SMR", "AND"}, "hog": {"CHE", "SMR"}}
# co-principality: Andorra's co-princes are the French president and the bishop of Urgell
CO_PRINCE_OF = {"AND": "FRA"}
OFFICES = {"hos": "head of state", "hog": "head of government", "fm": "foreign minister", "dm": "defence minister",
           "igo": "IGO head", "xfm": "FM beyond the G20", "xdm": "DM beyond the G20", "spk": "spokespeople"}
# offices beyond the core audit: reported apart, not in the overall share
EXTENDED = frozenset({"xfm", "xdm", "spk"})
# the audited office of each office label (the extended lists audit the same titles for other countries)
OFFICE_OF = {"xfm": "fm", "xdm": "dm"}
# heads of international organisations (title key of an IGO role, the day the office began)
IGO_OFFICES = {
    "UN secretary-general": (r"un secretary general", None),
    "UN refugees (UNHCR)": (r"un high commissioner for refugees", None),
    "UN human rights": (r"un high commissioner for human rights", None),
    "NATO secretary-general": (r"nato secretary general", None),
    "European Commission": (r"president of the european commission", None),
    "European Council": (r"president of the european council", date(2009, 12, 1)),
    "EU foreign policy chief": (r"(?:eu )?high representative for (?:foreign affairs|the cfsp).*", None),
    "European Parliament": (r"president of the european parliament", None),
    "European Central Bank": (r"president of the european central bank", None),
    "IMF": (r"managing director of the imf", None),
    "World Bank": (r"president of the world bank", None),
    "WHO": (r"director general of the who", None),
    "IAEA": (r"director general of the iaea", None),
    "WTO": (r"director general of the world trade organization", None),
    "ICC prosecutor": (r"prosecutor of the international criminal court", date(2003, 6, 16)),
    "African Union Commission": (r"chairperson of the african union commission", date(2002, 7, 9)),
    "Arab League": (r"secretary general of the arab league", None),
    "ASEAN": (r"secretary general of asean", None),
}


# spokespeople most quoted in world news: (country block of the role's code, title key pattern); several may
# hold one of these offices at once (China's foreign ministry has three or four), so no overlaps are listed
SPOKESPERSON_OFFICES = {
    "Kremlin": ("RUS", r"kremlin (?:spokesman|press secretary)|press secretary of president medvedev"),
    "Russian foreign ministry": ("RUS", r"foreign ministry spokes(?:man|woman|person)"),
    "Chinese foreign ministry": ("CHN", r"foreign ministry spokes(?:man|woman|person)"),
    "White House": ("USA", r"white house press secretary"),
    "State Department": ("USA", r"state department spokes(?:man|woman|person)|acting spokesperson"),
    "Pentagon": ("USA", r"pentagon (?:press secretary|chief spokesman|spokes(?:man|woman|person))"),
    "UN Secretary-General": ("IGO", r"spokes(?:man|woman|person) for the un secretary general"),
    "EU foreign affairs": ("IGO", r"(?:lead )?spokesperson for eu foreign affairs(?: and security policy)?"),
    "Iranian foreign ministry": ("IRN", r"foreign ministry spokes(?:man|woman|person)"),
    "NATO": ("IGO", r"nato spokes(?:man|woman|person)"),
}


def sample_days(first: int = 2000, today: date | None = None) -> list[date]:
    today = today or date.today()
    days = [date(y, m, 1) for y in range(first, today.year + 1) for m in (1, 7)]
    return [d for d in days if d <= today]


def un_members() -> list[str]:
    return sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in NOT_UN_MEMBERS)


def offices_of(country: str, title_key: str) -> set[str]:
    """Which of the audited offices a role title (a key from the dictionary's titles) stands for."""
    allowed = COUNTRY_ONLY.get(title_key)
    if allowed is not None and country not in allowed or country in COUNTRY_NOT.get(title_key, ()):
        return set()
    out = set()
    if country in PRESIDENT_HEADS_GOVERNMENT and title_key in ("president", "acting president"):
        return {"hog"}
    if HEAD_OF_GOVERNMENT.match(title_key):
        out.add("hog")
    if HEAD_OF_STATE.match(title_key):
        out.add("hos")
    own = PRESIDENT_OF.match(title_key)
    if own and _names_country(own.group(1), country):
        out.add("hos")
    if "hos" not in out and "hog" not in out and not _DEPUTY.search(title_key.replace("secretary of state", "")):
        if FOREIGN.match(title_key):
            out.add("fm")
        if DEFENCE.match(title_key):
            out.add("dm")
    if title_key.startswith("prime minister of ") and not _names_country(title_key[len("prime minister of "):],
                                                                          country):
        out.discard("hog")
    return out


def _names_country(words: str, country: str) -> bool:
    found = pycountry.countries.get(alpha_3=country)
    names = {n.lower() for n in (getattr(found, "name", ""), getattr(found, "common_name", ""),
                                 getattr(found, "official_name", "")) if n}
    return words in names or words in {"the republic", "the federation", "the government"}


@dataclass
class Holders:
    """Office -> the (entry, role) pairs of one country."""

    by_office: dict[str, list[tuple[ActorEntry, Role]]] = field(default_factory=lambda: defaultdict(list))

    def at(self, office: str, when: date) -> list[str]:
        return sorted({e.name for e, r in self.by_office.get(office, []) if r.active(when)})


def title_keys(title: str | None) -> list[str]:
    """'Prime Minister / Acting President (2004)' -> ['prime minister', 'acting president'] (as the dictionary
    keys its titles)."""
    parts = [part.split("(")[0].strip() for part in (title or "").split("/")]
    return [key(words(part)) for part in parts if part]


def igo_office(title_key: str) -> str | None:
    for label, (pattern, _since) in IGO_OFFICES.items():
        if re.fullmatch(pattern, title_key):
            return label
    return None


def collect(dictionary: ActorDictionary) -> tuple[dict[str, Holders], list[tuple[ActorEntry, Role]]]:
    """Holders of the audited offices per country, and the combined roles left out.

    A role whose title joins several offices without dating each ("Foreign Minister / Defence Minister")
    cannot say which office was held on a day: it counts for an office only when every part of its
    title names that same office ("Junta leader / President"); the others are returned apart."""
    out: dict[str, Holders] = defaultdict(Holders)
    combined: list[tuple[ActorEntry, Role]] = []
    seen: set[int] = set()
    for (country, _title), pairs in dictionary.titles.items():
        for entry, role in pairs:
            if id(role) in seen:
                continue
            seen.add(id(role))
            for label, (block, pattern) in SPOKESPERSON_OFFICES.items():
                if country == block and any(re.fullmatch(pattern, k) for k in title_keys(role.title)):
                    out[label].by_office["spk"].append((entry, role))
            if country == "IGO":
                labels = {igo_office(k) for k in title_keys(role.title)} - {None}
                for label in labels:
                    out[label].by_office["igo"].append((entry, role))
                continue
            if role.code[3:6] not in STATE_SECTORS:
                continue
            parts = [offices_of(country, k) for k in title_keys(role.title)]
            offices = set().union(*parts) if parts else set()
            if not offices:
                continue
            if any(p != offices for p in parts):
                combined.append((entry, role))
                continue
            for office in offices:
                out[country].by_office[office].append((entry, role))
    return out, combined


@dataclass
class Coverage:
    days: list[date]
    # office -> country -> list of uncovered days
    gaps: dict[str, dict[str, list[date]]]
    combined: list[tuple[ActorEntry, Role]]   # roles joining several offices without dates: not counted
    counts: dict[str, tuple[int, int]]      # office -> (covered, total)
    # office -> country -> [(day, holders)]: two holders of a one-person office on one day (a date error,
    # or a real dispute: rival governments, an acting head beside a suspended one)
    overlaps: dict[str, dict[str, list[tuple[date, list[str]]]]] = field(default_factory=dict)

    def share(self, office: str | None = None) -> float:
        """The share of one office's country-days covered; None: of the core offices (the UN members' heads,
        G20 ministers, IGO heads), without the ministers beyond the G20."""
        def counted(o: str) -> bool:
            return o == office or office is None and o not in EXTENDED
        covered = sum(c for o, (c, _t) in self.counts.items() if counted(o))
        total = sum(t for o, (_c, t) in self.counts.items() if counted(o))
        return covered / total if total else 0.0


def coverage(dictionary: ActorDictionary, *, today: date | None = None, since: int = 2000,
             news_countries: tuple[str, ...] = NEWS_COUNTRIES) -> Coverage:
    """The audit from 1 January of `since` on; `news_countries` are the countries of the extended minister lists."""
    days = sample_days(since, today=today)
    holders, combined = collect(dictionary)
    gaps: dict[str, dict[str, list[date]]] = {o: {} for o in OFFICES}
    counts: dict[str, tuple[int, int]] = {}
    overlaps: dict[str, dict[str, list[tuple[date, list[str]]]]] = {}
    for office in OFFICES:
        countries = (G20 if office in ("fm", "dm") else news_countries if office in OFFICE_OF
                     else list(IGO_OFFICES) if office == "igo" else list(SPOKESPERSON_OFFICES) if office == "spk"
                     else un_members())
        held = OFFICE_OF.get(office, office)
        covered = total = 0
        for country in countries:
            missing = []
            for day in days:
                names = holders[country].at(held, day)
                if len(names) > 1 and office != "spk" and country not in COLLECTIVE.get(office, ()):
                    overlaps.setdefault(office, {}).setdefault(country, []).append((day, names))
                if day < INDEPENDENT_FROM.get(country, day) or office == "igo" and day < (IGO_OFFICES[country][1]
                                                                                         or day):
                    continue
                total += 1
                if _covered(holders, country, held, day):
                    covered += 1
                else:
                    missing.append(day)
            if missing:
                gaps[office][country] = missing
        counts[office] = (covered, total)
    return Coverage(days, gaps, combined, counts, overlaps)


def _covered(holders: dict[str, Holders], country: str, office: str, day: date) -> bool:
    if holders[country].at(office, day):
        return True
    if office == "hos" and country in CO_PRINCE_OF:
        return bool(holders[CO_PRINCE_OF[country]].at("hos", day))
    if office == "hos" and country in REALMS and (REALMS[country] is None or day < REALMS[country]):
        return bool(holders["GBR"].at("hos", day))
    if office == "hog" and (country in EXECUTIVE_HEAD_OF_STATE or _executive_while(country, day)):
        return bool(holders[country].at("hos", day))
    return False


def _executive_while(country: str, day: date) -> bool:
    return any(start <= day and (end is None or day < end) for start, end in EXECUTIVE_WHILE.get(country, ()))


def runs(days: list[date], missing: list[date]) -> list[tuple[date, date]]:
    """Consecutive missing sample days as (first, last) runs."""
    index = {d: i for i, d in enumerate(days)}
    out: list[tuple[date, date]] = []
    for d in missing:
        if out and index[d] == index[out[-1][1]] + 1:
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--office", choices=sorted(OFFICES), help="only this office")
    ap.add_argument("--country", help="only this country (ISO alpha-3)")
    ap.add_argument("--combined", action="store_true", help="list the roles joining several offices")
    ap.add_argument("--overlaps", action="store_true", help="list days with two holders of a one-person office")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--data", type=Path, help="an actors data folder to audit instead of the shipped one")
    ap.add_argument("--since", type=int, default=2000,
                    help="first year audited (default 2000; 1995 audits the archives political scientists code)")
    ap.add_argument("--news", help="comma-separated ISO codes audited for xfm/xdm instead of NEWS_COUNTRIES")
    args = ap.parse_args()
    news = tuple(c.strip().upper() for c in args.news.split(",")) if args.news else NEWS_COUNTRIES
    result = coverage(ActorDictionary.load(directory=args.data), since=args.since, news_countries=news)
    if args.json:
        print(json.dumps({"days": len(result.days), "overall": round(result.share(), 4),
                          **{o: {"covered": c, "total": t, "share": round(c / t, 4)}
                             for o, (c, t) in result.counts.items()}}, indent=1))
        return
    for office, label in OFFICES.items():
        if args.office and office != args.office:
            continue
        print(f"== gaps: {label}")
        for country, missing in sorted(result.gaps[office].items()):
            if args.country and country != args.country:
                continue
            spans = ", ".join(f"{a}" if a == b else f"{a}..{b}" for a, b in runs(result.days, missing))
            print(f"  {country} ({len(missing)}): {spans}")
    if args.combined:
        print("== roles joining several offices without a date for each (not counted)")
        for entry, role in sorted(result.combined, key=lambda p: p[0].origin):
            print(f"  {entry.origin} {entry.name}: {role.code} {role.start}..{role.end} {role.title}")
    if args.overlaps:
        print("== two holders of a one-person office on one sample day")
        for office, by_country in result.overlaps.items():
            for country, found in sorted(by_country.items()):
                days = ", ".join(str(d) for d, _ in found)
                print(f"  {office} {country}: {' + '.join(found[0][1])} ({days})")
    print(f"\ncombined roles not counted: {len(result.combined)}")
    print(f"offices with two holders on a sample day: {sum(len(v) for v in result.overlaps.values())}")
    print(f"sample days: {len(result.days)} ({result.days[0]} .. {result.days[-1]})")
    for office, (c, t) in result.counts.items():
        print(f"  {OFFICES[office]:<20} {c:>6} / {t:<6} {c / t:.3f}")
    print(f"  {'all country-days':<20} {result.share():.3f}  (heads, G20 ministers, IGO heads)")


if __name__ == "__main__":
    main()
