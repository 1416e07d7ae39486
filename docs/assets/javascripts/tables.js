/* Long tables (a season's casualty figures, sources, timeline) get a filter box and pages of
 * PAGE rows, so that a reader finds a figure without scrolling through thousands of rows.
 * Rows are only hidden, never removed: the page's own search and links still reach them.
 * Works with Material's instant navigation (document$). */
(function () {
  "use strict";
  var PAGE = 50;
  var LONG = 60;

  function enhance(table) {
    if (table.dataset.paged) { return; }
    var body = table.tBodies[0];
    if (!body || body.rows.length <= LONG) { return; }
    table.dataset.paged = "true";
    var rows = Array.prototype.slice.call(body.rows);
    var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    var bar = document.createElement("div");
    bar.className = "table-tools";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Filter these " + rows.length + " rows";
    input.setAttribute("aria-label", "Filter the table");
    var info = document.createElement("span");
    info.className = "table-info";
    var prev = document.createElement("button");
    prev.type = "button"; prev.className = "md-button"; prev.textContent = "Previous";
    var next = document.createElement("button");
    next.type = "button"; next.className = "md-button"; next.textContent = "Next";
    bar.appendChild(input); bar.appendChild(prev); bar.appendChild(info); bar.appendChild(next);
    var host = table.closest(".md-typeset__scrollwrap") || table;
    host.parentNode.insertBefore(bar, host);
    var page = 0;

    function show() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var match = [];
      rows.forEach(function (row, i) {
        var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        if (ok) { match.push(row); }
        row.hidden = true;
      });
      var pages = Math.max(1, Math.ceil(match.length / PAGE));
      page = Math.min(page, pages - 1);
      match.slice(page * PAGE, page * PAGE + PAGE).forEach(function (row) { row.hidden = false; });
      var first = match.length ? page * PAGE + 1 : 0;
      info.textContent = first + "–" + Math.min(match.length, (page + 1) * PAGE) + " of " + match.length;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    input.oninput = function () { page = 0; show(); };
    prev.onclick = function () { page -= 1; show(); };
    next.onclick = function () { page += 1; show(); };
    show();
  }

  function enhanceAll() {
    document.querySelectorAll("article table").forEach(enhance);
  }

  window.briefingTables = enhanceAll;
  if (typeof document$ !== "undefined") {
    document$.subscribe(enhanceAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
})();
