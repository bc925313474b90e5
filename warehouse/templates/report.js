// The report's script: inflates the page's data, applies the filters, draws the charts and fills the
// tables, again on every change. Plain ES5-style code, no dependency but the inlined plotly.js.
(function () {
  "use strict";
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
  var MONTH_MS = 30.4 * 86400000;

  function inflate(id) {
    var el = document.getElementById(id);
    if (!el) { return Promise.resolve(null); }
    var bytes = Uint8Array.from(atob(el.textContent.trim()), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  // plotly.js travels gzip'd too (a third of its size): inflate it, run it, then draw.
  inflate("plotly-js").then(function (code) {
    if (code) {
      var script = document.createElement("script");
      script.textContent = code;
      document.head.appendChild(script);
    }
    return inflate("report-data");
  }).then(function (text) { start(JSON.parse(text)); });

  function start(D) {
    var T = D.t, A = D.a, F = D.f, M = D.m, O = D.o, VI = D.lang === "vi";
    var NUM = new Intl.NumberFormat(VI ? "vi-VN" : "en-US");
    var nArticles = A.o.length, nFigures = F.a.length;

    function fmt(s, vars) {
      return s.replace(/\{(\w+)\}/g, function (m, k) { return vars[k] !== undefined ? vars[k] : m; });
    }
    function plural(key, n) {
      var s = T[key];
      if (Array.isArray(s)) { s = s[n === 1 ? 0 : 1]; }
      return fmt(s, { n: NUM.format(n) });
    }
    function fold(s) {
      return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    }
    function day(iso) { return !iso ? "" : (VI ? iso.slice(8, 10) + "/" + iso.slice(5, 7) + "/" + iso.slice(0, 4) : iso); }
    function monthLabel(iso) { return VI ? iso.slice(5, 7) + "/" + iso.slice(0, 4) : iso.slice(0, 7); }
    function short(s, w) { return s.length <= w ? s : s.slice(0, w - 1).trim() + "…"; }
    function esc(s) {
      return String(s == null ? "" : s).replace(/[&<>"]/g, function (c) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
      });
    }
    function byId(id) { return document.getElementById(id); }
    function layout(height, extra) {
      var base = {
        height: height, font: { family: FONT, size: 13 }, separators: VI ? ",." : ".,",
        margin: { l: 10, r: 10, t: 10, b: 10 }, hoverlabel: { font: { family: FONT } },
        legend: { orientation: "h", y: -0.2, title: { text: "" } }, plot_bgcolor: "#fff", paper_bgcolor: "#fff",
        xaxis: { automargin: true, gridcolor: "#eceff3" }, yaxis: { automargin: true, gridcolor: "#eceff3" }
      };
      Object.keys(extra || {}).forEach(function (k) { base[k] = Object.assign({}, base[k] || {}, extra[k]); });
      return base;
    }
    function draw(id, traces, lay) {
      var el = byId(id);
      if (!el) { return; }
      if (!traces || typeof Plotly === "undefined") {
        if (window.Plotly) { Plotly.purge(el); }
        el.classList.add("empty");
        el.textContent = nArticles ? T.no_match : el.dataset.empty;
        return;
      }
      if (el.classList.contains("empty")) { el.classList.remove("empty"); el.textContent = ""; }
      Plotly.react(el, traces, lay, CONFIG);
    }

    // ---- filters -------------------------------------------------------------------------------
    var from = byId("filter-from"), to = byId("filter-to"), province = byId("filter-province");
    var outletBox = byId("filter-outlets"), menu = outletBox.querySelector(".menu");
    var dates = A.d.filter(Boolean).sort();
    if (dates.length) {
      [from, to].forEach(function (el) { el.min = dates[0]; el.max = dates[dates.length - 1]; });
      from.placeholder = dates[0]; to.placeholder = dates[dates.length - 1];
    }
    var outletCounts = D.outlets.map(function () { return 0; });
    A.o.forEach(function (o) { outletCounts[o] += 1; });
    D.outlets.forEach(function (o, i) {
      var label = document.createElement("label");
      label.innerHTML = "<input type=\"checkbox\" name=\"outlet\" value=\"" + i + "\" checked> " + esc(o[1]) +
        " <span class=\"tag\">" + NUM.format(outletCounts[i]) + "</span>";
      menu.appendChild(label);
    });
    D.provinces.forEach(function (p, i) {
      var opt = document.createElement("option");
      opt.value = String(i); opt.textContent = p;
      province.appendChild(opt);
    });
    function checked(name) {
      var set = {};
      Array.prototype.forEach.call(document.querySelectorAll("input[name=" + name + "]:checked"),
        function (el) { set[el.value] = true; });
      return set;
    }
    function state() {
      return { from: from.value, to: to.value, outlets: checked("outlet"), statuses: checked("status"),
               province: province.value === "" ? -1 : Number(province.value) };
    }
    function articleMask(s) {
      var ok = new Array(nArticles);
      for (var i = 0; i < nArticles; i++) {
        var d = A.d[i];
        ok[i] = !!s.statuses[A.s[i]] && !!s.outlets[A.o[i]] &&
          (!s.from || (d && d >= s.from)) && (!s.to || (d && d <= s.to)) &&
          (s.province < 0 || A.p[i].indexOf(s.province) >= 0);
      }
      return ok;
    }
    function figureMask(s, okA) {
      var name = s.province < 0 ? null : D.provinces[s.province], ok = new Array(nFigures);
      for (var j = 0; j < nFigures; j++) { ok[j] = okA[F.a[j]] && (name === null || F.pr[j] === name); }
      return ok;
    }
    function summarizeOutlets(s) {
      var n = Object.keys(s.outlets).length;
      outletBox.querySelector("summary").textContent = n === D.outlets.length ? T.filter_all_outlets : plural("n_outlets", n);
    }

    // ---- cards ---------------------------------------------------------------------------------
    function cards(okA, okF) {
      var outlets = {}, models = {}, people = {}, articles = 0, figures = 0, i;
      for (i = 0; i < nArticles; i++) { if (okA[i]) { articles += 1; outlets[A.o[i]] = 1; } }
      for (i = 0; i < nFigures; i++) { if (okF[i]) { figures += 1; } }
      for (i = 0; i < M.a.length; i++) { if (okA[M.a[i]]) { models[M.m[i]] = 1; } }
      for (i = 0; i < O.a.length; i++) { if (okA[O.a[i]]) { people[O.p[i]] = 1; } }
      var counts = { articles: articles, outlets: Object.keys(outlets).length, figures: figures,
                     models: Object.keys(models).length, officials: Object.keys(people).length };
      Object.keys(counts).forEach(function (k) {
        var card = document.querySelector("[data-card=" + k + "]");
        card.querySelector("b").textContent = NUM.format(counts[k]);
        card.querySelector("span").textContent = plural("card_" + k, counts[k]);
      });
    }

    // ---- coverage per outlet per month, with the campaign's milestones --------------------------
    function coverage(okA, okF) {
      var cells = {}, figs = {}, months = {}, i, key;
      for (i = 0; i < nFigures; i++) { if (okF[i]) { figs[F.a[i]] = (figs[F.a[i]] || 0) + 1; } }
      for (i = 0; i < nArticles; i++) {
        if (!okA[i] || !A.d[i]) { continue; }
        var m = A.d[i].slice(0, 7) + "-01";
        months[m] = (months[m] || 0) + 1;
        key = A.o[i] + "|" + m;
        cells[key] = cells[key] || [0, 0];
        cells[key][0] += 1; cells[key][1] += figs[i] || 0;
      }
      var sorted = Object.keys(months).sort();
      if (!sorted.length) { return draw("chart-coverage", null); }
      var top = Math.max.apply(null, sorted.map(function (m) { return months[m]; }));
      var traces = D.outlets.map(function (o, oi) {
        var xs = [], ys = [], custom = [];
        sorted.forEach(function (m) {
          var c = cells[oi + "|" + m];
          if (!c) { return; }
          xs.push(m); ys.push(c[0]);
          custom.push([o[1], fmt(T.month, { month: monthLabel(m) }), plural("n_articles", c[0]) + " · " + plural("n_figures", c[1])]);
        });
        return { type: "bar", name: o[1], x: xs, y: ys, customdata: custom, marker: { color: o[2] },
                 xperiod: "M1", xperiodalignment: "middle", width: MONTH_MS * 0.8,
                 hovertemplate: "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>" };
      }).filter(function (tr) { return tr.x.length; });
      var first = new Date(sorted[0]), last = new Date(sorted[sorted.length - 1]);
      var mx = [], my = [], mc = [], shapes = [];
      for (var y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y++) {
        D.milestones.forEach(function (ms) {
          var when = y + "-" + ms[0];
          if (y < ms[1] || when < sorted[0] || when > sorted[sorted.length - 1].slice(0, 7) + "-31") { return; }
          mx.push(when); my.push(top * 1.08); mc.push(day(when) + " · " + ms[2]);
          shapes.push({ type: "line", x0: when, x1: when, yref: "paper", y0: 0, y1: 1,
                        line: { color: "#c44536", width: 1, dash: "dot" } });
        });
      }
      if (mx.length) {
        traces.push({ type: "scatter", mode: "markers", name: T.milestone, x: mx, y: my, customdata: mc,
                      marker: { symbol: "triangle-down", size: 11, color: "#c44536" },
                      hovertemplate: "%{customdata}<extra></extra>" });
      }
      var spanMonths = (last - first) / MONTH_MS;
      var pad = MONTH_MS;
      draw("chart-coverage", traces, layout(380, {
        barmode: "stack", bargap: 0.15, shapes: shapes,
        // Over a long span show the last two years, months readable; the slider below reaches the rest.
        xaxis: { type: "date", tickformat: "%m/%Y", ticklabelmode: "period",
                 range: [new Date(Math.max(first.getTime(), last.getTime() - 24 * MONTH_MS) - pad).toISOString().slice(0, 10),
                         new Date(last.getTime() + 2 * pad).toISOString().slice(0, 10)],
                 rangeslider: { visible: spanMonths > 12, thickness: 0.08 } },
        yaxis: { tickformat: ",d", dtick: top <= 8 ? 1 : null, rangemode: "tozero" }
      }));
    }

    // ---- bars: models and indicators ------------------------------------------------------------
    function hbars(id, rows, color) {
      if (!rows.length) { return draw(id, null); }
      draw(id, [{ type: "bar", orientation: "h", x: rows.map(function (r) { return r.n; }),
                  y: rows.map(function (r) { return short(r.label, 44); }),
                  customdata: rows.map(function (r) { return [r.label, r.hover]; }), marker: { color: color },
                  hovertemplate: "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>" }],
           layout(Math.max(260, 26 * rows.length + 70), {
             yaxis: { autorange: "reversed" }, xaxis: { tickformat: ",d", dtick: rows[0].n <= 10 ? 1 : null },
             showlegend: false }));
    }
    function models(okA) {
      var n = M.names.map(function () { return 0; });
      for (var i = 0; i < M.a.length; i++) { if (okA[M.a[i]]) { n[M.m[i]] += 1; } }
      var rows = M.names.map(function (name, k) { return { label: name, n: n[k], hover: plural("n_articles", n[k]) }; })
        .filter(function (r) { return r.n > 0; })
        .sort(function (a, b) { return b.n - a.n || a.label.localeCompare(b.label, "vi"); }).slice(0, 15);
      hbars("chart-models", rows, "#3d405b");
    }
    function indicators(okF) {
      var by = {};
      for (var j = 0; j < nFigures; j++) {
        if (!okF[j]) { continue; }
        var r = by[F.ind[j]] = by[F.ind[j]] || { label: F.ind[j], n: 0, arts: {}, places: {} };
        r.n += 1; r.arts[F.a[j]] = 1; if (F.pl[j]) { r.places[F.pl[j]] = 1; }
      }
      var rows = Object.keys(by).map(function (k) {
        var r = by[k];
        r.hover = plural("n_figures", r.n) + " · " + plural("n_articles", Object.keys(r.arts).length) + " · " +
          plural("n_places", Object.keys(r.places).length);
        return r;
      }).sort(function (a, b) { return b.n - a.n || a.label.localeCompare(b.label, "vi"); }).slice(0, 20);
      hbars("chart-indicators", rows, "#1f6f8b");
    }

    // ---- places: the latest figure of each indicator at each place -------------------------------
    var placeSelect = byId("place-indicator");
    function places(okF) {
      var latest = {}, order = [], j;
      for (j = 0; j < nFigures; j++) {
        if (!okF[j] || F.lat[j] === null || F.n[j] === null) { continue; }
        var key = F.key[j] + "|" + F.sc[j] + "|" + F.pl[j], seen = latest[key];
        if (seen === undefined) { latest[key] = j; order.push(key); }
        else if ((F.pend[j] || "") > (F.pend[seen] || "")) { latest[key] = j; }
      }
      var rows = order.map(function (k) { return latest[k]; });
      var perIndicator = {};
      rows.forEach(function (r) { perIndicator[F.key[r]] = (perIndicator[F.key[r]] || 0) + 1; });
      var keys = Object.keys(perIndicator).sort(function (a, b) { return perIndicator[b] - perIndicator[a] || (a < b ? -1 : 1); }).slice(0, 8);
      var chosen = keys.indexOf(placeSelect.value) >= 0 ? placeSelect.value : keys[0];
      placeSelect.innerHTML = keys.map(function (k) {
        var label = F.ind[rows.filter(function (r) { return F.key[r] === k; })[0]];
        return "<option value=\"" + esc(k) + "\"" + (k === chosen ? " selected" : "") + ">" + esc(short(label, 60)) +
          " (" + esc(plural("n_places", perIndicator[k])) + ")</option>";
      }).join("");
      placeSelect.disabled = !keys.length;
      var shown = rows.filter(function (r) { return F.key[r] === chosen; });
      rows.sort(function (a, b) { return F.ind[a].localeCompare(F.ind[b], "vi") || (F.n[b] - F.n[a]); });
      var body = byId("place-table").tBodies[0];
      body.innerHTML = rows.slice(0, 400).map(function (r) {
        var art = F.a[r];
        return "<tr><td class=\"place\">" + esc(F.pl[r]) + " <span class=\"tag\">" + esc(F.sc[r]) + "</span>" +
          (F.pr[r] && F.pr[r] !== F.pl[r] ? " <span class=\"tag\">" + esc(F.pr[r]) + "</span>" : "") + "</td><td>" +
          esc(F.ind[r]) + "</td><td class=\"num\">" + esc(F.v[r]) + " " + esc(F.u[r]) + "</td><td>" + esc(F.pe[r]) +
          "</td><td><a href=\"" + esc(A.u[art]) + "\" title=\"" + esc(A.t[art]) + "\" rel=\"noreferrer\">" +
          esc(D.outlets[A.o[art]][1]) + "</a></td></tr>";
      }).join("");
      if (!shown.length) { return draw("chart-places", null); }
      var top = Math.max.apply(null, shown.map(function (r) { return Math.abs(F.n[r]); })) || 1;
      draw("chart-places", [
        { type: "scatter", mode: "markers", x: D.points.map(function (p) { return p[2]; }),
          y: D.points.map(function (p) { return p[1]; }), text: D.points.map(function (p) { return p[0]; }),
          hovertemplate: "%{text}<extra></extra>", marker: { size: 5, color: "#d5d9de" }, showlegend: false },
        { type: "scatter", mode: "markers", x: shown.map(function (r) { return F.lon[r]; }),
          y: shown.map(function (r) { return F.lat[r]; }), showlegend: false,
          customdata: shown.map(function (r) {
            return [F.pl[r] + " (" + F.sc[r] + ")", F.v[r] + " " + F.u[r], F.ind[r],
                    [F.pe[r], D.outlets[A.o[F.a[r]]][1]].filter(Boolean).join(" · ")];
          }),
          marker: { size: shown.map(function (r) { return 8 + 36 * Math.sqrt(Math.abs(F.n[r]) / top); }),
                    color: "#1f6f8b", opacity: 0.75, line: { width: 1, color: "white" } },
          hovertemplate: "<b>%{customdata[0]}</b><br>%{customdata[2]}: %{customdata[1]}<br>%{customdata[3]}<extra></extra>" }
      ], layout(560, { xaxis: { range: [101.8, 110.2], visible: false },
                       yaxis: { range: [8.2, 23.6], visible: false, scaleanchor: "x", scaleratio: 1 }, showlegend: false }));
    }
    placeSelect.addEventListener("change", function () { update(); });

    // ---- officials: one row per official, one dot per article naming them ------------------------
    function officials(okA) {
      var counts = {}, firstSeen = {}, i;
      for (i = 0; i < O.a.length; i++) {
        var a = O.a[i];
        if (!okA[a] || !A.d[a]) { continue; }
        counts[O.p[i]] = (counts[O.p[i]] || 0) + 1;
        if (!firstSeen[O.p[i]] || A.d[a] < firstSeen[O.p[i]]) { firstSeen[O.p[i]] = A.d[a]; }
      }
      var top = Object.keys(counts).sort(function (x, y) {
        return counts[y] - counts[x] || (firstSeen[x] < firstSeen[y] ? -1 : 1);
      }).slice(0, 25).sort(function (x, y) { return firstSeen[x] < firstSeen[y] ? -1 : (firstSeen[x] > firstSeen[y] ? 1 : 0); });
      if (!top.length) { return draw("chart-officials", null); }
      var keep = {};
      top.forEach(function (p) { keep[p] = true; });
      var traces = D.outlets.map(function (o, oi) {
        var tr = { type: "scatter", mode: "markers", name: o[1], x: [], y: [], customdata: [],
                   marker: { size: 12, color: o[2], opacity: 0.9, line: { width: 1, color: "white" } },
                   hovertemplate: "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>" };
        for (var k = 0; k < O.a.length; k++) {
          var art = O.a[k];
          if (!keep[O.p[k]] || !okA[art] || !A.d[art] || A.o[art] !== oi) { continue; }
          tr.x.push(A.d[art]); tr.y.push(O.names[O.p[k]]);
          tr.customdata.push([O.names[O.p[k]], [O.r[k], short(O.ti[k], 90)].filter(Boolean).join(" · ") || T.rank_none,
                              short(A.t[art], 80), o[1] + " · " + day(A.d[art])]);
        }
        return tr;
      }).filter(function (tr) { return tr.x.length; });
      draw("chart-officials", traces, layout(Math.max(260, 30 * top.length + 90), {
        yaxis: { categoryorder: "array", categoryarray: top.map(function (p) { return O.names[p]; }), autorange: "reversed",
                 showgrid: true },
        xaxis: { type: "date", tickformat: "%m/%Y" } }));
    }

    // ---- the figures table: filter, search, sort, download ------------------------------------------
    var table = byId("figure-table"), search = byId("figure-search"), countEl = byId("figure-count");
    var sortCol = null, sortAsc = true, shownRows = [];
    var haystack = F.a.map(function (a, j) {
      return fold([F.ind[j], F.ph[j], F.v[j], F.u[j], F.pl[j], F.pr[j], F.pe[j], D.outlets[A.o[a]][1], F.tx[j]].join(" "));
    });
    function cell(col, j) {
      switch (col) {
        case "n": return F.n[j] === null ? -Infinity : F.n[j];
        case "o": return D.outlets[A.o[F.a[j]]][1];
        case "d": return A.d[F.a[j]] || "";
        default: return F[col][j] || "";
      }
    }
    function figureTable(okF) {
      if (!table) { return; }
      var words = fold(search.value).split(/\s+/).filter(Boolean), rows = [], total = 0;
      for (var j = 0; j < nFigures; j++) {
        if (!okF[j]) { continue; }
        total += 1;
        var hay = haystack[j];
        if (words.every(function (w) { return hay.indexOf(w) >= 0; })) { rows.push(j); }
      }
      if (sortCol) {
        rows.sort(function (x, y) {
          var a = cell(sortCol, x), b = cell(sortCol, y);
          var c = typeof a === "number" ? (a === b ? 0 : (a < b ? -1 : 1)) : String(a).localeCompare(String(b), "vi");
          return sortAsc ? c : -c;
        });
      }
      shownRows = rows;
      table.tBodies[0].innerHTML = rows.map(function (j) {
        var art = F.a[j];
        return "<tr><td title=\"" + esc(F.ph[j]) + "\">" + esc(F.ind[j]) + "</td><td class=\"num\" data-sort=\"" +
          (F.n[j] === null ? "" : F.n[j]) + "\">" + esc(F.v[j]) + " <span class=\"unit\">" + esc(F.u[j]) + "</span></td>" +
          "<td class=\"place\">" + esc(F.pl[j]) + (F.po[j] ? " <span class=\"tag\" title=\"" + esc(T.place_from_outlet) +
          "\">" + esc(D.outlets[A.o[art]][1]) + "</span>" : "") + "</td><td>" + esc(F.pe[j]) + "</td><td>" +
          esc(D.outlets[A.o[art]][1]) + "</td><td class=\"date\">" + esc(day(A.d[art])) + "</td><td><a href=\"#" +
          esc(F.an[j]) + "\" title=\"" + esc(A.t[art]) + "\">" + esc(F.tx[j]) + "</a></td></tr>";
      }).join("");
      countEl.textContent = fmt(T.figures_count, { shown: NUM.format(rows.length), total: NUM.format(total) });
    }
    if (table) {
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
        th.addEventListener("click", function () {
          sortAsc = sortCol === th.dataset.col ? !sortAsc : true;
          sortCol = th.dataset.col;
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", sortAsc ? "ascending" : "descending");
          figureTable(lastFigures);
        });
      });
      search.addEventListener("input", function () { figureTable(lastFigures); });
      byId("figure-download").addEventListener("click", function () {
        var head = [T.col_indicator, "indicator_phrase", T.col_value, "unit", "kind", T.col_place, "scope", "province",
                    T.col_period, T.col_outlet, T.col_published, T.col_text, "sentence", "title", "url"];
        var lines = [head].concat(shownRows.map(function (j) {
          var art = F.a[j];
          return [F.ind[j], F.ph[j], F.n[j] === null ? "" : F.n[j], F.u[j], F.k[j], F.pl[j], F.sc[j], F.pr[j] || "", F.pe[j],
                  D.outlets[A.o[art]][1], A.d[art] || "", F.tx[j], F.sn[j], A.t[art], A.u[art]];
        })).map(function (r) {
          return r.map(function (v) {
            var s = String(v);
            return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
          }).join(",");
        });
        // A UTF-8 BOM so Excel on Windows reads the Vietnamese right.
        var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = VI ? "tinmine-so-lieu.csv" : "tinmine-figures.csv";
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
      });
    }

    // ---- the source sentences of the articles that pass ---------------------------------------------
    function sources(okA) {
      Array.prototype.forEach.call(document.querySelectorAll("article.source"), function (el) {
        var row = Number(el.dataset.row);
        el.classList.toggle("hidden", row >= 0 && !okA[row]);
      });
    }

    var lastFigures = [];
    function update() {
      var s = state(), okA = articleMask(s), okF = figureMask(s, okA);
      lastFigures = okF;
      summarizeOutlets(s);
      cards(okA, okF);
      coverage(okA, okF);
      models(okA);
      indicators(okF);
      places(okF);
      officials(okA);
      figureTable(okF);
      sources(okA);
      document.body.dataset.ready = "1";
    }
    byId("filters").addEventListener("change", function (e) {
      if (e.target !== placeSelect) { update(); }
    });
    byId("filter-reset").addEventListener("click", function () {
      from.value = ""; to.value = ""; province.value = "";
      Array.prototype.forEach.call(document.querySelectorAll("input[name=outlet]"), function (el) { el.checked = true; });
      Array.prototype.forEach.call(document.querySelectorAll("input[name=status]"), function (el) { el.checked = el.value === "0"; });
      update();
    });
    update();
  }
})();
