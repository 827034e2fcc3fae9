"""The ``kg`` command: build a graph from news pages, then query, explain, export, validate and draw it.

Every command is a thin shell over a function of the package (``kg.build.build``,
``kg.rdf.query.query``, ``kg.viz.write_html`` …), so what the CLI does can also be
done from Python and is tested there.  Heavy modules are imported inside the
commands, which keeps ``kg --help`` instant.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="kg",
    help=(
        "parkkg — a knowledge graph of Chinese industrial parks, companies and policies.\n\n"
        "Start with:  kg build seeds/   (extract facts from the pages into ./kg-store)\n\n"
        "then:        kg query --list   kg explain 平遥经济技术开发区   kg viz --out graph.html"
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="KG_STORE",
        help="Folder of the on-disk RDF store (created by `kg build`). Default: ./kg-store, or $KG_STORE.",
        show_default=False,
    ),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error that says what to do next, and return the exit to raise."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def _store_path(store: Path | None) -> Path:
    from kg.rdf.store import default_store_path

    return store if store is not None else default_store_path()


def _open_existing(store: Path | None, read_only: bool = True):
    """Open a store that must already exist; a missing one is a user error, not a traceback."""
    from kg.rdf.store import open_store

    path = _store_path(store)
    if not path.exists():
        raise _fail(f"no graph store at {path}. Build one first: kg build seeds/ --store {path}", 2)
    try:
        st = open_store(path, read_only=read_only)
    except Exception as exc:  # noqa: BLE001 - turn store errors into one line
        raise _fail(f"cannot open the store at {path}: {exc}") from exc
    _hint_canonical(st, path)
    return st


def _hint_canonical(st, path: Path) -> None:
    """A store built by an older parkkg has no canonical graph: say how to add it, once per command."""
    from kg.rdf.store import lacks_canonical

    if lacks_canonical(st):
        typer.echo(
            f"note: {path} was built by an older parkkg: queries read the union of its page graphs "
            f"(slower, rows repeat across pages) until `kg build PAGES --store {path}` adds its canonical graph",
            err=True,
        )


@app.command()
def build(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files (.txt, .md, .html, .pdf) or folders of news pages. Default: seeds/", show_default=False
        ),
    ] = None,
    store: StoreOpt = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes for extraction (0 = one per CPU).")
    ] = 1,
    only_changed: Annotated[
        bool, typer.Option("--only-changed", help="Skip pages already stored with the same content.")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Pages per write transaction (bounds memory).")] = 32,
    count: Annotated[
        bool,
        typer.Option(
            help="End with store-wide counts per type and relation (a scan: skip it on large stores)."
        ),
    ] = True,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Address of a Dask scheduler (tcp://host:8786): extract on the cluster, "
            "write N-Quads shards to --shards, then load them.",
        ),
    ] = None,
    shards: Annotated[
        Path | None,
        typer.Option(help="Shared folder for the N-Quads shards written by --scheduler workers."),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    keep_going: Annotated[
        bool,
        typer.Option("--keep-going", help="Exit 0 even when some files could not be read (they are listed)."),
    ] = False,
    recogniser: Annotated[
        str,
        typer.Option(
            help="Entity recognisers: rules (default, fast), rules+lac (adds Baidu LAC; "
            "pip install 'parkkg[stat]'; ~8x slower) or rules+jieba. See docs/recognisers.md.",
        ),
    ] = "rules",
    share_names: Annotated[
        bool,
        typer.Option(
            help="Recognise on every page the firms other pages name in full (宁德时代 where another page "
            "wrote 宁德时代新能源科技股份有限公司): a second pass over the pages that write such a short form.",
        ),
    ] = True,
) -> None:
    """Extract parks, companies, projects, policies and places from news pages into the store.

    Pages are read as UTF-8, GBK/GB18030 or UTF-16 (detected).  Building the same
    pages again gives the same graph; a page already in the store is replaced, a new
    page is added without a rebuild.  A file that cannot be read is reported in one
    line and the others are still ingested.

    Examples:

      kg build                      # the bundled seed pages (seeds/)

      kg build archive/2023 -j 2    # a folder, two worker processes

      kg build today.txt --no-count # add one page to a large store (no store-wide counts)
    """
    from kg.build import build as run_build

    targets = paths or [Path("seeds")]
    missing = [p for p in targets if not p.exists()]
    for p in missing:
        typer.secho(
            f"error: {p} does not exist — give a file or a folder of .txt/.md/.html/.pdf pages", fg="red", err=True
        )
    targets = [p for p in targets if p.exists()]
    if not targets:  # nothing to build: the command cannot start (README, "Exit codes")
        raise typer.Exit(2)
    store_path = _store_path(store)
    if recogniser != "rules":
        from kg.statistical import stages_for

        try:
            stages_for(recogniser)
        except (ValueError, RuntimeError) as exc:
            raise _fail(str(exc), 2) from exc
    from kg.rdf.store import StoreError
    from kg.text.reading import ReadError, folder_notes

    for note in folder_notes(targets):
        typer.secho(f"note: {note}", fg="yellow", err=True)
    if store_path.exists() and not store_path.is_dir():
        raise _fail(f"--store {store_path} is a file, not a store folder: choose another --store path", 2)
    try:
        with _term_as_interrupt():
            summary = run_build(
                targets,
                store=store_path,
                jobs=jobs,
                progress=progress,
                batch_size=batch_size,
                scheduler=scheduler,
                shard_dir=shards,
                only_changed=only_changed,
                recogniser=recogniser,
                count=count,
                share_names=share_names,
            )
    except KeyboardInterrupt:
        raise _fail("interrupted: the pages finished so far are stored; run the same command with "
                    "--only-changed to build the rest", 130) from None
    except (ReadError, StoreError) as exc:
        raise _fail(str(exc).splitlines()[0], 2) from exc
    except OSError as exc:  # a locked store, a full disk: one line, not a traceback
        raise _fail(f"cannot build into {store_path}: {exc}", 1) from exc
    typer.echo(summary.format() if hasattr(summary, "format") else str(summary))
    failed = len(getattr(summary, "errors", []) or []) + len(missing)
    if failed and not keep_going:
        typer.secho(f"error: {failed} file(s) not stored ({summary.documents} stored); "
                    "fix them or pass --keep-going to accept a partial build", fg="red", err=True)
        raise typer.Exit(1)


@contextlib.contextmanager
def _term_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM (``kill``, a container stopping) interrupts like Ctrl-C, so a
    build stopped either way writes the pages it finished (kg.build) instead of dying at once."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding program): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"


#: -f values answered in the W3C SPARQL 1.1 results formats (JSON, XML, TSV)
_W3C_RESULTS = {"json": "JSON", "xml": "XML", "tsv": "TSV"}


@app.command()
def query(
    sparql: Annotated[
        str | None,
        typer.Argument(
            help="A SPARQL query, a .rq file, the name of a shipped query (see --list), or - for stdin.",
            show_default=False,
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", help="Bind a parameter of a named query: -p place=山西省 (repeatable)."
        ),
    ] = None,
    fmt: Annotated[
        OutFormat,
        typer.Option("--format", "-f", help="table (aligned), csv (for Excel), or the W3C SPARQL results "
                     "formats json, xml, tsv."),
    ] = OutFormat.table,
    list_: Annotated[
        bool, typer.Option("--list", "-l", help="List the shipped named queries and exit.")
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Print one page of a long listing: at most this many rows.",
                                 show_default=False)
    ] = None,
    offset: Annotated[
        int, typer.Option("--offset", help="With --limit: skip this many rows first (the next page).")
    ] = 0,
    store: StoreOpt = None,
) -> None:
    """Run SPARQL over the graph (every page's triples, each once) and print the answer.

    The default graph is the canonical graph: each triple once, however many
    pages say it. GRAPH ?g {…} reaches a page's own graphs (facts with their
    evidence: kg query provenance -p name=…).

    Parameters are bound as RDF literals (each value one term, escaped by the
    RDF serialiser, never raw text), so any name is safe to pass.

    Examples:

      kg query --list

      kg query projects_by_place -p place=山西省

      kg query 'SELECT ?p ?l WHERE { ?p a kg:Park ; rdfs:label ?l }' -f csv

      kg query policies --limit 50 --offset 50          # the second page of a listing
    """
    from kg.rdf.query import QueryError, format_result, named_queries, paged
    from kg.rdf.query import query as run_query

    named = named_queries()
    if list_:
        width = max((len(n) for n in named), default=0)
        for name, nq in sorted(named.items()):
            params = ", ".join(nq.params) if nq.params else "-"
            typer.echo(f"{name:<{width}}  {nq.description}  [params: {params}]")
        return
    if sparql is None:
        raise _fail("give a SPARQL query, a .rq file or a query name (kg query --list shows them)", 2)
    bindings: dict[str, str] = {}
    for item in param or []:
        if "=" not in item:
            raise _fail(f"--param takes NAME=VALUE, got {item!r}", 2)
        k, v = item.split("=", 1)
        bindings[k.strip()] = v
    if sparql == "-":
        text = sys.stdin.read()
    elif sparql in named:
        nq = named[sparql]
        defaults = getattr(nq, "defaults", {}) or {}
        missing = [p for p in nq.params if p not in bindings and p not in defaults]
        if missing:
            raise _fail(f"query {sparql!r} needs {', '.join('-p ' + m + '=…' for m in missing)}", 2)
        unknown = [p for p in bindings if p not in nq.params]
        if unknown:
            takes = ", ".join(nq.params) or "no parameters"
            raise _fail(f"query {sparql!r} has no parameter {', '.join(unknown)} (it takes: {takes})", 2)
        try:
            bindings = nq.bindings(**bindings)  # defaults filled, name@zh tagged, name:kind checked
        except QueryError as exc:
            raise _fail(str(exc), 2) from exc
        text = nq.text
    elif sparql.endswith(".rq"):
        if not Path(sparql).is_file():
            raise _fail(f"no query file {sparql}; give a .rq file, a query name or SPARQL text", 2)
        text = Path(sparql).read_text(encoding="utf-8")
    elif _NAME_LIKE.fullmatch(sparql):
        close = [n for n in named if n.startswith(sparql[:4])]
        hint = f" (did you mean {', '.join(sorted(close))}?)" if close else ""
        raise _fail(f"no shipped query named {sparql!r}{hint}; kg query --list shows them", 2)
    else:
        text = sparql
    try:
        text = paged(text, limit, offset)
    except QueryError as exc:
        raise _fail(str(exc), 2) from exc
    st = _open_existing(store)
    if fmt.value in _W3C_RESULTS:
        sys.stdout.buffer.write(_w3c_results(st, text, bindings, fmt.value))
        sys.stdout.flush()
        return
    try:
        result = run_query(st, text, bindings=bindings)
    except Exception as exc:  # noqa: BLE001 - a bad query is a user error
        raise _fail(f"the query failed: {str(exc).splitlines()[0] if str(exc) else exc!r}", 2) from exc
    typer.echo(format_result(result, fmt.value))


def _w3c_results(st, text: str, bindings: dict[str, str], fmt: str) -> bytes:
    """The answer in a W3C SPARQL 1.1 results format (what other SPARQL tools read)."""
    import pyoxigraph

    from kg.server import ProtocolError, execute

    try:
        raw = execute(st, text, bindings)
    except ProtocolError as exc:
        raise _fail(f"the query failed: {exc.message}", 2) from exc
    if isinstance(raw, pyoxigraph.QueryTriples):
        raise _fail("a CONSTRUCT/DESCRIBE answer is a graph, not a results table: use -f table or csv, "
                    "or kg export", 2)
    return raw.serialize(format=getattr(pyoxigraph.QueryResultsFormat, _W3C_RESULTS[fmt])) or b""


#: a word that can only be meant as a query's name (no SPARQL is a single word)
_NAME_LIKE = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


@app.command()
def explain(
    name: Annotated[str, typer.Argument(help="Name or alias of an entity, e.g. 平遥开发区 or 工信部.")],
    store: StoreOpt = None,
) -> None:
    """Show an entity: its type, aliases, place chain, and every fact with its sentence and page."""
    from kg.explain import explain as run_explain

    report = run_explain(_open_existing(store), name)
    if report.startswith("no entity named"):
        raise _fail(report, 1)
    typer.echo(report)


class ExportFormat(StrEnum):
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"
    csv = "csv"
    parquet = "parquet"
    neo4j = "neo4j"


@app.command()
def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="ttl, nt, nq or trig (with provenance), jsonld, graphml (Gephi, yEd); "
            "tables into the folder --out: csv (Excel), parquet, neo4j.",
        ),
    ] = ExportFormat.ttl,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (a folder for csv, parquet, neo4j). Default: stdout.")
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Write the graph to a file: Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML, or tables.

    \b
    Examples:
        kg export -f ttl -o graph.ttl          # one graph, with prefixes
        kg export -f nq -o dump.nq             # every named graph: provenance kept
        kg export -f graphml -o graph.graphml  # Gephi, yEd, Cytoscape
        kg export -f csv -o tables/            # nodes.csv, edges.csv for Excel (UTF-8 with BOM)
        kg export -f parquet -o tables/        # typed columns for pandas, DuckDB (needs pyarrow)
        kg export -f neo4j -o neo4j/           # neo4j-admin import files and load.cypher
    """
    from kg.rdf.serde import export as run_export
    from kg.rdf.tabular import TABLE_FORMATS, MissingDependency, write_tables

    st = _open_existing(store)
    if fmt.value in TABLE_FORMATS:
        if out is None:
            raise _fail(f"{fmt.value} writes several files: give a folder, e.g. --out tables/", 2)
        if out.exists() and not out.is_dir():
            raise _fail(f"{out} is a file; {fmt.value} writes into a folder: give a folder, e.g. --out tables/", 2)
        try:
            files = write_tables(st, fmt.value, out)
        except MissingDependency as exc:
            raise _fail(str(exc), 2) from exc
        for f in files:
            typer.echo(f"wrote {f} ({f.stat().st_size:,} bytes)", err=True)
        return
    if out is None:
        if fmt is ExportFormat.graphml:
            raise _fail("graphml needs a file: --out graph.graphml", 2)
        run_export(st, fmt.value, sys.stdout.buffer)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    run_export(st, fmt.value, out)
    typer.echo(f"wrote {out} ({out.stat().st_size:,} bytes)", err=True)


