"""More verbs of news reporting, as data (reporting_verbs.yaml): speech ("demurred", "gloated that"),
directives ("directed the agency to", "lobbied lawmakers to", "petitioned the court to"), decrees, stances
("appealed for calm", "lobbied against the bill", "rebuffed the offer", "favours a cut"), regrets,
cognition ("anticipate that", "discovered that", "considers him a rival"); and
a verb joined to an infinitive that is urged is more of that infinitive ("urged them to act and consider
..."), not a second report."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The minister gloated that the opposition had collapsed.", "gloated", "that the opposition had collapsed",
     "The minister"),
    ("The president directed the agency to review the contracts.", "directed", "the agency to review the contracts",
     "The president"),
    ("Farm groups lobbied lawmakers to drop the tariff.", "lobbied", "lawmakers to drop the tariff", "Farm groups"),
    ("The families petitioned the court to reopen the case.", "petitioned", "the court to reopen the case",
     "The families"),
    ("The junta decreed that all rallies were banned.", "decreed", "that all rallies were banned", "The junta"),
    ("Church leaders appealed for calm and restraint after the verdict.", "appealed", "calm and restraint", "Church leaders"),
    ("Oil firms lobbied against the new carbon levy.", "lobbied", "the new carbon levy", "Oil firms"),
    ("The union rebuffed the latest offer from management.", "rebuffed", "the latest offer from management",
     "The union"),
    ("The central bank governor favours a cut in interest rates.", "favours", "a cut in interest rates",
     "The central bank governor"),
    ("She regretted that the talks had failed.", "regretted", "that the talks had failed", "She"),
    ("Economists anticipate that prices will rise again in spring.", "anticipate",
     "that prices will rise again in spring", "Economists"),
    ("Auditors discovered that the funds had been moved abroad.", "discovered",
     "that the funds had been moved abroad", "Auditors"),
    ("The prime minister considers the general a dangerous rival.", "considers", "the general a dangerous rival",
     "The prime minister"),
])
def test_new_reporting_verbs(find_quotes, text, cue, content, speaker):
    quotes = [q for q in find_quotes(text) if q.cue.startswith(cue)]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].text == content
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_verb_joined_to_an_urged_infinitive_is_part_of_it(find_quotes):
    text = "The senator urged the government to act quickly and consider new sanctions on the regime."
    quotes = [q for q in find_quotes(text) if q.cue == "urged"]
    assert quotes and quotes[0].text == "the government to act quickly and consider new sanctions on the regime"


@pytest.mark.parametrize("text", [
    "The new song appeals to young voters in the suburbs.",
    "She directed the film in 1999.",
    "Both parties are contesting the seat.",
])
def test_other_senses_give_no_quote(find_quotes, text):
    assert find_quotes(text) == [], [(q.cue, q.text) for q in find_quotes(text)]
