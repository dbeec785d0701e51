"""Verb forms of roots 10-20 added in lexicon round 6 (issue 3).

Each case is (text, code prefix, rule id, source, target). The sentences are written for these tests,
with actors and places of their own (none is taken from a dev set); most forms have two phrasings or
more. ``_NOT`` lists readings that must not fire, ``_ALLIES`` armed sides named together that fight
side by side, with contrasts where the same subjects fight each other.
"""

from __future__ import annotations

import pytest

from .form_checks import coded_events, form_tests

_FORMS = [
    # a labour strike told as walking off the job
    ("Kenyan teachers walked off the job over pay.", "143", "walk_off_job", "KENEDU", "KENGOV"),
    ("Belgian dock workers walked off the job on Monday.", "143", "walk_off_job", "BELLAB", "BELGOV"),
    ("South Korean doctors walked off their jobs in protest.", "143", "walk_off_job", "KORHLH", "KORGOV"),
    ("Nigerian doctors walked off the job on Monday to demand better pay.", "143", "walk_off_job", "NGAHLH", "NGAGOV"),
    # a trial is legal action against the accused
    ("Russia put the opposition leader on trial for extremism.", "173", "put_on_trial", "RUS", "RUSOPP"),
    ("Iran put two French nationals on trial in Tehran.", "173", "put_on_trial", "IRN", "FRACVL"),
    ("Egyptian prosecutors sent the former president to trial on Sunday.", "173", "bring_to_trial",
     "EGYJUD", "EGYELI"),
    # armed sides named together fight each other
    ("Ethiopian and Eritrean troops fought fierce battles along the border last week.", "190",
     "fight_battles_together", "ETHMIL", "ERIMIL"),
    ("Sudanese army and paramilitary forces fought fierce battles in Khartoum.", "190", "fight_battles_together",
     "SDNREB", "SDNMIL"),
    # people driven from their homes en masse
    ("Sudanese paramilitaries forced thousands of residents from their homes in El Geneina.", "201",
     "drive_from_homes", "SDNREB", "SDNCVL"),
    ("Ethiopian troops drove hundreds of Tigrayan villagers from their land.", "201", "drive_from_homes",
     "ETHMIL", "ETHCVL"),
    # a border or the crossings into a place closed by a state restrict movement
    ("Kenya closed its border with Somalia on Wednesday.", "191", "close_border_with", "KEN", "SOM"),
    ("Turkey sealed its border with Iran after the earthquake.", "191", "close_border_with", "TUR", "IRN"),
    ("The Afghan Taliban closed the border crossing with Iran at Islam Qala.", "191", "close_border_with",
     "AFGGOV", "IRN"),
    ("Israel closed the crossings into Gaza on Sunday.", "191", "close_crossings_into", "ISR", "PSE"),
    ("Israeli forces sealed off the checkpoints into the West Bank.", "191", "close_crossings_into", "ISRMIL", "PSE"),
    # seized assets are confiscated property; a conviction is a legal finding
    ("Venezuela seized an American oil company's assets.", "1711", "confiscate_property", "VEN", "USABUS"),
    ("The United States seized a Russian oligarch's assets.", "1711", "confiscate_property", "USA", "RUSBUS"),
    ("A Moscow court convicted the American journalist of espionage.", "116", "convict_verb", "RUSJUD", "USAMED"),
    # a warning sent to someone
    ("North Korea issued a warning to South Korea over the drills.", "130", "issue_warning_to", "PRK", "KOR"),
    ("The Kremlin sent a stern warning to Finland on Thursday.", "130", "issue_warning_to", "RUSGOV", "FIN"),
    # a foreign mission closed
    ("Russia ordered the closure of the U.S. consulate in Yekaterinburg.", "161", "closure_of_mission",
     "RUS", "USAGOV"),
    ("Ukraine announced the closure of its embassy in Moscow.", "161", "closure_of_mission", "UKR", "RUSGOV"),
    # retaliation named with its means and its target
    ("China hit back at the United States with tariffs on soybeans.", "163", "hit_back_at_with_penalty", "CHN", "USA"),
    ("Canada struck back at Washington with duties on steel.", "163", "hit_back_at_with_penalty", "CAN", "USA"),
    ("Russia retaliated against the European Union with a ban on food imports.", "163",
     "retaliate_against_with_penalty", "RUS", "IGOEUR"),
    # citizenship taken away
    ("Bahrain stripped dozens of dissidents of their citizenship.", "172", "strip_citizenship", "BHR", "BHROPP"),
    ("Nicaragua stripped 94 opposition figures of their nationality.", "172", "strip_citizenship", "NIC", "NICOPP"),
    ("Kuwait revoked the citizenship of thousands of people.", "172", "revoke_citizenship", "KWT", "KWTCVL"),
    # raids and incursions into a place
    ("Ukraine launched a cross-border raid into Russia's Belgorod region.", "190", "raid_into", "UKR", "RUS"),
    ("Israeli troops carried out a ground incursion into southern Lebanon.", "190", "raid_into", "ISRMIL", "LBN"),
    # aircraft shot down, airliners included
    ("Iranian air defences shot down a Ukrainian airliner near Tehran.", "190", "shoot_down_aircraft",
     "IRNMIL", "UKR"),
    ("Turkey shot down a Russian jet.", "190", "shoot_down_aircraft", "TUR", "RUSMIL"),
    # demands to pull troops out, threats of a military operation
    ("Ukraine demanded that Russia pull its troops out of the Zaporizhzhia plant.", "106", "demand_withdrawal",
     "UKR", "RUS"),
    ("Turkey threatened to launch a new military operation in northern Syria.", "138", "threaten_force", "TUR", "SYR"),
    # leaving an organisation or a treaty body
    ("Russia quit the Council of Europe in March.", "160", "quit_organization", "RUS", "IGOCOE"),
    ("Mali, Niger and Burkina Faso left ECOWAS on Sunday.", "160", "quit_organization", "NER", "IGOWAS"),
    ("Britain left the European Union in 2020.", "160", "quit_organization", "GBR", "IGOEUR"),
    ("The United States withdrew from the U.N. Human Rights Council.", "160", "withdraw_from_body", "USA", "IGOUNO"),
    ("Burundi withdrew from the International Criminal Court.", "160", "withdraw_from_body", "BDI", "IGOICC"),
    # an envoy recalled from the country it serves in
    ("Israel recalled its ambassador to Turkey.", "161", "recall_ambassador_to", "ISR", "TUR"),
    ("Chad recalled its envoy to Israel for consultations.", "161", "recall_ambassador_to", "TCD", "ISR"),
    # armed forces crossing into a country, shooting back at an attacker
    ("Turkish troops pushed into northern Syria on Wednesday.", "192", "cross_into_country", "TURMIL", "SYR"),
    ("Russian tanks stormed into Ukraine before dawn.", "192", "cross_into_country", "RUSMIL", "UKR"),
    ("Armenian soldiers returned fire at Azerbaijani troops along the border.", "190", "return_fire_at",
     "ARMMIL", "AZEMIL"),
    ("Lebanese soldiers returned fire at Israeli positions.", "190", "return_fire_at", "LBNMIL", "ISR"),
    ("Israeli tanks returned fire on Hezbollah positions.", "190", "return_fire_on", "ISRMIL", "LBNREB"),
    # protest camps stormed by security forces are repression
    ("Belarusian riot police stormed a protest camp of opposition supporters in Minsk.", "175", "storm_protest_camp",
     "BLRCOP", "BLROPP"),
    ("Thai troops raided the opposition's sit-in in Bangkok.", "175", "storm_protest_camp", "THAMIL", "THAOPP"),
    # criminal charges: with the charge, by a prosecuting body, or in the passive
    ("Turkey charged the American pastor with terrorism.", "173", "charge_with", "TUR", "USAREL"),
    ("Brazil's prosecutors charged the former president.", "173", "charge_by_prosecutors", "BRAJUD", "BRAELI"),
    ("Russian authorities charged the opposition activist on Friday.", "173", "charge_by_prosecutors",
     "RUSGOV", "RUSOPP"),
    ("Peruvian prosecutors indicted the former president on Thursday.", "173", "charge_verb", "PERJUD", "PERELI"),
    ("Pakistan charged that India was sponsoring terrorism in Balochistan.", "112", "charge_claim", "PAK", "IND"),
    # protesters attacking police riot
    ("Protesters attacked police with stones and petrol bombs in Belfast.", "145", "protesters_attack",
     "GBRCVL", "GBRCOP"),
    ("Demonstrators assaulted riot police outside parliament in Tbilisi.", "145", "protesters_attack",
     "GEOCVL", "GEOCOP"),
    # a political boycott of a dialogue (a state's boycott of games or goods stays 16.yaml#boycott_verb)
    ("The Kenyan opposition boycotted the national dialogue.", "143", "boycott_political", "KENOPP", "KENGOV"),
    # criticism told as tearing into someone
    ("The Norwegian opposition tore into the government's pension plan.", "111", "tear_into", "NOROPP", "NORGOV"),
    ("The Kenyan opposition laid into the government over the tax plan.", "111", "tear_into", "KENOPP", "KENGOV"),
    # people driven out of a place
    ("Sudanese militias drove thousands of villagers out of their homes in Darfur.", "201", "drive_out_of_place",
     "SDNREB", "SDNCVL"),
    # armed forces widening operations in a place, taking a named place
    ("Turkish troops expanded their operations in northern Iraq.", "190", "step_up_attacks_in", "TURMIL", "IRQ"),
    ("Al-Shabaab fighters overran Baidoa in September.", "192", "capture_named_place", "SOMREB", "SOM"),
    ("M23 rebels retook Goma in January.", "192", "capture_named_place", "CODREB", "COD"),
    # talks left by suspending one's participation
    ("Colombia's government suspended its participation in peace talks with the ELN rebels.", "164",
     "suspend_participation_in_talks", "COLGOV", "COLREB"),
    ("The Palestinian Authority suspended its participation in talks with Israel.", "164",
     "suspend_participation_in_talks", "PSEGOV", "ISR"),
    # gunmen attacking a place use unconventional violence; attacking a police post, they fight (190, session 10)
    ("Al Shabaab gunmen stormed a shopping mall in Nairobi.", "180", "gunmen_attack", "SOMREB", "KEN"),
    ("Islamic State gunmen stormed a wedding hall in Kabul.", "180", "gunmen_attack", "IMGREB", "AFG"),
    ("Suspected Islamist gunmen attacked a police post in northern Burkina Faso.", "190", "gunmen_attack_forces",
     "BFAREB", "BFACOP"),
    # barrages against a target; sentences handed down; buildings blown up
    ("Russia launched a massive missile barrage against Ukraine's energy grid.", "194", "barrage_against", "RUS", "UKR"),
    ("Hezbollah fired a rocket barrage against northern Israel on Sunday.", "194", "barrage_against", "LBNREB", "ISR"),
    ("The Iranian court handed the activist a ten-year prison sentence.", "116", "hand_down_sentence",
     "IRNJUD", "IRNOPP"),
    ("A Chinese court handed down a death sentence to the Canadian citizen.", "116", "hand_down_sentence",
     "CHNJUD", "CANCVL"),
    ("Militants blew up a police station in northern Sinai.", "183", "bomb_verb", "EGYREB", "EGYCOP"),
    # platforms banned
    # a fight told with its 'with' phrase; armed men clashing with armed men (not a riot)
    ("Kurdish fighters battled with Islamic State militants near Kobani.", "190", "fight_with", "SYRREB", "IMGREB"),
    ("Thailand fought with Cambodia over the temple.", "190", "fight_with", "THA", "KHM"),
    # (small-arms fighting between armed sides: 193 since session 12)
    ("Indian troops clashed with Chinese soldiers in Galwan.", "193", "troops_clash_with_troops", "INDMIL", "CHNMIL"),
    ("Somali troops skirmished with Al Shabaab militants outside Mogadishu.", "193", "troops_clash_with_troops",
     "SOMMIL", "SOMREB"),
    ("Eritrean and Ethiopian troops fought each other near Badme.", "190", "fight_each_other", "ERIMIL", "ETHMIL"),
    # a politician's attacks on a rival, a judge or the press are criticism
    ("The Brazilian president stepped up his attacks on the country's Supreme Court judge.", "111",
     "attack_on_political_target", "BRAGOV", "BRAJUD"),
    ("The Hungarian prime minister renewed his attacks on the independent media.", "111",
     "attack_on_political_target", "HUNGOV", "HUNMED"),
    # an army in the streets is a deployment, no protest
    ("Zimbabwean troops took to the streets of Harare on Wednesday.", "154", "troops_take_to_streets", "ZWEMIL", None),
    ("The Thai army took to the streets of Bangkok.", "154", "troops_take_to_streets", "THAMIL", None),
    ("Russia banned Instagram on Friday.", "1721", "block_internet", "RUS", None),
    ("Turkey blocked TikTok and Twitter after the earthquake.", "1721", "block_internet", "TUR", None),
]


