"""Rendering: untrusted text is escaped everywhere, file names come from slugs,
and the JSON export follows the evaluation contract."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest

from generator.render.markup import json_attr, md
from generator.render.site import render_site
from generator.slug import slugify, unique_slug

HOSTILE = (
    "<script>alert('x')</script> The [Evil](javascript:alert(1)) Brigades, an armed group, "
    "attacked the Syrian army on Monday. | pipe ` tick *star* <img src=x onerror=alert(2)>"
)


def test_markdown_escape_neutralises_markup():
    out = md("<b>[x](http://evil)</b> *a* _b_ `c` #d |e")
    assert "<b>" not in out and "[x](" not in out
    assert "\\*a\\*" in out and "\\|e" in out


def test_json_in_an_attribute_cannot_break_out():
    from html import unescape

    out = json_attr({"t": '"><script>alert(1)</script>'})
    assert '"' not in out and "<" not in out
    assert json.loads(unescape(out))["t"] == '"><script>alert(1)</script>'


def test_slugs_are_safe_and_unique():
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("Hayat Tahrir al-Sham") == "hayat-tahrir-al-sham"
    taken: set[str] = set()
    assert [unique_slug("x", taken) for _ in range(3)] == ["x", "x-2", "x-3"]


def test_hostile_article_text_is_escaped_on_every_page(extract):
    files = render_site(extract(HOSTILE, title="<script>title()</script>"))
    for rel, text in files.items():
        assert re.fullmatch(r"[a-z0-9/_.-]+", rel), rel
        if rel.endswith(".md"):
            body = text.split("---\n", 2)[-1]
            assert "<script>alert" not in body, rel
            assert "<img" not in body, rel
            assert "](javascript:" not in body, rel
            assert "<script>title" not in body, rel


def test_export_follows_the_contract(seed_briefing):
    data = json.loads(render_site(seed_briefing)["data/briefing.json"])
    ids = {a["id"] for a in data["actors"]}
    for a in data["actors"]:
        assert {"id", "name", "aliases", "type"} <= a.keys()
    for r in data["relations"]:
        assert r["source"] in ids and r["target"] in ids
        assert r["polarity"] in {"cooperative", "hostile", "neutral"}
    cids = {c["id"] for c in data["casualties"]}
    for c in data["casualties"]:
        assert c["count"] is None or isinstance(c["count"], int)
        assert c["vague"] == (c["count"] is None)
        assert c["part_of"] is None or c["part_of"] in cids
        assert c["reported_by"] is None or c["reported_by"] in ids
    for s in data["sources"]:
        assert s["actor"] is None or s["actor"] in ids
    for e in data["events"]:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"])


def test_every_fact_links_to_an_existing_sentence(seed_briefing):
    files = render_site(seed_briefing)
    anchors = set(re.findall(r'id="(s\d+)"', files["articles/000_5e908d8bc6ebd3e8.md"]))
    for rel, text in files.items():
        if rel.endswith(".md"):
            for anchor in re.findall(r"000_5e908d8bc6ebd3e8\.md#(s\d+)", text):
                assert anchor in anchors, (rel, anchor)


def test_subsets_are_nested_not_summed(seed_briefing):
    page = render_site(seed_briefing)["casualties.md"]
    assert "↳ of which 92" in page
    assert "592" not in page


def test_vague_figures_are_ranges(seed_briefing):
    page = render_site(seed_briefing)["casualties.md"]
    assert "3–9 (several)" in page


def test_titles_are_inert_wherever_the_theme_prints_them(extract):
    """Material prints page titles raw in <title> (after striptags, which unescapes) and the header."""
    hostile = '<img src=x onerror=alert(1)>Raid "on" &lt;/title&gt; <!-- town'
    files = render_site(extract("Gunmen attacked the market on Monday, the army said.", title=hostile))
    page = files["articles/t.md"]
    front = page.split("---", 2)[1]
    assert "<" not in front and ">" not in front and "&" not in front
    for name, text in files.items():
        if not name.endswith(".json"):  # the JSON export holds the text as data
            assert "<img" not in text and "<!--" not in text, name


def test_link_titles_cannot_end_a_link_early(extract):
    """A title that holds quotes and brackets stays inside its link, in Markdown and in HTML."""
    from html.parser import HTMLParser

    hostile = '=HYPERLINK("http://x") ]( "x" onmouseover="alert(1)'
    files = render_site(extract("Rebels killed 3 soldiers near the river.", title=hostile))
    links = re.findall(r"\]\(([^)]*)\)", files["index.md"])
    assert links and all(' "' not in target or target.endswith('"') for target in links)

    class Anchors(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[dict] = []

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.found.append(dict(attrs))

    parser = Anchors()
    parser.feed(files["casualties.md"])
    titled = [a for a in parser.found if "title" in a]
    assert titled and all(set(a) == {"href", "title"} for a in titled)
    assert any(a["title"].startswith('=HYPERLINK("http://x") ]( "x" onmouseover="alert(1)') for a in titled)


def test_csv_cells_never_start_a_formula(extract):
    from generator.render.spreadsheet import casualties_csv, inert_cell

    assert inert_cell("=1+1") == "'=1+1" and inert_cell("@SUM(A1)") == "'@SUM(A1)" and inert_cell(3) == 3
    b = extract("+CMD rebels killed 3 soldiers near the river, the ministry said.")
    for row in casualties_csv(b).splitlines()[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row.split(","))


def test_fragment_links_are_the_addresses_mkdocs_gives_pages():
    from generator.render.links import href

    assert href("casualties.md", "actors/x.md", True) == "../actors/x/"
    assert href("actors/y.md", "articles/a.md", True, "s4") == "../../articles/a/#s4"
    assert href("actors/index.md", "actors/x.md", True) == "../actors/x/"
    assert href("index.md", "casualties.md", True) == "casualties/"
    assert href("actors/y.md", "index.md", True) == "../../"
    assert href("casualties.md", "actors/x.md", False) == "actors/x.html"
    assert href("actors/y.md", "articles/a.md", False, "s4") == "../articles/a.html#s4"


def test_an_article_address_is_linked_only_if_it_is_a_web_address():
    from generator.render.fragments import external

    assert external("https://example.org/a?b=1&c=2") == (
        '<a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>'
    )
    assert "<a" not in external("javascript:alert(1)") and "<a" not in external('http://x" onclick="y')


def test_one_environment_escapes_for_the_language_of_each_template():
    """Page templates print values escaped for Markdown, fragment templates (html/) for HTML;
    a Safe value (escaped already, or built from escaped parts) is printed as it is."""
    from generator.model import RejectedNumber, SentenceRef
    from generator.render.fragments import fragment
    from generator.render.markup import Safe, environment

    env = environment()
    rows = [RejectedNumber("<b>\n\nbold</b>", "[x](y) *z*", SentenceRef("a", 0))]
    links = SimpleNamespace(evidence=lambda ref: Safe('<a href="#s1">§1</a>'))
    out = env.get_template("html/rejected.html.j2").render(rejected=rows, links=links)
    assert "<td>&lt;b&gt; bold&lt;/b&gt;</td><td>&#91;x&#93;(y) &#42;z&#42;</td>" in out
    assert '<a href="#s1">§1</a>' in out
    assert (
        env.from_string("{{ a }} {{ b }}").render(a="[x](y) <b>", b=Safe("**kept**"))
        == "\\[x\\]\\(y\\) &lt;b&gt; **kept**"
    )
    assert "\n\n" not in fragment("<tr>\n\n<td>1</td>\n</tr>").strip()


def test_the_hook_passes_a_fragment_through_markdown_untouched(caplog):
    """What the MkDocs hook does to a generated page: fragments out before Python-Markdown,
    back after it, their anchors known to MkDocs' link check; a lost slot is told."""
    from types import SimpleNamespace

    import markdown

    from generator import mkdocs_hook as hook
    from generator.render.fragments import fragment

    table = '<table>\n<tbody>\n<tr><td id="s3">*not emphasis*</td></tr>\n</tbody>\n</table>'
    source = "# Title\n\nSome *text*.\n" + fragment(table) + "After.\n"
    page = SimpleNamespace(file=SimpleNamespace(src_uri="casualties.md"), present_anchor_ids=set())
    converted = markdown.markdown(hook.on_page_markdown(source, page, None, None), extensions=["md_in_html"])
    html = hook.on_page_content(converted, page, None, None)
    assert "<em>text</em>" in html and table in html and "<em>not" not in html
    assert page.present_anchor_ids == {"s3"}
    hook.on_page_markdown(source, page, None, None)
    with caplog.at_level("WARNING"):
        assert "<table>" not in hook.on_page_content("<p>the slot was lost</p>", page, None, None)
    assert "could not be placed" in caplog.text


