"""The built site in real headless Chromium (Debian's package, driven by Playwright).

The site is served on localhost under a sub-path, as on a GitHub Pages project
site. Every page must load without a console error and without a request
outside the site; the network draws and navigates; search and the palette
toggle work. Screenshots of each page are saved under test-artifacts/.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import CHROMIUM, ROOT

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
PREFIX = "/briefing/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("www")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    port = httpd.server_address[1]
    base = f"http://127.0.0.1:{port}{PREFIX}"
    env = {**os.environ, "BRIEFING_SITE_URL": base}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(root / PREFIX.strip("/"))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, root / PREFIX.strip("/")
    httpd.shutdown()


@contextmanager
def watched_page(browser, base: str):
    """A page that records console errors (`errors`) and every request leaving the site (`outside`)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors, pg.outside = [], []
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: r.url.startswith(("data:", "blob:", base)) or pg.outside.append(r.url))
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture
def page(browser, server):
    with watched_page(browser, server[0]) as pg:
        yield pg


def site_pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site).parent) + "/" for p in site.rglob("index.html") if "404" not in str(p))


def test_every_page_loads_cleanly_and_stays_inside_the_site(page, server):
    base, site = server
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pages = site_pages(site)
    assert len(pages) > 20
    for rel in pages:
        rel = "" if rel == "./" else rel
        page.goto(base + rel, wait_until="networkidle")
        name = rel.strip("/").replace("/", "_") or "index"
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        assert not page.errors, (rel, page.errors)
        assert not page.outside, (rel, page.outside)


def _node_at(page, node: str) -> tuple[float, float]:
    box = page.locator("#briefing-network canvas").bounding_box()
    x, y = page.evaluate(f"""() => {{
        const n = window.briefingNetwork; const p = n.getPositions(['{node}'])['{node}'];
        const d = n.canvasToDOM(p); return [d.x, d.y]; }}""")
    return box["x"] + x, box["y"] + y


def test_network_draws_a_click_shows_the_neighbourhood_and_its_profile(page, server):
    base, _ = server
    page.goto(base + "network/", wait_until="networkidle")
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    canvas = page.locator("#briefing-network canvas")
    box = canvas.bounding_box()
    assert box["width"] > 300 and box["height"] > 500
    inked = page.evaluate("""() => {
        const c = document.querySelector('#briefing-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }""")
    assert inked > 1000
    total = int(page.get_attribute("#briefing-network", "data-visible"))
    node = "hayat-tahrir-al-sham"
    page.mouse.click(*_node_at(page, node))
    page.wait_for_selector("#network-focus:not([hidden])", timeout=5000)
    assert page.inner_text("#network-focus-name") == "Hayat Tahrir al-Sham"
    assert 1 < int(page.get_attribute("#briefing-network", "data-visible")) < total
    page.screenshot(path=str(ARTIFACTS / "network-neighbourhood.png"))
    page.click("#network-focus-link")
    page.wait_for_url(f"**/actors/{node}/", timeout=10000)
    page.wait_for_selector(
        "article h1:has-text('Hayat Tahrir al-Sham')", timeout=10000
    )  # instant navigation swaps late
    assert not page.errors and not page.outside


def test_network_filters_by_sign_type_evidence_and_search(page, server):
    base, _ = server
    page.goto(base + "network/", wait_until="networkidle")
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    visible_edges = """sign => window.briefingNetworkState.edges.get().filter(
        e => !e.hidden && (!sign || e.polarity === sign)).length"""
    assert page.evaluate(visible_edges, "hostile") > 0
    page.uncheck("#network-controls input[data-sign=hostile]")
    assert page.evaluate(visible_edges, "hostile") == 0 and page.evaluate(visible_edges, "cooperative") > 0
    page.uncheck("#network-types input[data-type=state]")
    hidden_states = page.evaluate(
        "() => window.briefingNetworkState.nodes.get().filter(n => n.actor_type === 'state' && !n.hidden).length"
    )
    assert hidden_states == 0
    page.click("#network-reset")
    all_edges = page.evaluate(visible_edges, None)
    page.fill("#network-min-evidence", "2")
    page.dispatch_event("#network-min-evidence", "input")
    assert page.evaluate(visible_edges, None) < all_edges
    page.click("#network-reset")
    page.fill("#network-search", "hayat")
    page.dispatch_event("#network-search", "change")
    assert page.inner_text("#network-focus-name") == "Hayat Tahrir al-Sham"
    page.screenshot(path=str(ARTIFACTS / "network-filtered.png"))
    assert not page.errors


