"""Shared fixtures: the spaCy pipeline (loaded once) and helpers to extract
a briefing from inline text, so rule tests read as sentence -> facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import nlp as nlp_loader
from generator.lexicon import default_lexicon
from generator.model import Briefing
from generator.pipeline import briefing_from_raw
from generator.reader import RawArticle

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_5e908d8bc6ebd3e8.txt"


@pytest.fixture(scope="session")
def nlp():
    return nlp_loader.load()


@pytest.fixture(scope="session")
def lexicon():
    """Every shipped gazetteer with the general word lists, as the site builds by default."""
    return default_lexicon()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None) -> Briefing of that one text."""
    cache: dict[tuple, Briefing] = {}

    def run(text: str, published=None, title: str | None = "Test article") -> Briefing:
        key = (text, published, title)
        if key not in cache:
            meta = {"published": published, "title": title}
            cache[key] = briefing_from_raw([RawArticle("t", "t.txt", text, meta)], nlp)
        return cache[key]

    return run


@pytest.fixture(scope="session")
def extract_raw(nlp):
    """extract_raw(raw) -> Briefing of one article as the reader gave it (a PDF's pages kept)."""
    return lambda raw: briefing_from_raw([raw], nlp)


@pytest.fixture(scope="session")
def seed_briefing(nlp) -> Briefing:
    from generator.pipeline import build_briefing

    return build_briefing([SEED], nlp)


def names(b: Briefing) -> dict[str, str]:
    """Actor id -> name."""
    return {a.id: a.name for a in b.actors}


def actor_named(b: Briefing, name: str):
    """The actor with this name or alias (case-insensitive), or None."""
    low = name.casefold()
    return next((a for a in b.actors if a.name.casefold() == low or low in {x.casefold() for x in a.aliases}), None)


def relation_triples(b: Briefing) -> set[tuple[str, str, str]]:
    n = names(b)
    return {(n[r.source], r.polarity, n[r.target]) for r in b.relations}


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")


# ---- headless Chromium for the browser tests ------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, with the flags that keep it off the network."""
    sync = pytest.importorskip("playwright.sync_api")
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    with sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
