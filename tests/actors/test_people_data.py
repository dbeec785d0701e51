"""The shipped people files: dated office holders found by title, surnames kept ambiguous where shared."""

from __future__ import annotations

import re
from datetime import date

import pytest

D = date.fromisoformat


TITLE_HOLDER_AT_DATE = [
    ("CHE", "president", "2006-05-01", "Moritz Leuenberger"),        # one-year presidencies of the Confederation
    ("CHE", "president", "2024-05-01", "Viola Amherd"),
    ("ISR", "defence minister", "2015-01-01", "Moshe Ya'alon"),      # not Israel Katz (defence only from 2024-11-07)
    ("ISR", "foreign minister", "2023-06-01", "Eli Cohen"),
    ("ZAF", "president", "2005-01-01", "Thabo Mbeki"),               # split 'Deputy President / President (from ...)'
    ("ZAF", "deputy president", "2016-01-01", "Cyril Ramaphosa"),
    ("ZAF", "defence minister", "2015-01-01", "Nosiviwe Mapisa-Nqakula"),
    ("BRA", "defence minister", "2020-01-01", "Fernando Azevedo e Silva"),
    ("MEX", "defence secretary", "2015-01-01", "Salvador Cienfuegos"),
    ("KGZ", "prime minister", "2013-01-01", "Zhantoro Satybaldiyev"),
    ("SAU", "crown prince", "2019-01-01", "Mohammed bin Salman"),     # concurrent offices as overlapping roles
    ("SAU", "defence minister", "2019-01-01", "Mohammed bin Salman"),
]


def test_the_last_office_of_a_combined_title_starts_at_its_date(resolver):
    """'A / B (from D)' would make B's title look-up match from the role's start; shipped roles are split."""
    combined = re.compile(r"^[^()]+ / [^/()]+ \(from \d{4}-\d{2}-\d{2}\)$")
    found = []
    for entries in resolver.dictionary.titles.values():
        for entry, role in entries:
            if role.title and combined.match(role.title) and entry.origin.split(":")[0] != "us_politics.yaml":
                found.append((entry.name, role.title))
    assert not found, found[:5]


@pytest.mark.parametrize("text, when, name", [
    ("Dlamini", "2019-06-01", "Ambrose Mandvulo Dlamini"),   # ambiguous surname: the one in office at the date
    ("Dlamini", "2024-06-01", "Russell Dlamini"),
])
def test_ambiguous_surname_takes_the_office_holder(resolver, text, when, name):
    res = resolver.lookup(text, D(when))
    assert res is not None and res.name == name and res.code == "SWZGOV"


NEW_OFFICE_HOLDERS_AT_DATE = [
    ("CHN", "finance minister", "2024-11-07", "Liu Kun"),            # boundary: Lan Fo'an from 2024-11-08
    ("CHN", "finance minister", "2024-11-08", "Lan Fo'an"),
    ("CHN", "public security minister", "2015-01-01", "Guo Shengkun"),
    ("RUS", "finance minister", "2011-09-25", "Alexei Kudrin"),
    ("RUS", "finance minister", "2011-09-26", "Anton Siluanov"),
    ("GBR", "chancellor of the exchequer", "2017-01-01", "Philip Hammond"),
    ("GBR", "foreign secretary", "2015-01-01", "Philip Hammond"),
    ("GBR", "home secretary", "2003-01-01", "David Blunkett"),
    ("DEU", "finance minister", "2012-01-01", "Wolfgang Schaeuble"),
    ("ITA", "economy and finance minister", "2023-01-01", "Giancarlo Giorgetti"),
    ("TUR", "treasury and finance minister", "2019-01-01", "Berat Albayrak"),
    ("USA", "secretary of the treasury", "2008-10-01", "Henry Paulson"),
    ("USA", "secretary of homeland security", "2018-06-01", "Kirstjen Nielsen"),
    ("AUS", "treasurer", "2020-01-01", "Josh Frydenberg"),
    ("PAK", "interior minister", "2025-01-01", "Mohsin Naqvi"),
    ("ZAF", "finance minister", "2022-01-01", "Enoch Godongwana"),
]


NEW_PEOPLE_RESOLVE_AT_DATE = [
    ("Sondland", "2019-10-01", "USAGOV"),
    ("Sondland", "2018-07-08", "USA"),          # the day before he took office: country only
    ("Reagan", "2017-01-01", "USAELI"),         # a former president is an elite
    ("Reagan", "1985-01-01", "USAGOV"),
    ("Schäuble", "2019-01-01", "DEULEG"),       # Bundestag president
    ("Kudrin", "2019-01-01", "RUSGOV"),         # Accounts Chamber
    ("Tim Cook", "2019-01-01", "USABUS"),
    ("Hannity", "2016-09-01", "USAMED"),
    ("Carter", "1979-06-01", "USAGOV"),         # ambiguous surname: the office holder at the date
    ("Carter", "2016-06-01", "USAGOV"),
]


