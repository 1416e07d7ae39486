"""Tolls counted once for the chart and the map, and how both are drawn (pure model in, SVG out)."""

from __future__ import annotations

import re
from datetime import date

from generator.model import Article, Briefing, Casualty, Incident, Mention, Place, Sentence, SentenceRef
from generator.render.mapview import place_map, view
from generator.render.timechart import toll_chart
from generator.tally import by_place, entries, series


def _article(aid: str, day: date | None) -> Article:
    ref = SentenceRef(aid, 0)
    return Article(aid, f"Report {aid}", f"{aid}.txt", (Sentence(ref, "A sentence."),), published=day)


def _figure(cid: str, aid: str, outcome: str, count: int | None, **kw) -> Casualty:
    low, high = kw.pop("low", None), kw.pop("high", None)
    return Casualty(cid, str(count), count, low, high, count is None, outcome, "people", (SentenceRef(aid, 0),), **kw)


def _place(name: str, lat: float | None, lon: float | None, *articles: str, state: bool = False) -> Place:
    mentions = tuple(Mention(name, SentenceRef(a, 0)) for a in articles)
    return Place(f"place-{name.lower()}", name, mentions, latitude=lat, longitude=lon, state=state)


def _season() -> Briefing:
    """Two wires tell one strike in Kadugli (25 and 31 dead): one incident. A shelling in Dilling
    a week later, 'dozens' wounded there, and a figure of an article with no date."""
    return Briefing(
        articles=(_article("a", date(2024, 5, 6)), _article("b", date(2024, 5, 7)), _article("c", None)),
        places=(
            _place("Kadugli", 11.01, 29.72, "a", "b"),
            _place("Dilling", 12.05, 29.65, "b"),
            _place("Sudan", None, None, "a", state=True),
        ),
        casualties=(
            _figure("k1", "a", "killed", 25, place="Kadugli"),
            _figure("k2", "b", "killed", 31, place="Kadugli"),
            _figure("k3", "b", "killed", 4, place="Dilling", when="May 14"),
            _figure("w1", "b", "injured", None, low=24, high=99, place="Dilling", when="May 14"),
            _figure("c1", "b", "killed", 3, part_of="k2", place="Kadugli"),  # "including 3 children"
            _figure("t1", "b", "killed", 15000, cumulative=True, place="Sudan"),  # the war's toll to date
            _figure("u1", "c", "killed", 7),  # no date of its own, an article with none
        ),
        incidents=(Incident("i1", "2024-05-06", "Kadugli", "killed", 25, 31, ("k1", "k2")),),
    )


def test_an_incident_counts_once_as_its_range_and_parts_and_tolls_to_date_never():
    got = sorted((e.outcome, e.low, e.high, e.place) for e in entries(_season()))
    assert got == [
        ("injured", 24, 99, "Dilling"),
        ("killed", 4, 4, "Dilling"),
        ("killed", 7, 7, None),
        ("killed", 25, 31, "Kadugli"),
    ]


def test_the_toll_over_time_is_by_day_of_the_event_with_the_undated_apart():
    s = series(_season())
    assert s.unit == "day" and s.bins[0].start == date(2024, 5, 6) and s.bins[-1].start == date(2024, 5, 14)
    assert len(s.bins) == 9  # the empty days between are kept: the gap shows
    assert (s.bins[0].low["killed"], s.bins[0].high["killed"]) == (25, 31)
    assert (s.bins[-1].low, s.bins[-1].high) == ({"killed": 4, "injured": 24}, {"killed": 4, "injured": 99})
    assert s.undated == {"killed": (1, 7, 7)}


def test_a_long_season_is_counted_by_week_then_by_month():
    def one(day: date) -> Briefing:
        return Briefing(
            articles=(_article("a", date(2020, 1, 1)), _article("b", day)),
            casualties=(_figure("x", "a", "killed", 2), _figure("y", "b", "killed", 5)),
        )

    assert series(one(date(2020, 9, 1))).unit == "week"
    months = series(one(date(2023, 1, 15)))
    assert months.unit == "month" and len(months.bins) == 37 and months.bins[-1].high == {"killed": 5}


