"""Where each stored page's file is on this machine: a small file kept beside the store's data.

Why: a page's ``kg:sourcePath`` in the graph is its path inside the folder it was
built from (``jan/01.txt``; the file name for a file named directly), so the same
pages give the same graph whether the folder was given relative or absolute, on
any machine. Two things still need the file's real location, which differs from
machine to machine and so stays out of the graph:

* a build must tell "the same file again" (replace its page) from "another file
  with the same page id" (``2024/01.txt`` stored, now ``2025/01.txt``: refuse, or
  the first page would be silently lost);
* ``kg eval`` of a store reads the pages again for their text.

The record is ``parkkg-sources.json`` in the store's folder (Oxigraph ignores files
it did not write): page id → absolute path. It is rewritten whole through a
temporary file and ``os.replace``, so an interrupted build leaves the old record or
the new one, never half of one. A store without the record (built by an older
parkkg, copied from another machine, or in memory) still works: the build then
compares the graph's ``kg:sourcePath`` instead.
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import lru_cache
from pathlib import Path

FILE = "parkkg-sources.json"


def relative_source(path: str | Path, doc_id: str) -> str:
    """A page's ``kg:sourcePath``: its id with the file's suffix (``jan/01`` + ``.txt``)."""
    return doc_id + Path(path).suffix


class SourceRecord:
    """Page id → absolute file path for one store folder (nothing is kept for ``folder=None``)."""

    def __init__(self, folder: str | Path | None) -> None:
        self.path = Path(folder) / FILE if folder is not None else None
        self.paths: dict[str, str] = dict(_read(self.path)) if self.path is not None else {}
        self.changed = False

    def get(self, doc_id: str) -> str | None:
        """The absolute path the page was last built from here, if known."""
        return self.paths.get(doc_id)

    def record(self, doc_id: str, path: str | Path) -> None:
        absolute = str(Path(path).resolve())
        if self.paths.get(doc_id) != absolute:
            self.paths[doc_id] = absolute
            self.changed = True

    def forget(self, doc_id: str) -> None:
        if self.paths.pop(doc_id, None) is not None:
            self.changed = True

    def save(self) -> None:
        """Write the record if it changed (atomically: a temporary file, then ``os.replace``)."""
        if self.path is None or not self.changed or not self.path.parent.is_dir():
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.paths, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
        os.replace(tmp, self.path)
        self.changed = False


def recorded_path(folder: str | Path, doc_id: str) -> str | None:
    """Where page ``doc_id`` of the store in ``folder`` was built from on this machine, if known.

    For readers that ask once per request (``kg serve``'s source pages): the file is parsed
    again only when it has changed."""
    return _read(Path(folder) / FILE).get(doc_id)


def _read(path: Path) -> dict[str, str]:
    """The record at ``path`` (empty when missing or unreadable), parsed once per version of the file."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _parse(str(path), stamp)


@lru_cache(maxsize=8)
def _parse(path: str, stamp: int) -> dict[str, str]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return {str(k): str(v) for k, v in data.items()}
    return {}


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (compared resolved; unreadable paths by their text)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)
