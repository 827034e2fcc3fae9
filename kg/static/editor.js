/* parkkg query editor (/editor): starts the vendored YASGUI on this server's endpoint.
 *
 * Served by kg/server.py from kg/static/, under a CSP that allows scripts from this
 * server only (no inline script, no eval) and connections to this server only. The
 * configuration comes from the JSON block #kg-config (HTML-escaped by the server),
 * never from inline script.
 *
 * Nothing here reaches the network beyond this server: the endpoint is the local
 * /sparql (the endpoint of a shared link or of a tab stored by an earlier visit is
 * replaced by it; another one typed into a tab is refused by the CSP), there is no
 * endpoint catalogue, the prefix completer offers the predeclared prefixes (not
 * prefix.cc), and YASQE's class and property completers, which ask Linked Open
 * Vocabularies, are switched off.
 *
 * Results: YASR's table escapes literals (lodash escape, then DOMPurify) and sorts and
 * pages them; its download button saves the result as CSV. A click on an entity or page
 * IRI opens its page on this server (/entity?iri=…, /document?id=…).
 */
(function () {
  "use strict";

  var cfg = JSON.parse(document.getElementById("kg-config").textContent);
  var Yasgui = window.Yasgui;
  var endpoint = new URL(cfg.endpoint, window.location.href).href;

  /** The predeclared prefixes as PREFIX lines: the server knows them anyway, but the
   * editor's checker and completer read them from the query. */
  function prefixLines() {
    return Object.keys(cfg.prefixes).map(function (p) {
      return "PREFIX " + p + ": <" + cfg.prefixes[p] + ">\n";
    }).join("");
  }

  var newTabQuery = prefixLines() + "\n" +
    "SELECT ?park ?name WHERE {\n  ?park a kg:Park ; rdfs:label ?name .\n}\nORDER BY ?name\nLIMIT 50\n";

  /** YASQE's completers, offline: our prefixes (a fork of the bundled "prefixes" completer,
   * which otherwise may fetch prefix.cc) and the query's own variables. */
  function offlineCompleters() {
    var list = Object.keys(cfg.prefixes).map(function (p) { return p + ": <" + cfg.prefixes[p] + ">"; }).sort();
    Yasgui.Yasqe.forkAutocompleter("prefixes", {
      name: "kgPrefixes",
      persistenceId: null,
      get: function () { return Promise.resolve(list); },
    }, false);
    Yasgui.Yasqe.defaults.autocompleters = ["kgPrefixes", "variables"];
  }

  /** One parameter value as a SPARQL term, written as pyoxigraph writes N-Triples
   * (what kg.rdf.query.with_values put in the example): "…" or "…"@zh. */
  function term(value, param) {
    var text = value.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
    return '"' + text + '"' + (param.lang ? "@" + param.lang : "");
  }

  /** ``query`` with its parameter VALUES lines (the ones ending in cfg.valuesNote) rewritten
   * from ``values``; null when it has none (the user removed them). */
  function bindValues(query, example, values) {
    var found = false;
    var lines = query.split("\n").map(function (line) {
      var m = /^(\s*)VALUES \(([^)]*)\) \{/.exec(line);
      if (!m || line.slice(-cfg.valuesNote.length) !== cfg.valuesNote) return line;
      var names = m[2].trim().split(/\s+/);
      var terms = names.map(function (v) {
        var p = example.parameters.find(function (q) { return q.name === v.slice(1); });
        return p ? term(values[p.name], p) : "UNDEF";
      });
      found = true;
      return m[1] + "VALUES (" + names.join(" ") + ") { (" + terms.join(" ") + ") }" + cfg.valuesNote;
    });
    return found ? lines.join("\n") : null;
  }

  /** A field per parameter (its default, its help as the tooltip; a kind's pattern is checked). */
  function showParameters(example) {
    var box = document.getElementById("kg-params");
    box.textContent = "";
    example.parameters.forEach(function (p) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.name = p.name;
      input.value = p.default;
      input.title = p.description + (p.what ? " (" + p.what + ")" : "");
      input.placeholder = p.description;
      if (p.pattern) input.pattern = p.pattern;
      label.append(p.name + " ", input);
      box.append(label, " ");
    });
    document.getElementById("kg-run").hidden = example.parameters.length === 0;
    document.getElementById("kg-about").textContent = example.description;
  }

  function currentExample() {
    var i = document.getElementById("kg-examples").value;
    return i === "" ? null : cfg.examples[Number(i)];
  }

  /** Choosing an example puts its text (with its parameters' defaults) in the current tab. */
  function chooseExample(yasgui) {
    var example = currentExample();
    if (!example) return;
    var tab = yasgui.getTab();
    tab.setQuery(example.text);
    tab.setName(example.name);
    showParameters(example);
  }

  /** The parameter form: its values go into the tab's VALUES lines, then the query runs. */
  function runWithParameters(yasgui, event) {
    event.preventDefault();
    var example = currentExample();
    if (!example) return;
    var values = {};
    new FormData(event.target).forEach(function (v, k) { values[k] = String(v); });
    var tab = yasgui.getTab();
    tab.setQuery(bindValues(tab.getQuery(), example, values) || bindValues(example.text, example, values));
    tab.query().catch(function () {});
  }

  function fillExamples(yasgui) {
    var select = document.getElementById("kg-examples");
    cfg.examples.forEach(function (example, i) {
      var option = document.createElement("option");
      option.value = String(i);
      option.textContent = example.name + (example.parameters.length ? " (" + example.parameters.map(function (p) { return p.name; }).join(", ") + ")" : "");
      option.title = example.description;
      select.append(option);
    });
    select.addEventListener("change", function () { chooseExample(yasgui); });
    document.getElementById("kg-example-form").addEventListener("submit", function (e) { runWithParameters(yasgui, e); });
  }

  /** An entity or page IRI in a result opens its page on this server (the IRI itself resolves nowhere). */
  function linkEntities() {
    var docs = cfg.entityBase + "doc/";
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a.iri");
      if (!a || a.href.indexOf(cfg.entityBase) !== 0) return;
      e.preventDefault();
      var page = a.href.indexOf(docs) === 0
        ? "/document?id=" + encodeURIComponent(decodeURIComponent(a.href.slice(docs.length)))
        : "/entity?iri=" + encodeURIComponent(a.href);
      window.open(page, "_blank", "noopener");
    }, true);
  }

  /** The prefixes, longest IRI first: YASR shortens an IRI with the first that fits, so
   * https://parkkg.org/id/park/… reads park:…, not kgid:park/… (as kg.rdf.namespaces.compact does). */
  function longestFirst(prefixes) {
    var out = {};
    Object.keys(prefixes).sort(function (a, b) { return prefixes[b].length - prefixes[a].length; })
      .forEach(function (p) { out[p] = prefixes[p]; });
    return out;
  }

  function start() {
    offlineCompleters();
    var yasgui = new Yasgui(document.getElementById("kg-yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: function () { return []; } },
      persistenceId: "parkkg-editor",
      // a shared link may carry a query; its endpoint is replaced by this server's
      populateFromUrl: function (tab) {
        tab.requestConfig = Object.assign({}, tab.requestConfig, { endpoint: endpoint });
        return tab;
      },
      yasqe: { value: newTabQuery },
      yasr: { prefixes: longestFirst(cfg.prefixes) },
    });
    // tabs kept in the browser from an earlier visit talk to this server too
    yasgui.persistentConfig.getTabs().forEach(function (id) {
      var tab = yasgui.getTab(id);
      if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
    });
    fillExamples(yasgui);
    linkEntities();
    window.kgYasgui = yasgui;
    document.body.setAttribute("data-kg-editor", "ready");
  }

  start();
})();