PEOPLE_OF_RECENT_NEWS_AT_OFFICE_BOUNDARIES = [
    # office boundaries of people added from 2016-2026 news: from inclusive, to exclusive
    ("Kristi Noem", "2019-01-02", "USALEG"),        # the House term ends on 3 January
    ("Kristi Noem", "2019-01-04", "USAELI"),        # between the House and the governorship: a former office holder
    ("Kristi Noem", "2019-01-05", "USAGOV"),
    ("Beto O'Rourke", "2019-03-14", "USAPTY"),      # presidential campaign after leaving the House
    ("Beto O'Rourke", "2018-06-01", "USALEG"),
    ("Pete Buttigieg", "2019-06-01", "USAGOV"),     # a sitting mayor running for president stays GOV
    ("Pete Buttigieg", "2021-02-03", "USAGOV"),
    ("Pete Buttigieg", "2020-06-01", "USAELI"),     # between offices: a former office holder
    ("Doug Jones", "2018-01-02", "USA"),            # the day before he was sworn in: country only
    ("Doug Jones", "2018-01-03", "USALEG"),
    ("Michael Gove", "2017-01-01", "GBRELI"),       # out of cabinet July 2016 - June 2017
    ("Michael Gove", "2018-01-01", "GBRGOV"),
    ("Phil Hogan", "2020-08-26", "IGOEUR"),
    ("Ngozi Okonjo-Iweala", "2022-01-01", "IGOWTO"),
    ("Ngozi Okonjo-Iweala", "2014-01-01", "NGAGOV"),
    ("Laphonza Butler", "2024-12-08", "USALEG"),    # appointed senator until Schiff was sworn in
    ("Laphonza Butler", "2024-12-09", "USAELI"),
    ("John Kennedy", "2018-06-01", "USALEG"),       # a shared name: the senator from Louisiana now ...
    ("John Kennedy", "1962-06-01", "USAGOV"),       # ... the president in 1962
]


SPLIT_OFFICES_ARE_FOUND_BY_TITLE = [
    ("USA", "secretary of homeland security", "2017-06-01", "John F. Kelly"),   # split role: DHS, then chief of staff
    ("USA", "white house chief of staff", "2018-06-01", "John F. Kelly"),
    ("GBR", "health secretary", "2019-01-01", "Matt Hancock"),
    ("GBR", "northern ireland secretary", "2021-01-01", "Brandon Lewis"),
]


# ---- issue 4 coverage audit: offices filled and combined roles split (benchmarks/actors_coverage.py)

AUDITED_OFFICES_AT_THEIR_BOUNDARIES = [
    # the day before and the day of taking office (from inclusive, to exclusive)
    ("IDN", "foreign minister", "2001-08-09", "Alwi Shihab"),
    ("IDN", "foreign minister", "2001-08-10", "Hassan Wirajuda"),
    ("CAN", "defence minister", "2002-05-25", "Art Eggleton"),
    ("CAN", "defence minister", "2002-05-26", "John McCallum"),
    ("FRA", "defence minister", "2002-05-06", "Alain Richard"),
    ("FRA", "defence minister", "2002-05-07", "Michèle Alliot-Marie"),
    ("KOR", "defence minister", "2010-12-03", "Kim Tae-young"),
    ("KOR", "defence minister", "2010-12-04", "Kim Kwan-jin"),
    ("TUR", "foreign minister", "2003-03-13", "Yaşar Yakış"),
    ("TUR", "foreign minister", "2003-03-14", "Abdullah Gül"),
    ("MYS", "yang di pertuan agong", "2024-01-30", "Al-Sultan Abdullah"),
    ("MYS", "yang di pertuan agong", "2024-01-31", "Sultan Ibrahim"),
    ("DZA", "prime minister", "2019-12-27", "Noureddine Bedoui"),
    ("DZA", "prime minister", "2019-12-28", "Abdelaziz Djerad"),
    ("ZMB", "president", "2008-08-18", "Levy Mwanawasa"),
    ("ZMB", "president", "2008-08-19", "Rupiah Banda"),
    ("HTI", "prime minister", "2012-05-15", "Garry Conille"),         # a second, earlier role of a listed person
    ("HTI", "prime minister", "2012-05-16", "Laurent Lamothe"),
    # a role that joined offices ("Foreign Minister / Defence Minister") now dates each office
    ("BRA", "foreign minister", "2013-01-01", "Antonio Patriota"),    # not Celso Amorim, defence minister then
    ("BRA", "defence minister", "2013-01-01", "Celso Amorim"),
    ("GBR", "defence secretary", "2006-06-01", "Des Browne"),          # John Reid was home secretary by then
    ("IND", "external affairs minister", "2006-01-01", "Manmohan Singh"),
    ("IND", "defence minister", "2005-01-01", "Pranab Mukherjee"),
    ("TGO", "president", "2025-06-01", "Jean-Lucien Savi de Tové"),   # head of state under the 2025 constitution
    ("TGO", "president of the council of ministers", "2025-06-01", "Faure Gnassingbé"),
    # beyond the G20: a prime minister holding a ministry himself, ministers of much-reported countries
    ("ISR", "foreign minister", "2016-06-01", "Benjamin Netanyahu"),
    ("ISR", "defence minister", "2019-06-01", "Benjamin Netanyahu"),
    ("PHL", "defence secretary", "2019-01-01", "Delfin Lorenzana"),
    ("MYS", "foreign minister", "2023-12-12", "Mohamad Hasan"),
    ("MYS", "foreign minister", "2023-12-11", "Zambry Abdul Kadir"),
    ("NLD", "defence minister", "2023-01-01", "Kajsa Ollongren"),
]


