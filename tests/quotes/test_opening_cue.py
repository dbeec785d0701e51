"""A quoted sentence right after its cue's clause belongs to that cue ("said in a statement
``We are shocked ...''"), also against the next sentence's "Y, who ..., said" when the quoted
sentence is finished; a quoted title after a clause stays a title."""


def by_text(quotes, start):
    found = [q for q in quotes if q.text.lstrip("`\"“").startswith(start)]
    assert found, [(q.cue, q.text, q.speaker and q.speaker.text) for q in quotes]
    return found[0]


def test_a_quoted_sentence_after_the_clause_without_a_comma(find_quotes):
    text = ("Senator Jane Holt said in a sharp statement ``We are stunned that the Navy picked a "
            "foreign shipyard to build the new frigates. '' Others agreed with her.")
    assert by_text(find_quotes(text), "We are stunned").speaker.text == "Senator Jane Holt"


def test_a_finished_quoted_sentence_stays_with_the_cue_before_it(find_quotes):
    text = ('A statement by shipbuilder spokesman Tom Reilly said "Clearly we are deeply disappointed. We will '
            'study our choices." Senator Jane Holt, who comes from the state where the company builds its '
            'ships, said in a statement "We are stunned that the Navy picked a foreign shipyard."')
    quotes = find_quotes(text)
    assert "Reilly" in by_text(quotes, "Clearly").speaker.text
    assert by_text(quotes, "We are stunned").speaker.text == "Senator Jane Holt"


def test_a_quoted_title_after_the_clause_is_no_quote_of_the_speaker(find_quotes):
    text = "Ramirez tells NBC's “Meet the Press” on Sunday that the inquiry will go on."
    assert [q.text for q in find_quotes(text) if q.kind == "direct"] == []


def test_a_quoted_show_title_after_the_clause_is_no_continuation(find_quotes):
    text = '"We have to move past these fights," Ramirez said on CBS\'s "Face the Nation."'
    assert [q.text for q in find_quotes(text)] == ['"We have to move past these fights,"']
