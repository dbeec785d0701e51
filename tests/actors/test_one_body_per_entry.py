"""One body per entry in the shipped organisation, metonym and capital files.

An entry's first name is the canonical ``name`` of every alias it lists, so an entry that groups two
bodies sharing a code ("Labour Party" with the Conservatives) names the wrong body in records,
the dashboard and ``eventwire actors lookup``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "data" / "actors"
FILES = ("organisations.yaml", "metonyms.yaml", "capitals.yaml")

# alias as written in news -> the canonical name of its own body (and the code, unchanged)
CANONICAL = [
    ("the Labour Party", "Labour Party", "GBROPP"),   # in opposition on 2019-01-01 (session 11)
    ("Tories", "Conservative Party", "GBRPTY"),
    ("SNP", "Scottish National Party", "GBRPTY"),
    ("Lib Dems", "Liberal Democrats", "GBROPP"),
    ("Reform UK", "Reform UK", "GBROPP"),
    ("DNC", "Democratic National Committee", "USAPTY"),
    ("GOP", "Republican Party", "USAPTY"),
    ("Congress Party", "Indian National Congress", "INDOPP"),
    ("CHP", "Republican People's Party", "TUROPP"),
    ("AfD", "Alternative for Germany", "DEUOPP"),
    ("SPD", "SPD", "DEUPTY"),
    ("MDC", "Movement for Democratic Change", "ZWEOPP"),
    ("PML-N", "Pakistan Muslim League", "PAKOPP"),
    ("UNIFIL", "UNIFIL", "IGOUNOMIL"),
    ("ATMIS", "ATMIS", "IGOAFUMIL"),
    ("Council of the European Union", "Council of the European Union", "IGOEUR"),
    ("IFRC", "International Federation of Red Cross and Red Crescent Societies", "NGOIRC"),
    ("Africa Corps", "Africa Corps", "RUSMIL"),
    ("Jaish-e-Mohammed", "Jaish-e-Mohammed", "PAKREB"),
    ("GIA", "Armed Islamic Group", "DZAREB"),
    ("Interahamwe", "Interahamwe", "RWAREB"),
    ("Muslim Brotherhood", "Muslim Brotherhood", "EGYOPP"),
    ("IPOB", "Indigenous People of Biafra", "NGAREB"),
    ("Popular Mobilization Forces", "Popular Mobilization Forces", "IRQREB"),
    ("Real IRA", "Real IRA", "GBRREB"),
    ("CJNG", "Jalisco New Generation Cartel", "MEXCRM"),
    ("Rodong Sinmun", "Rodong Sinmun", "PRKMED"),
    ("Daily Nation", "Daily Nation", "KENMED"),
    ("the Houthis", "Houthis", "YEMREB"),
    ("Hizbollah", "Hezbollah", "LBNREB"),
    ("Fine Gael", "Fine Gael", "IRLPTY"),
    ("Komeito", "Komeito", "JPNPTY"),
    ("PAN", "National Action Party", "MEXOPP"),
    ("Statoil", "Equinor", "NORBUS"),
    ("Mitsubishi Heavy Industries", "Mitsubishi Heavy Industries", "JPNBUS"),
    ("Lotte", "Lotte", "KORBUS"),
    ("Roscosmos", "Roscosmos", "RUSGOV"),
    ("Semar", "Semar", "MEXMIL"),
    ("Tel Aviv University", "Tel Aviv University", "ISREDU"),
    ("TV Rain", "Dozhd", "RUSMED"),
    ("LPR", "Luhansk People's Republic", "UKRREB"),
    ("MI5", "MI5", "GBRSPY"),
    ("House of Lords", "House of Lords", "GBRLEG"),
    ("Whitehall", "Whitehall", "GBRGOV"),
    ("Gitega", "Gitega", "BDIGOV"),
]

# a head word that names one kind of body: two names of one entry carrying it must share another content
# word ("Tehran University" / "University of Tehran", "Workers' Party of Korea" / "Korean Workers' Party");
# "Conservative Party" / "Labour Party" share none. Translations share none either and are listed here.
HEADS = ("party", "university", "cartel")
STOP = {"of", "the", "and", "for", "de", "la", "los"}
TRANSLATIONS = {frozenset(p) for p in (("IYI Party", "Good Party"), ("Good Party", "İYİ Party"),
                                       ("Democratic Party of Korea", "Minjoo Party"),
                                       ("Justicialist Party", "Peronist party"),
                                       ("Cartel de los Soles", "Cartel of the Suns"), ("Felicity Party", "Saadet Party"))}


def entries(file: str) -> list[dict]:
    return [e for e in yaml.safe_load((DATA / file).read_text(encoding="utf-8")) if "names" in e]


def content_words(name: str) -> frozenset[str]:
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return frozenset(w for w in re.findall(r"[a-z0-9]+", flat.replace("'", "")) if w not in STOP)


@pytest.mark.parametrize(("alias", "name", "code"), CANONICAL)
def test_alias_reads_its_own_bodys_name(resolver, alias, name, code):
    res = resolver.lookup(alias, date(2019, 1, 1))
    assert res is not None, alias
    assert (res.name, res.code) == (name, code)


@pytest.mark.parametrize("file", FILES)
def test_no_entry_names_two_bodies_of_one_kind(file):
    mixed = []
    for entry in entries(file):
        for a, b in combinations(entry["names"], 2):
            wa, wb = content_words(a), content_words(b)
            for head in HEADS:
                if head in wa and head in wb and not (wa & wb) - {head} and frozenset((a, b)) not in TRANSLATIONS:
                    mixed.append((a, b))
    assert not mixed, mixed


@pytest.mark.parametrize("file", FILES)
def test_no_name_listed_twice_in_one_entry(file):
    for entry in entries(file):
        assert len(set(entry["names"])) == len(entry["names"]), entry["names"]
