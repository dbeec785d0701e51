"""A quoted sentence right after its cue's clause belongs to that cue ("said in a statement
``We are shocked ...''"), also against the next sentence's "Y, who ..., said" when the quoted
sentence is finished; a quoted title after a clause stays a title."""


def by_text(quotes, start):
    found = [q for q in quotes if q.text.lstrip("`\"“").startswith(start)]
    assert found, [(q.cue, q.text, q.speaker and q.speaker.text) for q in quotes]
    return found[0]


def test_a_quoted_sentence_after_the_clause_without_a_comma(find_quotes):
    text = ("Senator Patty Murray said in a critical statement ``We are shocked that the Air Force tapped a "
            "European company to provide a tanker. '' Others agreed with her.")
    assert by_text(find_quotes(text), "We are shocked").speaker.text == "Senator Patty Murray"


def test_a_finished_quoted_sentence_stays_with_the_cue_before_it(find_quotes):
    text = ('A statement by Boeing spokesman William Barksdale said "Obviously we are very disappointed. We will '
            'review our options." Senator Patty Murray, who comes from the state where Boeing builds its '
            'airliners, said in a statement "We are shocked that the Air Force chose a European company."')
    quotes = find_quotes(text)
    assert "Barksdale" in by_text(quotes, "Obviously").speaker.text
    assert by_text(quotes, "We are shocked").speaker.text == "Senator Patty Murray"


def test_a_quoted_title_after_the_clause_is_no_quote_of_the_speaker(find_quotes):
    text = "Johnson tells MSNBC's “Morning Joe” on Friday that the investigation continues."
    assert [q.text for q in find_quotes(text) if q.kind == "direct"] == []


def test_a_quoted_show_title_after_the_clause_is_no_continuation(find_quotes):
    text = '"We need to step away from these efforts," Pence said on CNN\'s "State of the Union."'
    assert [q.text for q in find_quotes(text)] == ['"We need to step away from these efforts,"']
