"""Verb lexicon, roots 01-09: general forms added in session 6, each in several phrasings.

Every case codes one sentence through the full pipeline and checks the code prefix and the rule
that fired (so a form is credited to the pattern written for it), or that a near-miss reading
does not fire. The sentences are written for these tests (varied actors, tenses and voices), not
taken from a dev set.
"""

from __future__ import annotations

import pytest

from eventwire.records import Article


def _code(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    coded = next(iter(pipeline.code_articles([Article(id="s6low", text=text, published="2024-06-01")])))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.rule)
            for e in coded.events if e.modality != "negated"]


# (text, code prefix, rule id, source, target)
_FORMS = [
    # a resignation announced, submitted or handed in under named pressure is the resignation (0831), not an
    # intent (a bare resignation is no event: see _NOT)
    ("The Lebanese prime minister announced his resignation in a televised speech on Saturday amid mass protests.",
     "0831", "resignation_handed_in_amid", "LBNGOV", None),
    ("The Kenyan interior minister handed in his resignation on Monday after a public outcry.", "0831",
     "resignation_handed_in_after", "KENGOV", None),
    ("Japan's prime minister has announced his resignation under pressure from his own party.", "0831",
     "resignation_handed_in_under", "JPNGOV", "JPNPTY"),
    # troops pulled / moved / taken 'out of' a place (the particle after the object)
    ("The Israeli military pulled its forces out of the Gaza Strip on Sunday.", "0874", "withdraw_troops_out_of", "ISRMIL", "PSE"),
    ("Turkey moved its soldiers out of northern Iraq.", "0874", "withdraw_troops_out_of", "TUR", "IRQ"),
    ("Russia took its troops out of Syria in 2017.", "0874", "withdraw_troops_out_of", "RUS", "SYR"),
    # a seized boat or ship given back with no 'to' phrase: its owner is the target
    ("China returned the seized Taiwanese fishing boat on Thursday.", "0842", "return_seized_property", "CHN", "TWN"),
    ("Venezuela released the seized Guyanese fishing boats.", "0842", "return_seized_property", "VEN", "GUY"),
    ("Indonesia returned the seized Malaysian trawler.", "0842", "return_seized_property", "IDN", "MYS"),
    # intransitive 'surrendered to X' is a military surrender, not a handover (063)
    # a backer adjective never gives the group's country; where it operates does (lead decision, session 11)
    ("The Russian-backed separatists in eastern Ukraine surrendered to Ukrainian forces.", "0874", "surrender_verb",
     "UKRREB", "UKRMIL"),
    ("The Ukrainian marines surrendered to Russian troops in Mariupol.", "0874", "surrender_verb", "UKRMIL", "RUSMIL"),
    # bodies or hostages surrendered / handed over are persons returned
    ("Hamas surrendered the bodies of two Israeli hostages to Israel.", "0841", "hand_over_prisoners", "PSEREB", "ISR"),
    ("The Nigerian army handed over 30 rescued schoolgirls to the state government.", "0841", "release_persons", "NGAMIL", "NGACVL"),
    ("Niger's junta released the abducted schoolchildren.", "0841", "release_persons", "NERMIL", "NERCVL"),
    # forgiveness (056; "forgave" is lemmatised as itself) and forgiven debt (071)
    ("The South Korean president forgave the North Korean leader.", "056", "forgive_verb", "KORGOV", "PRKGOV"),
    ("Seoul forgave Tokyo for its colonial past.", "056", "forgive_verb", "KORGOV", "JPNGOV"),
    ("Russia forgave Cuba's debt.", "071", "write_off_debt", "RUS", "CUB"),
    ("China forgave Zambia's debt.", "071", "write_off_debt", "CHN", "ZMB"),
    # standing by an ally
    ("Poland stood by Ukraine throughout the war.", "051", "stand_by", "POL", "UKR"),
    ("China has stood by Russia since the invasion.", "051", "stand_by", "CHN", "RUS"),
    # congratulatory messages, cables and calls are praise, not a plain message (010)
    ("The Indian prime minister sent a congratulatory message to the new Sri Lankan president.", "051",
     "congratulatory_message", "INDGOV", "LKAGOV"),
    ("The Emir of Qatar sent a congratulatory cable to the Egyptian president.", "051", "congratulatory_message", "QATGOV", "EGYGOV"),
    ("Putin sent a letter of congratulation to the Iranian president.", "051", "congratulatory_message", "RUSGOV", "IRNGOV"),
    # both sides as the subject
    ("Poland and Ukraine joined forces to fight disinformation.", "050", "join_forces_together", "POL", "UKR"),
    ("France and Germany joined forces to build a new fighter jet.", "050", "join_forces_together", "DEU", "FRA"),
    ("Egypt and Saudi Arabia exchanged ambassadors on Monday.", "054", "exchange_ambassadors", "SAU", "EGY"),
    ("Israel exchanged ambassadors with Morocco.", "054", "exchange_ambassadors", "ISR", "MAR"),
    # an amount of aid announced, unveiled or promised, the recipient in a 'for' or 'to' phrase
    ("The United States announced $300 million in military aid for Ukraine.", "033", "pledge_in_aid_for", "USA", "UKR"),
    ("Canada unveiled $500 million in military aid for Ukraine.", "033", "pledge_in_aid_for", "CAN", "UKR"),
    ("Australia promised $10 million in aid for Tonga.", "033", "pledge_in_aid_for", "AUS", "TON"),
    ("Japan announced $500 million in aid to Ukraine on Tuesday.", "033", "pledge_in_aid", "JPN", "UKR"),
    # visits named otherwise
    ("Pope Francis made a pilgrimage to Iraq in March.", "042", "visit_noun", "VATGOV", "IRQ"),
    ("The Indian prime minister made a stopover in Egypt on his way home.", "042", "visit_noun_bare", "INDGOV", "EGY"),
    # peacekeepers' deployment accepted
    ("Haiti accepted the deployment of Kenyan peacekeepers.", "0861", "receive_peacekeepers", "HTI", "KENMIL"),
    ("Somalia accepted the deployment of Ethiopian peacekeepers.", "0861", "receive_peacekeepers", "SOM", "ETHMIL"),
    # office-holders questioned; suspects interviewed
    ("Turkish police questioned the mayor of Istanbul.", "091", "question_office_holder", "TURCOP", "TURGOV"),
    ("Ukrainian investigators interrogated the Ukrainian governor of Kharkiv.", "091", "question_office_holder", "UKRCOP", "UKRGOV"),
    ("Thai police interviewed the British suspect.", "091", "interview_suspect", "THACOP", "GBRCRM"),
    # teams of experts or inspectors sent
    ("The IAEA sent a team of inspectors to Iran.", "090", "send_inspectors", "IGOIAE", "IRN"),
    ("The United Nations dispatched a team of experts to Syria to investigate the chemical attack.", "090", "send_inspectors", "IGOUNO", "SYR"),
    # weapon systems delivered
    ("The Pentagon delivered HIMARS rocket systems to Ukraine.", "072", "military_aid", "USAMIL", "UKR"),
    ("Germany supplied air defence systems to Ukraine.", "072", "military_aid", "DEU", "UKR"),
]