def test_the_chart_shows_the_dead_first_never_crowded_out_by_the_displaced():
    from generator.model import Casualty, SentenceRef
    from generator.render.figures import PER_OUTCOME, chart_rows

    def fig(n: int, outcome: str, k: int) -> Casualty:
        return Casualty(f"c{k}", str(n), n, n, n, False, outcome, "people", (SentenceRef("a", k),))

    figures = [fig(2_000_000 + k, "displaced", k) for k in range(10)] + [fig(40, "killed", 20), fig(7, "killed", 21)]
    figures.append(fig(90, "injured", 22))
    rows = chart_rows(tuple(figures))
    assert [c.outcome for c in rows[:3]] == ["killed", "killed", "injured"]
    assert [c.count for c in rows[:2]] == [40, 7]
    assert sum(c.outcome == "displaced" for c in rows) == PER_OUTCOME


@pytest.mark.parametrize(
    "text, whole",
    [
        ("Rebels seized the airport of Goma on Sunday, the army said.", True),
        ('"We will not leave," the mayor of Kharkiv told reporters on Monday.', True),
        ("at 0914 Juba governor says five dead after the market attack", False),
        ("Army Says It Retook Key Town From Rebels In Overnight Push.", False),
        ("Khartoum, Sudan (AP) --", False),
        ("Updated 14:05 GMT the shelling of Kherson resumed after a pause.", False),
    ],
)
def test_a_lede_is_a_whole_sentence_of_prose(text, whole):
    from generator.digest import prose

    assert prose(text) is whole


