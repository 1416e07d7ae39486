"""Cleaning: mojibake, quotes, captions, datelines, repeated sentences."""

import pytest

from generator.clean import (
    clean_blocks,
    cut_furniture,
    drop_repeats,
    fix_encoding,
    is_caption,
    normalise_quotes,
    strip_dateline,
    strip_headline,
    strip_wire_dateline,
)


def test_mojibake_and_stray_a_are_repaired():
    assert fix_encoding("Assad\u00e2\u20ac\u2122s regime") == "Assad\u2019s regime"
    assert fix_encoding("collapsed.\u00c2").rstrip() == "collapsed."
    assert "\u00c2" not in fix_encoding("word\u00c2\u00a0next")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the \u2018terrorist escalation\u2019, and", "the \u201cterrorist escalation\u201d, and"),
        ("Assad\u2019s regime and the rebels\u2019 stronghold", "Assad's regime and the rebels' stronghold"),
        ("said: \u2018The camps\u2019 guards left.\u2019", "said: \u201cThe camps' guards left.\u201d"),
        ("He said 'we will fight' today", "He said \u201cwe will fight\u201d today"),
        ("it's the rebels' town", "it's the rebels' town"),
    ],
)
def test_quotes_are_made_unambiguous(text, expected):
    assert normalise_quotes(text) == expected


@pytest.mark.parametrize(
    "line, caption",
    [
        ("Displaced families queue for water at a camp outside Goma, Congo, March 14", True),
        ("Chad and Niger pledged more troops.", False),
        ("He said: \u201cWe are here.\u201d", False),
        ("Word", False),
    ],
)
def test_captions_are_recognised(line, caption):
    assert is_caption(line) is caption


def test_repeated_sentences_are_dropped():
    kept, dropped = drop_repeats([("Militias crossed.", False), ("Militias crossed", True), ("Other.", False)])
    assert kept == [("Militias crossed.", False), ("Other.", False)]
    assert dropped == 1


def test_dateline_and_headline_run_into_the_text_are_removed():
    text, dateline = strip_dateline("Wed 09 Mar 2022 Market blast leaves 9 dead in Maiduguri. Witnesses said...")
    assert dateline.startswith("Wed 09 Mar 2022") and text.startswith("Market blast")
    assert strip_headline(text, "Market blast leaves 9 dead in Maiduguri") == "Witnesses said..."
    text, dateline = strip_dateline("Published March 9 2022 Traders sweep glass from a stall in Maiduguri.")
    assert dateline == "Published March 9 2022" and text.startswith("Traders sweep")


def test_blocks_keep_captions_apart():
    blocks, _ = clean_blocks("First sentence here.\n\nA boy stands beside a bus burned in the raid\n")
    assert [b.is_caption for b in blocks] == [False, True]


def test_page_furniture_cuts_teasers_from_a_paragraph():
    line = "Shelling hit the town on Monday. Related News Is the minister lying? Floods hit the coast"
    assert cut_furniture(line, ("Related News", "Read more")) == "Shelling hit the town on Monday."
    assert cut_furniture("We read more slowly now.", ("Read more",)) == "We read more slowly now."


def test_a_huge_paragraph_is_cut_at_sentence_ends():
    from generator.parse import pieces

    text = "Troops shelled the town on Monday, an officer said. " * 2000
    parts = pieces(text, limit=1000)
    assert len(parts) > 100 and all(len(p) <= 1000 for p in parts)
    assert all(p.endswith("said.") for p in parts)
    assert " ".join(parts) == text.strip()
    assert pieces("One short paragraph.") == ["One short paragraph."]
    assert all(len(p) <= 10 for p in pieces("x" * 35, limit=10))  # no sentence end, no space: cut anyway


@pytest.mark.parametrize(
    "text, rest",
    [
        ("MOGADISHU, Somalia (AP) \u2014 Al-Shabaab fighters stormed a hotel overnight.", "Al-Shabaab fighters"),
        ("BAMAKO (Reuters) - Gunmen killed 12 villagers in central Mali, officials said.", "Gunmen killed"),
        ("KHARKIV, Ukraine \u2014 Russian glide bombs struck a printing works on Thursday.", "Russian glide"),
        ("PORT-AU-PRINCE, Haiti (AFP) \u2013 Gangs torched a police station overnight.", "Gangs torched"),
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(text, rest):
    assert strip_wire_dateline(text).startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "NATO \u2014 which had warned of this \u2014 said little more on Monday.",  # no city, no dash after it
        "Russia \u2014 which denies it \u2014 said nothing about the strike on Monday.",
        "ISIS fighters took the town of Hajin after two days of fighting, monitors said.",
    ],
)
def test_capitals_and_dashes_inside_a_sentence_stay(text):
    assert strip_wire_dateline(text) == text
