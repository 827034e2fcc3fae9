"""Distributed build on a Dask cluster, through N-Quads shards.

Why shards: a graph store has one writer, so workers must not write to it.
Each Dask task turns a batch of pages into one N-Quads file (with all the
provenance graphs; IRIs are stable, so any worker produces the same quads)
plus a small JSON manifest (document ids with their byte ranges in the shard,
errors, character count).  The parent then loads the shards, one document
at a time through :func:`kg.rdf.store.replace_document` (so a page rebuilt on the
cluster replaces its old graphs) or in bulk into a fresh store.

Workers read the pages by path, so ``paths`` and ``out_dir`` must be on a
file system every worker sees (the same machine, NFS, …).

Dask is an optional extra (``pip install parkkg[distributed]``); importing this
module without it works, calling it raises a clear error.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyoxigraph

SHARD_PREFIX = "shard-"


def _client(scheduler: str | Any) -> tuple[Any, bool]:
    """A Dask client for an address (or a Client/LocalCluster passed in)."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("the distributed build needs Dask: pip install 'parkkg[distributed]'") from exc
    if isinstance(scheduler, Client):
        return scheduler, False
    return Client(scheduler), True


def shard_task(paths: list[Any], out: str) -> dict[str, Any]:
    """Dask task: pages → ``{out}.nq`` + ``{out}.json``; returns the manifest.

    Module-level and import-only-kg, so any worker with parkkg installed can
    run it.  Files are written under a temporary name and renamed, so a
    retried task never leaves half a shard.
    """
    from kg.pages import process_batch

    results = process_batch(paths)
    docs: list[list[Any]] = []
    errors: list[str] = []
    chars = 0
    offset = 0
    nq_path = out + ".nq"
    tmp = nq_path + f".tmp{os.getpid()}"
    with open(tmp, "wb") as fh:
        for r in results:
            if r.error is not None or r.doc_id is None:
                errors.append(f"{r.path}: {r.error or 'no document produced'}")
                continue
            data = r.nquads or b""
            fh.write(data)
            docs.append([r.doc_id, offset, len(data), r.path])
            offset += len(data)
            chars += r.chars
    os.replace(tmp, nq_path)
    manifest = {"shard": os.path.basename(nq_path), "docs": docs, "errors": errors, "chars": chars}
    tmpj = out + f".json.tmp{os.getpid()}"
    with open(tmpj, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False)
    os.replace(tmpj, out + ".json")
    return manifest


def _absolute_paths(paths: Iterable[Any] | str | Path) -> Iterable[Any]:
    """The sources with absolute paths (workers on other machines), each keeping its document id."""
    from kg.pages import Source, sources

    for src in sources(paths):
        yield Source(str(Path(src.path).resolve()), src.doc_id)


def _run_shards(
    paths: Iterable[str | Path] | str | Path,
    scheduler: str | Any,
    out_dir: Path,
    batch_size: int,
) -> list[dict[str, Any]]:
    """Send batches to the cluster with a bounded number in flight; manifests in order."""
    from distributed import as_completed

    from kg.pages import batched

    out_dir.mkdir(parents=True, exist_ok=True)
    client, owned = _client(scheduler)
    try:
        nthreads = sum(client.nthreads().values()) or 1
        window = 2 * nthreads
        batches = enumerate(batched(_absolute_paths(paths), batch_size))
        manifests: dict[int, dict[str, Any]] = {}
        ac = as_completed()
        index_of: dict[str, int] = {}

        def submit_one() -> bool:
            item = next(batches, None)
            if item is None:
                return False
            i, batch = item
            out = str(out_dir / f"{SHARD_PREFIX}{i:06d}")
            fut = client.submit(shard_task, batch, out, pure=False)
            index_of[fut.key] = i
            ac.add(fut)
            return True

        for _ in range(window):
            if not submit_one():
                break
        for fut in ac:
            i = index_of.pop(fut.key)
            try:
                manifests[i] = fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost task fails its batch, not the build
                manifests[i] = {
                    "shard": None,
                    "docs": [],
                    "errors": [f"(shard {i}): task failed: {exc}"],
                    "chars": 0,
                }
            fut.release()
            submit_one()
        return [manifests[i] for i in sorted(manifests)]
    finally:
        if owned:
            client.close()


