from eventwire.stages.clean import clean_text, rule_for


def test_seed_boilerplate_removed_and_kept(seed_text):
    result = clean_text(seed_text)
    assert "CLOSE" in result.removed
    assert "CONNECTTWEET 1 LINKEDINCOMMENTEMAILMORE" in result.removed
    assert any(line.startswith("Read or Share this story:") for line in result.removed)
    assert any(line.endswith("(Jan. 28) AP") for line in result.removed)
    assert "CLOSE" not in result.text.split("\n")
    assert "Trump and Putin spoke Saturday" in result.text
    assert result.title == "Russia: Putin, Trump could meet before July"
    # nothing lost: every non-empty input line is either kept or removed
    kept = set(result.text.split("\n"))
    for line in (l.strip() for l in seed_text.split("\n")):
        if line:
            assert line in kept or line in result.removed


def test_short_sentence_input_is_never_removed():
    text = "Protesters clashed with riot police in Kiev on Sunday."
    assert clean_text(text).text == text


def test_rules_name_the_boilerplate():
    assert rule_for("Read or Share this story: http://example.com/x") == "read_or_share"
    assert rule_for("https://example.com/a/b") == "bare_url"
    assert rule_for("Officials said the talks would resume.") is None


def test_control_characters_and_crlf_are_normalised():
    result = clean_text("Line one of the story ends here.\r\nSecond\x07 line follows here.")
    assert "\r" not in result.text and "\x07" not in result.text


def test_text_without_boilerplate_is_unchanged_so_offsets_index_the_input():
    text = "Headline of the story\n\n  Officials said on Monday the talks would resume.  \n\nThe envoy left Cairo.\n"
    assert clean_text(text).text == text


def test_removed_lines_take_their_line_break_with_them():
    result = clean_text("Talks resumed in Geneva on Monday.\nCLOSE\nThe envoy left Cairo on Tuesday.")
    assert result.text == "Talks resumed in Geneva on Monday.\nThe envoy left Cairo on Tuesday."
    assert result.removed == ["CLOSE"]
