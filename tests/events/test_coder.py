"""The event coder on hand-made sentences, with a stand-in actor resolver."""

from __future__ import annotations

from eventwire.ids import event_id

from .conftest import triples


def test_phone_call_codes_both_directions(code_standin):
    events, _ = code_standin("Trump and Putin talked on Sunday in their first phone call since the inauguration.")
    assert triples(events) == {("041", "USAGOV", "RUSGOV", "asserted"), ("041", "RUSGOV", "USAGOV", "asserted")}
    ev = events[0]
    assert ev.rule == "verbs/04.yaml#phone_call_noun"
    assert ev.evidence.trigger == "phone call"
    text = ev.evidence.text
    assert text[ev.evidence.trigger_start - ev.evidence.start:ev.evidence.trigger_end - ev.evidence.start] == "phone call"


def test_plural_reference_members_and_hypothetical_intent(code_standin):
    events, _ = code_standin("Russian President Vladimir Putin could meet in person with President Trump this "
                             "summer, after the two leaders had an hour-long phone conversation at the weekend.")
    got = triples(events)
    assert ("036", "RUSGOV", "USAGOV", "hypothetical") in got       # "could meet" -> intent to meet
    assert ("041", "RUSGOV", "USAGOV", "asserted") in got           # "the two leaders" -> both members
    assert ("041", "USAGOV", "RUSGOV", "asserted") in got
    assert not any(e.cameo.startswith("04") and e.cameo != "041" for e in events)


def test_negated_event_is_kept_with_modality(code_standin):
    events, _ = code_standin("Peskov told reporters that Putin and Trump did not discuss trade.")
    assert events and all(e.modality == "negated" for e in events)
    assert {e.cameo for e in events} == {"040"}
    assert not any(e.cameo.startswith("01") for e in events)   # the statement verb gives way


def test_control_verb_agreed_to_meet_is_one_intent_event(code_standin):
    events, _ = code_standin("Japan agreed to meet China.")
    assert triples(events) == {("036", "JPN", "CHN", "asserted")}


def test_future_cooperation_is_intent(code_standin):
    events, _ = code_standin("Japan will visit China next week.")
    assert triples(events) == {("036", "JPN", "CHN", "future")}


def test_nominal_event_with_light_verb(code_standin):
    events, _ = code_standin("The Obama administration imposed sanctions on Russian businesses.")
    assert triples(events) == {("163", "USAGOV", "RUSBUS", "asserted")}


def test_passive_voice_agent_is_source(code_standin):
    events, _ = code_standin("Iran was condemned by Israel.")
    assert triples(events) == {("111", "ISR", "IRN", "asserted")}


def test_coordinated_subjects_give_two_sources(code_standin):
    events, _ = code_standin("Russia and China condemned Japan.")
    assert triples(events) == {("111", "RUS", "JPN", "asserted"), ("111", "CHN", "JPN", "asserted")}


def test_no_actor_no_event(code_standin):
    events, trace = code_standin("The committee condemned the decision.")
    assert events == []
    assert any("no source actor" in tt.outcome for st in trace for tt in st.triggers)


def test_sentence_without_trigger_has_no_event(code_standin):
    events, _ = code_standin("The weather in Japan was mild on Tuesday.")
    assert events == []


def test_event_fields_follow_the_contract(code_standin, record_validator, coder):
    events, _ = code_standin("Japan will visit China next week.")
    ev = events[0]
    entry = coder.cameo.get(ev.cameo)
    assert (ev.root, ev.plover, ev.quad_class, ev.goldstein) == (ev.cameo[:2], entry.plover, entry.quad_class,
                                                                entry.goldstein)
    assert ev.id == event_id(ev.article_id, ev.sentence, ev.evidence.trigger_start, ev.cameo, "JPN", "CHN")
    assert 0 < ev.confidence < 1
    assert ev.date is None and ev.location is None and ev.attribution is None
    record_validator("event", ev.to_dict())


def test_conditional_conflict_act_is_a_threat(code_standin):
    events, _ = code_standin("The United States will impose sanctions on Russia unless it withdraws.")
    assert triples(events) == {("1312", "USA", "RUS", "asserted")}


def test_condition_itself_is_not_an_event(code_standin):
    events, _ = code_standin("Iran would strike Israel if Israel attacked Syria.")
    assert not any(e.source.code == "ISR" for e in events)


def test_said_must_is_a_demand(code_standin):
    events, trace = code_standin("Japan said that China must withdraw its troops.")
    assert triples(events) == {("100", "JPN", "CHN", "asserted")}


def test_content_of_a_demand_is_not_an_event(code_standin):
    events, _ = code_standin("Japan demanded that China withdraw its troops.")
    assert all(e.source.code == "JPN" and e.root == "10" for e in events)
    assert events and events[0].target.code == "CHN"


def test_participial_adjunct_is_no_second_event(code_standin):
    events, trace = code_standin("Russia shelled Ukraine on Saturday, killing 24 people.")
    assert triples(events) == {("194", "RUS", "UKR", "asserted")}
    outcomes = [t.outcome for st in trace for t in st.triggers if t.token.lemma_ == "kill"]
    assert outcomes and outcomes[0].startswith("participial adjunct")


