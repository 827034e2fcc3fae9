"""Named vetoes of proposed facts (kg.relate.filters)."""

from __future__ import annotations

import pytest

from kg.document import Document
from kg.pipeline import process_before, process_text
from kg.relate import filters


@pytest.mark.parametrize("fid", sorted(filters.FILTERS))
def test_every_filter_vetoes_something_in_its_own_example(fid: str) -> None:
    text = filters.FILTERS[fid].example
    doc = process_before(Document(id="t", source="t", raw=text), "filters")
    assert fid in {filters.vetoed(doc, f) for f in doc.facts}


def test_a_place_investors_come_from_signs_nothing():
    doc = process_text("岳阳市与来自江苏常州的远帆集团签约。其中，来自浙江绍兴的远帆化纤股份有限公司与园区签订投资协议。")
    signers = {f.subject.text for f in doc.facts if f.predicate == "signsWith"}
    assert signers == {"岳阳市"}


def test_the_trace_shows_which_filter_vetoed_a_proposed_fact():
    doc = process_text("来自江苏常州的远帆集团签约建设年产8万吨青禾铝箔项目。")
    assert {(f.obj.text, why) for f, why in doc.rejected} == {("江苏", "filter.origin_place"), ("常州", "filter.origin_place")}
    assert "vetoed by filter.origin_place" in doc.trace()
    assert not any(f.predicate == "locatedIn" and f.obj.text in ("江苏", "常州") for f in doc.facts)
