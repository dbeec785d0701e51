"""General verb forms of the lexicon, each in several phrasings of its own (issue 3, lexicon round 5).

Each case is (text, code prefix or None for "no event of this rule", rule id, source, target); the
sentences vary tense, voice, actor and object so that no rule is keyed to one dev sentence.
"""

from __future__ import annotations

import pytest

from eventwire.dictionaries.verb_lexicon import COMPLEMENT_KINDS, load_pattern_file
from eventwire.errors import DictionaryError
from eventwire.events.matcher import complement_kinds
from eventwire.records import Article

_FORMS = [
    # denying an act (gerund or finite clause) is denying responsibility, not refusing aid
    ("Moscow has repeatedly denied arming the separatists in eastern Ukraine.", "016", "deny_doing", "RUSGOV", None),
    ("Iran has denied supplying missiles to the Houthis.", "016", "deny_doing", "IRN", None),
    ("Hezbollah denies having fired the rockets at Israel.", "016", "deny_doing", "LBNREB", None),
    ("Pakistan denied that it had armed the militants.", "016", "deny_doing", "PAK", None),
    ("Israel denied it had fired on the convoy.", "016", "deny_doing", "ISR", None),
    # agreements concluded, firms included (set C's conventions)
    ("Greece and North Macedonia agreed a deal on the name dispute.", "057", "agree_deal", "GRC", "MKD"),
    ("The European Union has agreed a new trade pact with Mercosur.", "057", "agree_deal", "IGOEUR", "IGOMER"),
    ("Boeing has entered into an agreement with Aeroflot.", "057", "enter_agreement", "USABUS", "RUSBUS"),
    ("India entered into a strategic partnership with Saudi Arabia in 2019.", "057", "enter_agreement", "IND", "SAU"),
    ("Egypt agreed to buy 24 Rafale jets from France in a $5.9 billion deal.", "057", "agree_in_deal", "EGY", "FRA"),
    ("India agreed to purchase five S-400 systems from Russia under an agreement signed in 2018.", "057",
     "agree_in_deal", "IND", "RUS"),
    ("Airbus inked a deal with the Indian air force last month.", "057", "sign_agreement", "FRABUS", "INDMIL"),
    ("Lockheed Martin reached an agreement with the Polish army on new fighter jets.", "057", "sign_agreement",
     "USABUS", "POLMIL"),
    # courts halting a policy
    ("Germany's constitutional court halted the government's budget plan.", "172", "court_block", "DEUJUD", "DEUGOV"),
    ("An Indian court has suspended the state government's ban on the film.", "172", "court_block", "INDJUD", "INDGOV"),
    ("The British government's new asylum rules were blocked by a judge.", "172", "court_block", "GBRJUD", "GBRGOV"),
    # instructions with an addressee and an infinitive
    ("Trump told Erdogan to stop the offensive in northern Syria.", "100", "instruct_to", "USAGOV", "TURGOV"),
    ("The Chinese government ordered the tech companies to delete the posts.", "100", "instruct_to", "CHNGOV", "CHNBUS"),
    ("Congress required the two automakers to produce viability plans.", "100", "instruct_to", "USALEG", "USABUS"),
    ("The Navy was ordered by Congress to cooperate with Lockheed.", "100", "instruct_to", "USALEG", "USAMIL"),
    # capital given to firms is economic aid
    ("The Treasury gave the two banks a capital injection of 10 billion dollars.", "071", "economic_aid",
     "USAGOV", "USABUS"),
    ("The government gave Chrysler a capital infusion of US$ 4 billion.", "071", "economic_aid", "USAGOV", "USABUS"),
    # an order to close a newspaper or a group is an administrative sanction
    ("Iran's judiciary ordered the reformist newspaper to cease publication.", "172", "order_to_close",
     "IRNJUD", "IRNMED"),
    ("The Egyptian government ordered the human rights group to close its offices.", "172", "order_to_close",
     "EGYGOV", "NGO"),
    # a release is one side's act on the released, not a swap in both directions
    ("A Turkish court ordered the release of the German journalist.", "0841", "release_noun", "TURJUD", "DEUMED"),
    ("Hamas announced the release of two Israeli hostages.", "0841", "release_noun", "PSEREB", "ISRCVL"),
    ("Russia carried out a prisoner swap with Ukraine.", "0841", "prisoner_swap_noun", "UKR", "RUS"),
    # money that rescues a firm or a state is economic aid
    ("The Treasury rescued AIG with an $85 billion loan.", "071", "rescue_with_money", "USAGOV", "USABUS"),
    # a challenge to act is a demand
    ("Pelosi challenged Trump to release his tax returns.", "100", "challenge_to", "USALEG", "USAGOV"),
    # withdrawing support reduces relations (not a military retreat); distancing oneself is disapproval
    ("Romney withdrew his endorsement of Trump.", "160", "withdraw_support", "USALEG", "USAGOV"),
    ("Germany withdrew its support for the Serbian government.", "160", "withdraw_support_for", "DEU", "SRBGOV"),
    ("Several Republican senators distanced themselves from Trump.", "110", "distance_from", "USALEG", "USAGOV"),
    ("France distanced itself from the American position on Jerusalem.", "110", "distance_from", "FRA", "USA"),
    # wanting another actor to act is an appeal, whatever the act
    ("Some Democrats now want President Trump to reserve a portion of the aid for the car industry.", "020",
     "want_actor_to", "USAPTY", "USAGOV"),
    # praise
    ("Merkel marvelled at Obama's ability to inspire crowds.", "051", "marvel_at", "DEUGOV", "USAELI"),
    ("The French president marveled at the courage of Ukraine's soldiers.", "051", "marvel_at", "FRAGOV", "UKRMIL"),
    ("Modi paid homage to Japan's late prime minister.", "051", "pay_tribute_to", "INDGOV", "JPNELI"),
]