def test_instant_navigation_redraws_the_network(page, server):
    base, _ = server
    page.goto(base, wait_until="networkidle")
    page.evaluate("window.__stayed = true")
    page.locator("article a[href$='network/']").first.click()
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    assert page.evaluate("window.__stayed === true"), "the click reloaded the page instead of navigating instantly"
    assert not page.errors


def test_search_finds_an_actor(page, server):
    base, _ = server
    page.goto(base, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Kataib", delay=50)
    result = page.locator(".md-search-result__item a").first
    result.wait_for(timeout=15000)
    assert "actors/kataib-hezbollah/" in result.get_attribute("href")


def test_palette_toggle_recolours_the_graph(page, server):
    base, _ = server
    page.goto(base + "network/", wait_until="networkidle")
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    colour = "() => window.briefingNetworkState.nameColour"  # the colour the names were last drawn in
    before = page.evaluate(colour)
    scheme = page.get_attribute("body", "data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== '{scheme}'")
    page.wait_for_function(f"({colour})() !== {before!r}")
    assert page.get_attribute("#briefing-network", "data-scheme") != scheme
    page.screenshot(path=str(ARTIFACTS / "network-dark.png"))


def test_acronyms_are_explained_on_hover(page, server):
    base, _ = server
    page.goto(base + "actors/hayat-tahrir-al-sham/", wait_until="networkidle")
    titles = page.eval_on_selector_all("abbr", "els => els.map(e => [e.textContent, e.title])")
    assert ["HTS", "Hayat Tahrir al-Sham"] in titles


NAMING = """() => {
    const s = window.briefingNetworkState, scale = s.network.getScale();
    const named = new Set(s.names.map(n => n.id));
    const shown = s.data.nodes.filter(n => !s.hiddenNodes[n.id]);
    const overlaps = [];
    s.names.forEach((a, i) => s.names.slice(i + 1).forEach(b => {
        if (a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1) {
            overlaps.push([a.text, b.text]); } }));
    const byWeight = shown.slice().sort((a, b) => b.weight - a.weight);
    return {
        shown: shown.length,
        named: named.size,
        unnamedLarge: shown.filter(n => !named.has(n.id) && n.size * scale > 6).map(n => n.label),
        topUnnamed: byWeight.slice(0, 10).filter(n => !named.has(n.id)).map(n => n.label),
        overlaps: overlaps,
        visLabels: s.nodes.get().filter(n => n.label).length,
    };
}"""


def _check_naming(page, leading: int = 10) -> dict:
    """At the zoom the graph opens with, every mark is named or small, no two names overlap,
    all but `10 - leading` of the ten best-linked actors are named, and vis-network draws no
    box or label of its own."""
    naming = page.evaluate(NAMING)
    assert naming["unnamedLarge"] == [], naming
    assert naming["overlaps"] == [], naming
    assert len(naming["topUnnamed"]) <= 10 - leading, naming
    assert naming["visLabels"] == 0
    return naming


def test_network_names_every_large_mark_without_overlap_and_a_name_is_clickable(page, server):
    base, _ = server
    page.goto(base + "network/", wait_until="networkidle")
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    naming = _check_naming(page)
    assert naming["named"] == naming["shown"]  # one article: room for every name
    # A click on a name, not on its mark, opens that actor's neighbourhood.
    box = page.locator("#briefing-network canvas").bounding_box()
    x, y = page.evaluate("""() => {
        const s = window.briefingNetworkState;
        const n = s.names.find(n => n.id === 'hayat-tahrir-al-sham');
        const d = s.network.canvasToDOM({x: (n.box.x0 + n.box.x1) / 2, y: (n.box.y0 + n.box.y1) / 2});
        return [d.x, d.y]; }""")
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_selector("#network-focus:not([hidden])", timeout=5000)
    assert page.inner_text("#network-focus-name") == "Hayat Tahrir al-Sham"
    # Zooming in names more, never fewer, and still without overlap.
    page.evaluate("window.briefingNetwork.moveTo({scale: window.briefingNetwork.getScale() * 2})")
    page.wait_for_timeout(300)
    _check_naming(page)
    assert not page.errors


def test_network_of_300_actors_draws_at_once(page, server):
    """Positions come from the build, physics is off: a large graph is drawn in one pass."""
    import json

    sys.path.insert(0, str(ROOT))
    from bench.synthetic import synthetic_briefing
    from generator.render.network import network_data

    big = synthetic_briefing(300, 600)
    data = network_data(big, {a.id: f"../actors/{a.id}/" for a in big.actors})
    base, _ = server
    page.goto(base + "network/", wait_until="networkidle")
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    page.evaluate(
        "d => { document.getElementById('briefing-network').dataset.graph = d; window.briefingDrawNetwork(); }",
        json.dumps(data),
    )
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=30000)
    assert page.evaluate("Object.keys(window.briefingNetwork.getPositions()).length") == len(data["nodes"])
    assert page.evaluate("window.briefingNetwork.physics.options.enabled") is False
    page.screenshot(path=str(ARTIFACTS / "network-300.png"))
    naming = _check_naming(page, leading=7)  # a random graph: no hub stands apart
    assert 0 < naming["named"] < naming["shown"]  # the rest are small marks until zoomed
    assert not page.errors


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_readme_way_of_browsing_works(browser):
    """The README says `make serve` and a local address: run exactly that and browse it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make serve" in readme and "http://127.0.0.1:8000" in readme
    assert "does not work" in readme.split("file://")[1][:60]  # the README never promises file://
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen(
        ["make", "-s", "serve", f"SERVE_ADDR=127.0.0.1:{port}"],
        cwd=ROOT,
        env={**os.environ, "BRIEFING_SITE_URL": base},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        for _ in range(240):  # the first build parses the seeds
            try:
                if pg.goto(base, wait_until="load").ok:
                    break
            except playwright.Error:
                pass
            pg.wait_for_timeout(500)
        assert "Conflict briefing" in pg.title()
        pg.locator("article a[href$='network/']").first.click()
        pg.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
        pg.locator(".md-search__input").first.click()
        pg.keyboard.type("Hayat")
        pg.wait_for_selector(".md-search-result__item", timeout=10000)
        assert not errors, errors
        context.close()
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=20)


def test_vis_network_loads_only_where_a_network_is_drawn(page, server):
    base, _ = server
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(base + "casualties/", wait_until="networkidle")
    assert not [u for u in fetched if "vis-network" in u]
    page.goto(base + "network/")
    page.wait_for_selector("#briefing-network[data-ready=true]", timeout=15000)
    assert [u for u in fetched if u.endswith("vis-network.min.js")]
    assert not page.errors


def test_a_long_table_gets_a_filter_and_pages(page, server):
    base, _ = server
    page.goto(base + "casualties/", wait_until="networkidle")
    page.evaluate("""() => {
        const table = document.querySelector('article table');
        const body = table.tBodies[0];
        const model = body.rows[0];
        for (let i = 0; i < 130; i++) {
            const row = model.cloneNode(true);
            row.cells[0].textContent = 'figure ' + i + (i === 77 ? ' Kadugli' : '');
            body.appendChild(row);
        }
        delete table.dataset.paged;
        window.briefingTables();
    }""")
    visible = "() => [...document.querySelector('article table').tBodies[0].rows].filter(r => !r.hidden).length"
    assert page.evaluate(visible) == 50
    assert "of 13" in page.inner_text(".table-tools .table-info")
    page.click(".table-tools button:has-text('Next')")
    assert page.evaluate(visible) == 50
    page.fill(".table-tools input", "kadugli")
    assert page.evaluate(visible) == 1
    assert page.inner_text(".table-tools .table-info") == "1–1 of 1"
    page.screenshot(path=str(ARTIFACTS / "table-filter.png"))
    assert not page.errors
