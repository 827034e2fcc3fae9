"""Reading: file discovery, encoding detection and one-line errors."""

from __future__ import annotations

import codecs

import pytest

from kg.text.reading import ReadError, decode_bytes, iter_paths, read_file

PAGE = "山西宏达钢铁集团有限公司投资16.5亿元建设年产2万吨项目。\n"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_legacy_chinese_encodings_decode(tmp_path, encoding):
    text = PAGE + "河津市经济技术开发区管委会签约。\n"
    f = tmp_path / f"page_{encoding}.txt"
    f.write_bytes(text.encode(encoding))
    doc = read_file(f)
    assert doc.raw == text
    assert doc.encoding in {"gbk", "gb18030"}
    assert doc.id == f"page_{encoding}"
    assert doc.source == f.name  # the path inside its folder, never this machine's own (kg.text.sources)


def test_gb18030_only_characters_decode():
    # "𠀀" (U+20000) and "€" are outside GBK: only GB18030 can carry them.
    text = "新材料产业园𠀀项目，投资1亿€。"
    decoded, enc = decode_bytes(text.encode("gb18030"))
    assert decoded == text
    assert enc == "gb18030"


def test_utf8_bom_is_stripped(tmp_path):
    f = tmp_path / "bom.md"
    f.write_bytes(codecs.BOM_UTF8 + PAGE.encode("utf-8"))
    doc = read_file(f)
    assert doc.raw == PAGE
    assert not doc.raw.startswith("\ufeff")
    assert doc.encoding == "utf-8-sig"


def test_plain_utf8():
    assert decode_bytes(PAGE.encode("utf-8")) == (PAGE, "utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec):
    text = "Park 园区 2025 年\n" + PAGE
    decoded, enc = decode_bytes(text.encode(codec))
    assert decoded == text
    assert enc.startswith("utf-16")


def test_binary_content_is_refused(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReadError) as err:
        read_file(f)
    msg = str(err.value)
    assert "\n" not in msg
    assert "image.txt" in msg and "UTF-8" in msg


def test_png_header_is_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200))
    with pytest.raises(ReadError):
        decode_bytes(png)


def test_empty_and_blank_files_are_refused(tmp_path):
    for name, data in [("empty.txt", b""), ("blank.txt", b" \n\r\n\t\n")]:
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(ReadError, match="empty"):
            read_file(f)


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nope.txt")


def test_iter_paths_expands_folders_sorted_and_filters(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "c.TXT").write_text("x", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "skip.docx").write_bytes(b"PK")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_paths(tmp_path)]
    # PDFs (their text layer) and web pages are pages too; Word files are not
    assert got == ["a.txt", "b/2.md", "c.TXT", "skip.html", "skip.pdf"]
    # an explicit file is taken whatever its extension, in argument order
    explicit = tmp_path / "skip.docx"
    assert list(iter_paths([explicit, tmp_path / "a.txt"])) == [explicit, tmp_path / "a.txt"]


def test_iter_paths_errors(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK")
    with pytest.raises(ReadError, match="no .txt, .md, .html or .pdf"):
        list(iter_paths(empty))
    with pytest.raises(ReadError, match="no such file"):
        list(iter_paths([tmp_path / "missing"]))
    # lenient mode: missing paths go through (read_file reports them), empty folders vanish
    assert list(iter_paths([empty, tmp_path / "missing"], strict=False)) == [tmp_path / "missing"]


def test_read_file_on_folder_says_what_to_do(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    with pytest.raises(ReadError, match="folder"):
        read_file(tmp_path)


def test_crlf_is_kept_in_raw(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes("第一行\r\n第二行。\r\n".encode())
    assert read_file(f).raw == "第一行\r\n第二行。\r\n"


def test_utf8_with_one_broken_byte_is_not_garbled_as_gbk():
    good = ("园区企业投资建设项目，推动绿色发展。" * 20).encode("utf-8")
    data = good[:30] + b"\xff" + good[30:]
    text, enc = decode_bytes(data)
    assert enc == "utf-8"
    assert text.count("\ufffd") == 1
    assert "园区企业投资建设项目" in text


def test_gbk_is_not_mistaken_for_broken_utf8():
    text = "园区企业投资建设项目，推动绿色发展。" * 20
    assert decode_bytes(text.encode("gbk")) == (text, "gbk")


def test_stray_nul_in_utf8_text_is_tolerated():
    text = "园区企业投资建设项目，推动绿色发展。" * 20
    decoded, enc = decode_bytes(text.encode("utf-8") + b"\x00")
    assert enc == "utf-8" and decoded.startswith(text)


def test_stray_nul_in_even_length_utf8_is_not_read_as_utf16():
    text = "园区企业投资建设项目，推动绿色发展。" * 20
    data = text.encode("utf-8") + b"\x00\n"
    assert len(data) % 2 == 0
    decoded, enc = decode_bytes(data)
    assert enc == "utf-8" and decoded.startswith(text)


def test_big5_pages_decode_as_big5_not_as_gbk_mojibake(tmp_path):
    from kg.text.reading import read_file

    text = "臺灣積體電路製造股份有限公司在南京浦口經濟開發區投資建設晶圓廠。"
    p = tmp_path / "tw.txt"
    p.write_bytes(text.encode("big5"))
    doc = read_file(p)
    assert doc.encoding == "big5" and doc.raw == text


def test_gbk_pages_are_not_taken_for_big5(tmp_path):
    from kg.text.reading import read_file

    text = "平遥经济技术开发区引进了五个新材料项目，总投资十二亿元。"
    p = tmp_path / "cn.txt"
    p.write_bytes(text.encode("gbk"))
    assert read_file(p).encoding == "gbk"


def test_a_page_without_chinese_is_refused_with_a_reason(tmp_path):
    import pytest

    from kg.text.reading import ReadError, read_file

    p = tmp_path / "en.txt"
    p.write_text("An English page only.", encoding="utf-8")
    with pytest.raises(ReadError, match="no Chinese text"):
        read_file(p)


def test_html_saved_as_text_loses_its_markup_but_keeps_offsets():
    from kg.pipeline import process_text

    raw = "<html><body><p>白鹭经济开发区与远帆集团&nbsp;签约。</p><p>第二段。</p></body></html>"
    doc = process_text(raw)
    assert "<" not in doc.text and "nbsp" not in doc.text
    park = next(m for m in doc.mentions if m.type == "Park")
    a, b = doc.raw_span(park.start, park.end)
    assert raw[a:b] == "白鹭经济开发区"


def test_folder_notes_name_the_files_a_build_passes_over(tmp_path):
    from kg.text.reading import folder_notes

    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.docx").write_bytes(b"PK")
    (tmp_path / "d.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.txt").write_text("白鹭经济开发区。", encoding="utf-8")
    notes = folder_notes([tmp_path])
    assert any(".docx file(s) not read" in n for n in notes)
    assert not any(".pdf file(s)" in n or ".html file(s)" in n for n in notes)  # they are read now
