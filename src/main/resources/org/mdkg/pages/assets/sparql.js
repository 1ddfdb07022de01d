/* The researcher's page: YASGUI on /sparql with no request to other hosts (the prefix.cc and LOV autocompleters are
   off), a result table that shows names linked to the resources' pages, and a chart view of a result table. */
(function () {
  "use strict";
  var ID = "https://w3id.org/mdkg/id/";

  function localHref(iri) {
    return iri.indexOf(ID) === 0 ? "/id/" + iri.substring(ID.length) : "/resource?iri=" + encodeURIComponent(iri);
  }

  function shortName(iri, prefixes) {
    for (var p in prefixes) {
      if (iri.indexOf(prefixes[p]) === 0 && iri.length > prefixes[p].length) { return p + ":" + iri.substring(prefixes[p].length); }
    }
    var cut = Math.max(iri.lastIndexOf("/"), iri.lastIndexOf("#"));
    return cut > 0 ? iri.substring(cut + 1) : iri;
  }

  function prefixMap() {
    var text = document.getElementById("editor").getAttribute("data-prefixes") || "";
    var map = {};
    text.split("\n").forEach(function (line) {
      var m = /^PREFIX\s+([\w-]*):\s*<([^>]+)>/.exec(line);
      if (m) { map[m[1]] = m[2]; }
    });
    return map;
  }

  function fetchLabels(iris) {
    if (iris.length === 0) { return Promise.resolve({}); }
    var body = new URLSearchParams();
    iris.slice(0, 2000).forEach(function (i) { body.append("iri", i); });
    return fetch("/labels", { method: "POST", body: body }).then(function (r) { return r.json(); });
  }

  function rows(yasr) {
    var r = yasr.results;
    return { vars: r.getVariables(), bindings: r.getBindings() };
  }

  function MdkgTable(yasr) { this.yasr = yasr; this.priority = 20; this.label = "Table"; }
  MdkgTable.prototype.canHandleResults = function () {
    return !!this.yasr.results && typeof this.yasr.results.getVariables === "function"
      && this.yasr.results.getVariables().length > 0;
  };
  MdkgTable.prototype.getIcon = function () { var s = document.createElement("span"); s.textContent = "\u25A6"; return s; };
  MdkgTable.prototype.draw = function () {
    var data = rows(this.yasr), prefixes = prefixMap(), iris = {};
    var table = document.createElement("table");
    table.className = "mdkg-results";
    var head = table.createTHead().insertRow();
    data.vars.forEach(function (v) { var th = document.createElement("th"); th.scope = "col"; th.textContent = v; head.appendChild(th); });
    var body = table.createTBody();
    data.bindings.forEach(function (b) {
      var tr = body.insertRow();
      data.vars.forEach(function (v) {
        var td = tr.insertCell(), t = b[v];
        if (!t) { return; }
        if (t.type === "uri") {
          var a = document.createElement("a");
          a.href = localHref(t.value); a.textContent = shortName(t.value, prefixes); a.setAttribute("data-iri", t.value);
          td.appendChild(a); iris[t.value] = true;
        } else if (t.type === "bnode") {
          td.textContent = "_:" + t.value;
        } else {
          td.textContent = t.value;
          if (t["xml:lang"]) { td.lang = t["xml:lang"]; }
        }
      });
    });
    this.yasr.resultsEl.appendChild(table);
    return fetchLabels(Object.keys(iris)).then(function (labels) {
      Array.prototype.forEach.call(table.querySelectorAll("a[data-iri]"), function (a) {
        var l = labels[a.getAttribute("data-iri")];
        if (l) { a.textContent = l.label; if (l.href) { a.href = l.href; } }
      });
      table.setAttribute("data-labelled", "true");
    });
  };

  function MdkgChart(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; }
  MdkgChart.prototype.canHandleResults = MdkgTable.prototype.canHandleResults;
  MdkgChart.prototype.getIcon = function () { var s = document.createElement("span"); s.textContent = "\u2587"; return s; };
  MdkgChart.prototype.draw = function () {
    var data = rows(this.yasr), el = this.yasr.resultsEl;
    var numeric = data.vars.filter(function (v) {
      return data.bindings.length > 0 && data.bindings.every(function (b) { return !b[v] || !isNaN(parseFloat(b[v].value)); });
    });
    var controls = document.createElement("div");
    controls.className = "chart-controls";
    function select(name, values) {
      var label = document.createElement("label"); label.textContent = name + " ";
      var s = document.createElement("select"); s.name = name;
      values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = v; s.appendChild(o); });
      label.appendChild(s); controls.appendChild(label); return s;
    }
    var kind = select("chart", ["bar", "line", "pie"]);
    var x = select("x", data.vars);
    var y = select("y", numeric.length ? numeric : data.vars);
    if (numeric.length && data.vars.length > 1) { x.value = data.vars.filter(function (v) { return numeric.indexOf(v) < 0; })[0] || data.vars[0]; }
    var box = document.createElement("div");
    box.className = "chart"; box.id = "result-chart"; box.setAttribute("role", "img");
    el.appendChild(controls); el.appendChild(box);
    var chart = window.echarts.init(box, null, { renderer: "svg" });
    var prefixes = prefixMap();
    function render() {
      var categories = data.bindings.map(function (b) { var t = b[x.value]; return t ? (t.type === "uri" ? shortName(t.value, prefixes) : t.value) : ""; });
      var values = data.bindings.map(function (b) { var t = b[y.value]; return t ? parseFloat(t.value) : 0; });
      box.setAttribute("aria-label", kind.value + " chart of " + y.value + " by " + x.value);
      chart.clear();
      chart.setOption(window.mdkgPages.seriesOption(kind.value, { categories: categories, values: values, name: y.value }));
    }
    [kind, x, y].forEach(function (s) { s.addEventListener("change", render); });
    render();
  };

  document.addEventListener("DOMContentLoaded", function () {
    var filter = document.getElementById("gallery-filter");
    filter.addEventListener("input", function () {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(document.querySelectorAll("#gallery li.example"), function (li) {
        var text = li.textContent.toLowerCase();
        li.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
    if (!window.Yasgui) { return; }
    var Yasqe = window.Yasgui.Yasqe, Yasr = window.Yasgui.Yasr;
    Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (n) { return n === "variables"; });
    Yasr.registerPlugin("table", Yasr.plugins.table, false);
    Yasr.registerPlugin("mdkgTable", MdkgTable);
    Yasr.registerPlugin("chart", MdkgChart);
    var prefixes = prefixMap();
    var starter = document.getElementById("editor").getAttribute("data-prefixes")
      + "\nSELECT ?process ?label WHERE {\n  ?process a mdkg:RegionalConsultativeProcess ;\n           rdfs:label ?label .\n"
      + "  FILTER(LANG(?label) = \"en\")\n}\nORDER BY ?label\n";
    var endpoint = new URL("/sparql", window.location.href).toString();
    var yasgui = new window.Yasgui(document.getElementById("editor"), {
      requestConfig: { endpoint: endpoint, method: "GET" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
      yasqe: { value: starter },
      yasr: { pluginOrder: ["mdkgTable", "chart", "response"], defaultPlugin: "mdkgTable", prefixes: prefixes }
    });
    window.mdkgYasgui = yasgui;
    function open(id) {
      var text = document.getElementById("text-" + id).textContent;
      yasgui.addTab(true, { name: id, yasqe: { value: text }, requestConfig: { endpoint: endpoint } });
      history.replaceState(null, "", "/sparql?example=" + encodeURIComponent(id));
    }
    Array.prototype.forEach.call(document.querySelectorAll("#gallery button.open"), function (b) {
      b.addEventListener("click", function () { open(b.getAttribute("data-id")); });
    });
    var params = new URLSearchParams(window.location.search);
    var wanted = params.get("example");
    if (wanted && document.getElementById("text-" + wanted)) { open(wanted); }
    function runLinked(text) {
      yasgui.addTab(true, { name: "linked query", yasqe: { value: text }, requestConfig: { endpoint: endpoint } });
      yasgui.getTab().query();
    }
    var linked = params.get("query");
    if (linked) { runLinked(linked); }
    var shared = params.get("shared");
    if (shared && /^[a-z2-7]{12}$/.test(shared)) {
      fetch("/q/" + shared, { headers: { Accept: "application/sparql-query" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(runLinked, function () { document.getElementById("share-link").textContent = "No query has the link /q/" + shared; });
    }
    var share = document.getElementById("share"), shown = document.getElementById("share-link");
    share.addEventListener("click", function () {
      fetch("/q", { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: yasgui.getTab().getYasqe().getValue() })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (answer) {
          shown.textContent = "";
          if (!answer.ok) { shown.textContent = answer.body.detail || "The query could not be shared."; return; }
          var a = document.createElement("a");
          a.href = answer.body.href; a.id = "shared-query"; a.textContent = new URL(answer.body.href, window.location.href).toString();
          shown.appendChild(a);
        });
    });
  });
})();
