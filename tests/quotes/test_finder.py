from eventwire.quotes.finder import QuoteFinder
from eventwire.quotes.lexicon import QuoteLexicon


def only(quotes, kind=None):
    assert len(quotes) == 1, [(q.kind, q.text) for q in quotes]
    if kind:
        assert quotes[0].kind == kind
    return quotes[0]


def test_direct_quote_with_trailing_attribution(find_quotes):
    text = "The talks went well. “We have seen a readiness to talk,” the minister said."
    q = only(find_quotes(text), "direct")
    assert q.text == "“We have seen a readiness to talk,”"
    assert q.speaker.text == "the minister" and q.cue == "said"


def test_quote_split_around_its_attribution_is_one_quote(find_quotes):
    text = "“We have seen,” he said, “a readiness to solve difficult problems.”"
    q = only(find_quotes(text), "direct")
    assert q.start == 0 and q.end == len(text)
    assert q.speaker.text == "he"


def test_following_quoted_sentence_continues_the_quote(find_quotes):
    text = "“This is our third finance minister in a year,” she said. “That tells you something.”\nNext line."
    q = only(find_quotes(text), "direct")
    assert q.text.endswith("tells you something.”")


def test_colon_introduces_a_direct_quote(find_quotes):
    q = only(find_quotes('The senator added: "We will not back down on this bill."'), "direct")
    assert q.text == '"We will not back down on this bill."' and q.speaker.text == "The senator"


def test_multi_paragraph_quote(find_quotes):
    text = "The mayor said: “The city is safe.\n“We will keep it that way for everyone.”\nThe end came later."
    q = only(find_quotes(text), "direct")
    assert "safe" in q.text and "everyone" in q.text and "end came" not in q.text


def test_indirect_quote_with_that_clause(find_quotes):
    q = only(find_quotes("Peskov said that Putin and Trump had not talked about Syria."), "indirect")
    assert q.text == "that Putin and Trump had not talked about Syria"
    assert q.speaker.text == "Peskov"


def test_trailing_attribution_of_an_indirect_quote(find_quotes):
    text = "The economy will grow by two percent next year, the finance minister said."
    q = only(find_quotes(text), "indirect")
    assert q.text == "The economy will grow by two percent next year"
    assert q.speaker.text == "the finance minister"


def test_scare_quotes_inside_indirect_speech_make_it_mixed(find_quotes):
    text = "Dmitry Peskov, Putin's press secretary, told Russian news agency Interfax that the leaders would “very probably” talk again."
    q = only(find_quotes(text), "mixed")
    assert q.text == "that the leaders would “very probably” talk again"
    assert "Peskov" in q.speaker.text
    assert q.via == "Interfax"


def test_according_to_names_the_speaker(find_quotes):
    q = only(find_quotes("The rebels lost control of the town, according to local officials."), "indirect")
    assert q.text == "The rebels lost control of the town"
    assert q.speaker.text == "local officials" and q.cue == "according to"


def test_according_to_a_news_agency_is_a_channel(find_quotes):
    q = only(find_quotes("According to AP, the two leaders spoke for an hour on Saturday."))
    assert q.via == "AP"


def test_interview_with_an_outlet_is_a_channel(find_quotes):
    text = "The minister said in an interview with CNN that the talks would resume soon."
    assert only(find_quotes(text)).via == "CNN"


def test_media_report_gives_the_channel_of_the_inner_quote(find_quotes):
    text = 'He added: "Both sides showed a willingness to settle things by talking," Reuters reported.'
    q = only(find_quotes(text), "direct")
    assert q.speaker.text == "He" and q.via == "Reuters" and q.cue == "added"


def test_pronoun_speaker_is_traced_back_to_the_last_named_speaker(quote_stage_runner):
    cdoc = quote_stage_runner("Dmitry Peskov said the call went well. He added that more calls would follow.")
    finder = QuoteFinder(QuoteLexicon.load())
    found = finder.find(cdoc.doc)
    pronoun = [f for f in found if cdoc.doc[f.speaker.head].lower_ == "he"]
    assert pronoun and cdoc.doc[pronoun[0].speaker.antecedent].text == "Peskov"


def test_text_without_quotes_gives_none(find_quotes):
    assert find_quotes("Trump and Putin spoke by phone on Saturday about trade.") == []