NEW_ENTRIES_RESOLVE_AT_THEIR_BOUNDARIES = [
    ("Axworthy", "2000-10-16", "CANGOV"),
    ("Axworthy", "2000-10-17", "CANELI"),          # out of office: a former office holder
    ("Scharping", "1998-10-26", "DEU"),            # the day before he took office: country only
    ("Scharping", "1998-10-27", "DEUGOV"),
    ("HTS", "2024-12-07", "SYRREB"),               # organisations with dated roles
    ("HTS", "2024-12-08", "SYRGOV"),
    ("Rapid Support Forces", "2023-04-14", "SDNMIL"),
    ("Rapid Support Forces", "2023-04-15", "SDNREB"),
    ("Tigray Defense Forces", "2021-06-01", "ETHREB"),
    ("Quadrilateral Security Dialogue", "2023-01-01", "IGOQUD"),
]


def _coverage_module():
    """benchmarks/actors_coverage.py as a module (the benchmarks folder is no package)."""
    import importlib.util
    import sys
    from pathlib import Path

    name = "actors_coverage_audit"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[2] / "benchmarks" / "actors_coverage.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module      # dataclasses look their module up while the file executes
        spec.loader.exec_module(module)
    return sys.modules[name]


# floors of the audit's shares of country-days covered (may only rise): 193 UN members' heads of state
# and government, G20 foreign and defence ministers, heads of 18 IGOs, 1 January and 1 July 2000 .. 2026-07-01
# and ("xfm", "xdm") foreign and defence ministers of 42 much-reported countries beyond the G20 (NEWS_COUNTRIES),
# ("spk") ten spokesperson offices (Kremlin, White House, Pentagon, UN, NATO ...)
COVERAGE_FLOORS = {"hos": 0.985, "hog": 0.969, "fm": 0.998, "dm": 0.981, "igo": 0.995, "xfm": 0.938, "xdm": 0.752, "spk": 0.965,
                   None: 0.979}


def test_office_coverage_floors(resolver):
    audit = _coverage_module()
    result = audit.coverage(resolver.dictionary, today=D("2026-07-01"))
    shares = {office: round(result.share(office), 3) for office in COVERAGE_FLOORS}
    assert all(shares[o] >= floor for o, floor in COVERAGE_FLOORS.items()), shares
    # roles joining audited offices without a date for each are not counted: keep them few
    assert len(result.combined) <= 3, [(e.name, r.title) for e, r in result.combined]
    # two holders of a one-person office on one day: only the real disputes (Libya's rival governments,
    # Cote d'Ivoire 2010-11, acting heads beside suspended ones); a new one is most likely a wrong date
    overlaps = [(o, c) for o, by_country in result.overlaps.items() for c in by_country]
    assert len(overlaps) <= 7, overlaps


