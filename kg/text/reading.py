"""Reading stage: find input files, decode their bytes, wrap them in a Document.

Pages reach us as whatever the user's tools wrote: UTF-8 (with or without a
BOM), the Chinese legacy encodings GBK / GB18030, sometimes UTF-16.  Decoding
is done here, once, so every later stage sees ``str`` and offsets into
``Document.raw`` always refer to the decoded original.

Decoding order (cheap and certain first, guessing last):

1. byte-order marks (UTF-8-BOM, UTF-32, UTF-16) are authoritative;
2. NUL bytes without a BOM mean UTF-16 without a BOM, or binary data;
3. UTF-8 — valid UTF-8 is almost never accidental for CJK text; UTF-8 with a
   few broken bytes is still UTF-8 (the bad bytes become U+FFFD);
4. strict GBK, then GB18030 (its superset) — the usual Chinese legacy files;
5. charset-normalizer as a last resort.

Every candidate must also *look like text* (few control characters), so a
binary file that happens to decode is still refused.  Failures raise
:class:`ReadError`, whose message is one line telling the user what to do.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.document import Document
from kg.text.sources import relative_source

#: The longest page read (characters): anything longer is a dump of many pages. Extraction is
#: linear in page length (``python -m bench.longpages``: 5 MB on one line, 1.8M characters, in
#: about 10 s), so the bound is a sanity check on what a "page" is, not a speed guard.
MAX_PAGE_CHARS = 5_000_000

#: File extensions taken when a folder is given: text pages, web pages (the cleaning stage
#: blanks their markup in place, so offsets still point into the file) and PDFs (their text layer).
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf"})

# C0 controls except \t \n \v \f \r, plus DEL and C1 controls: text files hardly
# contain them, decoded binary data is full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.01


class ReadError(Exception):
    """A file could not be read as a page; the message says what to do next."""


def iter_paths(paths: str | Path | Iterable[str | Path], strict: bool = True) -> Iterator[Path]:
    """Expand the given files and folders into the page files to read.

    Folders are searched recursively for ``.txt`` / ``.md`` files (hidden files
    and folders skipped), in sorted order so builds are reproducible; a file
    named explicitly is taken whatever its extension.

    With ``strict`` (the default) the whole argument list is checked before the
    first path is yielded, so a typo fails fast with :class:`ReadError` instead
    of after half a build.  With ``strict=False`` a missing path is yielded as
    is (``read_file`` then reports it, one bad file at a time) and a folder with
    no page files is skipped.
    """
    return (p for p, _ in iter_sources(paths, strict))


def iter_sources(paths: str | Path | Iterable[str | Path], strict: bool = True) -> Iterator[tuple[Path, str]]:
    """Like :func:`iter_paths`, with the document id each file gets: ``(path, id)``.

    Why not the file name: daily folders hold 01.txt, 02.txt… and ``jan/01.txt``
    and ``feb/01.txt`` are two pages. A file found in a folder is named by its
    path inside that folder, without the extension (``jan/01``), the same on
    every machine whatever the folder's own path; a file named directly keeps its
    name (``01``).
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    found: list[tuple[Path, str]] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.suffix.lower() in TEXT_SUFFIXES
                and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not files and strict:
                raise ReadError(
                    f"{p}: folder has no .txt, .md, .html or .pdf files; point to the folder that holds the pages"
                )
            found.extend((f, f.relative_to(p).with_suffix("").as_posix()) for f in files)
        elif p.exists() or not strict:
            found.append((p, p.stem))
        else:
            raise ReadError(f"{p}: no such file or folder; check the path")
    return iter(found)


#: file kinds users keep beside their pages that kg build does not read (yet), with what to do
OTHER_KINDS: dict[str, str] = {
    ".doc": "save them as text first", ".docx": "save them as text first",
}