@app.command()
def validate(store: StoreOpt = None) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl and print a readable report."""
    from kg.rdf.validation import validate as run_validate

    result = run_validate(_open_existing(store))
    typer.echo(result.text)
    if not result.conforms:
        raise typer.Exit(1)


@app.command()
def viz(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("graph.html"),
    focus: Annotated[
        str | None, typer.Option(help="Only the neighbourhood of this entity (name or alias).")
    ] = None,
    depth: Annotated[int, typer.Option(min=1, help="Hops around --focus.")] = 2,
    types: Annotated[
        str | None, typer.Option(help="Comma-separated classes to show, e.g. Park,Company,Project.")
    ] = None,
    max_nodes: Annotated[
        int, typer.Option(min=1, help="Keep at most this many nodes (the largest investments with their investors and places, then the best connected); the page says so.")
    ] = 2000,
    isolated: Annotated[
        bool,
        typer.Option(help="Also show entities no relation connects (an overview leaves them out; the page counts them)."),
    ] = False,
    store: StoreOpt = None,
) -> None:
    """Write an interactive graph page (works offline: open it in any browser).

    Nodes are coloured by class and sized by degree; hover for aliases, amounts and
    the sentence a fact came from.
    """
    from kg.viz import write_html

    type_list = [t.strip() for t in types.split(",") if t.strip()] if types else None
    try:
        path = write_html(
            _open_existing(store),
            out,
            focus=focus,
            depth=depth,
            types=type_list,
            max_nodes=max_nodes,
            isolated=isolated,
        )
    except LookupError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"wrote {path} — open it in a browser")


@app.command("map")
def map_(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("map.html"),
    store: StoreOpt = None,
) -> None:
    """Write a map of projects and amounts by place, with a timeline by year (one offline HTML page).

    Each project sits on the seat of the most specific division its place chain
    reaches (project → park → county …); bubble area grows with the amount.

    \b
    Example:
        kg map -o map.html
    """
    from kg.rdf.maps import write_map

    if out.exists() and out.is_dir():
        raise _fail(f"{out} is a folder: give a file name, e.g. --out map.html", 2)
    path, n = write_map(_open_existing(store), out)
    typer.echo(f"wrote {path}: projects on {n} place(s) — open it in a browser")


class Grouping(StrEnum):
    split = "split"
    writer = "writer"
    set = "set"
    genre = "genre"


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files (one per page), scored against the store.")] = Path(
        "tests/data/gold_seeds"
    ),
    corpus: Annotated[
        Path | None,
        typer.Option(help="A corpus manifest (tests/data/corpus/manifest.json): run the pipeline on every "
                     "page it lists and score by set, writer, genre and split, instead of scoring the store."),
    ] = None,
    by: Annotated[
        list[Grouping] | None, typer.Option(help="With --corpus: the groupings to print (repeat; default all).")
    ] = None,
    split: Annotated[
        list[str] | None, typer.Option(help="With --corpus: only these splits (dev, train, test; repeat).")
    ] = None,
    write_scoreboard: Annotated[
        Path | None,
        typer.Option(help="With --corpus: write the scoreboard to STEM.json and STEM.md (e.g. docs/scoreboard)."),
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List false positives and misses per type and relation.")
    ] = False,
    unseal_test: Annotated[
        bool,
        typer.Option("--unseal-test", help="With --corpus --errors: also list the test split's errors "
                     "(read them once, when the extractor work is done)."),
    ] = False,
    store: StoreOpt = None,
) -> None:
    """Score extraction against gold annotations: P/R/F1 per entity type and relation, amount accuracy.

    Without --corpus it scores the graph in the store (build the pages first: `kg build seeds/`,
    then `kg eval --gold tests/data/gold_seeds`). With --corpus it runs the pipeline on every page
    of a corpus manifest in memory and reports per group:

        kg eval --corpus tests/data/corpus/manifest.json --by split --by genre
    """
    if corpus is not None:
        _eval_corpus(corpus, [b.value for b in by or []], split or [], write_scoreboard, errors, unseal_test)
        return
    from kg.evaluation import evaluate_store

    if not gold.is_dir():
        raise _fail(f"no gold folder at {gold}: pass --gold DIR (e.g. tests/data/gold_seeds)", 2)
    from kg.text.sources import SourceRecord

    typer.echo(evaluate_store(gold, _open_existing(store), errors=errors, record=SourceRecord(_store_path(store))))


def _eval_corpus(
    manifest: Path, by: list[str], splits: list[str], board_stem: Path | None, errors: bool, unseal: bool
) -> None:
    """``kg eval --corpus``: score a manifest's pages per group; optionally write the scoreboard."""
    from kg import scoreboard as sb
    from kg.evaluation import format_report

    if not manifest.is_file():
        raise _fail(f"no corpus manifest at {manifest} (the project's: tests/data/corpus/manifest.json)", 2)
    try:
        corpus = sb.load_corpus(manifest)
    except (OSError, ValueError, KeyError) as exc:
        raise _fail(f"cannot read the corpus manifest: {exc}", 2) from exc
    corpus = corpus.select(splits=splits or None)
    if not corpus.pages:
        raise _fail(f"no page in {manifest} for splits {', '.join(splits)}", 2)
    reports = sb.score_pages(corpus)
    board = sb.scoreboard(corpus, reports)
    typer.echo(sb.markdown({k: v for k, v in board.items() if k in ("all", *(by or sb.GROUPINGS))}))
    if errors:
        open_pages = [p for p in corpus.pages if unseal or p.split != sb.SEALED_SPLIT]
        sealed = len(corpus.pages) - len(open_pages)
        typer.echo(format_report(sb.merge(reports[(p.set, p.id)] for p in open_pages), errors=True))
        if sealed:
            typer.echo(f"\n({sealed} pages of the test split scored above; their errors withheld: --unseal-test)")
    if board_stem is not None:
        js, md = sb.write_scoreboard(board, board_stem)
        typer.echo(f"wrote {js} and {md}")


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="A page (.txt/.md/.html in any common Chinese encoding, or a .pdf with a text layer).", show_default=False)],
    trace: Annotated[
        bool, typer.Option("--trace", help="Show which rule proposed each mention and fact, its confidence, "
                                            "and which filter vetoed each fact it drops.")
    ] = False,
) -> None:
    """Run the pipeline on one page and print what it finds, without touching the store.

        kg extract seeds/001_1f7bcc093c03989e.txt            # entities and facts

        kg extract page.txt --trace                          # with rule ids and confidences
    """
    from kg.pipeline import process
    from kg.text.reading import ReadError, read_file

    if not path.is_file():
        raise _fail(f"{path} is not a file: give one page (kg build takes folders)", 2)
    try:
        doc = process(read_file(path))
    except ReadError as exc:
        raise _fail(str(exc), 2) from exc
    typer.echo(doc.trace() if trace else doc.describe())


