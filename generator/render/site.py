"""Render the briefing model to Markdown pages through Jinja2 templates.

`render_site` returns {path inside docs/: text}; MkDocs (through the hook)
or the `briefing pages` command decides where the text goes. Untrusted
text is escaped by the environment's finalize hook (see markup.py); what the overview
says first is decided before, in generator/digest.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import yaml

from ..digest import Digest, digest
from ..model import Actor, Briefing, Casualty, SentenceRef, type_label
from ..tally import by_place, series
from .export import to_json
from .figures import OUTCOME_ORDER, chart, figure
from .fragments import FRAGMENT, external, fragment
from .links import Links, href, link
from .lookup import build_lookup, by_article
from .mapview import home, located, outcome_class, place_map, summary, toll
from .markup import Safe, environment, json_attr, title_text
from .network import graphml, legend_swatch, network_data
from .schema import schema_json
from .spreadsheet import casualties_csv
from .style import TYPE_ORDER, type_style
from .timechart import toll_chart

ACRONYM = re.compile(r"[A-Z][A-Z0-9.&]{1,7}")


def front_matter(**fields: object) -> Safe:
    """YAML front matter, dumped (and so quoted) by PyYAML; titles and tags made inert."""
    data = {k: v for k, v in fields.items() if v is not None}
    if "title" in data:
        data["title"] = title_text(data["title"])
    if "tags" in data:
        data["tags"] = [title_text(tag) for tag in data["tags"]]  # type: ignore[union-attr]
    return Safe("---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=True) + "---\n")


@dataclass(frozen=True)
class Page:
    """Where a page sits, so its links can be made relative."""

    path: str

    @property
    def base(self) -> str:
        return "../" * self.path.count("/")


class SiteRenderer:
    """Builds every page of the site from one briefing."""

    def __init__(self, b: Briefing, directory_urls: bool = True, glance: Digest | None = None):
        self.b = b
        self.digest = glance or digest(b)
        self.env = environment()
        self.directory_urls = directory_urls
        self.actors = {a.id: a for a in b.actors}
        self.article_number = {a.id: i + 1 for i, a in enumerate(b.articles)}
        self.titles = {a.id: a.title for a in b.articles}
        self.articles_by_id = {a.id: a for a in b.articles}
        self.casualties_by_id = {c.id: c for c in b.casualties}
        self._abbr = self.abbreviations()
        self.look = build_lookup(b)
        self.actor_names = {a.id: a.name for a in b.actors}

    # ---- links ----------------------------------------------------------------
    def links(self, page: Page, markdown: bool = False) -> Links:
        """The links of a page: Markdown for the page itself, HTML for its fragments."""
        return Links(
            page.path,
            self.directory_urls,
            markdown,
            self.actor_names,
            self.article_number,
            self.titles,
            self.look.sentence,
            self.look.page,
        )

    def sentence(self, ref: SentenceRef | None) -> str:
        return self.look.sentence(ref.article_id, ref.index) if ref else ""

    def type_label(self, type_: str) -> str:
        return type_label(type_)

    def abbreviations(self) -> dict[str, str]:
        """Acronyms and what they stand for, explained on hover ("HTS")."""
        pairs: dict[str, str] = {}
        for a in self.b.actors:
            for word in (a.name, *a.aliases):
                if not ACRONYM.fullmatch(word):
                    continue
                long = a.name if a.name != word else (a.long_name or "")
                if long:
                    pairs.setdefault(word, re.sub(r"[\[\]\n]", " ", long))
        return dict(sorted(pairs.items()))

    def abbreviations_for(self, text: str) -> str:
        """Markdown abbreviation definitions for the acronyms this page uses, and only those:
        every definition costs a pass of the Markdown converter over the page."""
        text = FRAGMENT.sub("", text)  # HTML fragments pass the converter untouched: no <abbr> in them
        used = [k for k in self._abbr if k in text and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text)]
        return "".join(f"\n*[{k}]: {self._abbr[k]}" for k in used) + ("\n" if used else "")

    def render(self, template: str, page: Page, **ctx: object) -> str:
        md_links = self.links(page, markdown=True)
        helpers = {
            "actor_link": md_links.actor,
            "ev": md_links.evidence,
            "sentence": self.sentence,
            "type_label": self.type_label,
            "front_matter": front_matter,
            "base": Safe(page.base),
            "b": self.b,
            "actors": self.actors,
            "figure": figure,
            "json_attr": json_attr,
            "fragment": lambda template, **kw: self.fragment(template, page, **kw),
            "fragment_of": fragment,  # an SVG drawn at build time, passed through the converter untouched
        }
        text = self.env.get_template(template).render(**helpers, **ctx)
        return text + self.abbreviations_for(text)

    def fragment(self, template: str, page: Page, **ctx: object) -> Safe:
        """A long table or list of a page as HTML (see fragments.py), its links final URLs."""
        helpers = {
            "links": self.links(page),
            "figure": figure,
            "sentence": self.sentence,
            "article": self.articles_by_id.get,
            "external": external,
            "anchor_link": lambda label, anchor: link(label, f"#{anchor}"),
            "link": link,
            "casualty": self.casualties_by_id.get,
            "outcome_class": outcome_class,
            "summary": summary,
        }
        return fragment(self.env.get_template(template).render(**helpers, **ctx))

    # ---- pages ----------------------------------------------------------------
    def pages(self) -> dict[str, str]:
        out = {
            "index.md": self.overview(),
            "actors/index.md": self.render("actors_index.md.j2", Page("actors/index.md"), groups=self.actor_groups()),
            "network.md": self.network(),
            "casualties.md": self.casualties(),
            "sources.md": self.render("sources.md.j2", Page("sources.md"), groups=self.source_groups()),
            "timeline.md": self.render("timeline.md.j2", Page("timeline.md"), events=self.b.events),
            "places.md": self.render("places.md.j2", Page("places.md"), places=self.b.places),
            "map.md": self.place_map(),
            "articles/index.md": self.render("articles_index.md.j2", Page("articles/index.md")),
        }
        for a in self.b.actors:
            out[f"actors/{a.id}.md"] = self.actor(a)
        for art in self.b.articles:
            out[f"articles/{art.id}.md"] = self.render(
                "article.md.j2",
                Page(f"articles/{art.id}.md"),
                article=art,
                contributed=self.digest.contributions[art.id],
            )
        return out

    def actor_groups(self) -> list[tuple[str, list[Actor]]]:
        groups: dict[str, list[Actor]] = defaultdict(list)
        for a in self.b.actors:
            groups[a.type].append(a)
        order = list(TYPE_ORDER)
        return [
            (t, sorted(groups[t], key=lambda a: a.name.casefold()))
            for t in sorted(groups, key=lambda t: (order.index(t) if t in order else 99, t))
        ]

    def actor(self, a: Actor) -> str:
        rels = self.look.relations_of.get(a.id, [])
        coop = [r for r in rels if r.polarity == "cooperative"]
        hostile = [r for r in rels if r.polarity == "hostile"]
        other = [r for r in rels if r.polarity == "neutral"]
        page = Page(f"actors/{a.id}.md")
        return self.render(
            "actor.md.j2",
            page,
            actor=a,
            cooperative=coop,
            hostile=hostile,
            neutral=other,
            casualties=self.look.reported_by.get(a.id, []),
            quotes=self.look.statements_of.get(a.id, []),
            articles=[(self.articles_by_id[aid], ms) for aid, ms in by_article(a.mentions)],
            mention_count=len(a.mentions),
        )

    def casualties(self) -> str:
        by_outcome: dict[str, list[Casualty]] = defaultdict(list)
        to_date: list[tuple[Casualty, int]] = []
        for c in self.b.casualties:
            if c.cumulative and not c.part_of:  # a war's toll to date: never beside the figures of events
                to_date.append((c, 0))
                to_date += [(sub, 1) for sub in self.look.parts_of.get(c.id, [])]
            elif not c.cumulative:
                by_outcome[c.outcome].append(c)
        tables = []
        for outcome in sorted(by_outcome, key=lambda o: (OUTCOME_ORDER.index(o) if o in OUTCOME_ORDER else 99, o)):
            rows = by_outcome[outcome]
            top = [c for c in rows if not c.part_of]
            nested = []
            for c in top:
                nested.append((c, 0))
                nested += [(sub, 1) for sub in self.look.parts_of.get(c.id, [])]
            tables.append((outcome, nested))
        by_id = self.casualties_by_id
        incidents = [(i, [(by_id[f], 0) for f in i.figures if f in by_id]) for i in self.b.incidents]
        over_time = series(self.b)
        return self.render(
            "casualties.md.j2",
            Page("casualties.md"),
            tables=tables,
            to_date=to_date,
            published={a.id: a.published.isoformat() if a.published else "undated" for a in self.b.articles},
            chart=chart(self.b.casualties),
            over_time=over_time,
            toll_chart=toll_chart(over_time),
            rejected=self.b.rejected,
            incidents=incidents,
            incident_of={f: i.id for i in self.b.incidents for f in i.figures},
        )

    def place_map(self) -> str:
        """The map page: located places drawn and listed (the deadliest first), the rest listed."""
        tallies = by_place(self.b)
        on_map = sorted(located(tallies), key=lambda t: (-toll(t), -len(t.articles), t.place.name.casefold()))
        region = home(on_map)
        shown = {t.place.id for t in region}
        return self.render(
            "map.md.j2",
            Page("map.md"),
            svg=place_map(region),
            world=place_map(on_map, "Map of every place located") if len(region) < len(on_map) else "",
            elsewhere=[t.place.name for t in on_map if t.place.id not in shown],
            located=on_map,
            unlocated=sorted(
                (t for t in tallies if t.place.latitude is None and not t.place.state),
                key=lambda t: (-toll(t), -len(t.place.mentions), t.place.name.casefold()),
            ),
            states=[t.place.name + (f" ({summary(t)})" if t.figures else "") for t in tallies if t.place.state],
        )

    def source_groups(self) -> list[tuple[str, str | None, list, list]]:
        """Speakers with their statements and the casualty figures they are the source of."""
        groups: dict[tuple[str, str | None], list] = defaultdict(list)
        for s in self.b.sources:
            if s.kind != "article":
                groups[(s.name, s.actor)].append(s)
        ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0].casefold()))
        return [
            (name, actor, items, self.look.reported_by.get(actor, []) if actor else [])
            for (name, actor), items in ordered
        ]

    def network(self) -> str:
        page = Page("network.md")
        urls = {a.id: href(page.path, f"actors/{a.id}.md", self.directory_urls) for a in self.b.actors}
        data = network_data(self.b, urls)
        present = {n["actor_type"] for n in data["nodes"]}
        legend = [
            (t, style, legend_swatch(style["shape"], style["colour"]))
            for t in TYPE_ORDER
            if t in present
            for style in [type_style(t)]
        ]
        max_evidence = max((e["evidence"] for e in data["edges"]), default=1)
        return self.render(
            "network.md.j2",
            page,
            data=data,
            legend=legend,
            relations=self.b.relations,
            max_evidence=max(1, min(max_evidence, 10)),
        )

    def overview(self) -> str:
        return self.render("index.md.j2", Page("index.md"), digest=self.digest)


def render_site(b: Briefing, directory_urls: bool = True) -> dict[str, str]:
    """Every generated file of the site: Markdown pages and data exports. `directory_urls`
    as in mkdocs.yml: the HTML fragments link to the built pages' addresses."""
    files = SiteRenderer(b, directory_urls).pages()
    files["data/briefing.json"] = to_json(b)
    files["data/casualties.csv"] = casualties_csv(b)
    files["data/network.graphml"] = graphml(b)
    files["data/briefing.schema.json"] = schema_json()
    return files
