/* Draws the alliance network from the JSON the generator embeds in the page.
 * vis-network (600 kB) comes from the site's own assets and is loaded only when a
 * page holds a network, never on the other pages; tooltips are plain text
 * (vis-network 9 sets string titles with innerText). Works with Material's
 * instant navigation (document$) and re-colours labels on palette change. */
(function () {
  "use strict";
  var current = null;
  var here = document.currentScript ? document.currentScript.src : "";
  var vendor = here.replace(/javascripts\/network\.js(\?.*)?$/, "vendor/");
  var loading = null;

  function withVis(then) {
    if (typeof vis !== "undefined") { then(); return; }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = vendor + "vis-network.css";
        document.head.appendChild(css);
        var script = document.createElement("script");
        script.src = vendor + "vis-network.min.js";
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    loading.then(then);
  }

  function drawWhenReady() {
    if (document.getElementById("briefing-network")) { withVis(draw); } else { draw(); }
  }

  function cssVar(name, fallback) {
    var value = getComputedStyle(document.body).getPropertyValue(name);
    return (value && value.trim()) || fallback;
  }

  function fontOptions() {
    return { color: cssVar("--md-default-fg-color", "#222"), strokeColor: cssVar("--md-default-bg-color", "#fff") };
  }

  function draw() {
    var container = document.getElementById("briefing-network");
    if (current) { current.destroy(); current = null; }
    if (container) { container.removeAttribute("data-ready"); }
    if (!container || !container.dataset.graph || typeof vis === "undefined") { return; }
    var data = JSON.parse(container.dataset.graph);
    var options = data.options || {};
    options.nodes = options.nodes || {};
    options.nodes.font = Object.assign({}, options.nodes.font || {}, fontOptions());
    var network = new vis.Network(container, {
      nodes: new vis.DataSet(data.nodes),
      edges: new vis.DataSet(data.edges)
    }, options);
    network.once("afterDrawing", function () {
      network.fit({ animation: false });
      container.setAttribute("data-ready", "true");
      container.setAttribute("data-scheme", document.body.getAttribute("data-md-color-scheme") || "default");
    });
    network.on("click", function (params) {
      if (params.nodes.length !== 1) { return; }
      var node = data.nodes.find(function (n) { return n.id === params.nodes[0]; });
      if (node && node.url) { window.location.href = new URL(node.url, window.location.href).href; }
    });
    network.on("hoverNode", function () { container.style.cursor = "pointer"; });
    network.on("blurNode", function () { container.style.cursor = "default"; });
    current = network;
    window.briefingNetwork = network;
  }

  function recolour() {
    if (!current) { return; }
    current.setOptions({ nodes: { font: fontOptions() } });
    document.getElementById("briefing-network").setAttribute("data-scheme",
      document.body.getAttribute("data-md-color-scheme") || "default");
  }

  window.briefingDrawNetwork = draw;
  new MutationObserver(recolour).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  if (typeof document$ !== "undefined") {
    document$.subscribe(drawWhenReady);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawWhenReady);
  } else {
    drawWhenReady();
  }
})();
