"""PDF pages: the text layer is read (offsets into it), a scan or a broken file is one clear line.

``tests/data/pdf/page.pdf`` was printed by headless Chromium from ``page.html`` beside it
(a CJK font embedded as a subset, as newspapers' PDFs do).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import process
from kg.rdf.store import open_store
from kg.text.reading import ReadError, read_file

PDF = Path(__file__).parent / "data" / "pdf" / "page.pdf"


def test_pdf_text_layer_is_the_page_with_its_lines():
    doc = read_file(PDF)
    assert doc.encoding == "pdf" and doc.id == "page"
    assert doc.raw.splitlines()[0] == "经济日报 2025年6月18日 星期三 第6版"
    assert "\r" not in doc.raw
    # a sentence broken across two PDF lines is joined by the cleaning stage
    assert "3亿\n元" in doc.raw


def test_pdf_page_gives_facts_a_date_and_evidence_offsets_into_its_text():
    doc = process(read_file(PDF))
    assert doc.issued == "2025-06-18"
    facts = {(f.subject.text, f.predicate, f.obj.text if f.obj else f.literal) for f in doc.facts}
    assert ("青松经济开发区", "locatedIn", "云梦县") in facts
    located = next(f for f in doc.facts if f.predicate == "locatedIn" and f.obj and f.obj.text == "云梦县")
    rs, re_ = doc.raw_span(located.evidence_start, located.evidence_end)
    assert "青松经济开发区位于云梦县" in doc.raw[rs:re_]


def test_build_reads_pdfs_in_a_folder(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "report.pdf").write_bytes(PDF.read_bytes())
    store = tmp_path / "store"
    r = CliRunner().invoke(app, ["build", str(pages), "--store", str(store), "--no-progress"])
    assert r.exit_code == 0, r.output
    rows = list(open_store(store, read_only=True).query(
        "SELECT ?d WHERE { GRAPH ?g { ?x <http://purl.org/dc/terms/issued> ?d } }"))
    assert [row["d"].value for row in rows] == ["2025-06-18"]


def test_scanned_pdf_without_text_says_run_ocr(tmp_path):
    scan = pdfium.PdfDocument.new()
    scan.new_page(595, 842)
    scan.new_page(595, 842)
    scan.save(tmp_path / "scan.pdf")
    scan.close()
    with pytest.raises(ReadError, match=r"scan.pdf: a PDF of 2 page\(s\) without a text layer .*OCR"):
        read_file(tmp_path / "scan.pdf")


def test_broken_pdf_is_one_line(tmp_path):
    (tmp_path / "cut.pdf").write_bytes(PDF.read_bytes()[:2000])
    with pytest.raises(ReadError, match="cut.pdf: not a readable PDF") as err:
        read_file(tmp_path / "cut.pdf")
    assert "\n" not in str(err.value)
