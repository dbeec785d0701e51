"""Stance predicates the parser bends: "were coy about" taken for a passive participle, "is
bearish on" with the preposition hung from the copula, "not sure whether/if" with a question for
its clause; and a concession after a comma (", despite ...") is the writer's."""

import pytest


def stances(quotes):
    return [(q.cue, q.speaker.text, q.text) for q in quotes if q.speaker is not None]


@pytest.mark.parametrize("text, expected", [
    ("Staffers were coy about whether they would alter their strategy.",
     ("were coy", "Staffers", "whether they would alter their strategy")),
    ("Officials were not sure whether the talks would resume.",
     ("were not sure", "Officials", "whether the talks would resume")),
    ("They weren't sure if they would be allowed to vote.",
     ("weren't sure", "They", "if they would be allowed to vote")),
    ("Ms. Ortega is bearish on the outlook for car sales.",
     ("is bearish", "Ms. Ortega", "the outlook for car sales")),
])
def test_bent_stance_predicates(find_quotes, text, expected):
    assert expected in stances(find_quotes(text))


@pytest.mark.parametrize("text, content", [
    ("Campaign staffers were coy about whether they would alter their strategy, despite a month of sliding polls.",
     "whether they would alter their strategy"),
    ("The minister insisted that the economy was recovering, despite figures showing a third quarter of decline.",
     "that the economy was recovering"),
    ("The union said the strike would go ahead, in spite of the court order.", "the strike would go ahead"),
])
def test_a_concession_after_a_comma_is_the_writers(find_quotes, text, content):
    assert content in [q.text for q in find_quotes(text)]


def test_despite_inside_the_claim_stays(find_quotes):
    text = "The minister said the economy had grown despite the sanctions."
    assert [q.text for q in find_quotes(text) if q.cue == "said"] == ["the economy had grown despite the sanctions"]


@pytest.mark.parametrize("text, expected", [
    ("Some critics saw the comment as a dig at the military.",
     ("saw", "Some critics", "the comment as a dig at the military")),
    ("Many voters see the election as a referendum on the president.",
     ("see", "Many voters", "the election as a referendum on the president")),
    ("Beijing views the exercises as a provocation.", ("views", "Beijing", "the exercises as a provocation")),
])
def test_seeing_something_as_something_is_a_stance(find_quotes, text, expected):
    assert expected in stances(find_quotes(text))


def test_seeing_without_a_predicate_is_no_stance(find_quotes):
    assert not [q for q in find_quotes("Reporters saw the convoy near the border.") if q.cue == "saw"]


@pytest.mark.parametrize("text, cue", [
    ("Do you really think she must be the worst candidate?", "think"),
    ("Did the minister say that the talks had failed?", "say"),
    ("Does Beijing see the exercises as a provocation?", "see"),
])
def test_a_yes_no_question_attributes_nothing(find_quotes, text, cue):
    assert not [q for q in find_quotes(text) if q.cue == cue]


def test_a_wh_question_still_says_who_holds_the_view(find_quotes):
    quotes = find_quotes("Why do so many voters believe that the election was stolen?")
    assert [(q.speaker.text, q.text) for q in quotes if q.cue == "believe"] == \
        [("so many voters", "that the election was stolen")]


@pytest.mark.parametrize("text, expected", [
    ("Baker made it clear he had serious doubts about the new police chief.",
     ("made it clear", "Baker", "he had serious doubts about the new police chief")),
    ("The minister made it clear that the border would stay closed.",
     ("made it clear", "The minister", "that the border would stay closed")),
    ("The White House has made plain that it will veto the bill.",
     ("made plain", "The White House", "that it will veto the bill")),
])
def test_making_it_clear_reports_the_clause(find_quotes, text, expected):
    assert expected in stances(find_quotes(text))


def test_making_something_clear_without_a_clause_reports_nothing(find_quotes):
    assert not find_quotes("The new lenses made the picture clear.")


@pytest.mark.parametrize("text", [
    "Trump also retweeted an unflattering photo of the senator's wife.",
    "The senator is retweeting messages from her supporters.",
])
def test_retweeting_reports_what_is_retweeted(find_quotes, text):
    assert [q.cue for q in find_quotes(text)] in (["retweeted"], ["retweeting"])
