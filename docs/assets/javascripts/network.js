/* Draws the alliance network from the JSON the generator embeds in the page.
 * vis-network (600 kB) comes from the site's own assets and is loaded only when a
 * page holds a network, never on the other pages; tooltips are plain text
 * (vis-network 9 sets string titles with innerText). Filters by actor type, sign and
 * evidence, a search box and a neighbourhood view on click. Works with Material's
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

  function checked(selector, attr) {
    var off = {};
    document.querySelectorAll(selector).forEach(function (box) { if (!box.checked) { off[box.getAttribute(attr)] = true; } });
    return off;
  }

  /* Which actors and links to show: types, signs, a minimum of sentences per link, and the
   * neighbourhood of one actor. Hidden rather than removed, so positions never move. */
  function filter(state) {
    var types = checked("#network-types input[data-type]", "data-type");
    var signs = checked("#network-controls input[data-sign]", "data-sign");
    var slider = document.getElementById("network-min-evidence");
    var min = slider ? parseInt(slider.value, 10) || 1 : 1;
    var shown = document.getElementById("network-min-evidence-value");
    if (shown) { shown.textContent = String(min); }
    var typeOf = {};
    state.data.nodes.forEach(function (n) { typeOf[n.id] = n.actor_type; });
    var edgeFilters = min > 1 || Object.keys(signs).length > 0;
    var linked = {};
    var edges = state.data.edges.map(function (e) {
      var visible = !signs[e.polarity] && (e.evidence || 0) >= min && !types[typeOf[e.from]] && !types[typeOf[e.to]]
        && (!state.focus || e.from === state.focus || e.to === state.focus);
      if (visible) { linked[e.from] = true; linked[e.to] = true; }
      return { id: e.id, hidden: !visible };
    });
    var count = 0;
    var nodes = state.data.nodes.map(function (n) {
      var visible = !types[n.actor_type] && (state.focus ? linked[n.id] || n.id === state.focus
        : linked[n.id] || !edgeFilters);
      if (visible) { count++; }
      return { id: n.id, hidden: !visible };
    });
    state.edges.update(edges);
    state.nodes.update(nodes);
    var status = document.getElementById("network-status");
    if (status) {
      status.textContent = count + " of " + state.data.nodes.length + " actors shown";
    }
    state.container.setAttribute("data-visible", String(count));
  }

  function focusOn(state, id) {
    state.focus = id;
    var panel = document.getElementById("network-focus");
    var node = id && state.data.nodes.find(function (n) { return n.id === id; });
    if (panel) {
      panel.hidden = !node;
      if (node) {
        document.getElementById("network-focus-name").textContent = node.label;
        var degree = state.data.edges.filter(function (e) { return e.from === id || e.to === id; }).length;
        document.getElementById("network-focus-count").textContent = String(degree);
        document.getElementById("network-focus-link").href = new URL(node.url, window.location.href).href;
      }
    }
    filter(state);
    if (node) {
      state.network.selectNodes([id]);
      var near = state.nodes.get().filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; });
      state.network.fit({ nodes: near, animation: false });
    } else {
      state.network.unselectAll();
      state.network.fit({ animation: false });
    }
  }

  function wireControls(state) {
    var controls = document.querySelectorAll("#network-controls input, #network-types input");
    controls.forEach(function (el) { el.oninput = function () { filter(state); }; el.onchange = el.oninput; });
    var search = document.getElementById("network-search");
    if (search) {
      search.onchange = function () {
        var wanted = search.value.trim().toLowerCase();
        if (!wanted) { focusOn(state, null); return; }
        var node = state.data.nodes.find(function (n) { return n.label.toLowerCase() === wanted; })
          || state.data.nodes.find(function (n) { return n.label.toLowerCase().indexOf(wanted) === 0; })
          || state.data.nodes.find(function (n) { return n.label.toLowerCase().indexOf(wanted) >= 0; });
        focusOn(state, node ? node.id : null);
      };
    }
    var reset = document.getElementById("network-reset");
    if (reset) {
      reset.onclick = function () {
        document.querySelectorAll("#network-controls input[type=checkbox], #network-types input").forEach(
          function (box) { box.checked = true; });
        var slider = document.getElementById("network-min-evidence");
        if (slider) { slider.value = "1"; }
        if (search) { search.value = ""; }
        focusOn(state, null);
      };
    }
  }

  function draw() {
    var container = document.getElementById("briefing-network");
    if (current) { current.destroy(); current = null; }
    if (container) { container.removeAttribute("data-ready"); }
    if (!container || !container.dataset.graph || typeof vis === "undefined") { return; }
    var data = JSON.parse(container.dataset.graph);
    data.edges.forEach(function (e, i) { e.id = e.id || "e" + i; });
    var options = data.options || {};
    options.nodes = options.nodes || {};
    options.nodes.font = Object.assign({}, options.nodes.font || {}, fontOptions());
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    var state = { data: data, nodes: nodes, edges: edges, network: network, container: container, focus: null };
    network.once("afterDrawing", function () {
      network.fit({ animation: false });
      // Labels sized for the zoom the whole graph is seen at: the best-linked actors read at 20 px,
      // the least-linked at 6 px and so are not drawn (under 8 px) until the reader zooms in.
      var scale = network.getScale() || 1;
      network.setOptions({ nodes: { scaling: { label: { enabled: true, min: 6 / scale, max: 20 / scale, drawThreshold: 8 } } } });
      container.setAttribute("data-ready", "true");
      container.setAttribute("data-scheme", document.body.getAttribute("data-md-color-scheme") || "default");
    });
    network.on("click", function (params) {
      focusOn(state, params.nodes.length === 1 ? params.nodes[0] : null);
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length !== 1) { return; }
      var node = data.nodes.find(function (n) { return n.id === params.nodes[0]; });
      if (node && node.url) { window.location.href = new URL(node.url, window.location.href).href; }
    });
    network.on("hoverNode", function () { container.style.cursor = "pointer"; });
    network.on("blurNode", function () { container.style.cursor = "default"; });
    wireControls(state);
    filter(state);
    current = network;
    window.briefingNetwork = network;
    window.briefingNetworkState = state;
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