def test_the_chart_draws_the_certain_part_solid_and_the_disputed_part_pale():
    svg = str(toll_chart(series(_season())))
    assert svg.count('class="toll-bar toll-killed"') == 2 and svg.count('class="toll-bar toll-injured"') == 1
    assert "2024-05-06: 25–31 killed" in svg and "2024-05-14: 24–99 injured" in svg
    assert svg.count('class="bar-range"') == 2  # 25 to 31 dead, 24 to 99 wounded: a range each
    assert toll_chart(series(Briefing(articles=()))) == ""


def test_each_place_holds_its_figures_incidents_and_articles():
    tallies = {t.place.name: t for t in by_place(_season())}
    kadugli = tallies["Kadugli"]
    assert (kadugli.low, kadugli.high) == ({"killed": 25}, {"killed": 31})
    assert kadugli.figures == ("k1", "k2") and kadugli.incidents == ("i1",) and kadugli.articles == ("a", "b")
    assert tallies["Dilling"].high == {"killed": 4, "injured": 99}
    assert tallies["Sudan"].high == {}  # a toll to date is no event of a place


def test_the_map_frames_the_places_and_marks_them_by_toll_and_outcome():
    tallies = by_place(_season())
    v = view([(29.72, 11.01), (29.65, 12.05)])
    west, south, east, north = v.box()
    assert west < 29.65 and east > 29.72 and south < 11.01 and north > 12.05
    assert east - west < 12  # a region, not the world
    svg = str(place_map(tallies))
    circles = dict(re.findall(r'data-place="([^"]+)"><title>[^<]*</title><circle [^>]*r="([\d.]+)"', svg))
    assert float(circles["place-kadugli"]) > float(circles["place-dilling"])  # 31 dead against 4
    assert 'class="map-mark map-killed" data-place="place-kadugli"' in svg
    assert "Kadugli: 25–31 killed" in svg and "Dilling: 4 killed, 24–99 injured" in svg
    assert "place-sudan" not in svg  # a state is no point
    assert place_map([t for t in tallies if t.place.latitude is None]) == ""


def test_untrusted_place_names_are_inert_in_the_map():
    evil = '<script>alert(1)</script>"'
    b = Briefing(articles=(_article("a", None),), places=(_place(evil, 10.0, 20.0, "a"),))
    svg = str(place_map(by_place(b)))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_one_articles_figures_of_one_place_and_day_count_once():
    b = Briefing(
        articles=(_article("a", date(2024, 5, 7)),),
        casualties=(
            _figure("t", "a", "killed", 45, place="Kadugli"),
            _figure("c", "a", "killed", 12, place="Kadugli"),  # "12 civilians were among the dead", unlinked
            _figure("d", "a", "killed", 5, place="Dilling"),  # another place: another event
        ),
    )
    assert sorted((e.high, e.figures) for e in entries(b)) == [(5, ("d",)), (45, ("t", "c"))]


def test_a_place_of_many_figures_shows_eight_and_folds_the_rest():
    from generator.render.site import render_site

    figures = tuple(_figure(f"k{n}", "a", "killed", n + 1, place="Kadugli", when="May 6") for n in range(11))
    b = Briefing(
        articles=(_article("a", date(2024, 5, 7)),),
        places=(_place("Kadugli", 11.01, 29.72, "a"),),
        casualties=figures,
    )
    page = render_site(b)["map.md"]
    entry = page.split('id="place-kadugli"')[1]
    assert entry.count("<li>") == 11 and "<summary>3 more figures</summary>" in entry
    assert entry.index("<details") > entry.index("8 killed")  # the first eight open, in the casualty page's order
    # eleven figures of one article, place and day are one event told in parts: the largest counts
    assert page.split('id="place-kadugli"')[1].split("</p>")[0].endswith("> 11 killed")