def test_resignation_promised_stays_an_intent(pipeline):
    """... but a resignation promised for later ("announced he would resign") is the intent 0341."""
    got = _code(pipeline, "The Bolivian president announced he would resign next month.")
    assert any(c.startswith("0341") for c, *_ in got), got
    assert not any(c.startswith("0831") for c, *_ in got), got


# Round 2: consultations (04) and praise of a deal between two sides (05).
_FORMS_04 = [
    # a conversation 'with' someone (the phone forms outrank it)
    ("Secretary of State Mike Pompeo spoke with his Saudi counterpart on Tuesday.", "040", "speak_with", "USAGOV", "SAUGOV"),
    ("Putin spoke with Erdogan on Tuesday about the grain deal.", "040", "speak_with", "RUSGOV", "TURGOV"),
    ("The French president spoke with the Ukrainian president by phone.", "041", "speak_by_phone", "FRAGOV", "UKRGOV"),
    # phone calls 'to' someone, calls received 'from' someone, calls made to talk
    ("Biden spoke to Netanyahu on the phone on Sunday.", "041", "speak_to_on_phone", "USAGOV", "ISRGOV"),
    ("The Greek prime minister talked to the Turkish president by telephone.", "041", "speak_to_by_phone", "GRCGOV", "TURGOV"),
    ("The Indian prime minister got a call from the Russian president.", "041", "call_from_noun", "INDGOV", "RUSGOV"),
    ("Putin called Erdogan to congratulate him on his re-election.", "041", "call_to_discuss", "RUSGOV", "TURGOV"),
    # talks with no 'with' phrase: the sides are the subject or a 'between' phrase
    # (the joint subject may also be read as 'A held talks with B' by talks_noun); plain talks are a
    # meeting (040), direct talks and negotiations 046 (session 11, lead decision 1)
    ("Serbia and Kosovo held direct talks in Brussels.", "046", "negotiations_between_parties|negotiations_noun", "SRB", "KSV"),
    ("Armenia and Azerbaijan held talks in Moscow.", "044", "talks_between_parties|talks_noun", "AZE", "ARM"),
    ("Talks between Israel and Hamas resumed in Cairo on Monday.", "044", "talks_between_parties", "ISR", "PSEREB"),
    ("Germany held talks with France on Tuesday.", "040", "talks_noun", "DEU", "FRA"),
    # meals together, tours of several countries
    ("The Israeli prime minister had dinner with the U.S. president at the White House.", "040", "meal_with", "ISRGOV", "USAGOV"),
    ("The Chinese premier began a tour of Kenya, Ethiopia and Egypt on Monday.", "042", "tour_of", "CHNGOV", "ETH"),
    # a deal, truce or talks between two sides welcomed: both sides are targets
    ("The Turkish president welcomed the agreement between Azerbaijan and Armenia.", "051", "welcome_deal_between", "TURGOV", "ARM"),
    ("The European Union hailed the peace deal between Ethiopia and Tigrayan rebels.", "051", "welcome_deal_between", "IGOEUR", "ETH"),
    ("Russia welcomed the talks between Iran and Saudi Arabia.", "051", "welcome_deal_between", "RUS", "SAU"),
]