def build_distributed(
    paths: Iterable[str | Path] | str | Path,
    scheduler: str | Any,
    out_dir: str | Path,
    batch_size: int = 32,
) -> list[Path]:
    """Build N-Quads shards on a Dask cluster; returns the shard paths in order.

    ``scheduler`` is an address (``tcp://host:8786``) or a ``distributed.Client``.
    Each shard ``shard-NNNNNN.nq`` has a ``.json`` manifest beside it; load them
    with :func:`load_shards`.  Failing pages are listed in the manifests'
    ``errors`` (see :func:`shard_errors`).
    """
    out = Path(out_dir)
    manifests = _run_shards(paths, scheduler, out, batch_size)
    return [out / m["shard"] for m in manifests if m.get("shard")]


def _manifest(shard: Path) -> dict[str, Any]:
    return json.loads(shard.with_suffix(".json").read_text(encoding="utf-8"))


def shard_errors(shards: Iterable[Path]) -> list[str]:
    """The ``path: message`` lines of every failing page of these shards."""
    errs: list[str] = []
    for s in shards:
        errs.extend(_manifest(Path(s)).get("errors", []))
    return errs


def load_shards(
    store: pyoxigraph.Store,
    shards: Iterable[str | Path],
    bulk: bool = False,
    on_error: Callable[[str, str], None] | None = None,
) -> tuple[int, int]:
    """Load shards into the store: returns ``(documents, quads)``.

    By default each document is written with :func:`kg.rdf.store.replace_document`
    (one transaction per page: a page already in the store is replaced).
    ``bulk=True`` is for a fresh store: pages already present are removed
    first, then the whole shard is bulk-loaded (fast, not transactional).
    """
    from kg.rdf.store import bulk_load, document_ids, remove_document, replace_document

    fmt = pyoxigraph.RdfFormat.N_QUADS
    n_docs = n_quads = 0
    existing = set(document_ids(store)) if bulk else set()
    for shard in shards:
        shard = Path(shard)
        manifest = _manifest(shard)
        data = shard.read_bytes()
        if bulk:
            for doc_id, *_ in manifest["docs"]:
                if doc_id in existing:
                    remove_document(store, doc_id)
            quads = list(pyoxigraph.parse(data, format=fmt))
            bulk_load(store, quads)
            n_docs += len(manifest["docs"])
            n_quads += len(quads)
            continue
        for doc_id, start, length, path in manifest["docs"]:
            quads = list(pyoxigraph.parse(data[start : start + length], format=fmt))
            try:
                replace_document(store, doc_id, quads)
            except Exception as exc:  # noqa: BLE001 - this page rolls back, the others load
                if on_error is not None:
                    on_error(path, f"store write failed: {exc}")
                continue
            n_docs += 1
            n_quads += len(quads)
    return n_docs, n_quads


def run_distributed(
    paths: Iterable[str | Path] | str | Path,
    scheduler: str | Any,
    store: pyoxigraph.Store,
    summary: Any,
    error: Callable[[str, str], None],
    batch_size: int,
    shard_dir: str | Path | None,
) -> None:
    """The ``build(scheduler=...)`` path: shards on the cluster, load here, fill the summary."""
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if shard_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="parkkg-shards-")
        shard_dir = tmp.name
    try:
        out = Path(shard_dir)
        manifests = _run_shards(paths, scheduler, out, batch_size)
        for m in manifests:
            for line in m.get("errors", []):
                path, _, msg = line.partition(": ")
                error(path, msg)
        shards = [out / m["shard"] for m in manifests if m.get("shard")]
        docs, quads = load_shards(store, shards, on_error=error)
        summary.documents += docs
        summary.quads += quads
        summary.chars += sum(int(m.get("chars", 0)) for m in manifests)
    finally:
        if tmp is not None:
            tmp.cleanup()
