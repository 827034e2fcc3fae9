"""Shared fixtures: the two-page sample store several query-side tests read."""

from __future__ import annotations

import pytest
from pyoxigraph import Store

from kg.rdf.mapping import document_quads
from kg.rdf.store import replace_documents

try:
    from test_mapping import sample_document
except ImportError:  # pragma: no cover
    from tests.test_mapping import sample_document


@pytest.fixture()
def store() -> Store:
    """An in-memory store with the hand-made sample page mapped twice (p1, p2).

    The same entities on two pages: query results must not double.  Written
    as ``kg build`` writes, so it has its canonical graph.  Test files that need
    another store define their own ``store`` fixture, which wins.
    """
    s = Store()
    replace_documents(s, {d: document_quads(sample_document(d)) for d in ("p1", "p2")})
    return s
