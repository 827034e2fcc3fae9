"""Web pages saved as .html: read like text, markup blanked in place, offsets into the file."""

from __future__ import annotations

from kg.pipeline import process
from kg.text.reading import iter_paths, read_file

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>青松经济开发区新签约项目</title>
<script>var nav = "<p>首页</p>"; if (a < b) { track(); }</script>
<style>p { margin: 0 }</style></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<!-- 正文开始：编辑注释，不是正文 -->
<h1>青松经济开发区新签约项目三个</h1>
<p>江城新材料有限公司投资3亿元建设年产5万吨锂电池隔膜项目，项目位于青松经济开发区。</p>
<p>青松经济开发区位于云梦县&nbsp;，是省级开发区。</p>
<div class="info">来源：某县融媒体中心　发布时间：2025-06-18</div>
</body></html>
"""


def test_gbk_html_page_is_read_and_its_article_extracted(tmp_path):
    f = tmp_path / "news.html"
    f.write_bytes(PAGE.encode("gbk"))
    assert list(iter_paths(tmp_path)) == [f]  # a folder's .html files are pages
    doc = process(read_file(f))
    assert doc.issued == "2025-06-18"
    facts = {(x.subject.text, x.predicate, x.obj.text if x.obj else x.literal) for x in doc.facts}
    assert ("青松经济开发区", "locatedIn", "云梦县") in facts
    invest = next(x for x in doc.facts if x.predicate == "investsIn")
    assert invest.amount_yuan == 300_000_000
    # no markup, script or style text reaches the clean text
    assert "<" not in doc.text and "track" not in doc.text and "margin" not in doc.text
    assert "编辑注释" not in doc.text and "DOCTYPE" not in doc.text  # a comment, the doctype
    # evidence offsets point into the file's own text
    rs, re_ = doc.raw_span(invest.evidence_start, invest.evidence_end)
    assert "江城新材料有限公司投资3亿元" in doc.raw[rs:re_]


FURNISHED = """<html><head><meta charset="utf-8"><title>园区动态</title></head><body>
<nav><a href="/">首页</a> <a href="/zs">招商引资</a> <a href="/gk">走进长岭经济开发区</a></nav>
<div id="breadcrumb">当前位置：首页 &gt; 园区动态</div>
<div class="main"><div class="article">
<h1>江城新材料项目开工</h1>
<p>江城新材料有限公司投资3亿元建设年产5万吨锂电池隔膜项目，项目位于青松经济开发区。</p>
<div class="share-bar"><div class="share">分享到：微信 微博</div></div>
</div>
<aside><h3>热门</h3><p>白鹭科技有限公司入驻白鹭经济开发区</p></aside>
</div>
<div class="footer">版权所有：长岭经济开发区管理委员会　备案号：鄂ICP备0000号</div>
</body></html>
"""


def test_menus_side_bars_and_footers_are_not_the_article(tmp_path):
    f = tmp_path / "dyn.html"
    f.write_text(FURNISHED, encoding="utf-8")
    doc = process(read_file(f))
    for furniture in ("招商引资", "当前位置", "分享到", "白鹭科技", "版权所有", "长岭"):
        assert furniture not in doc.text, furniture
    names = {m.text for m in doc.mentions}
    assert "长岭经济开发区管理委员会" not in names and "白鹭科技有限公司" not in names
    invest = next(x for x in doc.facts if x.predicate == "investsIn")  # the article is read as before
    rs, re_ = doc.raw_span(invest.evidence_start, invest.evidence_end)
    assert "江城新材料有限公司投资3亿元" in doc.raw[rs:re_]
