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
    for name in ("b.md", "a.txt", "c.docx", "README.md", ".hidden.txt", "_draft.txt", "..x.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert [p.name for p in find_seeds(tmp_path)] == ["a.txt", "b.md"]
    warned = " ".join(r.getMessage() for r in caplog.records)
    for name in ("c.docx", "README.md", ".hidden.txt", "_draft.txt", "..x.txt"):
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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Les rebelles ont attaqué un poste de l'armée près de la ville lundi, tuant quatre soldats, "
            "selon un porte-parole militaire.",
            "French",
        ),
        (
            "\u0642\u062a\u0644 \u0627\u062b\u0646\u0627 \u0639\u0634\u0631 \u0645\u062f\u0646\u064a\u0627 "
            "\u0648\u0623\u0635\u064a\u0628 \u0639\u0634\u0631\u0648\u0646 \u0622\u062e\u0631\u0648\u0646 "
            "\u0641\u064a \u0642\u0635\u0641 \u062c\u0648\u064a \u0627\u0633\u062a\u0647\u062f\u0641 "
            "\u0633\u0648\u0642\u0627 \u0641\u064a \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0635\u0628\u0627\u062d "
            "\u0627\u0644\u064a\u0648\u0645",
            "Arabic",
        ),
    ],
)
@pytest.mark.slow
def test_an_article_not_in_english_is_named_and_skipped(tmp_path, nlp, text, language):
    from generator.pipeline import build_briefing

    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    b = build_briefing([path], nlp)
    assert not b.articles
    assert b.problems[0].message.startswith(f"foreign.txt: written in {language}")


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers of the Forces Armées Maliennes were killed near Kidal on Tuesday, a spokesman said.",
        "Gunmen killed a chief in Kpendjal.",  # too short to judge: kept
    ],
)
def test_english_full_of_foreign_names_is_kept(text):
    from generator.language import foreign_language

    assert foreign_language(text) is None


def test_control_bytes_that_decode_are_still_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x01\x02\x03\x04GIF" * 100)
    with pytest.raises(ArticleError, match=r"image\.txt: binary file"):
        read_article(path)


def test_yaml_errors_give_the_line_of_the_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: ok\nauthor: [unclosed\npublisher: X\n---\nText here.", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"line 4, column 10"):
        read_article(path)