# A reading that must NOT be coded, each paired with a contrast sentence where the form it guards
# does code, so a case cannot pass by coding nothing:
# (text, code prefix not coded, contrast text, code prefix coded in the contrast)
_NOT = [
    # a decision stood by is no support of anyone
    ("The Kremlin stood by its decision to expel the diplomats.", "051",
     "Hungary has stood by Serbia in its dispute with Kosovo.", "051"),
    # a journalist's interview is no investigation; police interviewing witnesses is
    ("A French journalist interviewed the Indian foreign minister.", "091",
     "Greek police interviewed two witnesses to the shooting.", "091"),
    # a surrender to an army is no extradition; a fugitive surrendered to another state is
    ("Hundreds of rebels surrendered to the Congolese army.", "063",
     "Spain surrendered the fugitive to French authorities.", "063"),
    # forgiven debt is aid, not forgiveness
    ("Russia forgave Cuba's debt.", "056", "Russia forgave Cuba's debt.", "071"),
    # a resignation announced is no intent to resign; with no pressure named it is no event at all, with the
    # pressure named it accedes to it (0831)
    ("The Peruvian president announced his resignation on Friday.", "0341",
     "The Peruvian president announced his resignation on Friday amid mass protests.", "0831"),
    ("The Peruvian president announced his resignation on Friday.", "0831",
     "The Peruvian president announced his resignation on Friday amid mass protests.", "0831"),
    # talks 'on' a country are no talks with it
    ("Russia held talks in Geneva on Ukraine.", "04", "Russia held talks in Geneva with the United States.", "04"),
    # naming is no phone call
    ("The opposition called the vote a sham.", "041", "Putin called Erdogan to congratulate him on his re-election.", "041"),
    # talks with someone, frozen, are no conversation with them (a halt of talks, 16)
    ("The Malian army froze its participation in peace negotiations with the Tuareg rebels.", "040",
     "The Malian president spoke with rebel leaders in Algiers.", "040"),
    # a pardon of a convict is a release (0841), not forgiveness (056)
    ("Trump pardoned the former sheriff.", "056", "Trump pardoned the former sheriff.", "0841"),
    ("The Brazilian president pardoned a former army general.", "056", "Rwanda forgave France for its role in 1994.", "056"),
    # a state evacuating its own nationals gives no aid and makes no military retreat
    ("Britain evacuated its nationals from Sudan.", "0874", "The United States evacuated its troops from Afghanistan.", "0874"),
    ("India evacuated 3,000 of its citizens from Ukraine.", "07",
     "The Greek coast guard evacuated 40 migrants from the burning ship.", "073"),
    # a fear or a hope is a state of mind, not a comment; voicing it is
    ("Sri Lanka feared a new debt crisis.", "012", "Nepal lamented the slow pace of reconstruction.", "012"),
    ("Indonesia hoped for a quick recovery in exports.", "013", "Qatar voiced hope for a breakthrough.", "013"),
]


