"""Reading seeds: front matter, ids from file names, clear errors naming the file."""

from datetime import date

import pytest

from generator.reader import ArticleError, article_id, find_seeds, read_article


def test_front_matter_is_read(tmp_path):
    p = tmp_path / "001 Attack!.md"
    p.write_text(
        "---\ntitle: A title\nurl: https://example.org/a\npublisher: Example\npublished: 2024-12-03\n"
        "author: Jane Doe\n---\nBody text here.\n",
        encoding="utf-8",
    )
    raw = read_article(p)
    assert raw.meta["title"] == "A title"
    assert raw.meta["published"] == date(2024, 12, 3)
    assert raw.meta["author"] == "Jane Doe"
    assert raw.body.strip() == "Body text here."
    assert raw.id == "001-attack"


def test_string_date_is_parsed(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\npublished: '2016-07-02'\n---\nText.", encoding="utf-8")
    assert read_article(p).meta["published"] == date(2016, 7, 2)


def test_plain_text_has_no_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Just a body.", encoding="utf-8")
    raw = read_article(p)
    assert raw.meta["published"] is None and "title" not in raw.meta


@pytest.mark.parametrize(
    "content, message",
    [
        ("---\ntitle: [unclosed\n---\nText", "front matter is not valid YAML (line"),
        ("---\ntitle: x\n---\n   \n", "has no text"),
    ],
)
def test_bad_input_names_file_and_problem(tmp_path, content, message):
    p = tmp_path / "bad.md"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_article(p)
    assert "bad.md" in str(err.value) and message in str(err.value)


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(ArticleError, match="binary"):
        read_article(p)


def test_windows_1252_is_decoded(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("Caf\u00e9 \u2019quoted\u2019".encode("cp1252"))
    assert "Caf\u00e9" in read_article(p).body


def test_ids_come_from_file_names_only():
    from pathlib import Path

    assert article_id(Path("a<b>c\"d'e.md")) == "a-b-c-d-e"
    assert article_id(Path("Ünïcode name.txt")) == "n-code-name"


def test_find_seeds_lists_text_and_markdown_in_order(tmp_path, caplog):
    for name in ("b.md", "a.txt", "c.pdf", "README.md", ".hidden.txt", "_draft.txt", "..x.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert [p.name for p in find_seeds(tmp_path)] == ["a.txt", "b.md"]
    warned = " ".join(r.getMessage() for r in caplog.records)
    for name in ("c.pdf", "README.md", ".hidden.txt", "_draft.txt", "..x.txt"):
        assert f"{name}: not built" in warned


def test_a_link_out_of_the_seeds_folder_is_never_followed(tmp_path, caplog):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Gunmen attacked the town.", encoding="utf-8")
    (seeds / "passwd.txt").symlink_to(secret)
    with caplog.at_level("WARNING"):
        assert [p.name for p in find_seeds(seeds)] == ["a.txt"]
    assert any("passwd.txt" in r.getMessage() and "outside" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "cp1252", "utf-8-sig"])
def test_encodings_are_detected(tmp_path, codec):
    p = tmp_path / "enc.txt"
    text = "Gunmen attacked the caf\u00e9 in the town on Monday, killing three people, police said."
    p.write_bytes(text.encode(codec))
    assert "caf\u00e9" in read_article(p).body


@pytest.mark.parametrize("published", ["yesterday-ish", "2018-13-45", "2018-02-30"])
def test_an_invalid_date_keeps_the_article_with_a_warning(tmp_path, caplog, published):
    p = tmp_path / "late.md"
    p.write_text(f"---\npublished: {published}\ntitle: Raid\n---\nGunmen attacked the town.", encoding="utf-8")
    with caplog.at_level("WARNING"):
        raw = read_article(p)
    assert raw.meta["published"] is None and raw.meta["title"] == "Raid"
    assert any("late.md" in r.getMessage() and "not a date" in r.getMessage() for r in caplog.records)
