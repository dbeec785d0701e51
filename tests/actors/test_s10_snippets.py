"""Session 10, multi-sentence snippets: references in a later sentence to actors a sentence before named.

* "the three", "the four", "the five" (a bare numeral with "the") name the parties listed before, as "the two" does;
  a list of exactly that many conjoined actors wins over the actors named between it and the reference.
* who acts on "both sides" / "the two leaders" is none of them ("Brazil urged both sides"); for "sides", two
  organs of one state are one side ("Guyana's army put its troops on alert, and President Ali said ... both sides").
* "its neighbour" whose nearest antecedent is a thing ("The cargo was the first Chilean relief to its northern
  neighbour") is the neighbour of the country named last: the other country named before.
* "it" as the subject of "take" with an actor as its object is no expletive ("said it would take Japan to court").
* a pronoun whose nearest fitting phrase is a description in apposition to a name ("The firm, a unit of Siemens,
  said it") stands for the name.
* fighters named by a bare plural of their kind in a later sentence ("Militants shelled ...", "Insurgents raided
  ...") are the armed group named in the sentences before, not of the article's main country nor of the victims
  their own sentence names.
"""

from __future__ import annotations

import pytest

from eventwire.records import Article


def coded(pipeline, text: str, published: str = "2023-05-10"):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return cdoc


def mention_at(cdoc, word: str, nth: int = 0):
    tokens = [t for t in cdoc.doc if t.text == word]
    return cdoc.actor_at(tokens[nth].i)


def members_at(cdoc, word: str) -> list[str]:
    m = mention_at(cdoc, word)
    return sorted(r.code for r in m.members) if m is not None else []


def dyads(cdoc, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in cdoc.events if e.cameo.startswith(root) and e.modality != "negated"}


# ---- "the three", "the four": the parties listed before

@pytest.mark.parametrize("text, word, members", [
    # three countries listed, a fourth named after the list: the list
    ("Ghana, Togo and Benin signed a pact on cross-border policing on Friday. The three also agreed to hold "
     "monthly meetings of their police chiefs.", "three", ["BEN", "GHA", "TGO"]),
    # capitals as governments, and an object named between the list and the reference
    ("Oslo, Copenhagen and Helsinki issued a joint statement on Arctic fishing quotas on Monday. Moscow said the "
     "three had ignored its proposals.", "three", ["DNKGOV", "FINGOV", "NORGOV"]),
    # four parties, as the object of the accusation
    ("Australia, Japan, India and the United States unveiled a joint satellite programme last week. Beijing "
     "criticised the four over the plan on Tuesday.", "four", ["AUS", "IND", "JPN", "USA"]),
    # leaders listed by name
    ("Emmanuel Macron, Olaf Scholz, Giorgia Meloni and Pedro Sanchez met in Brussels on Thursday. The four said in a "
     "joint letter that the bloc needed a new migration deal.", "four", ["DEUGOV", "ESPGOV", "FRAGOV", "ITAGOV"]),
])
def test_the_numeral_names_the_list_before(pipeline, text, word, members):
    assert members_at(coded(pipeline, text), word) == members


def test_the_numeral_codes_an_event_for_each_member(pipeline):
    cdoc = coded(pipeline, "Australia, Japan, India and the United States unveiled a joint satellite programme last "
                           "week. Beijing criticised the four over the plan on Tuesday.")
    assert {("CHNGOV", t) for t in ("AUS", "JPN", "IND", "USA")} <= dyads(cdoc, "11")


@pytest.mark.parametrize("text, word", [
    # no list of three before: no members made up from the last three names
    ("Kenya's president met Uganda's president in Kampala. The three agreed to meet again in May.", "three"),
    # a number of things, not a reference: "the three bills"
    ("Ghana, Togo and Benin signed a pact on Friday. Parliament passed the three bills on Monday.", "bills"),
])
def test_no_list_no_members(pipeline, text, word):
    m = mention_at(coded(pipeline, text), word)
    assert m is None or not m.members or len(m.members) != 3


# ---- bare plurals of fighters in a later sentence

@pytest.mark.parametrize("text, word, code", [
    # the victims' country named in the sentence is not the fighters'
    ("Hezbollah said it had fired rockets at an Israeli army post. Militants also fired mortar rounds at a "
     "border village on Tuesday.", "Militants", "LBNREB"),
    ("Kenya's army said it had raided an al-Shabaab camp in Somalia. Insurgents ambushed a Kenyan convoy the next "
     "day.", "Insurgents", "SOMREB"),
    # an article whose main country is the victims'; the group named two sentences before
    ("Nigerian troops repelled an attack by Boko Haram on a base near the border with Niger on Sunday. The army "
     "said four soldiers were wounded. Gunmen later burned a market in a nearby village.", "Gunmen", "NGAREB"),
    # a role adjective of the kind keeps the phrase bare
    ("The Islamic State group claimed a car bombing at a market in Mosul. Armed militants then stormed a police "
     "checkpoint on the road south.", "militants", "IMGREB"),
])
def test_bare_fighters_later_are_the_group_named_before(pipeline, text, word, code):
    m = mention_at(coded(pipeline, text), word)
    assert m is not None and m.ref.code == code


