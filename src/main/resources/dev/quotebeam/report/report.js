// Draws the report's charts from the JSON in #quotebeam-data with Vega-Lite (inlined above this script).
// Runs without eval (vega-embed's ast mode), so the page's Content-Security-Policy needs no 'unsafe-eval'.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("quotebeam-data").textContent);
  var STANCE_COLORS = { domain: ["support", "oppose", "neutral"], range: ["#1a9850", "#d73027", "#878787"] };
  var options = { actions: false, ast: true, renderer: "svg" };
  var pending = [];

  function draw(id, spec) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    spec.$schema = "https://vega.github.io/schema/vega-lite/v6.json";
    pending.push(
      vegaEmbed(el, spec, options).catch(function (err) {
        el.className += " chart-error";
        el.textContent = "Chart could not be drawn: " + err;
      })
    );
  }

  if (data.actors.length > 0) {
    draw("chart-actors", {
      width: 760,
      data: { values: data.actors },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "actor", type: "nominal", title: null, sort: { field: "total", order: "descending" } },
        x: { field: "statements", type: "quantitative", aggregate: "sum", title: "statements" },
        color: {
          field: "kind", type: "nominal", title: "kind",
          scale: { domain: ["direct", "partial", "indirect"], range: ["#4c78a8", "#9ecae9", "#f58518"] }
        },
        order: { field: "kind", sort: "ascending" }
      }
    });
  }

  data.targets.forEach(function (t, i) {
    if (t.points.length === 0) {
      return;
    }
    var x = { field: "period_start", type: "temporal", title: "period", axis: { format: "%Y-%m-%d" } };
    var layers = [
      {
        data: { values: t.points },
        mark: { type: "line", interpolate: "step-after", opacity: 0.6 },
        encoding: {
          x: x,
          y: { field: "net_stance", type: "quantitative", title: "net stance", scale: { domain: [-1, 1] } },
          color: { field: "actor", type: "nominal", title: "actor" }
        }
      },
      {
        data: { values: t.points },
        mark: { type: "point", filled: true },
        encoding: {
          x: x,
          y: { field: "net_stance", type: "quantitative" },
          color: { field: "actor", type: "nominal" },
          size: { field: "statements", type: "quantitative", title: "statements", scale: { range: [40, 400], zero: false },
            legend: { format: "d", tickMinStep: 1 } },
          tooltip: [
            { field: "actor" }, { field: "period_start", type: "temporal", title: "period" },
            { field: "statements" }, { field: "support" }, { field: "oppose" }, { field: "neutral" },
            { field: "net_stance", title: "net stance" }
          ]
        }
      }
    ];
    if (t.changes.length > 0) {
      layers.push({
        data: { values: t.changes },
        mark: { type: "rule", strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: {
          x: { field: "date", type: "temporal" },
          color: { field: "actor", type: "nominal" },
          tooltip: [{ field: "actor" }, { field: "change" }, { field: "date", type: "temporal" }, { field: "text" }]
        }
      });
    }
    draw("chart-timeline-" + i, { width: 760, height: 260, layer: layers });
  });

  Promise.all(pending).then(function () {
    document.body.setAttribute("data-charts-done", String(pending.length));
  });
})();
