"""Sources (attributions) and the timeline."""

from datetime import date

from .conftest import actor_named


def test_speaker_cue_quote_and_outlet(extract):
    b = extract("Sir Alex Younger told the BBC: \u201cThe camps represent a hotbed of radicalisation.\u201d")
    younger = actor_named(b, "Alex Younger")
    bbc = actor_named(b, "BBC")
    src = next(s for s in b.sources if s.actor == younger.id)
    assert src.cue == "told" and src.outlet == bbc.id and src.is_quote
    assert "hotbed of radicalisation" in src.content
    assert any(s.actor == bbc.id for s in b.sources)


def test_statement_from_an_office_is_attributed_to_its_owner(extract):
    b = extract(
        "President Bashar al-Assad blamed the West. A statement from his office said: "
        "\u201cThe escalation reflects far-reaching goals.\u201d"
    )
    office = actor_named(b, "Assad's office")
    assert office is not None and office.type == "government_agency"
    assert any(s.actor == office.id and "statement" in s.cue for s in b.sources)
    assad = actor_named(b, "Bashar al-Assad")
    assert any(r.source == assad.id and r.target == office.id and r.kind == "leadership" for r in b.relations)


def test_leader_of_an_organisation_speaks_for_it(extract):
    b = extract("The leader of Syria's main opposition group, the National Coalition, said insurgents seized the city.")
    coalition = actor_named(b, "National Coalition")
    assert any(s.actor == coalition.id for s in b.sources)


def test_according_to_is_an_attribution(extract):
    b = extract("Twenty people died, according to the World Health Organization.")
    who = actor_named(b, "World Health Organization")
    assert any(s.actor == who.id and s.cue == "according to" for s in b.sources)


def test_article_is_a_source_of_kind_article(extract):
    b = extract("Something happened.", title="A headline")
    assert any(s.kind == "article" for s in b.sources)


def test_timeline_normalises_relative_dates(extract):
    b = extract(
        "Militants entered Syria yesterday. The council meets today. The offensive began on 27 November. "
        "The uprising started in 2011.",
        published=date(2024, 12, 3),
    )
    dates = {e.date for e in b.events}
    assert {"2024-12-02", "2024-12-03", "2024-11-27", "2011"} <= dates
    assert [e.date for e in b.events] == sorted(e.date for e in b.events)


def test_no_publication_date_means_no_relative_dates(extract):
    b = extract("Militants entered Syria yesterday.", title=None)
    assert not b.events and b.articles[0].published is None


def test_attribution_at_the_end_of_a_comma_less_sentence(extract):
    b = extract(
        "A suicide bomb blast killed at least 16 people in Hasaka on Tuesday the monitoring group the "
        "Syrian Observatory for Human Rights said."
    )
    sohr = actor_named(b, "Syrian Observatory for Human Rights")
    assert b.casualties[0].reported_by == sohr.id
    assert any(s.actor == sohr.id for s in b.sources)


def test_the_observatory_is_the_named_observatory(extract):
    b = extract(
        "The Syrian Observatory for Human Rights counted the dead. "
        "The British-based observatory said several other people were wounded."
    )
    sohr = actor_named(b, "Syrian Observatory for Human Rights")
    assert sum(1 for s in b.sources if s.actor == sohr.id) == 1
    assert any(c.reported_by == sohr.id for c in b.casualties)
