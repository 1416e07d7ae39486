"""Incidents: two reports of one strike are one incident with a range, never a sum;
unrelated events stay apart."""

from __future__ import annotations

import re
from datetime import date

import pytest

from generator.pipeline import briefing_from_raw
from generator.reader import RawArticle
from generator.render.site import render_site

pytestmark = pytest.mark.slow


def briefing(nlp, *articles: tuple[str, str, date]):
    raws = [
        RawArticle(f"a{k}", f"a{k}.txt", text, {"title": f"Report {k}", "publisher": pub, "published": day})
        for k, (text, pub, day) in enumerate(articles)
    ]
    return briefing_from_raw(raws, nlp)


def test_two_reports_of_one_strike_are_one_incident_with_a_range(nlp):
    b = briefing(
        nlp,
        (
            "An air strike on a market in Kadugli killed 25 civilians on Monday, a local official said.",
            "Wire A",
            date(2024, 5, 7),
        ),
        (
            "At least 31 civilians were killed when jets bombed a market in Kadugli, medics said.",
            "Wire B",
            date(2024, 5, 6),
        ),
        ("Gunmen killed 4 people in Dilling on Monday, police said.", "Wire C", date(2024, 5, 7)),
    )
    killed = [c for c in b.casualties if c.outcome == "killed"]
    assert {c.count or c.low for c in killed} >= {25, 31, 4}
    assert len(b.incidents) == 1
    inc = b.incidents[0]
    assert (inc.low, inc.high, inc.outcome) == (25, 31, "killed")
    assert inc.date == "2024-05-06" and "Kadugli" in (inc.place or "")
    assert len(inc.figures) == 2 and not any(c.id in inc.figures for c in killed if (c.count or c.low) == 4)
    page = render_site(b)["casualties.md"]
    assert "Incidents reported by several articles" in page and "25–31" in page
    words = re.sub(r"<svg.*?</svg>", "", page, flags=re.S)  # the chart's coordinates are no figures
    assert "56" not in words  # never the sum of two reports of one event


def test_the_same_place_days_apart_or_another_outcome_stays_apart(nlp):
    b = briefing(
        nlp,
        ("Shelling killed 12 people in Kadugli on Monday, residents said.", "Wire A", date(2024, 5, 7)),
        ("Shelling killed 9 people in Kadugli, residents said.", "Wire B", date(2024, 5, 20)),
        ("Shelling wounded 30 people in Kadugli on Monday, medics said.", "Wire C", date(2024, 5, 7)),
    )
    assert b.incidents == ()


def test_cumulative_tolls_and_figures_of_one_article_are_never_incidents(nlp):
    b = briefing(
        nlp,
        (
            "More than 150,000 people have been killed in the war since 2013. Shelling killed 3 people in Kadugli.",
            "Wire A",
            date(2024, 5, 7),
        ),
        (
            "The monitor said more than 150,000 people had died in the war since 2013.",
            "Wire B",
            date(2024, 5, 7),
        ),
    )
    assert b.incidents == ()