def folder_notes(paths: Iterable[str | Path]) -> list[str]:
    """One line for each thing a folder holds that a build will pass over without reading:
    page files of other kinds (.pdf, .html …) and subfolders it cannot open."""
    import os

    counts: dict[str, int] = {}
    unreadable: list[str] = []
    for item in paths:
        p = Path(item)
        if not p.is_dir():
            continue
        for _root, dirs, files in os.walk(p, onerror=lambda e: unreadable.append(str(e.filename))):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for f in files:
                suffix = Path(f).suffix.lower()
                if suffix in OTHER_KINDS:
                    counts[suffix] = counts.get(suffix, 0) + 1
    notes = [f"{n} {suffix} file(s) not read: kg build reads .txt/.md/.html/.pdf pages; {OTHER_KINDS[suffix]}"
             for suffix, n in sorted(counts.items())]
    notes += [f"{d}: folder cannot be opened (permission); its pages were not read" for d in unreadable]
    return notes


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_CONTROL.findall(text))
    return bad <= max(2, len(text) * _MAX_CONTROL_RATIO)


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _undecodable(what: str = "") -> ReadError:
    extra = f" ({what})" if what else ""
    return ReadError(
        "content is binary or in an unknown encoding" + extra
        + "; save the page as UTF-8 (or GBK/GB18030) plain text and retry"
    )