def _code(pipeline, text: str, published: str = "2019-11-20"):
    return next(iter(pipeline.code_articles([Article(id="form", text=text, published=published)]))).events


@pytest.mark.parametrize("text,code,rule,source,target", _FORMS)
def test_general_form(pipeline, text, code, rule, source, target):
    got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.rule)
           for e in _code(pipeline, text)]
    assert any(c.startswith(code) and s == source and t == target and r.endswith("#" + rule)
               for c, s, t, r in got), f"{text!r}: {got}"


_NOT = [
    # refusing to send arms stays a refusal; denying entry stays a refusal of involvement
    ("Germany refused to send long-range missiles to Ukraine.", "016"),
    ("Syria denied entry to the UN inspectors.", "016"),
    # an intention to sign is no deal signed; a treaty entering into force is no new agreement
    ("Russia agreed to sign a deal with Ukraine.", "agree_deal"),
    ("The treaty entered into force in 2021.", "057"),
    # the same verbs said by a parliament are no court act, and a law "struck down" is no strike
    ("The French parliament blocked the government's pension reform.", "court_block"),
    ("The new voting law was struck down by Pakistan's supreme court on Friday.", "14"),
    ("The new voting law was struck down by Pakistan's supreme court on Friday.", "19"),
    # a deal struck with a partner the actor stage cannot code is no attack
    ("The South Korean chipmaker struck a deal with a Dutch supplier to buy lithography machines.", "19"),
    # a firm's intention to buy is a business plan, no intent to cooperate
    ("Renault announced on Monday that it intends to purchase the 15 percent of Nissan that the Japanese "
     "government holds.", "03"),
    ("The airline plans to purchase 20 new jets from Airbus.", "03"),
    # challenging a result in court is no demand; withdrawing troops is no reduction of relations
    ("The opposition challenged the results in court.", "challenge_to"),
    ("McCain withdrew his endorsement of Trump.", "08"),
    # wanting to act oneself is no appeal
    ("Iran wants to negotiate with the United States.", "want_actor_to"),
    ("The company wants its shares to rise.", "02"),
    # the one who secures a release is not the releaser
    ("Iran secured the release of its citizens from the United States.", "release_noun"),
    ("A Turkish court ordered the release of the German journalist.", "prisoner_swap_noun"),
    # what a speaker tells the press is no instruction
    ("Xi told reporters that China would open its markets further.", "instruct_to"),
    # building up cooperation, trust or ties is no economic pledge (projects built are: 06.yaml#fund_project)
    ("Russia and the United States agreed to build up partner cooperation in counter-terrorism.", "0311"),
    ("The two ministers pledged to build trust between their armies.", "0311"),
]


@pytest.mark.parametrize("text,absent", _NOT)
def test_form_does_not_fire(pipeline, text, absent):
    got = [(e.cameo, e.rule) for e in _code(pipeline, text)]
    assert not any(c.startswith(absent) if absent.isdigit() else r.endswith("#" + absent) for c, r in got), \
        f"{text!r}: {got}"


@pytest.mark.parametrize("text,verb,kinds", [
    ("Russia denied sending troops.", "denied", {"gerund"}),
    ("Russia denied ever having sent troops.", "denied", {"gerund"}),
    ("Russia denied that it had sent troops.", "denied", {"that", "own_that"}),
    ("Obama told Putin to stop the bombing.", "told", {"to"}),
    ("Britain agreed a deal with Japan.", "agreed", {"none"}),
])
def test_complement_kinds(pipeline, text, verb, kinds):
    doc = pipeline.resources.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert complement_kinds(tok) == kinds


def test_complement_and_subjects_are_validated(tmp_path):
    bad = tmp_path / "10.yaml"
    bad.write_text('root: "10"\npatterns:\n  - {id: x, code: "100", verbs: [tell], complement: [infinitive]}\n')
    with pytest.raises(DictionaryError, match="complement"):
        load_pattern_file(bad)
    noun = tmp_path / "11.yaml"
    noun.write_text('root: "11"\npatterns:\n  - {id: y, code: "116", nouns: [ruling], subjects: [court]}\n')
    with pytest.raises(DictionaryError, match="verbs"):
        load_pattern_file(noun)
    good = tmp_path / "12.yaml"
    good.write_text('root: "12"\npatterns:\n  - {id: z, code: "120", verbs: [refuse], complement: [to], '
                    'subjects: [court]}\n')
    (pat,) = load_pattern_file(good)
    assert pat.complement == ("to",) and pat.subjects == ("court",) and set(pat.complement) <= COMPLEMENT_KINDS


def test_the_matcher_says_why_a_complement_or_subject_is_missing(pipeline):
    from eventwire.events.matcher import best_match
    from eventwire.stages.events import build_coder
    lexicon = build_coder(pipeline.resources).lexicon

    def why(text: str, verb: str, rule: str) -> str:
        doc = pipeline.resources.nlp(text)
        _, attempts = best_match(lexicon, next(t for t in doc if t.text == verb))
        return next(a.why for a in attempts if a.pattern.rule.endswith("#" + rule))

    assert why("Russia denied the accusations.", "denied", "deny_doing") == \
        "needs a gerund / own_that clause after the verb (has: no clause)"
    assert why("Russia agreed to sign a deal with Ukraine.", "agreed", "agree_deal") == \
        "needs no clause after the verb (has: to)"
    assert why("The Senate blocked the travel ban.", "blocked", "court_block").startswith("subject not one of")