def test_coverage_audit_reads_offices_from_titles():
    audit = _coverage_module()
    assert audit.offices_of("DEU", "chancellor") == {"hog"}
    assert audit.offices_of("GBR", "chancellor") == set()               # of the exchequer is another key
    assert audit.offices_of("IND", "foreign secretary") == set()         # a civil servant in India
    assert audit.offices_of("GBR", "foreign secretary") == {"fm"}
    assert audit.offices_of("USA", "secretary of state") == {"fm"}
    assert audit.offices_of("SRB", "president of serbia") == {"hos"}
    assert audit.offices_of("BIH", "president of republika srpska") == set()
    assert audit.offices_of("JPN", "deputy prime minister") == set()
    assert audit.offices_of("IRN", "president") == {"hog"}               # under the supreme leader
    assert audit.offices_of("IRN", "supreme leader") == {"hos"}
    assert audit.offices_of("CUB", "minister of the revolutionary armed forces") == {"dm"}
    assert audit.offices_of("VEN", "minister of the revolutionary armed forces") == set()


def test_ministers_beyond_the_g20_do_not_change_the_overall_share(resolver):
    """The overall share is that of the core offices; the extended lists are reported on their own."""
    audit = _coverage_module()
    result = audit.coverage(resolver.dictionary, today=D("2026-07-01"))
    core = [o for o in audit.OFFICES if o not in audit.EXTENDED]
    covered = sum(result.counts[o][0] for o in core)
    total = sum(result.counts[o][1] for o in core)
    assert result.share() == covered / total
    assert result.counts["xfm"][1] == len(audit.NEWS_COUNTRIES) * len(result.days)
    assert result.counts["spk"][1] == len(audit.SPOKESPERSON_OFFICES) * len(result.days)
    assert all(o not in result.overlaps for o in audit.EXTENDED - {"xfm", "xdm"})   # spokespeople come in teams


# ---- round 2: ministers beyond the G20, spokespeople, opposition and armed-group leaders

MINISTERS_BEYOND_THE_G20_AT_THEIR_BOUNDARIES = [
    ("IRQ", "defence minister", "2022-10-26", "Juma Inad"),             # the day before and the day of a change
    ("IRQ", "defence minister", "2022-10-27", "Thabet al-Abbasi"),
    ("LBN", "defence minister", "2021-09-09", "Zeina Akar"),
    ("LBN", "defence minister", "2021-09-10", "Maurice Slim"),
    ("TWN", "defence minister", "2024-05-19", "Chiu Kuo-cheng"),
    ("TWN", "defence minister", "2024-05-20", "Wellington Koo"),
    ("SRB", "foreign minister", "2007-05-14", "Vuk Drašković"),
    ("SRB", "foreign minister", "2007-05-15", "Vuk Jeremić"),
    ("NOR", "defence minister", "2021-10-13", "Frank Bakke-Jensen"),
    ("NOR", "defence minister", "2021-10-14", "Odd Roger Enoksen"),
    ("BEL", "defence minister", "2007-12-20", "André Flahaut"),
    ("BEL", "defence minister", "2007-12-21", "Pieter De Crem"),
    ("UKR", "foreign minister", "2020-03-03", "Vadym Prystaiko"),       # no longer two foreign ministers in 2020
    ("UKR", "foreign minister", "2020-03-04", "Dmytro Kuleba"),
    ("ISR", "foreign minister", "2022-12-29", "Eli Cohen"),              # sworn in with the government
    ("EGY", "defence minister", "2012-07-01", "Mohamed Hussein Tantawi"),  # still minister after the SCAF handover
    ("CUB", "minister of the revolutionary armed forces", "2008-02-24", "Julio Casas Regueiro"),
    ("DZA", "defence minister", "2020-06-01", "Abdelmadjid Tebboune"),   # the president holds the ministry
    ("PAK", "foreign minister", "2015-01-01", "Nawaz Sharif"),
    ("KEN", "defence minister", "2020-06-01", "Monica Juma"),            # a joined title split at its date
    ("KEN", "energy minister", "2022-01-01", "Monica Juma"),
    ("KAZ", "defence minister", "2007-01-09", "Mukhtar Altynbayev"),     # the prime minister moved to defence
    ("KAZ", "defence minister", "2007-01-10", "Daniyal Akhmetov"),
    ("KAZ", "prime minister", "2007-01-09", "Daniyal Akhmetov"),
    ("VEN", "defence minister", "2007-01-01", "Raúl Isaías Baduel"),
    ("RUS", "press secretary of president medvedev", "2010-01-01", "Natalya Timakova"),   # the Kremlin 2008-12
    ("RUS", "kremlin press secretary", "2005-01-01", "Alexei Gromov"),
    ("USA", "white house press secretary", "2000-06-01", "Joe Lockhart"),
    ("USA", "white house press secretary", "2000-12-01", "Jake Siewert"),
    ("TWN", "defence minister", "2015-01-29", "Yen Ming"),
    ("TWN", "defence minister", "2015-01-30", "Kao Kuang-chi"),
    ("ESP", "acting foreign minister", "2020-01-01", "Margarita Robles"),   # between Borrell and Gonzalez Laya
    ("IRQ", "acting defence minister", "2011-01-01", "Nouri al-Maliki"),
    ("PHL", "foreign secretary", "2001-01-19", "Domingo Siazon"),
    ("PHL", "foreign secretary", "2004-06-01", "Delia Albert"),
]


