"""Time to lay out the network at build time, for the seed and for 300 actors.

    .venv/bin/python bench/network.py

Prints the seconds of network_data() (pyvis nodes and edges plus the seeded
layout) next to the seconds of building the seed's briefing, as a ratio.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.synthetic import synthetic_briefing
from generator.pipeline import build_briefing
from generator.render.network import network_data

ROOT = Path(__file__).resolve().parent.parent


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> None:
    seed, t_extract = timed(lambda: build_briefing(sorted((ROOT / "seeds").glob("*.txt"))))
    _, t_seed = timed(lambda: network_data(seed, {a.id: "" for a in seed.actors}))
    big = synthetic_briefing()
    _, t_big = timed(lambda: network_data(big, {a.id: "" for a in big.actors}))
    print(f"seed extraction        {t_extract:6.2f} s")
    print(f"seed network layout    {t_seed:6.2f} s  ({t_seed / t_extract:.2f} x extraction)")
    print(f"300 actors, 600 links  {t_big:6.2f} s  ({t_big / t_extract:.2f} x seed extraction)")


if __name__ == "__main__":
    main()
