/* mdkg pages: charts and the map drawn over the tables the server already wrote (progressive enhancement). */
(function () {
  "use strict";
  var STATUS_COLOURS = { "complete": "#2e7d32", "substantial": "#7cb342", "limited": "#f9a825",
    "not-started": "#ef6c00", "no-evidence": "#c62828", "failed": "#424242", "none": "#9e9e9e" };

  function statusOption(d) {
    return {
      tooltip: {}, grid: { left: 110, right: 20, top: 10, bottom: 30 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: d.items.map(function (i) { return i.name; }) },
      series: [{ type: "bar", name: "commitments", data: d.items.map(function (i) {
        return { value: i.value, status: i.status, itemStyle: { color: STATUS_COLOURS[i.status] } };
      }) }]
    };
  }

  function seriesOption(kind, d) {
    if (kind === "pie") {
      return { tooltip: {}, series: [{ type: "pie", name: d.name, radius: "65%",
        data: d.categories.map(function (c, i) { return { name: c, value: d.values[i] }; }) }] };
    }
    return { tooltip: { trigger: "axis" }, grid: { left: 50, right: 20, top: 20, bottom: 40 },
      xAxis: { type: "category", data: d.categories }, yAxis: { type: "value", minInterval: 1 },
      series: [{ type: kind, name: d.name, data: d.values }] };
  }

  /* The country outlines (Natural Earth, public domain) come from this server, once per page. */
  var outline = null;
  function withOutline(then) {
    if (outline) { then(outline); return; }
    fetch("/assets/world-outline.json").then(function (r) { return r.json(); }).then(function (geo) {
      window.echarts.registerMap("mdkg-world", geo);
      outline = geo;
      then(geo);
    }).catch(function () { then(null); });
  }

  function mapOption(d, geo) {
    var byCode = {};
    d.points.forEach(function (p) { byCode[p.code] = p; });
    var lines = d.lines.filter(function (l) { return byCode[l[0]] && byCode[l[1]]; }).map(function (l) {
      return { coords: [[byCode[l[0]].lng, byCode[l[0]].lat], [byCode[l[1]].lng, byCode[l[1]].lat]],
        lineStyle: { color: l[2] === "route" ? "#c62828" : "#5c6bc0", type: l[2] === "route" ? "solid" : "dashed" } };
    });
    var colour = { country: "#0b4f9c", neighbour: "#5c6bc0", route: "#c62828" };
    var points = { type: "scatter", symbolSize: 10, label: { show: true, position: "right", formatter: "{b}" },
      data: d.points.map(function (p) {
        return { name: p.name, value: [p.lng, p.lat], href: p.href, itemStyle: { color: colour[p.role] } };
      }) };
    var paths = { type: "lines", polyline: false, data: lines, silent: true };
    var tooltip = { formatter: function (p) { return p.data && p.data.name ? p.data.name : ""; } };
    if (!geo) {
      paths.coordinateSystem = "cartesian2d";
      return { tooltip: tooltip, grid: { left: 40, right: 20, top: 20, bottom: 30 },
        xAxis: { type: "value", name: "longitude", scale: true }, yAxis: { type: "value", name: "latitude", scale: true },
        series: [paths, points] };
    }
    var lngs = d.points.map(function (p) { return p.lng; }), lats = d.points.map(function (p) { return p.lat; });
    var pad = 8;
    var own = d.points.filter(function (p) { return p.role === "country"; }).map(function (p) {
      return { name: p.code, itemStyle: { areaColor: "#c5d5ea" } };
    });
    paths.coordinateSystem = "geo";
    points.coordinateSystem = "geo";
    return {
      tooltip: tooltip, animation: false,
      geo: { map: "mdkg-world", roam: true, silent: true, regions: own,
        boundingCoords: [[Math.min.apply(null, lngs) - pad, Math.max.apply(null, lats) + pad],
          [Math.max.apply(null, lngs) + pad, Math.min.apply(null, lats) - pad]],
        itemStyle: { areaColor: "#f1f3f5", borderColor: "#9aa5b1", borderWidth: 0.6 } },
      series: [paths, points]
    };
  }

  function draw(el) {
    if (!window.echarts) { return; }
    var d = JSON.parse(el.getAttribute("data-chart"));
    var kind = el.getAttribute("data-kind");
    var chart = window.echarts.init(el, null, { renderer: "svg" });
    if (kind === "map") {
      withOutline(function (geo) { chart.setOption(mapOption(d, geo)); el.setAttribute("data-drawn", geo ? "outline" : "points"); });
    } else {
      chart.setOption(kind === "status" ? statusOption(d) : seriesOption(kind, d));
    }
    chart.on("click", function (p) { if (p.data && p.data.href) { window.location.href = p.data.href; } });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".chart[data-chart]"), draw);
  });
  window.mdkgPages = { seriesOption: seriesOption };
})();
