"""The map: the places of a briefing over a world outline, drawn as inline SVG at build time.

No tile server, no script library, no request: the outline is Natural Earth's (public
domain, 1:50m, generator/data/world/, made by tools/world_outline.py) projected here on
an equirectangular grid whose longitudes are shortened by the cosine of the middle
latitude, so a region keeps its shape. The view is the box of the located places with a
margin. Each place is a mark sized by its toll (the square root, so area reads as the
number) and coloured by what happened there: killed, else injured, else another outcome,
else only named. A mark links to its entry below the map (figures, incidents, articles):
by `xlink:href`, which the theme's instant navigation leaves alone (it sets `href` on every
link it finds, and an SVG link's `href` can only be read).
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..tally import PlaceTally
from .markup import Safe, text

OUTLINE = Path(__file__).resolve().parent.parent / "data" / "world" / "outline-50m.json.gz"
WIDTH = 720
MIN_HEIGHT, MAX_HEIGHT = 320, 560
MIN_SPAN = 3.0  # degrees: one town is shown with its region around it
MARGIN = 0.18  # of the places' box, on every side
R_MIN, R_MAX = 4.0, 22.0  # mark radius in px: a place named, the deadliest place
R_PER_ROOT = 1.5  # px of radius per square root of the toll, unless the deadliest place would pass R_MAX
LABELS = 24  # names written beside the heaviest marks, where they do not cover another name
OUTCOMES = ("killed", "injured")
HOME_SHARE = 0.1  # a state this share of the most named one's weight is where the briefing happens


@lru_cache(maxsize=1)
def outline() -> dict:
    """The world outline (land rings and borders in hundredths of a degree), read once."""
    return json.loads(gzip.decompress(OUTLINE.read_bytes()))


@dataclass(frozen=True)
class View:
    """The projection of the map: the box shown and its scale."""

    west: float
    north: float
    kx: float  # px per degree of longitude
    ky: float  # px per degree of latitude
    height: int

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.kx, (self.north - lat) * self.ky

    def box(self) -> tuple[float, float, float, float]:
        """west, south, east, north of what is shown."""
        return self.west, self.north - self.height / self.ky, self.west + WIDTH / self.kx, self.north


def view(points: list[tuple[float, float]]) -> View:
    """The box of the places, widened by a margin and to the map's proportions."""
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    mid = (south + north) / 2
    shrink = max(math.cos(math.radians(mid)), 0.2)
    span_x = max(east - west, MIN_SPAN / shrink) * (1 + 2 * MARGIN)
    span_y = max(north - south, MIN_SPAN) * (1 + 2 * MARGIN)
    cx, cy = (west + east) / 2, mid
    height = int(min(max(WIDTH * span_y / (span_x * shrink), MIN_HEIGHT), MAX_HEIGHT))
    k = min(WIDTH / (span_x * shrink), height / span_y)  # px per degree of latitude
    kx = k * shrink
    return View(cx - WIDTH / kx / 2, min(cy + height / k / 2, 90.0), kx, k, height)


Point = tuple[float, float]
PAD = 8.0  # px drawn beyond the frame, so a clipped coast never shows its cut


def _points(ring: list[int], v: View) -> list[Point]:
    """A ring projected, points nearer than a pixel to the last one kept dropped."""
    out: list[Point] = []
    for i in range(0, len(ring), 2):
        x, y = v.xy(ring[i] / 100, ring[i + 1] / 100)
        if not out or abs(x - out[-1][0]) + abs(y - out[-1][1]) >= 1.0:
            out.append((x, y))
    return out


