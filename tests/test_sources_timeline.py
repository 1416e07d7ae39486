"""Sources (attributions) and the timeline."""

from datetime import date

from .conftest import actor_named


def test_speaker_cue_quote_and_outlet(extract):
    b = extract("Dame Carla Voss told the BBC: \u201cThe border camps are a breeding ground for recruits.\u201d")
    younger = actor_named(b, "Carla Voss")
    bbc = actor_named(b, "BBC")
    src = next(s for s in b.sources if s.actor == younger.id)
    assert src.cue == "told" and src.outlet == bbc.id and src.is_quote
    assert "breeding ground for recruits" in src.content
    assert any(s.actor == bbc.id for s in b.sources)


def test_statement_from_an_office_is_attributed_to_its_owner(extract):
    b = extract(
        "President Omar al-Bashir rejected the charges. His office issued a statement, which said: "
        "\u201cThe court serves foreign interests.\u201d"
    )
    office = actor_named(b, "Bashir's office")
    assert office is not None and office.type == "government_agency"
    assert any(s.actor == office.id and "court serves foreign interests" in s.content for s in b.sources)
    assad = actor_named(b, "Omar al-Bashir")
    assert any(r.source == assad.id and r.target == office.id and r.kind == "leadership" for r in b.relations)


def test_leader_of_an_organisation_speaks_for_it(extract):
    b = extract("The head of the National Coalition, Sudan's largest opposition bloc, said the talks had collapsed.")
    coalition = actor_named(b, "National Coalition")
    assert any(s.actor == coalition.id for s in b.sources)


def test_according_to_is_an_attribution(extract):
    b = extract("According to the World Health Organization, cholera has spread to three camps.")
    who = actor_named(b, "World Health Organization")
    assert any(s.actor == who.id and s.cue == "according to" for s in b.sources)


def test_article_is_a_source_of_kind_article(extract):
    b = extract("Something happened.", title="A headline")
    assert any(s.kind == "article" for s in b.sources)


def test_timeline_normalises_relative_dates(extract):
    b = extract(
        "Rebels reached Goma yesterday. The council meets today. The siege began on 27 November. "
        "The rebellion started in 2012.",
        published=date(2024, 12, 3),
    )
    dates = {e.date for e in b.events}
    assert {"2024-12-02", "2024-12-03", "2024-11-27", "2012"} <= dates
    assert [e.date for e in b.events] == sorted(e.date for e in b.events)


def test_no_publication_date_means_no_relative_dates(extract):
    b = extract("Rebels reached Goma yesterday.", title=None)
    assert not b.events and b.articles[0].published is None


def test_attribution_at_the_end_of_a_comma_less_sentence(extract):
    b = extract(
        "Gunmen shot dead at least nine villagers near Konna overnight the rights group the "
        "Malian Association for Human Rights said."
    )
    sohr = actor_named(b, "Malian Association for Human Rights")
    assert b.casualties[0].reported_by == sohr.id
    assert any(s.actor == sohr.id for s in b.sources)


def test_the_observatory_is_the_named_observatory(extract):
    b = extract(
        "The Sahel Conflict Observatory keeps a register of attacks. "
        "According to the Dakar-based observatory, four more people were wounded."
    )
    sohr = actor_named(b, "Sahel Conflict Observatory")
    assert sum(1 for s in b.sources if s.actor == sohr.id) == 1
    assert any(c.reported_by == sohr.id for c in b.casualties)
