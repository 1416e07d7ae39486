"""The map and the toll over time in real headless Chromium, on the seed and on a season.

Both are drawn at build time as inline SVG: nothing is fetched (no tile server, no
script library), nothing is logged as an error, the marks link to their place's entry
and the chart reads in both palettes. The season is the 60 articles of fakes-dev,
built with MkDocs exactly as a user's project would be.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading

import pytest

from .conftest import CHROMIUM, ROOT, SHARED, needs_shared
from .test_browser import PREFIX, QuietHandler, watched_page

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"


def _serve(root):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}{PREFIX}"


def _build(project, out) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=project,
        env={**os.environ, "BRIEFING_SITE_URL": "http://127.0.0.1/briefing/"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module", params=["seed", "season"])
def site(request, tmp_path_factory):
    """The seed's site, and the site of the 60 articles of fakes-dev (a project of its own:
    the repository's configuration, theme and generator, the season in its seeds folder)."""
    root = tmp_path_factory.mktemp("www")
    if request.param == "seed":
        _build(ROOT, root / PREFIX.strip("/"))
    else:
        if not SHARED.is_dir():
            pytest.skip("../shared is absent")
        project = tmp_path_factory.mktemp("season")
        for name in ("generator", "docs", "overrides"):
            (project / name).symlink_to(ROOT / name)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        (project / "seeds").mkdir()
        for article in sorted((SHARED / "corpus" / "fakes-dev").rglob("*.md")):
            shutil.copy(article, project / "seeds" / article.name)
        _build(project, root / PREFIX.strip("/"))
    httpd, base = _serve(root)
    yield request.param, base
    httpd.shutdown()


@pytest.fixture
def page(browser, site):
    with watched_page(browser, site[1]) as pg:
        yield pg


def _overlaps(boxes: list[dict]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1 :], start=i + 1)
        if a["x"] < b["x"] + b["width"] - 0.5
        and b["x"] < a["x"] + a["width"] - 0.5
        and a["y"] < b["y"] + b["height"] - 0.5
        and b["y"] < a["y"] + a["height"] - 0.5
    ]


def _uncovered_point(page, place: str) -> tuple[float, float]:
    """A point of a mark's circle where the mark itself is the topmost thing drawn."""
    return page.evaluate(
        """(place) => {
        const c = document.querySelector(`a.map-mark[data-place="${place}"] circle`);
        const b = c.getBoundingClientRect(), r = b.width / 2, cx = b.left + r, cy = b.top + r;
        for (let k = 0; k <= 8; k++) for (let a = 0; a < 16; a++) {
            const d = r * k / 9, x = cx + d * Math.cos(a * Math.PI / 8), y = cy + d * Math.sin(a * Math.PI / 8);
            if (document.elementFromPoint(x, y) === c) return [x, y];
        }
        return [cx, cy];
    }""",
        place,
    )


def test_the_map_draws_offline_and_a_mark_opens_its_place(page, site):
    name, base = site
    page.goto(base + "map/", wait_until="networkidle")
    svg = page.locator("svg.place-map").first
    assert svg.is_visible()
    width, height = (float(v) for v in svg.get_attribute("viewBox").split()[2:])
    land = page.locator("svg.place-map .map-land").first.get_attribute("d")
    numbers = [float(n) for n in land.replace("M", " ").replace("L", " ").replace("Z", " ").split()]
    assert len(numbers) > 100  # coasts drawn...
    assert all(-10 <= x <= width + 10 for x in numbers[0::2])  # ... and cut to the frame
    assert all(-10 <= y <= height + 10 for y in numbers[1::2])
    marks = page.locator("svg.place-map").first.locator("a.map-mark")
    assert marks.count() >= (12 if name == "season" else 3)
    names = page.locator("svg.place-map").first.locator("text.map-name")
    assert names.count() >= min(marks.count(), 3)
    assert not _overlaps([names.nth(i).bounding_box() for i in range(names.count())])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    svg.screenshot(path=str(ARTIFACTS / f"map-{name}.png"))
    heaviest = marks.first  # drawn first: the deadliest place
    place = heaviest.get_attribute("data-place")
    assert "killed" in heaviest.locator("title").text_content()
    x, y = _uncovered_point(page, place)  # smaller marks lie on top of a big one: click beside them
    page.mouse.click(x, y)
    page.wait_for_function(f"() => location.hash === '#{place}'")
    entry = page.locator(f"section.map-place#{place}")
    assert entry.is_visible() and entry.locator("li").count() >= 1  # its figures...
    evidence = entry.locator("li a").first.get_attribute("href")
    assert "articles/" in evidence and "#s" in evidence  # ... each linking to its sentence
    assert not page.errors, page.errors
    assert not page.outside, page.outside


def test_the_toll_over_time_draws_in_both_palettes(page, site):
    name, base = site
    page.goto(base + "casualties/", wait_until="networkidle")
    chart = page.locator("svg.toll-chart")
    assert chart.is_visible()
    bars = chart.locator("g.toll-killed")
    assert bars.count() >= (20 if name == "season" else 1)
    if name == "season":
        assert chart.locator("g.toll-injured").count() >= 5
        assert chart.locator("text.chart-tick").count() >= 8  # dates along the axis and the scales
    colours = []
    for scheme in ("default", "slate"):
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        title = chart.locator("text.chart-title").first
        colours.append(title.evaluate("t => getComputedStyle(t).fill"))
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert colours[-1] != background
        chart.screenshot(path=str(ARTIFACTS / f"toll-chart-{name}-{scheme}.png"))
    assert colours[0] != colours[1]  # the words follow the palette
    assert not page.errors, page.errors
    assert not page.outside, page.outside


@needs_shared
def test_a_season_map_holds_the_war_and_lists_what_lies_elsewhere(page, site):
    name, base = site
    if name != "season":
        pytest.skip("a season's map only")
    page.goto(base + "map/", wait_until="networkidle")
    region = page.locator("svg.place-map").first
    width = float(region.get_attribute("viewBox").split()[2])
    xs = region.locator("a.map-mark circle").evaluate_all("cs => cs.map(c => +c.getAttribute('cx'))")
    assert max(xs) - min(xs) > width / 3  # the towns of the war spread over the map, not one blot
    assert page.locator("#elsewhere").count() == 1  # a summit abroad is listed, with a map of its own
    assert page.locator("svg.place-map").count() == 2