PUB = "2024-03-01"


def _code(pipeline, text: str, published: str = PUB):
    return coded_events(pipeline, text, published)


# "A and B clashed": both directions, whichever pattern the coder names
@pytest.mark.parametrize("text,a,b", [
    ("Russian and Ukrainian troops clashed near Kharkiv.", "RUSMIL", "UKRMIL"),
    ("Ethiopian and Eritrean troops fought fierce battles along the border last week.", "ETHMIL", "ERIMIL"),
    ("Serbian and Croatian forces exchanged fire near Vukovar.", "SRBMIL", "HRVMIL"),
    ("Sudanese and South Sudanese soldiers clashed near the disputed town of Heglig.", "SDNMIL", "SSDMIL"),
    ("Thai and Cambodian troops clashed again on Saturday near the temple.", "THAMIL", "KHMMIL"),
])
def test_armed_sides_clash_both_ways(pipeline, text, a, b):
    got = {(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
           for e in _code(pipeline, text)}
    assert {("19", a, b), ("19", b, a)} <= got, f"{text!r}: {got}"


_NOT = [
    # walking off a stage is no strike; a matter brought to court is no trial of a person
    ("The minister walked off the stage after the speech.", "14"),
    ("The minister brought the matter to court.", "17"),
    # police and protesters clashing is a riot, not a battle
    ("Police and protesters clashed in central Nairobi.", "19"),
    # a border closed is no cut in relations; schools closed are no diplomatic act
    ("Kenya closed its border with Somalia on Wednesday.", "16"),
    ("The government ordered the closure of schools in the capital.", "161"),
    # a politician hitting back at critics with words imposes no sanction
    ("The senator hit back at his critics with a long statement.", "16"),
    # intercepting a missile or a rocket is defence, no attack on the side that fired it
    ("South Korea's navy intercepted a North Korean cruise missile fired toward the island of Yeonpyeong.", "190"),
    ("Saudi Arabia intercepted a ballistic missile fired by the Houthis.", "190"),
    ("Israel's air defences intercepted rockets launched from Gaza.", "190"),
    # a minister quitting the government resigns; troops leaving a town retreat
    ("The finance minister quit the government on Tuesday.", "16"),
    ("Russian troops withdrew from Kherson.", "16"),
    # refugees crossing a border attack no one; storming a protest camp is no attack on civilians
    ("Thousands of refugees crossed into Poland on Monday.", "19"),
    ("Belarusian riot police stormed a protest camp of opposition supporters in Minsk.", "18"),
    # a death or a scandal that leaves a court or an alliance split is no one quitting it
    ("The Feb. 13 death of the conservative justice left the court ideologically split.", "16"),
    ("The scandal left the alliance badly weakened.", "16"),
    # a price charged is no charge; exercising options is no military exercise
    ("Boeing can not charge the Air Force for the associated costs.", "17"),
    ("Boeing can not charge the Air Force for the associated costs.", "11"),
    ("Ryanair exercises options on five Boeing 737s", "15"),
    # protesters attacking police wage no military attack
    ("Protesters attacked police with stones and petrol bombs in Belfast.", "19"),
    # firms expanding operations, armies seizing power or weapons, workers tearing into a building
    ("Ford expanded its operations in Mexico last year.", "19"),
    ("Rebels seized weapons from an army depot.", "19"),
    ("Workers tore into the old building.", "11"),
    # a bonus handed to a chief executive is no sentence; militants attacking an army post stay 190
    ("The company handed its chief executive a large bonus.", "11"),
    ("Taliban militants attacked an army checkpoint in Helmand.", "18"),
    # seizing assets is no sanction; a conviction is no accusation
    ("Venezuela seized an American oil company's assets.", "163"),
    ("A Moscow court convicted the American journalist of espionage.", "112"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)


# allies named together who fight (bare "fought", "battled", "fought to retake") fight no one in the
# subject; troops crossing or rolling into an ally's country for an exercise attack no one; protesters
# clashing with soldiers riot (145); an army in the streets stages no protest
_ALLIES = [
    "U.S. and Iraqi forces fought in Mosul.",
    "Iraqi and U.S.-led coalition forces fought to retake Ramadi.",
    "Afghan and American troops fought fiercely.",
    "French and Malian soldiers battled in the desert near Gao.",
    "NATO troops crossed into Poland for the exercise.",
    "American tanks rolled into Lithuania for the drills.",
    "Kenyan protesters clashed with soldiers in Nairobi.",
    "Thousands of Kenyans took to the streets against President William Ruto.",
    "The Malian army took to the streets of Bamako.",
]


@pytest.mark.parametrize("text", _ALLIES)
def test_allies_and_deployments_fight_no_one(pipeline, text):
    got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.rule)
           for e in _code(pipeline, text)]
    assert not any(c.startswith("19") for c, *_ in got), f"{text!r}: {got}"
    if "streets" in text and "army" in text:
        assert not any(c.startswith("14") for c, *_ in got), f"{text!r}: {got}"