def test_participial_adjunct_keeps_the_main_event(code_standin):
    events, _ = code_standin("Russia condemned Japan on Monday, accusing Japan of provocations.")
    assert ("111", "RUS", "JPN", "asserted") in triples(events)


def test_bare_warning_is_pessimistic_comment_not_threat(code_standin):
    events, _ = code_standin("Russia warned that the talks could fail.")
    assert triples(events) == {("012", "RUS", None, "asserted")}
    events, _ = code_standin("Russia warned that it would strike Japan.")
    assert events and {e.cameo[:2] for e in events} == {"13"}     # an act of the speaker is stated


def test_event_noun_in_a_circumstance_phrase_is_background(code_standin):
    events, trace = code_standin("Japan cut ties with Russia in protest at Chinese airstrikes on India.")
    assert triples(events) == {("161", "JPN", "RUS", "asserted")}
    outcomes = [t.outcome for st in trace for t in st.triggers if t.token.lower_ == "airstrikes"]
    assert outcomes and outcomes[0].startswith("background")


def test_question_is_not_an_event(code_standin):
    events, _ = code_standin("Will China attack Japan?")
    assert events == []
    events, _ = code_standin("China attacked Japan.")
    assert events


def test_relative_clause_is_background_to_the_main_event(code_standin):
    events, _ = code_standin("Russian troops, who attacked Ukraine last year, met Chinese officials on Monday.")
    assert not any(e.cameo.startswith("19") or e.cameo.startswith("18") for e in events)
    assert any(e.cameo.startswith("04") for e in events)


def test_event_inside_a_denial_is_not_asserted(code_standin):
    events, _ = code_standin("Russia denied attacking Ukraine.")
    assert events and all(e.cameo.startswith("016") for e in events)


def test_speculative_events_are_left_out_unless_asked(code_standin, coder, pipeline):
    from eventwire.document import CodedDocument
    from eventwire.events import EventCoder
    from eventwire.records import Article

    from .standin_actors import resolve

    text = "China could attack Japan."
    events, _ = code_standin(text)
    assert events == []
    keeping = EventCoder(coder.lexicon, coder.cameo, coder.rules, include_hypothetical=True)
    cdoc = CodedDocument(article=Article(id="a_test", text=text))
    cdoc.doc = pipeline.resources.nlp(text)
    resolve(cdoc)
    assert triples(keeping.code(cdoc)) == {("190", "CHN", "JPN", "hypothetical")}
    events, _ = code_standin("China could meet Japan.")          # an intent code stays
    assert ("036", "CHN", "JPN", "hypothetical") in triples(events)


def test_coordinated_verb_is_a_second_act_sharing_the_target(code_standin):
    events, _ = code_standin("Russia condemned Japan and demanded an explanation.")
    got = {(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in events}
    assert ("11", "RUS", "JPN") in got and ("10", "RUS", "JPN") in got


def test_a_noun_inside_a_name_is_no_event_trigger(pipeline):
    coded = pipeline.code_text("Amnesty International condemned the arrest of six journalists by Turkish police.",
                               published="2024-06-17")
    assert all(e.evidence.trigger != "Amnesty" for e in coded.events)
    assert any(e.cameo.startswith("11") for e in coded.events)


def test_infinitive_of_purpose_is_part_of_the_main_event(code_standin):
    events, trace = code_standin("Russia and China met in Beijing on Saturday to discuss the war.")
    assert {e.cameo for e in events} == {"040"}
    assert {(e.source.code, e.target.code) for e in events} == {("RUS", "CHN"), ("CHN", "RUS")}
    assert any("purpose of 'met'" in tt.outcome for st in trace for tt in st.triggers)


def test_offer_hung_as_adverbial_clause_still_governs_intent(code_standin):
    events, _ = code_standin("Egypt offered on Tuesday to mediate between Israel and Iran.")
    assert {(e.cameo, e.source.code, e.target.code) for e in events} == {("039", "EGY", "ISR"), ("039", "EGY", "IRN")}


def test_statement_noun_without_addressee_is_no_event(code_standin):
    events, trace = code_standin("The Egyptian president read a statement on national television.")
    assert not any(e.cameo.startswith("01") for e in events)


def test_symmetric_event_does_not_meet_a_topic(pipeline):
    # the actor stage resolves "the situation in Syria" to its owner (SYR) as a thing: Syria is the
    # topic, not a partner of the talks, and never their source
    from eventwire.records import Article
    text = "Foreign ministers from Iran, Russia and Turkey met in Doha on Saturday to discuss the situation in Syria."
    coded = next(iter(pipeline.code_articles([Article(id="t", text=text, published="2024-12-07")])))
    pairs = {(e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events}
    assert ("IRN", "RUS") in pairs and ("RUS", "TUR") in pairs
    assert not any("SYR" in p for p in pairs)