_PLAUSIBLE = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _plausible(text: str) -> bool:
    """Mostly ASCII, CJK and CJK punctuation: what a Chinese page decodes to.

    Bytes read with the wrong 2-byte codec land all over the BMP (Hangul,
    rare ideographs, private use), so this tells a right guess from a wrong one.
    """
    if not text:
        return True
    return len(_PLAUSIBLE.findall(text)) >= 0.9 * len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order when NUL bytes sit where BOM-less UTF-16 puts them."""
    if len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    # ASCII characters (newlines, digits) put their NUL on one side only
    if max(even_nul, odd_nul) < 0.02 * (len(data) // 2):
        return None
    enc = "utf-16-le" if odd_nul >= even_nul else "utf-16-be"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return enc if _looks_like_text(text) and _plausible(text) else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a truncated character, a bad copy) stays UTF-8.

    Chinese UTF-8 byte pairs are often valid GBK pairs too, so without this
    check one bad byte would send the whole page to GBK and garble all of it.
    GBK text, in turn, is never almost-valid UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(2, len(text) // 200) and _looks_like_text(text):
        return text.lstrip("\ufeff")
    return None


def _common_share(text: str) -> float:
    """The share of a text's ideographs that are common characters (in the segmenter's dictionary)."""
    from kg.knowledge.lexicons import common_chars

    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    return sum(ch in common_chars() for ch in han) / len(han) if han else 0.0


def _big5_instead(data: bytes, legacy: str) -> str | None:
    """Big5 (traditional Chinese) bytes also decode as GBK, into rare characters: prefer Big5
    when it decodes and its characters are clearly the commoner ones."""
    try:
        text = data.decode("big5")
    except UnicodeDecodeError:
        return None
    if _plausible_share(text) > _plausible_share(legacy) + 0.02 or _common_share(text) > _common_share(legacy) + 0.15:
        return text
    return None


def _plausible_share(text: str) -> float:
    return len(_PLAUSIBLE.findall(text)) / len(text) if text else 1.0


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a page's bytes; return ``(text, encoding)`` or raise :class:`ReadError`.

    ``encoding`` is the codec name used (``utf-8``, ``utf-8-sig``, ``gbk``,
    ``gb18030``, ``utf-16`` …) so a build can report what it saw.  Empty input
    decodes to ``("", "utf-8")``; refusing empty pages is :func:`read_file`'s job.
    """
    if not data:
        return "", "utf-8"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise _undecodable(f"broken {enc} after its byte-order mark") from exc
            return text.lstrip("\ufeff"), enc
    if b"\x00" in data:
        enc16 = _utf16_without_bom(data)
        if enc16 is not None:
            return data.decode(enc16), enc16
        # not UTF-16: a stray NUL in a text file passes, binary data fails the
        # control-character check below
    for enc in ("utf-8", "gbk", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            if enc == "utf-8":
                lossy = _mostly_utf8(data)
                if lossy is not None:
                    return lossy, "utf-8"
            continue
        if _looks_like_text(text):
            if enc != "utf-8":
                big5 = _big5_instead(data, text)
                if big5 is not None:
                    return big5, "big5"
            return text.lstrip("\ufeff"), enc
        raise _undecodable("control characters")
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        raise _undecodable() from None
    best = from_bytes(data).best()
    if best is None or not best.encoding:
        raise _undecodable()
    text = str(best)
    if not _looks_like_text(text):
        raise _undecodable("control characters")
    return text.lstrip("\ufeff"), best.encoding


def read_file(path: str | Path, doc_id: str | None = None) -> Document:
    """Read one page file into a :class:`Document` (``id`` = ``doc_id``, else the file name
    without extension; :func:`iter_sources` gives the id of a file found in a folder).

    ``source`` is the page's path inside the folder it came from (``jan/01.txt``), its
    file name for a file named directly: never the machine's own path. Raises
    :class:`ReadError` (one line, says what to do) for a missing file, a folder, an
    empty or whitespace-only file, or bytes that are not text.
    """
    p = Path(path)
    if p.is_dir():
        if any(f.suffix.lower() in TEXT_SUFFIXES for f in p.rglob("*")):
            raise ReadError(f"{p}: is a folder; pass it to iter_paths/build to read the pages inside")
        raise ReadError(f"{p}: folder has no .txt, .md, .html or .pdf files; point to the folder that holds the pages")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{p}: no such file; check the path") from None
    except PermissionError:
        raise ReadError(f"{p}: permission denied; make the file readable") from None
    except OSError as exc:
        raise ReadError(f"{p}: cannot read ({exc.strerror or exc}); check the file") from None
    if not data.strip():
        raise ReadError(f"{p}: file is empty; remove it or export the page text again")
    try:
        text, encoding = pdf_text(data) if data.startswith(b"%PDF") else decode_bytes(data)
    except ReadError as exc:
        raise ReadError(f"{p}: {exc}") from None
    if not text.strip():
        raise ReadError(f"{p}: file has no text; remove it or export the page text again")
    if len(text) > MAX_PAGE_CHARS:
        raise ReadError(f"{p}: {len(text):,} characters, over the {MAX_PAGE_CHARS:,} a page may have; "
                        "split it into its articles (a news page is rarely over 50,000)")
    if not _HAN.search(text):
        raise ReadError(f"{p}: no Chinese text in it ({encoding}); is it the right file? parkkg reads Chinese pages")
    # the path inside the folder the page was built from, the same on every machine (kg.text.sources)
    doc_id = doc_id or p.stem
    return Document(id=doc_id, source=relative_source(p, doc_id), raw=text, encoding=encoding)


_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


def pdf_text(data: bytes) -> tuple[str, str]:
    """The text layer of a PDF, page after page, and ``"pdf"`` as its encoding.

    Read with PDFium (pypdfium2, the engine of Chrome's PDF viewer), which
    keeps the reading order of ordinary news layouts and decodes the CID fonts
    Chinese PDFs use.  Lines end in ``\n`` and pages are separated by a blank
    line, so the cleaning stage joins a sentence broken across lines as it does
    for text pasted from a PDF.  Offsets (evidence) refer to this text.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise ReadError(
            "reading PDFs needs pypdfium2: pip install pypdfium2 (or export the text layer to .txt)"
        ) from None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"not a readable PDF ({str(exc).strip().rstrip('.')}); is it complete, or protected by a password?") from None
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    text = "\n\n".join(t.strip("\n") for t in pages)
    if not text.strip():
        raise ReadError(f"a PDF of {len(pages)} page(s) without a text layer (a scan?); run OCR on it first")
    return text, "pdf"