@app.command()
def train(
    corpus: Annotated[Path, typer.Option(help="Corpus manifest whose dev and train splits the models learn from.")] = Path(
        "tests/data/corpus/manifest.json"
    ),
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the model (JSON).")] = Path(
        "kg/data/rescorer.json"
    ),
    threshold: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Drop facts whose confidence is below this (0 keeps all; "
                                   "default kg.learn.training.THRESHOLD, chosen by cross-validation over writers).")
    ] = None,
) -> None:
    """Retrain the learned decisions from the corpus (deterministic: same pages, same models).

    All three learn from the dev and train splits (never the test split): the fact re-scorer
    (kg/data/rescorer.json), which drops facts below its threshold, the firm → passage-zone
    model (kg/data/passage_firms.json) and the entity filter (kg/data/entities.json), both
    written beside ``--out``.

        kg train                       # rebuilds the three models in kg/data
        python -m bench.rescorer       # how each threshold does, out of fold by writer
    """
    from kg.learn import entity_filter
    from kg.learn.training import train as run_train
    from kg.learn.training import train_entity_filter, train_passage_firms
    from kg.relate import passage_firms

    if not corpus.is_file():
        raise _fail(f"no corpus manifest at {corpus} (the project's: tests/data/corpus/manifest.json)", 2)
    try:  # both models first: a bad corpus leaves the shipped ones as they were
        model = run_train(corpus) if threshold is None else run_train(corpus, threshold=threshold)
        firms = train_passage_firms(corpus)
        entities = train_entity_filter(corpus)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise _fail(f"{corpus} is not a usable corpus manifest ({type(exc).__name__}: {exc}); "
                    "python3 -m tests.corpus.render writes the project's", 2) from exc
    firms_out = out.parent / passage_firms.MODEL_FILE
    entities_out = out.parent / entity_filter.MODEL_FILE
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(model.to_json(), encoding="utf-8")
        firms_out.write_text(firms.to_json(), encoding="utf-8")
        entities_out.write_text(entities.to_json(), encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write the models to {out.parent}: {exc.strerror or exc}; choose another --out", 1) from exc
    typer.echo(f"wrote {out}: {len(model.weights)} feature weights, threshold {model.threshold}")
    typer.echo(f"wrote {firms_out}: {len(firms.weights)} feature weights, threshold {firms.threshold}")
    typer.echo(f"wrote {entities_out}: {len(entities.weights)} feature weights, threshold {entities.threshold}")


@app.command()
def remove(
    ids: Annotated[list[str], typer.Argument(help="Page ids to drop (a page's file name without extension).")],
    store: StoreOpt = None,
) -> None:
    """Drop pages from the store — every fact, entity description and provenance they brought.

        kg remove 2024-05-01_pingyao          # the page whose file was deleted

    Page ids are listed by `kg stats --pages`.
    """
    from kg.rdf.store import StoreError, document_ids, remove_document

    known = set(document_ids(_open_existing(store)))  # read-only: a refusal leaves no lock behind
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise _fail(f"no page {', '.join(map(repr, unknown))} in the store; kg stats --pages lists them", 1)
    from kg.text.sources import SourceRecord

    st = _open_existing(store, read_only=False)
    record = SourceRecord(_store_path(store))
    try:
        for i in ids:
            remove_document(st, i)
            record.forget(i)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    finally:
        record.save()
    typer.echo(f"removed {len(ids)} page(s); {len(known) - len(ids)} left")


@app.command()
def push(
    endpoint: Annotated[
        str, typer.Option(help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store")
    ],
    method: Annotated[
        str,
        typer.Option(
            help="gsp: HTTP PUT per graph; update: one SPARQL Update transaction per batch of pages."
        ),
    ] = "gsp",
    prune: Annotated[
        bool,
        typer.Option(
            "--prune", help="Also delete remote pages that the local store does not have (after kg remove)."
        ),
    ] = False,
    store: StoreOpt = None,
) -> None:
    """Copy every named graph (one set per page) to an external SPARQL store with HTTP PUT."""
    from kg.rdf.push import PushError
    from kg.rdf.push import push as run_push

    try:
        if method not in ("gsp", "update"):
            raise _fail(f"--method is gsp or update, not {method!r}", 2)
        summary = run_push(_open_existing(store), endpoint, method=method, prune=prune)
    except PushError as exc:
        raise _fail(str(exc)) from exc
    except OSError as exc:  # the server is down or went away mid-push: one line, not a traceback
        reason = getattr(exc, "reason", None) or exc.strerror or exc
        raise _fail(f"cannot reach {endpoint} ({reason}); is the server running? nothing more was pushed") from exc
    typer.echo(f"pushed {summary} to {endpoint}")


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to listen on (127.0.0.1 = this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    timeout: Annotated[
        float, typer.Option(help="Seconds a query may run before it is stopped (503).")
    ] = 30.0,
    workers: Annotated[int, typer.Option(min=1, help="Queries that may run at once (one process each).")] = 4,
    quiet: Annotated[bool, typer.Option("--quiet", help="Do not log each request.")] = False,
    cors: Annotated[
        str | None,
        typer.Option(
            help="Let web pages on this origin read the answers (CORS), e.g. https://example.org, or * for any. "
            "Off by default."
        ),
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Serve the graph read-only over HTTP: a SPARQL 1.1 endpoint, the shipped queries, a query page, an editor.

    Open http://127.0.0.1:7878/ for a query form and a form per shipped query, or
    http://127.0.0.1:7878/editor for the query editor (YASGUI, vendored: highlighting, the
    shipped queries as examples, sortable paged results, CSV download); an entity's page is
    /entity?name=平遥开发区 (any part of a name), a source page's /document?id=PAGE-ID
    (kg stats --pages lists the ids). From a script:

    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?l WHERE { ?p a kg:Park ; rdfs:label ?l }' http://127.0.0.1:7878/sparql

    curl 'http://127.0.0.1:7878/queries/projects_by_place?place=山西省&format=csv'

    The server answers from a snapshot of the store: restart it after `kg build`.
    """
    from kg.rdf.store import StoreError
    from kg.server import serve as run_serve

    path = _store_path(store)
    if not path.exists():
        raise _fail(f"no graph store at {path}. Build one first: kg build seeds/ --store {path}", 2)
    try:
        run_serve(path, host, port, timeout=timeout, max_workers=workers, log_requests=not quiet, cors_origin=cors)
    except (StoreError, OSError) as exc:
        raise _fail(str(exc)) from None


@app.command()
def stats(
    store: StoreOpt = None,
    pages: Annotated[bool, typer.Option("--pages", help="Also list the page ids (for kg remove).")] = False,
) -> None:
    """Count documents, entities per type and facts per relation in the store, and its size on disk."""
    from kg.rdf.store import document_ids
    from kg.rdf.store import stats as store_stats

    st = _open_existing(store)
    s = store_stats(st)
    if pages:
        for doc_id in sorted(document_ids(st)):
            typer.echo(doc_id)
    for key, value in s.items():
        if isinstance(value, dict):
            typer.echo(f"{key}:")
            for k, v in value.items():
                typer.echo(f"  {k:<14}{v:>8}")
        else:
            typer.echo(f"{key:<16}{value:>8}")
    # what the store costs on disk (its table files and logs): to watch growth across builds
    size = sum(f.stat().st_size for f in _store_path(store).rglob("*") if f.is_file())
    typer.echo(f"{'disk (MB)':<16}{size / 1e6:>8.1f}")


def main() -> None:  # pragma: no cover - entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    main()
