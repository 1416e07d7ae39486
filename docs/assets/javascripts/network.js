/* Draws the alliance network from the JSON the generator embeds in the page.
 * vis-network (600 kB) comes from the site's own assets and is loaded only when a
 * page holds a network, never on the other pages; tooltips are plain text
 * (vis-network 9 sets string titles with innerText). Filters by actor type, sign and
 * evidence, a search box and a neighbourhood view on click. Works with Material's
 * instant navigation (document$) and re-colours labels on palette change. Names are
 * placed as on a map: at each zoom, in order of weight, where they overlap nothing. */
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

  var measure = document.createElement("canvas").getContext("2d");
  var GAP = 3; // screen pixels between a mark and its name, and around every name
  var SMALL = 6; // a mark of this radius on screen or less may stay unnamed
  var LEADING = 12; // so many of the best-linked actors are named wherever a place is free of names
  // Where a name may sit around its mark, in order of preference (as on a map): beside it,
  // then one line further out.
  var PLACES = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]];
  PLACES = PLACES.concat(PLACES.slice(0, 2).map(function (p) { return [p[0], p[1], 1]; }));

  /* A grid of the rectangles already taken, so that each test is local. */
  function Taken(cell) { this.cell = cell; this.grid = {}; }
  Taken.prototype.each = function (box, fn) {
    for (var i = Math.floor(box.x0 / this.cell); i <= Math.floor(box.x1 / this.cell); i++) {
      for (var j = Math.floor(box.y0 / this.cell); j <= Math.floor(box.y1 / this.cell); j++) {
        if (fn(i + "," + j) === false) { return false; }
      }
    }
    return true;
  };
  Taken.prototype.free = function (box, own, namesOnly) {
    var grid = this.grid;
    return this.each(box, function (key) {
      return !(grid[key] || []).some(function (b) {
        return b.owner !== own && (!namesOnly || b.name) && b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1;
      });
    });
  };
  Taken.prototype.add = function (box) {
    var grid = this.grid;
    this.each(box, function (key) { (grid[key] = grid[key] || []).push(box); });
  };

  function nameBox(id, m, w, h, place) {
    var dx = place[0], dy = place[1], out = (place[2] || 0) * h;
    var cx = m.x + dx * (m.r + GAP + w / 2), cy = m.y + dy * (m.r + GAP + out + h / 2);
    if (dx !== 0 && dy !== 0) { cx = m.x + dx * (m.r * 0.7 + w / 2); cy = m.y + dy * (m.r * 0.7 + h / 2); }
    return { owner: id, name: true, x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2 };
  }

  /* Map labelling, in layout units at the current zoom. Names are screen-sized (11 to 16 px
   * by weight) so they read the same at every zoom, and placed in order of weight, each at
   * the first of ten places around its mark that overlaps no other name and no other
   * mark. One of the best-linked actors, or a mark larger than a small mark, that finds no
   * such place takes the first place free of names only (its halo keeps it legible over a
   * small mark). The rest stay small unnamed marks until the reader zooms in; a mark's
   * size comes from its weight too. */
  function placeLabels(state) {
    var network = state.network;
    var scale = network.getScale() || 1;
    var shown = state.data.nodes.filter(function (n) { return !state.hiddenNodes[n.id]; });
    var positions = network.getPositions(shown.map(function (n) { return n.id; }));
    var weights = shown.map(function (n) { return n.weight || 0; });
    var low = Math.min.apply(null, weights.concat([0]));
    var high = Math.max.apply(null, weights.concat([1]));
    var taken = new Taken(64 / scale);
    var marks = {};
    shown.forEach(function (n) {
      var p = positions[n.id];
      var m = { x: p.x, y: p.y, r: Math.max(n.size || 8, 2 / scale) };
      marks[n.id] = m;
      taken.add({ owner: n.id, x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r });
    });
    var order = shown.slice().sort(function (a, b) {
      return (b.weight || 0) - (a.weight || 0) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    var names = [];
    order.forEach(function (n, rank) {
      var px = high > low ? 11 + 5 * ((n.weight || 0) - low) / (high - low) : 13;
      measure.font = px + "px sans-serif";
      var w = (measure.measureText(n.label).width + 2 * GAP) / scale;
      var h = (px * 1.25 + GAP) / scale;
      var m = marks[n.id];
      var boxes = PLACES.map(function (place) { return nameBox(n.id, m, w, h, place); });
      var box = boxes.find(function (b) { return taken.free(b, n.id, false); });
      if (!box && (rank < LEADING || m.r * scale > SMALL)) { box = boxes.find(function (b) { return taken.free(b, n.id, true); }); }
      if (box) {
        taken.add(box);
        names.push({ id: n.id, text: n.label, size: px / scale, box: box });
      }
    });
    state.names = names;
    state.container.setAttribute("data-named", String(names.length));
    network.redraw();
  }

  /* The names placed, drawn over the graph with a halo of the page's background. */
  function drawNames(state, ctx) {
    var font = fontOptions();
    state.nameColour = font.color;
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    (state.names || []).forEach(function (n) {
      var x = (n.box.x0 + n.box.x1) / 2, y = (n.box.y0 + n.box.y1) / 2;
      ctx.font = n.size + "px sans-serif";
      ctx.lineWidth = n.size / 4;
      ctx.strokeStyle = font.strokeColor;
      ctx.strokeText(n.text, x, y);
      ctx.fillStyle = font.color;
      ctx.fillText(n.text, x, y);
    });
    ctx.restore();
  }

  /* The actor whose drawn name is under a point of the layout, if any. */
  function nameAt(state, point) {
    var hit = (state.names || []).find(function (n) {
      return n.box.x0 <= point.x && point.x <= n.box.x1 && n.box.y0 <= point.y && point.y <= n.box.y1;
    });
    return hit ? hit.id : null;
  }

  function checked(selector, attr) {
    var off = {};
    document.querySelectorAll(selector).forEach(function (box) { if (!box.checked) { off[box.getAttribute(attr)] = true; } });
    return off;
  }

  /* Which actors and links to show: types, signs, a minimum of sentences per link, and the
   * neighbourhood of one actor. Hidden rather than removed, so positions never move. */
  function filter(state) {
    applyFilter(state);
    if (state.ready) { placeLabels(state); }
  }

  function applyFilter(state) {
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
    state.hiddenNodes = {};
    var nodes = state.data.nodes.map(function (n) {
      var visible = !types[n.actor_type] && (state.focus ? linked[n.id] || n.id === state.focus
        : linked[n.id] || !edgeFilters);
      if (visible) { count++; } else { state.hiddenNodes[n.id] = true; }
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
    applyFilter(state); // names are placed once, after the fit below
    if (node) {
      state.network.selectNodes([id]);
      var near = state.nodes.get().filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; });
      state.network.fit({ nodes: near, animation: false });
    } else {
      state.network.unselectAll();
      state.network.fit({ animation: false });
    }
    placeLabels(state);
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
    // Names are drawn by the page (drawNames), so vis-network draws marks only.
    var nodes = new vis.DataSet(data.nodes.map(function (n) { return Object.assign({}, n, { label: undefined }); }));
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    var state = { data: data, nodes: nodes, edges: edges, network: network, container: container, focus: null,
      hiddenNodes: {}, ready: false };
    var pending = null;
    network.on("zoom", function () {
      clearTimeout(pending);
      pending = setTimeout(function () { placeLabels(state); }, 120);
    });
    network.on("afterDrawing", function (ctx) { drawNames(state, ctx); });
    network.once("afterDrawing", function () {
      network.fit({ animation: false });
      placeLabels(state);
      state.ready = true;
      container.setAttribute("data-ready", "true");
      container.setAttribute("data-scheme", document.body.getAttribute("data-md-color-scheme") || "default");
    });
    function clicked(params) {
      return params.nodes.length === 1 ? params.nodes[0] : nameAt(state, params.pointer.canvas);
    }
    network.on("click", function (params) { focusOn(state, clicked(params)); });
    network.on("doubleClick", function (params) {
      var id = clicked(params);
      if (!id) { return; }
      var node = data.nodes.find(function (n) { return n.id === id; });
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
    current.redraw();
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