# the politician's attacks are no force; a military attack on a city stays 190
@pytest.mark.parametrize("text,code", [
    ("The Brazilian president stepped up his attacks on the country's Supreme Court judge.", "19"),
    ("Russian forces launched an attack on the city of Kharkiv.", "11"),
    ("Turkish troops pushed into northern Syria on Wednesday.", "14"),
])
def test_attack_reading_not_crossed(pipeline, text, code):
    got = [e.cameo for e in _code(pipeline, text)]
    assert got and not any(c.startswith(code) for c in got), f"{text!r}: {got}"


# troops crossing or rolling into another country are an incursion (192 since session 13) unless the sentence tells an
# exercise, drills or an invitation (filters/discards.yaml#deployment_by_invitation)
@pytest.mark.parametrize("text,published,source,target", [
    ("Israeli troops crossed into southern Lebanon overnight.", "2024-10-01", "ISRMIL", "LBN"),
    ("Russian tanks rolled into Georgia in August.", "2008-08-09", "RUSMIL", "GEO"),
    ("Turkish soldiers poured into northern Iraq at dawn.", "2019-05-28", "TURMIL", "IRQ"),
])
def test_troops_crossing_into_a_country_is_an_incursion(pipeline, text, published, source, target):
    got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in _code(pipeline, text, published)]
    assert ("192", source, target) in got, f"{text!r}: {got}"


# seizing or capturing people or a building is no capture of territory (190)
@pytest.mark.parametrize("text", [
    "U.S. troops captured the ousted dictator near his hometown.",
    "Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid.",
    "Rebel fighters seized the headquarters of the security forces on Thursday.",
])
def test_capturing_people_or_buildings_is_no_capture_of_a_place(pipeline, text):
    got = [(e.cameo, e.rule) for e in _code(pipeline, text)]
    assert not any(rule.endswith("capture_named_place") for _, rule in got), f"{text!r}: {got}"
