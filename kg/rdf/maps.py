"""A map of projects and amounts, offline: one self-contained HTML page with an SVG.

Analysts ask *where* the money goes.  Every project with a place chain
(project → park → county → city → province) is put on the seat of the most
specific division it reaches, with a bubble whose area grows with the amount.
There is no tile server and no boundary file to ship: the seats of all 2,700
counties of the division table (``kg/knowledge/data/divisions.tsv``, derived from cpca)
drawn as faint dots give the country's shape, and the 34 province seats are
labelled.  Coordinates are projected equirectangularly with the longitude
scaled by cos(35°), which keeps China's proportions within a few per cent.

Article text (project and place names) only reaches the page through
``html.escape``; the page loads nothing.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from kg.knowledge import places
from kg.rdf.namespaces import SPARQL_PROLOGUE
from kg.rdf.store import default_is_union

#: Level rank: a project is put on its most specific division.
_RANK = {"village": 0, "town": 1, "county": 2, "city": 3, "province": 4}

#: The box of longitudes and latitudes drawn, and the page width; the height follows.
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = 73.0, 135.5, 17.5, 54.0
WIDTH = 960
_KX = math.cos(math.radians(35))  # a degree of longitude at 35°N is this many degrees of latitude
_SCALE = WIDTH / ((LON_MAX - LON_MIN) * _KX)
HEIGHT = round((LAT_MAX - LAT_MIN) * _SCALE)

_PROJECT_PLACES = """
SELECT DISTINCT ?pr ?project ?amount ?code WHERE {
  ?pr a kg:Project ; rdfs:label ?project .
  ?pr (kg:locatedIn|kg:partOf)+ ?pl .
  ?pl kg:divisionCode ?code .
  OPTIONAL { ?pr kg:investmentAmount ?amount }
}"""


@dataclass
class Spot:
    """The projects put on one division's seat."""

    code: str
    name: str
    lon: float
    lat: float
    projects: dict[str, float | None] = field(default_factory=dict)  # project name -> yuan

    @property
    def total(self) -> float:
        return sum(a for a in self.projects.values() if a)


def spots(store: ox.Store, only: set[str] | None = None) -> list[Spot]:
    """Projects by the most specific division (with coordinates) their place chain reaches
    (``only``: just these project IRIs, e.g. the projects shown on a graph page)."""
    best: dict[str, tuple[int, str, str, float | None]] = {}  # project IRI -> (rank, code, name, amount)
    for pr, name, amount, code in _project_places(store, only):
        place = places.get(code.value)
        if place is None or places.coordinates(place.code) is None:
            continue
        yuan = float(Decimal(amount.value)) if amount is not None else None
        cand = (_RANK.get(place.level, 9), place.code, name.value, yuan)
        old = best.get(pr.value)
        if old is None or cand[:2] < old[:2] or (cand[:2] == old[:2] and (yuan or 0) > (old[3] or 0)):
            best[pr.value] = cand
    by_code: dict[str, Spot] = {}
    for _rank, code, name, yuan in best.values():
        lon, lat = places.coordinates(code) or (0.0, 0.0)
        spot = by_code.setdefault(code, Spot(code, places.get(code).name, lon, lat))  # type: ignore[union-attr]
        spot.projects[name] = max(yuan or 0, spot.projects.get(name) or 0) or None
    return sorted(by_code.values(), key=lambda s: (-s.total, -len(s.projects), s.code))


#: below this many projects, each is looked up on its own (a focus page) instead of reading all
FEW_PROJECTS = 500


def _project_places(store: ox.Store, only: set[str] | None) -> list[tuple]:
    """(project, name, amount, division code) rows: of every project, or of ``only`` these."""
    from kg.rdf.query import bound

    union = default_is_union(store)
    names = ("pr", "project", "amount", "code")
    if only is not None and len(only) < FEW_PROJECTS:
        rows = []
        for iri in sorted(only):  # bound, the path is walked from one project: milliseconds each
            text, subs = bound(SPARQL_PROLOGUE + _PROJECT_PLACES, {ox.Variable("pr"): ox.NamedNode(iri)})
            out = store.query(text, substitutions=subs, use_default_graph_as_union=union)
            rows += [tuple(sol[v] for v in names) for sol in out]
        return rows
    out = store.query(SPARQL_PROLOGUE + _PROJECT_PLACES, use_default_graph_as_union=union)
    return [tuple(sol[v] for v in names) for sol in out if only is None or sol["pr"].value in only]


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return round((lon - LON_MIN) * _KX * _SCALE, 1), round((LAT_MAX - lat) * _SCALE, 1)


def _yi(yuan: float) -> str:
    return f"{yuan / 1e8:,.2f} 亿元" if yuan else "amount not stated"


def _radius(total: float, largest: float) -> float:
    """Bubble area proportional to the amount; a project without one is a small fixed dot."""
    if total <= 0 or largest <= 0:
        return 3.0
    return round(4 + 36 * math.sqrt(total / largest), 1)


#: the map's own styles, inside its SVG, so the graph page can embed it as it is
_SVG_STYLE = """<style>
.bg circle { fill: #a0aec0; }
.labels text { font-size: 11px; fill: #4a5568; }
.spot { fill: rgba(197, 48, 48, .45); stroke: #9b2c2c; stroke-width: 1; }
.spot:hover { fill: rgba(197, 48, 48, .8); }
</style>"""