def test_bare_fighters_later_act_for_the_group_named_before(pipeline):
    cdoc = coded(pipeline, "Hezbollah said it had fired rockets at an Israeli army post. Militants also fired "
                           "mortar rounds at a border village on Tuesday.")
    assert any(src == "LBNREB" and (tgt or "").startswith("ISR") for src, tgt in dyads(cdoc, "19"))
    assert not any((src or "").startswith("ISR") for src, _tgt in dyads(cdoc, "19"))


@pytest.mark.parametrize("text, word, not_code", [
    # the first sentence: no group named before
    ("Militants fired rockets at a Syrian army post on Tuesday. Damascus said two soldiers died.", "Militants",
     "LBNREB"),
    # a phrase of its own: a number, a place
    ("Hezbollah said it had fired rockets at an Israeli army post. Israeli troops killed two militants near the "
     "border.", "militants", "LBNREB"),
    ("Hamas said it would keep fighting. In Syria, militants in Idlib shelled an army post on Monday.", "militants",
     "PSEREB"),
])
def test_fighters_with_a_phrase_of_their_own_keep_it(pipeline, text, word, not_code):
    m = mention_at(coded(pipeline, text), word)
    assert m is None or m.ref.code != not_code


# ---- "it would take X to court": no expletive "it"

@pytest.mark.parametrize("text, code", [
    ("Brussels said on Thursday that the European Commission had run out of patience and that it would take Poland "
     "to the bloc's top court over its judges.", "IGOEUR"),
    ("Australia said on Friday it would take Japan to the International Court of Justice over whaling.", "AUS"),
    ("Ecuador's government said it might take the oil company to arbitration in Paris.", "ECUGOV"),
])
def test_it_that_takes_an_actor_somewhere_is_a_reference(pipeline, text, code):
    m = mention_at(coded(pipeline, text), "it")
    assert m is not None and m.ref.code == code


@pytest.mark.parametrize("text", [
    "It will take years to rebuild the port, Lebanon's prime minister said.",
    "It took the rescuers three days to reach the village, Nepal's army said.",
])
def test_expletive_it_takes_stays_without_actor(pipeline, text):
    assert mention_at(coded(pipeline, text), "It") is None


# ---- a pronoun back to a description in apposition to a name

@pytest.mark.parametrize("text, code", [
    ("Separatists blew up a gas pipeline in eastern Ethiopia overnight. In an emailed statement the movement, the "
     "Ogaden National Liberation Front, warned that it would strike again.", "ETHREB"),
    ("A bomb hit a passenger train near Quetta on Tuesday. The outfit, the Baloch Liberation Army, said it had "
     "planted the device.", "PAKREB"),
    ("Gunmen seized a ferry off Jolo at dawn. The band, the Abu Sayyaf, said it wanted a ransom for the crew.",
     "PHLREB"),
])
def test_pronoun_goes_to_the_name_a_description_restates(pipeline, text, code):
    m = mention_at(coded(pipeline, text), "it")
    assert m is not None and m.ref.code == code


# ---- "both sides": not who acts on them; one state's organs are one side

@pytest.mark.parametrize("text, members", [
    ("Armenian and Azerbaijani negotiators walked out of talks in Vienna on Friday. The Kremlin urged both sides to "
     "return to the table.", ["ARMGOV", "AZEGOV"]),
    ("Ethiopian troops shelled rebel positions in Tigray on Friday. The rebels said they had repelled the attack. "
     "Kenya's president called on both sides to return to talks in Nairobi.", ["ETHMIL", "ETHREB"]),
    # the army and the president of one state are one side; the other side is the state that fired first
    ("Venezuela's navy fired on a Guyanese fishing boat on Sunday. Guyana's army put its troops on alert, and "
     "President Irfaan Ali said his country would defend its waters. Brazil urged both sides to show restraint.",
     ["GUYGOV", "VEN"]),
])
def test_both_sides_are_the_parties_not_the_speaker(pipeline, text, members):
    cdoc = coded(pipeline, text)
    got = members_at(cdoc, "sides")
    assert [c[:3] for c in got] == sorted(c[:3] for c in members)


# ---- "its neighbour" after a thing: the neighbour of the country named last

@pytest.mark.parametrize("text, code", [
    ("Uzbekistan sent 4,000 tonnes of wheat to Afghanistan on Monday. The consignment was Tashkent's largest gift to "
     "its southern neighbour in a decade.", "AFG"),
    ("Chile shipped generators to Peru after the earthquake. The cargo was the first Chilean relief to its northern "
     "neighbour since the border dispute was settled.", "PER"),
])
def test_its_neighbour_after_a_thing_is_the_other_country(pipeline, text, code):
    m = mention_at(coded(pipeline, text), "neighbour")
    assert m is not None and m.ref.code == code


def test_its_neighbour_of_no_country_stays_uncoded(pipeline):
    m = mention_at(coded(pipeline, "The old mill lies on the river bank. Its neighbour is a dairy farm."), "neighbour")
    assert m is None or m.ref.code is None