ROUND_TWO_PEOPLE_RESOLVE_AT_DATE = [
    ("Geoff Morrell", "2009-01-01", "USAMIL"),        # Pentagon spokespeople: MIL
    ("Torie Clarke", "2002-01-01", "USAMIL"),
    ("Mark Toner", "2016-06-01", "USAGOV"),           # State Department: GOV
    ("Fred Eckhard", "2003-01-01", "IGOUNO"),
    ("Martin Nesirky", "2014-04-30", "IGOUNO"),
    ("Peter Stano", "2022-01-01", "IGOEUR"),
    ("James Appathurai", "2008-01-01", "IGONAT"),
    ("Ramin Mehmanparast", "2011-01-01", "IRNGOV"),
    ("Bahram Ghasemi", "2017-01-01", "IRNGOV"),      # one entry for both spellings
    ("Bahram Qasemi", "2017-01-01", "IRNGOV"),
    ("Cristina Gallach", "2005-01-01", "IGOEUR"),
    ("Kenneth Bacon", "2000-06-01", "USAMIL"),
    ("Alexei Gromov", "2004-01-01", "RUSGOV"),
    ("Mikhail Kamynin", "2006-01-01", "RUSGOV"),
    ("Mark Latham", "2004-06-01", "AUSOPP"),          # leaders of the opposition: OPP
    ("Kim Beazley", "2006-01-01", "AUSOPP"),
    ("Jack Layton", "2011-05-01", "CANOPP"),
    ("Grigory Yavlinsky", "2003-01-01", "RUSOPP"),
    ("Leni Robredo", "2020-01-01", "PHLGOV"),         # an opposition vice president holds a state office
    ("Shamil Basayev", "2004-09-01", "RUSREB"),
    ("Aslan Maskhadov", "2005-03-07", "RUSREB"),
    ("Awad Ibn Auf", "2019-01-01", "SDNGOV"),         # defence minister, then the one-day junta head
    ("Awad Ibn Auf", "2019-04-11", "SDNMIL"),
    ("Vuk Jeremić", "2013-01-01", "IGOUNO"),          # General Assembly president after the ministry
    ("Moses Wetangula", "2023-01-01", "KENLEG"),
    ("Helen Zille", "2008-01-01", "ZAFOPP"),         # party leader, then a provincial premier
    ("Helen Zille", "2015-01-01", "ZAFGOV"),
    ("Pier Luigi Bersani", "2010-06-01", "ITAOPP"),  # in opposition, then a party of the majority
    ("Pier Luigi Bersani", "2012-06-01", "ITAPTY"),
    ("al-Julani", "2024-12-07", "SYRREB"),           # rebel leader, then head of state
    ("al-Julani", "2024-12-08", "SYRGOV"),
]


# (country, title, date, name of the holder the dictionary gives) and (text, date, code), from every list above
@pytest.mark.parametrize("country, title, when, name", TITLE_HOLDER_AT_DATE + NEW_OFFICE_HOLDERS_AT_DATE
                         + SPLIT_OFFICES_ARE_FOUND_BY_TITLE + AUDITED_OFFICES_AT_THEIR_BOUNDARIES
                         + MINISTERS_BEYOND_THE_G20_AT_THEIR_BOUNDARIES)
def test_office_holder_at_date(resolver, country, title, when, name):
    held = resolver.dictionary.holder(country, title, D(when))
    assert held is not None and held[0].name == name, held


@pytest.mark.parametrize("text, when, code", NEW_PEOPLE_RESOLVE_AT_DATE + PEOPLE_OF_RECENT_NEWS_AT_OFFICE_BOUNDARIES
                         + NEW_ENTRIES_RESOLVE_AT_THEIR_BOUNDARIES + ROUND_TWO_PEOPLE_RESOLVE_AT_DATE)
def test_name_resolves_at_date(resolver, text, when, code):
    res = resolver.lookup(text, D(when))
    assert res is not None and res.code == code, (text, when, res)
