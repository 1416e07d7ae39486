"""curation.yml: an analyst's merge, hide, type change, relation removal and addition
and dropped figure each show on the rebuilt site; an entry that matches nothing warns."""

from __future__ import annotations

import logging

import pytest

from generator.curation import CurationError, apply_curation, parse_curation, read_curation
from generator.pipeline import briefing_from_raw, curated
from generator.reader import RawArticle
from generator.render.site import render_site

pytestmark = pytest.mark.slow
TEXTS = (
    "Fighters of the Northern Liberation Front attacked an army post near Kidal on Monday, killing four soldiers, "
    "a military spokesman said. Chad backed the Northern Liberation Front, the army said.",
    "The NLF Brigade said it had seized two trucks near Gao. Human Rights Watch accused the army of abuses. "
    "Police said 15 people were wounded in Gao on Wednesday.",
)


@pytest.fixture(scope="module")
def briefing(nlp):
    raws = [RawArticle(f"r{k}", f"r{k}.txt", t, {"title": f"Report {k}"}) for k, t in enumerate(TEXTS)]
    return briefing_from_raw(raws, nlp)


def names(b):
    return {a.name for a in b.actors}


def test_every_kind_of_correction_applies(briefing):
    assert {"Northern Liberation Front", "NLF Brigade", "Human Rights Watch"} <= names(briefing)
    accused = next(r for r in briefing.relations if r.kind == "accusation")
    wounded = next(c for c in briefing.casualties if c.outcome == "injured")
    cur = parse_curation(
        {
            "merge": [["Northern Liberation Front", "NLF Brigade"]],
            "hide": ["Human Rights Watch"],
            "types": {"Chad": "state", "Northern Liberation Front": "militia"},
            "relations": {
                "remove": [{"source": "Chad", "kind": "support", "target": "Northern Liberation Front"}],
                "add": [{"source": "Chad", "kind": "fighting", "target": "Northern Liberation Front", "note": "Known"}],
            },
            "casualties": {"drop": [{"article": "r1", "sentence": wounded.evidence[0].index + 1, "text": "15"}]},
        }
    )
    b, warnings = apply_curation(briefing, cur)
    assert warnings == []
    nlf = next(a for a in b.actors if a.name == "Northern Liberation Front")
    assert "NLF Brigade" in nlf.aliases and nlf.type == "militia"
    assert {m.ref.article_id for m in nlf.mentions} == {"r0", "r1"}
    assert "NLF Brigade" not in names(b) and "Human Rights Watch" not in names(b)
    assert accused.source not in {r.source for r in b.relations} | {r.target for r in b.relations}
    assert not [r for r in b.relations if r.kind == "support" and r.target == nlf.id]
    added = [r for r in b.relations if r.note == "Known"]
    assert len(added) == 1 and added[0].polarity == "hostile" and added[0].evidence == ()
    assert wounded.id not in {c.id for c in b.casualties}
    pages = render_site(b)
    page = pages[f"actors/{nlf.id}.md"]
    assert "Edited by an analyst" in page and "merged by an analyst with NLF Brigade" in page
    assert "type set by an analyst, was Armed group" in page and "<em>analyst:</em> Known" in page
    assert "Human Rights Watch" not in pages["network.md"]


def test_a_stale_entry_warns_and_changes_nothing(briefing):
    cur = parse_curation(
        {
            "merge": [["Southern Front", "Northern Liberation Front"]],
            "hide": ["Nobody Here"],
            "types": {"Atlantis": "state", "Chad": "galaxy"},
            "relations": {"remove": [{"source": "Chad", "kind": "attack", "target": "Mali"}]},
            "casualties": {"drop": [{"article": "r0", "sentence": 40}]},
            "colours": {},
        }
    )
    b, warnings = apply_curation(briefing, cur)
    assert names(b) == names(briefing) and b.casualties == briefing.casualties
    joined = "\n".join(warnings)
    for needle in ("Southern Front", "Nobody Here", "Atlantis", "galaxy", "Chad attack Mali", "drop", "colours"):
        assert needle in joined, needle


def test_the_file_is_read_on_every_build_and_never_written(briefing, tmp_path, caplog):
    path = tmp_path / "curation.yml"
    assert read_curation(path).merge == ()  # absent: no corrections
    path.write_text("hide: [Human Rights Watch, Nobody]\n", encoding="utf-8")
    before = path.read_bytes()
    with caplog.at_level(logging.WARNING):
        b = curated(briefing, path)
    assert "Human Rights Watch" not in names(b)
    assert "'Nobody' matches no actor" in caplog.text
    assert path.read_bytes() == before
    path.write_text("hide: [unclosed\n", encoding="utf-8")
    with pytest.raises(CurationError, match="line"):
        read_curation(path)