def _clip(points: list[Point], edge: int, limit: float, keep_above: bool) -> list[Point]:
    """Sutherland-Hodgman against one side of the frame (edge 0: x, 1: y): a land ring
    cut to what is seen, its cut running along the frame, so the fill stays right."""

    def inside(p: Point) -> bool:
        return p[edge] >= limit if keep_above else p[edge] <= limit

    def cross(a: Point, b: Point) -> Point:
        t = (limit - a[edge]) / (b[edge] - a[edge])
        return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))

    out: list[Point] = []
    for i, cur in enumerate(points):
        prev = points[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def _polygon(ring: list[int], v: View) -> str:
    """A land ring as SVG path data, clipped to the frame."""
    points = _points(ring, v)
    for edge, limit, above in ((0, -PAD, True), (0, WIDTH + PAD, False), (1, -PAD, True), (1, v.height + PAD, False)):
        points = _clip(points, edge, limit, above)
    return _data(points, closed=True)


def _line(ring: list[int], v: View) -> str:
    """A border as SVG path data: only its stretches inside the frame."""
    runs: list[list[Point]] = [[]]
    for x, y in _points(ring, v):
        if -PAD <= x <= WIDTH + PAD and -PAD <= y <= v.height + PAD:
            runs[-1].append((x, y))
        elif runs[-1]:
            runs.append([])
    return "".join(_data(r, closed=False) for r in runs)


def _data(points: list[Point], closed: bool) -> str:
    if len(points) < 2:
        return ""
    body = "L".join(f"{x:.1f} {y:.1f}" for x, y in points)
    return f"M{body}{'Z' if closed else ''}"


def _inside(ring: list[int], box: tuple[float, float, float, float]) -> bool:
    """Whether a ring's box meets the box shown (rings wholly outside are not drawn)."""
    xs, ys = ring[0::2], ring[1::2]
    w, s, e, n = (c * 100 for c in box)
    return min(xs) <= e and max(xs) >= w and min(ys) <= n and max(ys) >= s


def base_map(v: View) -> list[str]:
    """Land and borders of the box shown."""
    world, box = outline(), v.box()
    land = "".join(_polygon(r, v) for r in world["land"] if _inside(r, box))
    borders = "".join(_line(r, v) for r in world["borders"] if _inside(r, box))
    return [
        f'<rect x="0" y="0" width="{WIDTH}" height="{v.height}" class="map-sea"/>',
        f'<path d="{land}" class="map-land" fill-rule="evenodd"/>' if land else "",
        f'<path d="{borders}" class="map-border"/>' if borders else "",
    ]


def toll(t: PlaceTally) -> int:
    """The high end of the dead, else of the injured, else of any outcome: what sizes a mark."""
    for outcome in OUTCOMES:
        if t.high.get(outcome):
            return t.high[outcome]
    return max(t.high.values(), default=0)


def outcome_class(t: PlaceTally) -> str:
    for outcome in OUTCOMES:
        if t.high.get(outcome):
            return outcome
    return "other" if t.high else "named"


def summary(t: PlaceTally) -> str:
    """'45–52 killed, 12 injured' or 'named in 3 articles'."""
    parts = []
    for outcome in sorted(t.high, key=lambda o: (o not in OUTCOMES, OUTCOMES.index(o) if o in OUTCOMES else 0, o)):
        lo, hi = t.low[outcome], t.high[outcome]
        parts.append(f"{lo:,} {outcome}" if lo == hi else f"{lo:,}–{hi:,} {outcome}")
    named = f"named in {len(t.articles)} article{'s' if len(t.articles) != 1 else ''}"
    return ", ".join(parts) if parts else named


def radius(t: PlaceTally, heaviest: int) -> float:
    """Area grows with the toll, on one scale for the map; three dead are not drawn as a
    massacre because nothing worse happened in the briefing."""
    per = min(R_PER_ROOT, (R_MAX - R_MIN) / math.sqrt(heaviest)) if heaviest else 0.0
    return R_MIN + per * math.sqrt(toll(t))


def _labels(marks: list[tuple[PlaceTally, float, float, float]]) -> list[str]:
    """Names beside the heaviest marks, right of the mark, else left; never over another name."""
    placed: list[tuple[float, float, float, float]] = []
    out = []
    for t, x, y, r in marks[:LABELS]:
        w = 7.2 * len(t.place.name) + 6  # about 7 px a character at 12 px, and the halo
        for anchor, left in (("start", x + r + 3), ("end", x - r - 3 - w)):
            box = (left - 2, y - 12, left + w, y + 7)  # the halo reaches above and below the letters
            if left >= 0 and box[2] <= WIDTH and not any(_overlap(box, o) for o in placed):
                placed.append(box)
                tx = x + r + 3 if anchor == "start" else x - r - 3
                out.append(
                    f'<text x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" class="map-name">'
                    f"{text(t.place.name)}</text>"
                )
                break
    return out


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def located(tallies: list[PlaceTally]) -> list[PlaceTally]:
    return [t for t in tallies if t.place.latitude is not None and t.place.longitude is not None]


def home(tallies: list[PlaceTally]) -> list[PlaceTally]:
    """The places of the states where the briefing happens: a state with a tenth of the
    mentions of the most named one or more. A summit in Lima or talks in Geneva are named
    too, but a map wide enough to hold them would pile the war's towns into one blot."""
    weight: dict[str | None, int] = {}
    for t in tallies:
        weight[t.place.country] = weight.get(t.place.country, 0) + len(t.place.mentions) + toll(t)
    top = max(weight.values(), default=0)
    return [t for t in tallies if weight[t.place.country] >= HOME_SHARE * top]


def place_map(tallies: list[PlaceTally], label: str = "Map of the places named") -> Safe:
    """The map of the located places among these; empty when none has coordinates."""
    located_ = located(tallies)
    if not located_:
        return Safe("")
    return _draw(located_, view([(t.place.longitude, t.place.latitude) for t in located_]), label)  # type: ignore[misc]


def _draw(located: list[PlaceTally], v: View, label: str) -> Safe:
    heaviest = max(toll(t) for t in located)
    marks = []
    for t in located:
        x, y = v.xy(t.place.longitude, t.place.latitude)  # type: ignore[arg-type]
        marks.append((t, x, y, radius(t, heaviest)))
    marks.sort(key=lambda m: (-m[3], -len(m[0].articles), m[0].place.name))  # big first: small on top
    parts = [
        f'<svg class="place-map" role="img" aria-label="{text(label)}" viewBox="0 0 {WIDTH} {v.height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">',
        *base_map(v),
    ]
    for t, x, y, r in marks:
        pid = text(t.place.id)
        parts.append(
            f'<a xlink:href="#{pid}" class="map-mark map-{outcome_class(t)}" data-place="{pid}">'
            f"<title>{text(t.place.name + ': ' + summary(t))}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/></a>'
        )
    parts += _labels(marks)
    parts.append("</svg>")
    return Safe("\n".join(p for p in parts if p))
