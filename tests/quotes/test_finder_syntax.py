"""Reporting syntax: coordinated reporting verbs, quotations handed over to a later attribution,
parenthetical and 'as X put it' attributions."""


def by_cue(quotes, cue):
    found = [q for q in quotes if q.cue == cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0]


def test_a_coordinated_reporting_verb_starts_its_own_claim(find_quotes):
    quotes = find_quotes("The minister said the talks would resume next week and warned against any delay.")
    said, warned = by_cue(quotes, "said"), by_cue(quotes, "warned against")
    assert said.text == "the talks would resume next week"
    assert warned.text == "any delay" and warned.speaker.text == "The minister"


def test_a_quotation_ending_in_a_comma_belongs_to_the_verb_after_it(find_quotes):
    text = ("“You should resign and give the money back to the customers,” the senator told the chief "
            "executive, after he conceded that no one had been held accountable.")
    told = by_cue(find_quotes(text), "told")
    assert told.kind == "direct" and told.text.startswith("“You should resign")
    assert told.speaker.text == "the senator"