@pytest.mark.parametrize("text,code,contrast,contrast_code", _NOT)
def test_reading_not_coded(pipeline, text, code, contrast, contrast_code):
    got = _code(pipeline, text)
    assert not any(c.startswith(code) for c, *_ in got), f"{text!r}: {got}"
    got = _code(pipeline, contrast)
    assert any(c.startswith(contrast_code) for c, *_ in got), f"{contrast!r}: {got}"


def test_embassies_to_reopen_are_ties_restored(pipeline):
    """'agreed to reopen their embassies' is an intent to restore ties between the two, diplomatic
    cooperation (032 since s13), not an easing of administrative sanctions (0351); a border to reopen stays 0351."""
    got = _code(pipeline, "Qatar and the United Arab Emirates agreed to reopen their embassies.")
    assert any(c == "032" and s == "QAT" and t == "ARE" and r.endswith("#intent_reopen_embassies")
               for c, s, t, r in got), got
    assert not any(c.startswith("0351") for c, *_ in got), got
    got = _code(pipeline, "Egypt and Turkey agreed to exchange ambassadors.")
    assert any(c == "032" and {s, t} == {"EGY", "TUR"} for c, s, t, _ in got), got
    got = _code(pipeline, "Jordan agreed to reopen the border crossing with Syria.")
    assert not any(r.endswith("#intent_reopen_embassies") for *_, r in got), got


# Round 3: appeals told as turning to someone for money or help (02); deposits in a central bank (07).
_FORMS_02_07 = [
    ("Pakistan turned to China for a $2 billion loan.", "0231", "turn_to_for_money", "PAK", "CHN"),
    ("Argentina turned to the IMF for a bailout.", "0231", "turn_to_for_money", "ARG", "IGOIMF"),
    ("Sri Lanka looked to India for emergency financing.", "0231", "turn_to_for_money", "LKA", "IND"),
    ("The Lebanese government turned to France for help.", "023", "turn_to_for_aid", "LBNGOV", "FRA"),
    ("The United Arab Emirates deposited $3 billion in Egypt's central bank.", "071", "deposit_in_bank", "ARE", "EGYGOV"),
    ("Saudi Arabia deposited $2 billion in Pakistan's central bank.", "071", "deposit_in_bank", "SAU", "PAKGOV"),
]


