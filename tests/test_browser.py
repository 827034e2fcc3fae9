"""The graph page really renders in a headless Chromium with the network switched off.

How this proves rendering (not just "the file contains the labels"): the page
records, from vis-network's ``afterDrawing`` event after the layout has
stabilised, what the *network object* drew — the node and edge indices of the
drawn network, each drawn node's label, how many nodes got finite canvas
positions, and how many canvas pixels are painted — into
``<pre id="kg-render-report">`` and sets ``<body data-kg-rendered="1">``.
``chromium --dump-dom`` prints the DOM after the scripts ran, so a missing or
broken vis-network bundle, a script error, a CDN dependency (the network is
off) or an empty canvas all make this test fail.

Hostile text: labels, aliases and evidence carry ``<img src=x onerror=…>``
payloads that would mark ``<body data-pwned>`` if any of it were ever parsed
as HTML (tooltips are built at load time, so innerHTML would fire them).

Skipped only when no Chromium is installed (tests/run.sh installs Debian's
``chromium`` and ``fonts-noto-cjk``).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess

import pytest

from kg.viz import write_html

try:  # the hand-made graph lives in test_netx (tests/ may or may not be a package)
    from tests.test_netx import GraphBuilder, demo_quads, demo_store
except ImportError:
    from test_netx import GraphBuilder, demo_quads, demo_store

pytestmark = pytest.mark.slow

BROWSER = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)

PWN = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"


def dump_dom(page, tmp_path) -> str:
    """Open ``page`` in headless Chromium, offline, and return the DOM after scripts ran."""
    if BROWSER is None:
        pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk; tests/run.sh does it)")
    cmd = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={tmp_path / 'profile'}",
        # no way out: every host resolves to nothing and any proxied request goes to a dead port
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=1200,800",
        "--virtual-time-budget=30000",
        "--dump-dom",
        page.resolve().as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def render_report(dom: str) -> dict:
    assert 'data-kg-rendered="1"' in dom, "the page never reported a drawn network"
    m = re.search(r'<pre id="kg-render-report"[^>]*>(.*?)</pre>', dom, re.S)
    assert m and m.group(1), "render report is empty"
    return json.loads(html.unescape(m.group(1)))


def test_network_renders_offline_with_chinese_labels(tmp_path):
    page = write_html(demo_store(), tmp_path / "graph.html")
    report = render_report(dump_dom(page, tmp_path))
    assert report["nodes"] == 9
    assert report["edges"] == 8
    assert report["positioned"] == 9
    assert "平遥经济技术开发区" in report["labels"]
    assert "年产2万吨阴极炭素高端石墨新材料项目" in report["labels"]
    # drawn as text on the canvas, not markup
    assert "<script>alert(1)</script>公司" in report["labels"]
    w, h = report["canvas"]
    assert w > 0 and h > 0
    assert report["painted"] > 2000  # nodes, edges and labels put real pixels on the canvas


def test_focus_page_renders_only_the_neighbourhood(tmp_path):
    page = write_html(demo_store(), tmp_path / "focus.html", focus="平遥县人民政府", depth=1)
    report = render_report(dump_dom(page, tmp_path))
    assert sorted(report["labels"]) == sorted(["平遥县人民政府", "平遥县招商引资优惠办法", "山西亮宇炭素新材料科技有限公司"])
    assert report["edges"] == 2


def test_hostile_text_never_becomes_html(tmp_path):
    b = GraphBuilder("page-x")
    park = b.entity("Park", "示范园区" + PWN, "别名" + PWN)
    company = b.entity("Company", "某某有限公司", PWN)
    b.fact(company, "locatedIn", park, "证据" + PWN + "</script><script>document.body.setAttribute('data-pwned','2')</script>")
    page = write_html(demo_store(demo_quads() + b.quads), tmp_path / "x.html")
    dom = dump_dom(page, tmp_path)
    report = render_report(dom)
    assert report["nodes"] == 11
    assert "示范园区" + PWN in report["labels"]
    # the payload exists in the DOM only as text / attribute values (escaped), never as an element
    assert "<img" not in dom.lower()
    assert "&lt;img src=x" in dom
    assert not re.search(r"<body[^>]*data-pwned", dom)
