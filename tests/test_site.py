"""The built site: every page exists, links hold, nothing is fetched from outside,
hand-written pages win, and the seed scores as required against its gold file."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED, needs_shared

pytestmark = pytest.mark.slow
TAG = re.compile(r"<(script|link|img|iframe|source|video|audio|embed|object)\b([^>]*)>", re.I)
URL_ATTR = re.compile(r"""\b(src|href|srcset|data)\s*=\s*["']([^"']*)["']""", re.I)
CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])((?:https?:)?//[^"')\s]+)""", re.I)
FETCHED_LINKS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "manifest",
    "prefetch",
    "dns-prefetch",
    "preconnect",
}


def external_resources(site: Path) -> list[str]:
    """Every script, style sheet, font, image, iframe or media the site would fetch from elsewhere."""
    found = []
    for page in site.rglob("*.html"):
        for tag, attrs in TAG.findall(page.read_text(encoding="utf-8")):
            rel = re.search(r"""\brel=["']([^"']*)["']""", attrs, re.I)
            if tag.lower() == "link" and not (rel and set(rel.group(1).lower().split()) & FETCHED_LINKS):
                continue  # rel="canonical", "alternate": links, not requests
            for _, url in URL_ATTR.findall(attrs):
                if re.match(r"(?:https?:)?//", url.strip()):
                    found.append(f"{page.relative_to(site)}: <{tag} {url}>")
    for sheet in site.rglob("*.css"):
        found += [f"{sheet.relative_to(site)}: {u}" for u in CSS_URL.findall(sheet.read_text(encoding="utf-8"))]
    return found


def build(project: Path, dest: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(dest)],
        capture_output=True,
        text=True,
        cwd=project,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    result = build(ROOT, dest)
    assert result.returncode == 0, result.stderr[-3000:]
    return dest


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "actors/index.html",
        "network/index.html",
        "casualties/index.html",
        "sources/index.html",
        "timeline/index.html",
        "places/index.html",
        "articles/index.html",
        "articles/000_5e908d8bc6ebd3e8/index.html",
        "about/index.html",
        "method/index.html",
        "data/briefing.json",
        "data/casualties.csv",
        "data/network.graphml",
        "assets/vendor/vis-network.min.js",
        "search/search_index.json",
    ],
)
def test_page_exists(site, page):
    assert (site / page).is_file()


def test_at_least_fifteen_actor_pages(site):
    pages = [p for p in (site / "actors").iterdir() if p.is_dir() and (p / "index.html").is_file()]
    assert len(pages) >= 15


def test_nothing_is_loaded_from_outside(site):
    assert external_resources(site) == []
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, page


def test_the_scan_would_see_an_external_resource(tmp_path):
    (tmp_path / "a.html").write_text(
        '<link rel="canonical" href="https://x.org/"><script src="https://cdn.x/y.js"></script>'
        '<link rel="stylesheet" href="//fonts.x/f.css">',
        encoding="utf-8",
    )
    (tmp_path / "s.css").write_text("@font-face { src: url('https://fonts.x/a.woff2') }", encoding="utf-8")
    assert len(external_resources(tmp_path)) == 3


def test_network_page_embeds_its_data(site):
    html = (site / "network" / "index.html").read_text(encoding="utf-8")
    data = re.search(r'id="briefing-network"[^>]*data-graph="([^"]*)"', html)
    graph = json.loads(unescape(data.group(1)))
    assert graph["nodes"] and graph["edges"]
    assert all(n["url"].startswith("../actors/") for n in graph["nodes"])
    assert {e["color"] for e in graph["edges"]} <= {"#2e7d32", "#c62828", "#9e9e9e"}


def test_hand_written_page_is_never_overwritten(tmp_path):
    project = tmp_path / "p"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "*.pyc"))
    (project / "docs" / "timeline.md").write_text("# My own timeline\n\nWritten by hand.\n", encoding="utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Written by hand." in (tmp_path / "out" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert (project / "docs" / "timeline.md").read_text(encoding="utf-8").startswith("# My own timeline")


@needs_shared
def test_seed_scores_against_its_gold_file(site):
    gold = SHARED / "eval" / "gold" / "000_5e908d8bc6ebd3e8.yml"
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(site / "data" / "briefing.json"), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    score = json.loads(result.stdout)
    assert score["overall"] >= 0.90
    for part in ("actors", "relations", "casualties", "sources"):
        assert score[part]["f1"] >= 0.85, part
    assert score["events"]["recall"] == 1.0
    assert score["casualties"]["attribution"].split("/")[0] == score["casualties"]["attribution"].split("/")[1]


def broken_links(site: Path) -> list[str]:
    """Links between pages of the built site that lead nowhere, or to an anchor the page lacks."""
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'<a [^>]*href="([^"]*)"', text):
            href = unescape(href)
            if re.match(r"[a-z]+:|//", href) or href == "#":
                continue
            path, _, anchor = href.partition("#")
            base = site if path.startswith("/") else page.parent  # 404.html links from the site's root
            target = (base / path.lstrip("/")).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {href} (no page)")
                continue
            if anchor and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(re.findall(r'\bid="([^"]+)"', target.read_text(encoding="utf-8")))
                if anchor not in ids[target]:
                    broken.append(f"{page.relative_to(site)} -> {href} (no such anchor)")
    return broken


def test_every_link_between_pages_holds(site):
    """The long tables are HTML written by the generator (not links MkDocs rewrites): each
    of their links must still reach its page and sentence."""
    assert broken_links(site) == []
    casualties = (site / "casualties" / "index.html").read_text(encoding="utf-8")
    assert 'href="../articles/000_5e908d8bc6ebd3e8/#s7"' in casualties


def test_links_hold_without_directory_urls(tmp_path):
    project = tmp_path / "p"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "*.pyc", ".cache"))
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("use_directory_urls: true", "use_directory_urls: false")
    )
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    assert broken_links(tmp_path / "out") == []
    casualties = (tmp_path / "out" / "casualties.html").read_text(encoding="utf-8")
    assert 'href="articles/000_5e908d8bc6ebd3e8.html#s7"' in casualties
    network = (tmp_path / "out" / "network.html").read_text(encoding="utf-8")
    graph = json.loads(unescape(re.search(r'data-graph="([^"]*)"', network).group(1)))
    assert all((tmp_path / "out" / n["url"]).is_file() for n in graph["nodes"])  # a double click opens the profile


def test_the_scan_would_see_a_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="s1">x</p>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#s1">ok</a><a href="a/#s2">no anchor</a><a href="b/">no page</a>',
        encoding="utf-8",
    )
    assert broken_links(tmp_path) == ["index.html -> a/#s2 (no such anchor)", "index.html -> b/ (no page)"]