# Round 4: pardons (08), supplies sent (07), ties renewed (05), and wire forms that already coded, kept
# so they stay coded: phone calls held, tributes, condolences, mediation offered, deals brokered,
# memoranda, aid pledged, amnesties, curfews lifted, persons handed back, investigations opened.
_FORMS_ROUND4 = [
    ("Trump pardoned the former sheriff.", "0841", "pardon_person", "USAPTY", "USAELI"),
    ("The Philippine president pardoned a former police chief.", "0841", "pardon_person", "PHLGOV", "PHLELI"),
    ("The Brazilian president pardoned a former army general.", "0841", "pardon_person", "BRAGOV", "BRAELI"),
    ("The Omani air force airlifted supplies to Yemen on Sunday.", "070", "send_supplies", "OMNMIL", "YEM"),
    ("The UAE flew supplies to Sudan.", "070", "send_supplies", "ARE", "SDN"),
    ("Iran shipped supplies to the Houthis.", "070", "send_supplies", "IRN", "YEMREB"),
    ("The Ugandan army sent military supplies to South Sudan.", "072", "military_aid_more", "UGAMIL", "SSD"),
    ("Saudi Arabia and Iran renewed ties after seven years.", "050", "improve_ties", "SAU", "IRN"),
    ("Egypt renewed diplomatic relations with Qatar.", "050", "improve_ties", "EGY", "QAT"),
    ("Morocco reestablished diplomatic relations with Israel.", "050", "improve_ties", "MAR", "ISR"),
    ("The French president held a phone call with the Ukrainian president on Monday.", "041", "phone_call_noun", "FRAGOV", "UKRGOV"),
    ("Modi held a telephone conversation with Putin.", "041", "phone_call_noun", "INDGOV", "RUSGOV"),
    ("The Japanese emperor paid tribute to Australian war dead.", "051", "pay_tribute_to", "JPN", "AUS"),
    ("China extended condolences to Nepal after the earthquake.", "018", "send_condolences", "CHN", "NPL"),
    ("Turkey has offered to mediate between Russia and Ukraine.", "039", "offer_mediate", "TUR", "RUS"),
    ("Qatar brokered a deal between the United States and Iran.", "045", "broker_deal", "QAT", "IRN"),
    ("India signed a memorandum of understanding with Bangladesh.", "057", "sign_agreement", "IND", "BGD"),
    ("Britain pledged 20 million pounds to Somalia.", "033", "pledge_money_to", "GBR", "SOM"),
    ("The Myanmar junta granted amnesty to 6,000 prisoners.", "0841", "grant_amnesty_to", "MMRGOV", "MMRCVL"),
    ("The Ethiopian government lifted the curfew in Addis Ababa.", "0813", "lift_curfew", "ETHGOV", "ETH"),   # lifted for the country (s11, targets.yaml 0813 home)
    ("Thailand handed back a Cambodian activist to Cambodia.", "0841", "release_persons", "THA", "KHMOPP"),
    ("The ICC opened an investigation into Venezuela.", "090", "launch_investigation", "IGOICC", "VEN"),
    # aid released or allocated 'for' a place
    ("The European Union released 50 million euros in aid for Gaza.", "070", "give_in_aid_for", "IGOEUR", "PSE"),
    ("Denmark allocated 200 million crowns in aid for Afghanistan.", "070", "give_in_aid_for", "DNK", "AFG"),
]


# every table of forms above: the form codes with its rule ('a|b': either rule) and its actors
@pytest.mark.parametrize("text,code,rule,source,target", _FORMS + _FORMS_04 + _FORMS_02_07 + _FORMS_ROUND4)
def test_form_codes(pipeline, text, code, rule, source, target):
    got = _code(pipeline, text)
    rules = tuple("#" + one for one in rule.split("|"))
    assert any(c.startswith(code) and r.endswith(rules) and s == source and t == target
               for c, s, t, r in got), f"{text!r}: {got}"


def test_turning_to_a_thing_is_no_appeal(pipeline):
    got = _code(pipeline, "The Indian prime minister turned to the camera for a selfie.")
    assert not any(c.startswith("02") for c, *_ in got), got
