"""Session 12 precision (owner "crime"): ordinary crime is no political event.

A killing, shooting, stabbing, kidnapping or beating by a private doer (a civilian, a criminal, or an armed doer
that names no group: "a gunman") of one private person (a civilian, business owner or worker) of the same country,
with no political actor, cause or group in the sentence, is left out with a reason ``eventwire explain`` shows
(events/ordinary_crime.py, data/filters/ordinary_crime.yaml). Killings of officials, politicians, journalists and
police, attacks on foreigners, mass attacks and killings told with a political cause or group stay events.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DictionaryError
from eventwire.events.explain import explain
from eventwire.events.ordinary_crime import CrimeRules
from eventwire.records import Article

from .coded_rows import Row, event_rows

PUB = "2024-05-06"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def outcome(pipeline, text: str, trigger: str) -> str:
    """What ``eventwire explain`` says happened to the trigger word."""
    cdoc = next(pipeline.code_documents([Article(id="s12crime", text=text, published=PUB)]))
    coder = next(s for s in pipeline.stages if s.name == "events").coder
    lines = [line for line in explain(cdoc, coder, show_parse=False) if line.startswith(f"  trigger '{trigger}'")]
    assert lines, f"'{trigger}' is no trigger"
    return lines[0]


# ---------------------------------------------------------------- crime stays uncoded
@pytest.mark.parametrize("text, trigger", [
    ("A gunman shot dead John Smith, a local businessman, outside his home in Chicago on Sunday.", "shot"),
    ("Gunmen kidnapped a wealthy businessman outside his office in Port Harcourt on Tuesday, police said.",
     "kidnapped"),
    ("Kidnappers seized a wealthy businessman outside his office in Port Harcourt on Tuesday, police said.",
     "seized"),
])
def test_a_private_killing_or_kidnapping_of_one_person_is_ordinary_crime(pipeline, text, trigger):
    assert not any(r[0].startswith("18") for r in coded(pipeline, text)), coded(pipeline, text)
    assert "ordinary crime" in outcome(pipeline, text, trigger)


# ---------------------------------------------------------------- political killings stay coded
@pytest.mark.parametrize("text, code, target", [
    # an official, a politician, a journalist, police: not private people
    ("A gunman shot dead an opposition lawmaker outside his home in Nairobi on Sunday, police said.", "18", "KEN"),
    ("Gunmen shot dead a local radio reporter in Veracruz on Tuesday, the state prosecutor's office said.",
     "18", "MEXMED"),
    # a mass attack
    ("A gunman opened fire on worshippers at a church in Texas on Sunday, killing 26 people.", "18", "USACVL"),
    # a named group, an armed group's fighters
    ("Taliban gunmen shot dead a shopkeeper in Kandahar on Monday.", "18", "AFGCVL"),
    ("Militants shot dead a shopkeeper outside his store in Peshawar on Saturday, police said.", "18", "PAKCVL"),
])
def test_political_or_mass_violence_by_gunmen_stays_coded(pipeline, text, code, target):
    rows = coded(pipeline, text)
    assert any(r[0].startswith(code) and (r[2] or "").startswith(target) for r in rows), rows


def test_a_victim_named_by_faith_or_people_keeps_a_killing(pipeline):
    # a sectarian or hate crime is not ordinary
    rows = coded(pipeline, "Gunmen kidnapped a wealthy Hindu businessman outside his office in Karachi on Tuesday, "
                           "police said.")
    assert any(r[0] == "181" for r in rows), rows


def test_a_political_cause_in_the_sentence_keeps_a_killing(pipeline):
    rows = coded(pipeline, "A gunman shot dead John Smith, a local businessman, outside his home in Chicago on "
                           "Sunday in what police called a racist attack.")
    assert any(r[0].startswith("18") and r[2] == "USABUS" for r in rows), rows


# ---------------------------------------------------------------- the data file is validated
def test_the_crime_file_is_validated(tmp_path: Path):
    rules = CrimeRules.load()
    assert "CVL" in rules.doer_sectors and "gunman" in rules.unnamed_attackers
    bad = tmp_path / "ordinary_crime.yaml"
    bad.write_text("codes: ['180']\nvictims: [CVL]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown key"):
        CrimeRules.load(bad)
