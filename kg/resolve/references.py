"""Within-page coreference: a reference (该公司, 该项目) points at the named mention it stands for.

Why a module of its own: the relation stage makes the links (``entity = "@ref:<index>"``
into the page's mention list) and reads them; the resolving stage gives each reference its
antecedent's entity. Both import this module, so neither imports the other.

While the relation stage runs, the page's mention list is kept per thread
(:func:`use_page`), so its many helpers can ask for an antecedent without passing the
list along; the resolving stage passes it explicitly.
"""

from __future__ import annotations

import threading

from kg.document import Mention

_LOCAL = threading.local()


def use_page(mentions: list[Mention]) -> None:
    """Make ``mentions`` the list that ``@ref:`` links of this thread point into."""
    _LOCAL.mentions = mentions


def antecedent(m: Mention, mentions: list[Mention] | None = None) -> Mention:
    """The named mention a reference stands for (the mention itself if named or unlinked)."""
    ent = m.entity
    if not m.is_reference or not ent or not ent.startswith("@ref:"):
        return m
    ms = mentions if mentions is not None else getattr(_LOCAL, "mentions", None)
    if ms is None:
        return m
    k = int(ent[5:])
    return ms[k] if 0 <= k < len(ms) else m
