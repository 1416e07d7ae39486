"""A hostile seeds folder built end to end by MkDocs: every payload is inert in every
output, every bad file is named in a WARNING with its reason, every good article is on
the site, and `--strict` fails."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import ROOT
from .hostile import hostile_seeds

pytestmark = pytest.mark.slow
LIVE = re.compile(r"<(img|svg|script|b)\b[^>]*\b(onerror|onload|onmouseover)\b|<script>alert", re.I)


def mkdocs(project: Path, dest: Path, strict: bool) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(dest)]
    return subprocess.run([*args, "--strict"] if strict else args, capture_output=True, text=True, cwd=project)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("hostile") / "p"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "seeds", ".cache"))
    expected = hostile_seeds(project / "seeds")
    result = mkdocs(project, project / "site", strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return project, expected, result.stderr


class _Comments(HTMLParser):
    """Text inside HTML comments, as a browser reads it."""

    def __init__(self) -> None:
        super().__init__()
        self.comments: list[str] = []

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def test_every_bad_file_is_named_in_a_warning_with_its_reason(built):
    _, expected, log = built
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    for name, reason in expected.items():
        if reason:
            assert any(name in w and reason in w for w in warnings), (name, reason, warnings)
    assert not [w for w in warnings if str(built[0]) in w]  # file names, not where the machine keeps them


def test_every_good_article_is_on_the_site(built):
    project, expected, _ = built
    for name, reason in expected.items():
        if not reason or reason == "not a date":
            page = project / "site" / "articles" / Path(name).stem / "index.html"
            assert page.is_file(), name


def test_no_payload_is_live_in_any_page(built):
    project, _, _ = built
    pages = list((project / "site").rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not LIVE.search(html), (page, LIVE.search(html).group(0))
        assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", html, re.I), page
        parser = _Comments()
        parser.feed(html)
        assert not any("alert" in c for c in parser.comments), page  # no comment opened by a title


def test_a_title_with_a_comment_opener_swallows_nothing(built):
    project, _, _ = built
    html = (project / "site" / "articles" / "xss_title" / "index.html").read_text(encoding="utf-8")
    assert "LAST-SENTENCE-MARKER" in html
    assert "&lt;!--" in html


def test_csv_cells_are_inert_and_json_keeps_the_text(built):
    project, _, _ = built
    rows = list(csv.reader((project / "site" / "data" / "casualties.csv").open(encoding="utf-8")))
    assert len(rows) > 1
    assert not [c for row in rows for c in row if c[:1] in ("=", "+", "-", "@")]
    data = json.loads((project / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    titles = {a["id"]: a["title"] for a in data["articles"]}
    assert "<img src=x onerror=alert(1)>" in titles["xss_title"]  # kept as text, escaped where shown
    assert not any("/tmp" in p["file"] or "/" in p["file"] for p in data["problems"])
    assert {p["file"] for p in data["problems"]} >= {"broken_yaml.md", "binary.txt", "french.txt", "huge.txt"}


def test_strict_fails_on_the_hostile_folder(built, tmp_path):
    project, _, _ = built
    result = mkdocs(project, tmp_path / "strict", strict=True)
    assert result.returncode != 0
    assert "warnings in strict mode" in result.stdout + result.stderr


def test_a_saved_page_and_a_report_build_with_their_own_title_date_and_outlet(built):
    project, _, _ = built
    data = json.loads((project / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in data["articles"]}
    page, report = articles["saved_page"], articles["report"]
    assert (page["title"], page["publisher"], page["published"]) == (
        "Ambush near Kalehe",
        "Lakes Courier",
        "2024-05-14",
    )
    assert page["url"] == "https://lakes-courier.example/news/ambush-kalehe"
    assert (report["title"], report["published"]) == ("Kivu situation report", "2024-04-02")
    html = (project / "site" / "articles" / "saved_page" / "index.html").read_text(encoding="utf-8")
    assert "ambushed an army convoy near Kalehe" in html
    assert "alert(1" not in html and "Ten tips for travel" not in html and "Home" not in html.split("<article")[-1]
    facts = {(f["evidence"][0]["article"], f["outcome"], f["low"]) for f in data["casualties"]}
    assert {("saved_page", "killed", 5), ("report", "killed", 7), ("report", "injured", 12)} <= facts
