"""Sources said through a passive verb, an outlet's reporter or a report on an outlet, in
constructions from several wars, and the speaker that must not be swapped for its relay.

Every sentence here is invented for the test; names are of no particular article.
"""

from __future__ import annotations

import pytest

from .test_families import _speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the agent of a passive verb of reporting is its source
        ("The toll was confirmed by the Red Cross on Monday.", "Red Cross"),
        ("The attack on the depot was reported by Iranian state media.", "Iranian state media"),
        ("The bombing in Kabul was claimed by the Islamic State.", "Islamic State"),
        # a report on an outlet speaks for the outlet (not so a report on a topic)
        ("A report on Ukrainian state TV said that ten soldiers had been killed.", "Ukrainian state TV"),
        (
            "A report on Ethiopian state TV quoted a military source as saying that the pass was taken.",
            "Ethiopian state TV",
        ),
        # a reporter, correspondent or journalist speaks for the outlet named before them
        ("The army ambushed the fighters near Gao, according to an ORTM reporter.", "ORTM"),
        ("Three shells hit the market in Kharkiv, the Ukrinform correspondent said.", "Ukrinform"),
    ],
)
def test_outlet_and_passive_sources(extract, text, speaker):
    assert speaker in _speakers(extract(text))


def test_one_quoted_by_an_outlet_is_the_speaker(extract):
    """ "X was quoted by AFP as saying": X said it; AFP only relays."""
    said = _speakers(extract("Two villages were burned, Ahmed Harun was quoted by AFP as saying."))
    assert "Ahmed Harun" in said


def test_a_report_on_a_group_is_not_the_groups_word(extract):
    said = _speakers(extract("A report on the Arakan Army said its fighters had taken the town."))
    assert "Arakan Army" not in said
