"""Second pass of the actor resolver: 2016 US politics, gendered pronouns, context countries, compound
actors from listed countries, plural references of any size, owners of things, role-word countries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.actors import OWNER_WHY
from eventwire.dictionaries.actor_dictionary import ActorDictionary
from eventwire.dictionaries.files import data_path
from eventwire.errors import DictionaryError
from eventwire.records import Article


def actors_of(pipeline, text: str, published: str = "2024-06-01"):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return cdoc


def mention(cdoc, text: str):
    return next(m for m in cdoc.actors if m.ref.text == text)


def test_pronouns_go_back_to_a_person_of_their_gender(pipeline):
    cdoc = actors_of(pipeline, "Donald Trump attacked Hillary Clinton on Monday. She said he was unfit.", "2016-06-01")
    assert mention(cdoc, "She").ref.name == "Hillary Clinton"
    assert mention(cdoc, "he").ref.name == "Donald Trump"
    assert mention(cdoc, "She").ref.code == "USAPTY"


def test_honorifics_give_the_gender_of_unknown_people(pipeline):
    cdoc = actors_of(pipeline, "Ms. Okello met Mr. Kamau, a Kenyan lawmaker, on Friday in Nairobi. Later he said "
                               "she agreed. The meeting lasted an hour.")
    assert mention(cdoc, "he").ref.code == "KENLEG"
    she = mention(cdoc, "she")
    assert "Okello" in she.why and she.ref.code == "KENCVL"   # a private person of the sentence's country


def test_unknown_people_without_context_have_no_code_and_reflexives_bind_the_subject(pipeline):
    cdoc = actors_of(pipeline, "Jane Okello said the way Pence carried himself was critical.", "2016-10-05")
    assert mention(cdoc, "himself").ref.name == "Mike Pence"
    cdoc = actors_of(pipeline, "Jane Okello said the way the firm carried itself was critical.", "2016-10-05")
    assert mention(cdoc, "Jane Okello").ref.code is None       # a short text naming no country: no code


def test_role_phrases_take_a_context_country_only_when_the_sentence_gives_one(pipeline):
    cdoc = actors_of(pipeline, "Russia deployed additional troops to its border with Finland, the Finnish defence "
                               "ministry said, a month after Helsinki closed all crossings.", "2024-01-18")
    troops = next(m for m in cdoc.actors if m.ref.text.endswith("troops"))
    assert troops.ref.code is None and troops.ref.sectors == ["MIL"]
    cdoc = actors_of(pipeline, "Kenyan police arrested dozens of protesters in Nairobi on Tuesday.")
    assert next(m for m in cdoc.actors if m.ref.text.endswith("protesters")).ref.code == "KENCVL"


@pytest.mark.parametrize("text, words, code", [
    ("Kidnappers released two Italian aid workers held in northern Mali, the Italian foreign ministry said.",
     "Kidnappers", None),
    ("Settlers attacked a Palestinian village south of Hebron overnight, the Palestinian health ministry said.",
     "Settlers", "ISRCVL"),
    ("The junta in Niger threatened to kill deposed President Mohamed Bazoum.", "junta", "NERMIL"),
    ("Houthi rebels attacked a Greek-flagged tanker in the Red Sea.", "Greek-flagged tanker", "GRCBUS"),
])
def test_role_words(pipeline, text, words, code):
    found = mention(actors_of(pipeline, text), words)
    assert found.ref.code == code
    if words == "Kidnappers":
        assert found.ref.sectors == ["CRM"]


@pytest.mark.parametrize("text, words, members", [
    ("Delegations from Russia and Ukraine met in Istanbul on Monday.", "Delegations", ["RUSGOV", "UKRGOV"]),
    ("The leaders of the United States, Japan and South Korea signed an agreement at Camp David.", "leaders",
     ["JPNGOV", "KORGOV", "USAGOV"]),
])
def test_roles_of_listed_countries_are_compound_actors(pipeline, text, words, members):
    found = mention(actors_of(pipeline, text), words)
    assert sorted(m.code for m in found.members) == members


def test_plural_references_of_three(pipeline):
    cdoc = actors_of(pipeline, "Foreign ministers from Iran, Russia and Turkey met in Doha on Saturday to discuss "
                               "the situation in Syria. The three countries called for an end to hostilities.")
    three = next(m for m in cdoc.actors if m.ref.text.endswith("three countries"))
    assert [m.code for m in three.members] == ["IRN", "RUS", "TUR"]


@pytest.mark.parametrize("text, noun, code", [
    ("Hamas rejected an Israeli proposal for a pause in fighting.", "proposal", "ISR"),
    ("Russia vetoed a U.N. resolution on Syria.", "resolution", "IGOUNO"),
])
def test_owner_of_a_thing(pipeline, text, noun, code):
    cdoc = actors_of(pipeline, text)
    head = next(t for t in cdoc.doc if t.text == noun)
    owner = cdoc.actor_at(head.i)
    assert owner is not None and owner.ref.code == code and owner.ref.sectors == []
    assert owner.why.startswith(OWNER_WHY)


def copy_data(tmp_path: Path) -> Path:
    base = tmp_path / "actors"
    shutil.copytree(data_path("actors"), base, ignore=shutil.ignore_patterns("*.yaml"), dirs_exist_ok=True)
    for name in ("countries", "agents", "first_names"):
        shutil.copy(data_path("actors") / f"{name}.yaml", base / f"{name}.yaml")
    (base / "people").mkdir(exist_ok=True)
    (base / "people" / "a.yaml").write_text(
        "- {name: Jane Roe, country: USA, roles: [{code: USALEG, from: 2001-01-01, to: 2010-01-01}]}\n",
        encoding="utf-8")
    return base


def test_extends_adds_roles_to_a_shipped_person(tmp_path):
    base = copy_data(tmp_path)
    (base / "people" / "b.yaml").write_text(
        "- name: Jane Roe\n  extends: true\n  aliases: [Roe]\n  country: USA\n"
        "  roles: [{code: USAPTY, from: 2012-01-01, to: 2013-01-01}]\n", encoding="utf-8")
    book = ActorDictionary.load(directory=base)
    (entry, _caps), = book.names["roe"]
    assert [r.code for r in entry.roles] == ["USALEG", "USAPTY"]
    assert len(book.names["jane roe"]) == 1


@pytest.mark.parametrize("text, fault", [
    ("- name: Jane Roe\n  extends: true\n  country: USA\n"
     "  roles: [{code: USAPTY, from: 2005-01-01, to: 2006-01-01}]\n", "overlaps"),
    ("- name: John Doe\n  extends: true\n  country: USA\n", "no shipped person"),
])
def test_bad_extends_is_rejected_with_file_and_line(tmp_path, text, fault):
    base = copy_data(tmp_path)
    (base / "people" / "b.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        ActorDictionary.load(directory=base)
    assert "b.yaml" in str(err.value) and fault in str(err.value)


def test_first_names_file_is_validated(tmp_path):
    base = copy_data(tmp_path)
    (base / "first_names.yaml").write_text("male: [Alex]\nfemale: [Alex]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="both male and female"):
        ActorDictionary.load(directory=base)
    (base / "first_names.yaml").write_text("male: [Alex]\nfemale: [Maria]\n", encoding="utf-8")
    assert ActorDictionary.load(directory=base).genders == {"alex": "m", "maria": "f"}


@pytest.mark.parametrize("text, sector", [
    ("Kenyan police said the man had a gun. Two of the officers were hurt in Nairobi.", "COP"),
    ("The Kenyan army said two officers were killed in the attack.", "MIL"),
])
def test_officers_are_police_in_a_police_story(pipeline, text, sector):
    officers = next(m for m in actors_of(pipeline, text).actors if m.ref.text.endswith("officers"))
    assert officers.ref.sectors == [sector]
