"""The hand-over object: offset mapping and lookups, on hand-made documents."""

from kg.document import Document, Mention, Sentence


def test_raw_span_maps_clean_offsets_back_to_the_original():
    raw = "工 业\n园区"
    # clean text "工业园区": 工=0, 业=2, 园=4, 区=5 in raw
    doc = Document(id="d", source="d", raw=raw, text="工业园区", offsets=[0, 2, 4, 5])
    assert doc.raw_span(0, 4) == (0, 6)
    assert raw[slice(*doc.raw_span(1, 3))] == "业\n园"
    assert doc.to_raw(4) == len(raw)


def test_raw_span_is_ordered_when_columns_are_read_out_of_order():
    # the second clean char comes from an earlier raw position (column reading)
    doc = Document(id="d", source="d", raw="abcdef", text="xyz", offsets=[4, 1, 5])
    start, end = doc.raw_span(0, 3)
    assert (start, end) == (1, 6)


def test_sentence_at_and_describe():
    doc = Document(id="d", source="d", raw="甲。乙。", text="甲。乙。")
    doc.sentences = [Sentence(0, 2, "甲。"), Sentence(2, 4, "乙。", kind="headline")]
    assert doc.sentence_at(3).kind == "headline"
    assert doc.sentence_at(9) is None
    m = Mention(0, 1, "甲", "Company")
    assert "Company" in repr(m)
    assert doc.describe().startswith("Document d")