def test_network_marks_carry_their_name_beside_them_and_grow_with_weight(seed_briefing):
    """vis-network draws a box or an ellipse around its label, so an actor whose name is not
    drawn would be an empty pill; every type uses a mark with its name beside it, and a
    mark's size, given by the build, grows with links and mentions within set bounds."""
    from generator.render.network import SIZE_MAX, SIZE_MIN, mark_sizes, network_data
    from generator.render.style import TYPE_STYLE

    label_inside = {"box", "ellipse", "circle", "database", "text"}
    assert not {shape for _, shape in TYPE_STYLE.values()} & label_inside
    data = network_data(seed_briefing, {a.id: "" for a in seed_briefing.actors})
    nodes = sorted(data["nodes"], key=lambda n: n["weight"])
    assert all(SIZE_MIN <= n["size"] <= SIZE_MAX for n in nodes)
    assert nodes[0]["size"] < nodes[-1]["size"]
    assert [n["size"] for n in nodes] == sorted(n["size"] for n in nodes)
    assert "scaling" not in data["options"]["nodes"]
    middle = SIZE_MIN + 0.5 * (SIZE_MAX - SIZE_MIN)
    # The area, not the radius, grows in step with the weight: a quarter of the way is half the radius.
    assert mark_sizes({"a": 0, "b": 2, "c": 8}) == {"a": SIZE_MIN, "b": middle, "c": SIZE_MAX}
    assert mark_sizes({"a": 3}) == {"a": middle}
