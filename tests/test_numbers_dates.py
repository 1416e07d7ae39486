"""Number expressions and date normalisation (pure functions)."""

from datetime import date

import pytest

from generator.dates import infer_publication, normalise
from generator.extract.facts.numbers import quantity, words_to_number


@pytest.mark.parametrize(
    "words, value",
    [
        (["three"], 3),
        (["twenty", "-", "five"], 25),
        (["1,200"], 1200),
        (["470000"], 470000),
        (["a", "quarter", "of", "a", "million"], 250000),
        (["1.5", "million"], 1_500_000),
        (["one", "hundred", "and", "twenty"], 120),
        (["half", "a", "million"], 500000),
    ],
)
def test_words_to_number(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize(
    "text, count, low, high, vague",
    [
        ("at least 16 civilians", 16, 16, None, False),
        ("more than 150 attacks", 150, 151, None, False),
        ("up to 40 people", 40, None, 40, False),
        ("dozens of people", None, 24, None, True),
        ("hundreds of people", None, 200, None, True),
        ("several people", None, 3, 9, True),
        ("more than a quarter of a million people", 250000, 250001, None, False),
        ("a dozen soldiers", 12, 12, 12, False),
    ],
)
def test_quantities_keep_their_bounds(nlp, lexicon, text, count, low, high, vague):
    doc = nlp(text)
    q = next(q for q in (quantity(t, lexicon) for t in doc) if q)
    assert (q.count, q.low, q.high, q.vague) == (count, low, high, vague)


PUB = date(2024, 12, 3)  # a Tuesday


@pytest.mark.parametrize(
    "text, iso",
    [
        ("27 November", "2024-11-27"),
        ("December 2", "2024-12-02"),
        ("yesterday", "2024-12-02"),
        ("today", "2024-12-03"),
        ("last week", "2024-11-25"),
        ("Sunday", "2024-12-01"),
        ("2011", "2011"),
        ("July 1 2016", "2016-07-01"),
        ("March 2019", "2019-03"),
        ("two days ago", "2024-12-01"),
        ("15 March", "2024-03-15"),
        ("since April", "2024-04"),
        ("December", "2024-12"),
        ("December 20", "2024-12-20"),
    ],
)
def test_dates_normalise_against_publication(text, iso):
    assert normalise(text, PUB).iso == iso


def test_future_weekday_looks_ahead():
    assert normalise("on Friday", PUB, future=True).iso == "2024-12-06"


def test_relative_dates_need_an_anchor():
    assert normalise("yesterday", None) is None
    assert normalise("2011", None).iso == "2011"


def test_publication_date_is_inferred_only_with_clues():
    body = ["The council meets today (tues).", "He led the agency from 2014 to 2020."]
    pub, note = infer_publication(body, ["A man walks in the city, December 2"])
    assert pub == date(2024, 12, 3) and "Tuesday" in note
    assert infer_publication(body, []) == (None, None)
    assert infer_publication(["Nothing dated here."], ["A caption, December 2"]) == (None, None)
