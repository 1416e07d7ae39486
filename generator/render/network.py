"""The alliance network: pyvis builds nodes and edges, networkx lays them out.

Positions are computed at build time with a seeded layout, so the graph is
drawn at once, identically on every build, without physics running in the
browser. The page loads vis-network from the site's own assets.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from ..model import Briefing, Relation
from .markup import Safe, text
from .style import type_style

EDGE_COLOURS = {"cooperative": "#2e7d32", "hostile": "#c62828", "neutral": "#9e9e9e"}
SCALE = 900
# Radius of a mark in layout units, from the least to the best linked actor.
SIZE_MIN, SIZE_MAX = 7.0, 30.0


SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1.5 14.5,14 1.5,14"/>',
    "triangleDown": '<polygon points="1.5,2 14.5,2 8,14.5"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "hexagon": '<polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
}


def legend_swatch(shape: str, colour: str) -> Safe:
    """The node's shape and colour as a small inline SVG for the legend."""
    body = SHAPES.get(shape, SHAPES["dot"])
    return Safe(
        f'<svg class="legend-shape" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" '
        f'fill="{text(colour)}">{body}</svg>'
    )


def vis_assets() -> dict[str, Path]:
    """vis-network as shipped inside the pyvis package (no CDN)."""
    base = Path(str(resources.files("pyvis"))) / "lib" / "vis-9.1.2"
    return {
        "assets/vendor/vis-network.min.js": base / "vis-network.min.js",
        "assets/vendor/vis-network.css": base / "vis-network.css",
    }


def graph(b: Briefing) -> nx.MultiDiGraph:
    """The relations as a networkx graph (also exported as GraphML)."""
    g = nx.MultiDiGraph()
    for a in b.actors:
        g.add_node(a.id, label=a.name, type=a.type)
    for r in b.relations:
        g.add_edge(r.source, r.target, kind=r.kind, polarity=r.polarity, evidence=len(r.evidence), inferred=r.inferred)
    return g


def graphml(b: Briefing) -> str:
    """The relation network as GraphML, for other network tools."""
    return "\n".join(nx.generate_graphml(graph(b))) + "\n"


def _positions(b: Briefing, ids: list[str]) -> dict[str, tuple[float, float]]:
    """Seeded spring layout per connected component, components packed in rows."""
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((r.source, r.target) for r in b.relations if r.source in ids and r.target in ids)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    out: dict[str, tuple[float, float]] = {}
    x0 = y0 = row_h = 0.0
    row_w = max(SCALE * 2.2, 2 * (120 * len(comps[0]) ** 0.5 + 40) * 1.7) if comps else SCALE
    for comp in comps:
        # A fresh graph in sorted order: networkx's subgraph views iterate a set of
        # node ids, whose order changes from one process to the next.
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in g.subgraph(comp).edges))
        radius = 120 * len(comp) ** 0.5 + 40
        pos = _layout(sub, radius) if len(comp) > 1 else {comp[0]: (0.0, 0.0)}
        if x0 + 2 * radius > row_w and x0 > 0:
            x0, y0, row_h = 0.0, y0 + row_h + 80, 0.0
        for n in comp:
            x, y = pos[n]
            out[n] = (round(float(x) + x0 + radius, 1), round(float(y) + y0 + radius, 1))
        x0 += 2 * radius + 80
        row_h = max(row_h, 2 * radius)
    return out


def _layout(g: nx.Graph, radius: float) -> dict:
    """ForceAtlas2 (seeded, so deterministic) keeps hubs apart better than a plain spring
    layout; the result is rescaled to the component's radius."""
    start = nx.spring_layout(g, seed=7, iterations=50)
    pos = nx.forceatlas2_layout(
        g, pos=start, max_iter=300, scaling_ratio=8.0, gravity=0.5, seed=7, node_size={n: 1 for n in g}, linlog=False
    )
    return nx.rescale_layout_dict(pos, scale=radius)


def mark_sizes(weight: dict[str, int]) -> dict[str, float]:
    """A mark's radius grows with the square root of its links and mentions, so its area
    does: a hub reads as larger without hiding its neighbours. Set here rather than by
    vis-network's value scaling, so the page knows each size when it places the names."""
    low, high = min(weight.values(), default=0), max(weight.values(), default=0)
    share = {k: ((w - low) / (high - low)) ** 0.5 if high > low else 0.5 for k, w in weight.items()}
    return {k: round(SIZE_MIN + f * (SIZE_MAX - SIZE_MIN), 1) for k, f in share.items()}


def edge_title(r: Relation, texts: dict[tuple[str, int], str], names: dict[str, str]) -> str:
    first = r.evidence[0] if r.evidence else None
    evidence = texts.get((first.article_id, first.index), "") if first else f"analyst: {r.note or ''}"
    how = " (inferred)" if r.inferred else ""
    return f'{names[r.source]} -> {names[r.target]}: {r.kind}, {r.polarity}{how}\n"{evidence}"'


def network_data(b: Briefing, actor_url: dict[str, str]) -> dict:
    """Nodes, edges and options for vis-network, as plain data."""
    linked = {r.source for r in b.relations} | {r.target for r in b.relations}
    actors = [a for a in b.actors if a.id in linked]
    names = {a.id: a.name for a in b.actors}
    degree: Counter[str] = Counter()
    for r in b.relations:
        degree[r.source] += 1
        degree[r.target] += 1
    texts = {(art.id, s.ref.index): s.text for art in b.articles for s in art.sentences}
    pos = _positions(b, [a.id for a in actors])
    weight = {a.id: degree[a.id] + min(len(a.mentions), 10) for a in actors}
    size = mark_sizes(weight)
    net = Network(directed=True)
    for a in actors:
        t = type_style(a.type)
        x, y = pos[a.id]
        net.add_node(
            a.id,
            label=a.name,
            title=f"{a.name} ({t['label']})",
            shape=t["shape"],
            color=t["colour"],
            size=size[a.id],
            weight=weight[a.id],
            x=x,
            y=y,
            url=actor_url[a.id],
            actor_type=a.type,
        )
    for r in b.relations:
        net.add_edge(
            r.source,
            r.target,
            color=EDGE_COLOURS[r.polarity],
            title=edge_title(r, texts, names),
            width=1 + min(len(r.evidence), 5),
            dashes=r.inferred or not r.evidence,
            arrows="to",
            kind=r.kind,
            polarity=r.polarity,
            evidence=len(r.evidence),
        )
    return {"nodes": net.nodes, "edges": net.edges, "options": OPTIONS}


OPTIONS = {
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True},
    "nodes": {
        "borderWidth": 1,
        # vis-network draws the marks only: the page places and draws the names at each zoom
        # (network.js), in order of weight where they overlap nothing, as on a map.
    },
    "edges": {"smooth": {"type": "curvedCW", "roundness": 0.15}, "font": {"size": 10}},
    "layout": {"randomSeed": 7},
}