def svg(spot_list: list[Spot]) -> str:
    """The map itself: county seats as dots, province names, a bubble per place with projects."""
    e = html.escape
    dots = "".join(
        f'<circle cx="{x}" cy="{y}" r="1.1"/>'
        for x, y in (_xy(lon, lat) for _p, lon, lat in places.located_divisions("county"))
    )
    labels = "".join(
        f'<text x="{x + 3}" y="{y - 3}">{e(p.short or p.name)}</text>'
        for p, x, y in ((p, *_xy(lon, lat)) for p, lon, lat in places.located_divisions("province"))
    )
    largest = max((s.total for s in spot_list), default=0.0)
    bubbles = []
    for s in sorted(spot_list, key=lambda s: -s.total):  # big first, so small ones stay clickable on top
        x, y = _xy(s.lon, s.lat)
        tip = f"{s.name}: {len(s.projects)} projects, {_yi(s.total)}\n" + "\n".join(
            f"· {n} ({_yi(a or 0)})" for n, a in sorted(s.projects.items(), key=lambda kv: -(kv[1] or 0))[:12]
        )
        bubbles.append(
            f'<circle class="spot" cx="{x}" cy="{y}" r="{_radius(s.total, largest)}" data-code="{e(s.code)}">'
            f"<title>{e(tip)}</title></circle>"
        )
    return (f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="map">'
            f'{_SVG_STYLE}<g class="bg">{dots}</g><g class="labels">{labels}</g>'
            f'<g class="spots">{"".join(bubbles)}</g></svg>')


def render(spot_list: list[Spot], title: str = "parkkg: projects and amounts by place") -> str:
    """The map page (HTML with the inline SVG and a table), every name escaped."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(s.name)}</td><td>{e(s.code)}</td><td>{len(s.projects)}</td>"
        f"<td>{s.total / 1e8:,.2f}</td><td>{e('、'.join(sorted(s.projects)[:8]))}</td></tr>"
        for s in spot_list
    )
    return _PAGE.format(
        title=e(title), svg=svg(spot_list), rows=rows,
        n_spots=len(spot_list), n_projects=sum(len(s.projects) for s in spot_list),
    )


@dataclass
class Year:
    """The investments reported on pages published in one year."""

    year: int
    facts: int = 0
    yuan: float = 0.0


def timeline(store: ox.Store) -> list[Year]:
    """Investments per publication year of the page that reports them (the named query
    ``investments_by_date``: undated pages are left out), oldest first."""
    from kg.rdf.query import run_named

    years: dict[int, Year] = {}
    for issued, *_rest, amount, _text, _page in run_named(store, "investments_by_date").rows:
        year = int(str(issued)[:4])
        y = years.setdefault(year, Year(year))
        y.facts += 1
        y.yuan += float(amount or 0)
    return [years[k] for k in sorted(years)]


#: the timeline's size (SVG user units)
TL_WIDTH, TL_HEIGHT, TL_BAR = 960, 180, 36


def render_timeline(years: list[Year]) -> str:
    """Bars of the amount invested per year, labelled with the amount; the number of
    investments is in each bar's title (shown on hover)."""
    if not years:
        return "<p>No dated page reports an investment: the timeline is empty.</p>"
    top = max(y.yuan for y in years) or 1.0
    step = min(TL_BAR * 2, TL_WIDTH // len(years))
    bars = []
    for i, y in enumerate(years):
        h = round((TL_HEIGHT - 40) * y.yuan / top)
        x = i * step + 4
        bars.append(
            f'<g class="year"><rect x="{x}" y="{TL_HEIGHT - 20 - h}" width="{step - 8}" height="{h}">'
            f"<title>{y.year}: {y.facts} investments, {_yi(y.yuan)}</title></rect>"
            f'<text x="{x}" y="{TL_HEIGHT - 4}">{y.year}</text>'
            f'<text x="{x}" y="{TL_HEIGHT - 24 - h}">{_yi(y.yuan)}</text></g>'
        )
    return (f'<svg viewBox="0 0 {TL_WIDTH} {TL_HEIGHT}" width="{TL_WIDTH}" height="{TL_HEIGHT}" '
            f'role="img" aria-label="timeline">{"".join(bars)}</svg>')


def write_map(store: ox.Store, out: Path) -> tuple[Path, int]:
    """Write the map page (the timeline under the map); returns the path and the places with projects."""
    found = spots(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    # the timeline between the map and the table of places
    page = render(found).replace("<table>", _TIMELINE.format(svg=render_timeline(timeline(store))) + "<table>", 1)
    out.write_text(page, encoding="utf-8")
    return out, len(found)


_TIMELINE = """<h2>By year</h2>
<p>Investments by the publication year of the page that reports them (pages that print no date are
left out): the amount invested, and each bar's count on hover.</p>
{svg}
<h2>By place</h2>
"""


_PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1em; color: #222; }}
svg {{ background: #f7fafc; border: 1px solid #ddd; max-width: 100%; height: auto; }}
.year rect {{ fill: #2b6cb0; }}
.year text {{ font-size: 11px; fill: #4a5568; }}
table {{ border-collapse: collapse; margin-top: 1em; font-size: 13px; }}
td, th {{ border: 1px solid #ddd; padding: 3px 8px; text-align: left; }}
</style></head><body>
<h1>{title}</h1>
<p>{n_projects} projects on {n_spots} places: each bubble sits on the seat of the most specific division a
project's place chain reaches, its area grows with the amount invested. Hover a bubble for its projects.
Grey dots are county seats.</p>
{svg}
<table><thead><tr><th>place</th><th>code</th><th>projects</th><th>亿元</th><th>projects (first 8)</th></tr></thead>
<tbody>{rows}</tbody></table>
</body></html>
"""
