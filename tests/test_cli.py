"""The command line: extract JSON, write pages, report bad files without stopping."""

from __future__ import annotations

import json

from click.testing import CliRunner

from generator.cli import main

from .conftest import SEED


def test_extract_writes_the_briefing(tmp_path):
    out = tmp_path / "b.json"
    result = CliRunner().invoke(main, ["extract", str(SEED), "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["actors"]) >= 15 and data["casualties"]


def test_one_bad_article_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(
        "---\npublished: 2024-01-02\n---\nRussian jets struck rebel positions, killing 12 fighters.", encoding="utf-8"
    )
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [broken\n---\ntext", encoding="utf-8")
    out = tmp_path / "b.json"
    result = CliRunner().invoke(main, ["extract", str(good), str(bad), "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["good"]
    assert data["problems"][0]["file"] == "bad.md" and "not valid YAML" in data["problems"][0]["message"]


def test_no_readable_article_is_an_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("   ", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(bad), "--output", str(tmp_path / "b.json")])
    assert result.exit_code != 0 and "no article could be read" in result.output


def test_pages_command_writes_markdown(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Iran-backed militias attacked the Syrian army, killing five soldiers.", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["pages", "--seeds", str(seeds), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "network.md").exists()
    assert (tmp_path / "out" / "articles" / "a.md").exists()


def test_pages_never_overwrite_hand_written_pages(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Militias attacked the army, killing five soldiers.", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# My own overview\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["pages", "--seeds", str(seeds), "--output", str(docs)])
    assert result.exit_code != 0 and "refusing to write" in result.output
    assert (docs / "index.md").read_text(encoding="utf-8") == "# My own overview\n"
    out = tmp_path / "out"
    for _ in range(2):  # a folder the command wrote itself may be written again
        assert CliRunner().invoke(main, ["pages", "--seeds", str(seeds), "--output", str(out)]).exit_code == 0


def test_a_duplicate_article_names_the_file_it_copies(tmp_path):
    text = "Rebels shelled the town on Monday, killing four civilians, the ministry said."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "b.json"
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["a"]
    assert data["problems"][0]["file"] == "b.txt" and "a.txt" in data["problems"][0]["message"]


def test_problems_never_publish_where_files_lie(tmp_path):
    (tmp_path / "good.txt").write_text("Rebels shelled the town, killing four civilians.", encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\ntitle: [broken\n---\ntext", encoding="utf-8")
    out = tmp_path / "b.json"
    CliRunner().invoke(main, ["extract", str(tmp_path), "--output", str(out)])
    assert str(tmp_path) not in out.read_text(encoding="utf-8")


def test_a_huge_article_is_refused_and_the_others_still_build(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels shelled the town, killing four civilians.", encoding="utf-8")
    (tmp_path / "huge.txt").write_text("Word " * 5000, encoding="utf-8")
    out = tmp_path / "b.json"
    result = CliRunner().invoke(main, ["--max-chars", "10000", "extract", str(tmp_path), "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["a"]
    assert data["problems"][0]["file"] == "huge.txt" and "limit" in data["problems"][0]["message"]
