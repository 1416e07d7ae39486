"""How actor types look on the site: colour and node shape in the network.

Rendering's own table (the model gives the types and their labels); the
shapes are those vis-network draws and the legend repeats as SVG. Only shapes that
carry their name beside them (never inside, as a box or an ellipse would): a
mark whose name is not drawn is then a small mark, not an empty pill.
"""

from __future__ import annotations

from ..model import ACTOR_TYPE_LABELS, type_label

TYPE_STYLE: dict[str, tuple[str, str]] = {
    "state": ("#1f77b4", "dot"),
    "armed_group": ("#d62728", "triangle"),
    "militia": ("#ff7f0e", "triangle"),
    "political_organisation": ("#9467bd", "square"),
    "international_organisation": ("#17becf", "hexagon"),
    "government_agency": ("#393b79", "square"),
    "ngo": ("#2ca02c", "diamond"),
    "media": ("#8c564b", "star"),
    "bloc": ("#7f7f7f", "dot"),
    "person": ("#e377c2", "triangleDown"),
    "organisation": ("#bcbd22", "square"),
}
assert set(TYPE_STYLE) == set(ACTOR_TYPE_LABELS)


def type_style(actor_type: str) -> dict[str, str]:
    """Label, colour and shape of an actor type (unknown types look like organisations)."""
    colour, shape = TYPE_STYLE.get(actor_type, TYPE_STYLE["organisation"])
    return {"label": type_label(actor_type), "colour": colour, "shape": shape}


TYPE_ORDER = tuple(ACTOR_TYPE_LABELS)
