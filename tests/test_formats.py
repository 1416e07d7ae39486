"""Web pages and PDF reports read into the text and metadata of an article."""

from __future__ import annotations

import logging

import pytest

from generator.formats.pdf import page_numbers, pdf_text, read_pdf
from generator.reader import ArticleError, find_seeds, read_article
from generator.render.site import render_site

from .hostile import REPORT_PAGES, SAVED_PAGE
from .pdfs import encrypted_pdf, scanned_pdf, text_pdf


def test_a_saved_page_gives_its_main_text_and_metadata(tmp_path):
    (tmp_path / "kalehe.html").write_text(SAVED_PAGE, encoding="utf-8")
    raw = read_article(tmp_path / "kalehe.html")
    assert raw.meta["title"] == "Ambush near Kalehe" and raw.meta["publisher"] == "Lakes Courier"
    assert raw.meta["author"] == "Amani Kito" and str(raw.meta["published"]) == "2024-05-14"
    assert raw.body.startswith("Fighters of the Mai-Mai Brigade ambushed")  # the headline is the title
    assert "\n\n" in raw.body  # paragraphs stay paragraphs
    for noise in ("alert", "Home", "Most read", "Copyright", "body {"):
        assert noise not in raw.body


def test_a_sidecar_the_user_wrote_wins_over_the_page(tmp_path, caplog):
    (tmp_path / "kalehe.htm").write_text(SAVED_PAGE, encoding="utf-8")
    (tmp_path / "kalehe.yml").write_text("title: Convoy ambushed in South Kivu\npublished: 2024-05-13\n")
    with caplog.at_level(logging.INFO):
        assert [p.name for p in find_seeds(tmp_path)] == ["kalehe.htm"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    raw = read_article(tmp_path / "kalehe.htm")
    assert raw.meta["title"] == "Convoy ambushed in South Kivu" and str(raw.meta["published"]) == "2024-05-13"
    assert raw.meta["publisher"] == "Lakes Courier"  # what the sidecar does not say comes from the page


def test_a_page_without_main_text_is_named(tmp_path):
    (tmp_path / "index.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(ArticleError, match=r"index\.html: no main text"):
        read_article(tmp_path / "index.html")


def test_a_report_drops_running_headers_page_numbers_and_joins_hyphenation():
    text = pdf_text(["\n".join(page) for page in REPORT_PAGES])
    assert "Situation Report" not in text and "Page" not in text
    assert "in a statement." in text  # 'state-' 'ment.' is one word
    assert "killed seven people and wounded twelve others" in text  # a paragraph's lines are one
    assert text.count("\n\n") == 2  # three paragraphs, one a page
    pages, meta = read_pdf(
        text_pdf(REPORT_PAGES, title="Kivu situation report", author="Relief Office", created="D:20240402")
    )
    assert "\n\n".join(pages) + "\n" == text
    assert pages[1].startswith("More than 2,000 families")  # page two, as printed
    assert meta == {"title": "Kivu situation report", "author": "Relief Office", "published": "2024-04-02"}


def test_each_sentence_knows_the_page_it_was_printed_on(tmp_path, extract_raw):
    (tmp_path / "report.pdf").write_bytes(text_pdf(REPORT_PAGES, title="Kivu situation report"))
    b = extract_raw(read_article(tmp_path / "report.pdf"))
    pages = {s.text[:20]: s.page for s in b.articles[0].sentences}
    assert pages == {"Shelling of a displa": 1, "More than 2,000 fami": 2, "Aid agencies said ac": 3}, pages
    seven = next(c for c in b.casualties if c.count == 7)
    assert b.articles[0].sentences[seven.evidence[0].index].page == 1
    pages = render_site(b)
    text = pages["articles/report.md"]
    assert 'id="page-2">Page 2</p>' in text and "The pages of the report are marked" in text
    assert ", sentence 1, page 1" in pages["casualties.md"]  # a figure's link names its page on hover


def test_a_sentence_cleaning_changed_keeps_the_page_before():
    """Quotes, dashes and spaces changed by cleaning still find their page; a sentence not
    found at all takes the page of the sentence before it, never a page further back."""
    pages = ("Troops said: \u201cwe hold the bridge\u201d.\n\nThe road - closed.", "Rain fell.\n\nTalks ended.")
    texts = ['Troops said: "we hold the bridge".', "The road – closed.", "Something else entirely.", "Talks ended."]
    assert page_numbers(texts, pages) == [1, 1, 1, 2]
    assert page_numbers(["Any sentence."], ()) == [None]


def test_a_hyphen_before_a_capital_stays():
    """A break before a capital is a compound ('pro-Russian'); before a small letter it is read as
    a word broken at the line end (a compound like 'pro-' 'government' loses its hyphen: no
    rule tells it from 'pro-' 'tection' without a dictionary)."""
    assert "pro-Russian forces" in pdf_text(["The pro-\nRussian forces withdrew.", ""])
    assert "protection of civilians" in pdf_text(["The pro-\ntection of civilians.", ""])


def test_a_title_a_program_wrote_is_no_title():
    _, meta = read_pdf(text_pdf(REPORT_PAGES, title="Microsoft Word - sitrep_04.docx"))
    assert "title" not in meta


@pytest.mark.parametrize(
    "data, reason",
    [
        (scanned_pdf(), "without a text layer"),
        (encrypted_pdf(text_pdf(REPORT_PAGES)), "encrypted"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "not a readable PDF"),
    ],
)
def test_a_pdf_that_gives_no_text_says_why(tmp_path, data, reason):
    (tmp_path / "report.pdf").write_bytes(data)
    with pytest.raises(ArticleError, match=f"report.pdf: .*{reason}"):
        read_article(tmp_path / "report.pdf")


def test_a_sidecar_linked_out_of_the_folder_is_never_read(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "elsewhere.yml").write_text("title: read from outside\n")
    (seeds / "kalehe.html").write_text(SAVED_PAGE, encoding="utf-8")
    (seeds / "kalehe.yml").symlink_to(tmp_path / "elsewhere.yml")
    with pytest.raises(ArticleError, match="outside the seeds folder"):
        read_article(seeds / "kalehe.html")
