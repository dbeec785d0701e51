"""Actor faults that cost events (actors round 2): a country name the tagger reads as a PERSON entity running
over its possessive "'s" ("Sri Lanka's president"), and a state's forces named again by their kind ("the army",
"the troops", "the police") in a sentence that names no country."""

from __future__ import annotations

from eventwire.records import Article


def mentions(pipeline, text: str, published: str = "2017-03-01") -> dict[str, str | None]:
    """Mention text -> code (the last mention of a text wins)."""
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    return {m.ref.text: m.ref.code for m in cdoc.actors}


def codes(pipeline, text: str, published: str = "2017-03-01") -> set[tuple[str, str | None, str | None]]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    return {(e.root, e.source.code if e.source else None, e.target.code if e.target else None) for e in cdoc.events}


# ---- a possessive country name composes with the role noun after it, however the tagger labels the name
def test_possessive_country_composes_with_its_role_noun(pipeline):
    assert mentions(pipeline, "Sri Lanka's president met the Indian prime minister in New Delhi.")[
        "Sri Lanka's president"] == "LKAGOV"
    assert mentions(pipeline, "Sri Lanka's army shelled rebel positions.")["Sri Lanka's army"] == "LKAMIL"
    assert mentions(pipeline, "Sri Lanka's government has accused Tamil rebels of attacking a naval base.")[
        "Sri Lanka's government"] == "LKAGOV"
    assert mentions(pipeline, "New Zealand's prime minister criticized China.")[
        "New Zealand's prime minister"] == "NZLGOV"


def test_the_possessive_country_pairs_in_the_event(pipeline):
    found = codes(pipeline, "Sri Lanka's president met the Indian prime minister in New Delhi.")
    assert ("04", "LKAGOV", "INDGOV") in found


def test_a_place_word_inside_a_persons_name_stays_part_of_it(pipeline):
    # the possessive is cut from the entity, not the rest of the name: "Chad" is no country here
    found = mentions(pipeline, "Chad Smith's band played in Germany on Friday.")
    assert "CHD" not in {c for c in found.values() if c}


# ---- "the army" / "the troops" / "the police" in a sentence naming no country: the forces named just before
def test_the_army_after_a_countrys_troops(pipeline):
    found = mentions(pipeline, "Ethiopian troops crossed into Somalia on Sunday. The army said it killed 40 militants.")
    assert found["army"] == "ETHMIL"
    assert found["it"] == "ETHMIL"   # "the army" is an "it", though the troops it stands for are people


def test_the_troops_and_the_soldiers_after_another_phrasing(pipeline):
    found = mentions(pipeline, "Turkish soldiers entered northern Iraq overnight. "
                               "The troops attacked Kurdish fighters near the border.")
    assert found["troops"] == "TURMIL"
    found = mentions(pipeline, "The Kenyan military has sent tanks to the frontier. "
                               "Witnesses said the soldiers were digging trenches.")
    assert found["soldiers"] == "KENMIL"


def test_the_police_after_a_countrys_police(pipeline):
    found = mentions(pipeline, "Pakistani police raided a seminary on Friday. The police arrested 12 suspects.")
    assert found["police"] == "PAKCOP"


def test_a_sentence_that_names_a_country_gives_its_own_forces(pipeline):
    found = mentions(pipeline, "Russian troops shelled Kharkiv. Ukraine said the army repelled the attack.")
    assert found["army"] == "UKRMIL"


def test_forces_named_long_before_are_no_reference(pipeline):
    text = ("Ethiopian troops crossed into Somalia on Sunday. Aid agencies warned of hunger. Prices rose in markets. "
            "Rain fell across the region. Schools were closed for a week. The army said it had withdrawn.")
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2017-03-01")]))
    why = {m.ref.text: m.why for m in cdoc.actors}
    assert "the last MIL actor named" not in why["army"]


# ---- "both governments", "the two leaders", "the two armies" after two countries: each country's state organ
def _members(pipeline, text: str, head: str) -> list[str | None]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2017-03-01")]))
    return sorted(r.code for m in cdoc.actors if m.ref.text.endswith(head) for r in m.members)


def test_state_organ_groups_of_two_countries(pipeline):
    assert _members(pipeline, "Japan and South Korea met in Tokyo. Both governments pledged to cooperate.",
                    "governments") == ["JPNGOV", "KORGOV"]
    assert _members(pipeline, "Egypt and Sudan held talks on the dam. The two leaders agreed to cooperate.",
                    "leaders") == ["EGYGOV", "SDNGOV"]
    assert _members(pipeline, "India and Pakistan exchanged fire on Sunday. The two armies accused each other "
                              "of violating the truce.", "armies") == ["INDMIL", "PAKMIL"]


def test_country_groups_and_people_keep_their_codes(pipeline):
    assert _members(pipeline, "India and Pakistan held talks in Islamabad. The two countries agreed to talk again.",
                    "countries") == ["IND", "PAK"]
    assert _members(pipeline, "Trump and Putin met in Helsinki. The two leaders agreed to cooperate.",
                    "leaders") == ["RUSGOV", "USAGOV"]
