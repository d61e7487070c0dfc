// tidings web page: plain JavaScript, no framework, nothing loaded from elsewhere.
//
// Document text and every other value from the store is hostile data: it is only ever inserted with
// textContent / createTextNode (through `el` below), never as HTML; links are made only from http(s) URLs.
//
// Access token: when the server has one, open the page once as /?token=TOKEN. The token is kept in this
// tab's sessionStorage, removed from the address bar, and sent as `Authorization: Bearer` on every API
// call; the server also sets a cookie that lets the browser reload the page and its assets (never the API).
"use strict";

(() => {
  const TOKEN_KEY = "tidings.token";
  const PAGE_SIZE = 25;
  const EVENTS_SHOWN = 8;
  const CONFLICT_WORDS = {
    no_conflict: "Sources agree",
    complementary: "Sources give complementary parts",
    conflicting_opinions: "Sources hold conflicting opinions",
    outdated: "Older figures are outdated",
    misinformation: "A source was refuted and is disregarded",
  };
  const GRANULARITY_WORDS = {
    day: "to the day",
    week: "to the week",
    month: "to the month",
    year: "to the year",
    unknown: "undated",
  };

  const $ = (id) => document.getElementById(id);
  const state = { offset: 0, total: 0 };

  // ---------------------------------------------------------------------------------------------------
  // Token

  {
    const params = new URLSearchParams(location.search);
    const given = params.get("token");
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given);
      params.delete("token");
      const query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
  }

  function authHeaders() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { Authorization: "Bearer " + token } : {};
  }

  function askForToken() {
    $("token-banner").hidden = false;
    $("token-input").focus();
  }

  // ---------------------------------------------------------------------------------------------------
  // DOM helpers: strings always become text nodes

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    setProps(node, props);
    append(node, children);
    return node;
  }

  function svg(tag, props, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    setProps(node, props);
    append(node, children);
    return node;
  }

  function setProps(node, props) {
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.setAttribute("class", value);
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "href") node.setAttribute("href", value);
      else node.setAttribute(key, String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function label(docId, externalId) {
    return externalId || String(docId).slice(0, 8);
  }

  // What to call a document in a list or a heading: its title, else the file or record it came from.
  function docName(d) {
    if (d.title && d.title.trim()) return d.title;
    const source = String(d.source || "").replace(/^(upload|api):/, "");
    return source || label(d.id, d.external_id);
  }

  function setStatus(node, message, isError) {
    node.textContent = message || "";
    node.classList.toggle("error", Boolean(isError));
  }

  // ---------------------------------------------------------------------------------------------------
  // API

  class ApiFailure extends Error {
    constructor(status, error) {
      super(error.message);
      this.status = status;
      this.code = error.code;
      this.field = error.field;
    }
  }

  async function api(method, path, body) {
    const init = { method, headers: { Accept: "application/json", ...authHeaders() } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      const error = (data && data.error) || { code: "http_" + response.status, message: response.statusText };
      if (response.status === 401) askForToken();
      throw new ApiFailure(response.status, error);
    }
    return data;
  }

  function describe(error) {
    return error instanceof ApiFailure ? error.message : "The server could not be reached.";
  }

  // ---------------------------------------------------------------------------------------------------
  // Ask

  async function ask(event) {
    event.preventDefault();
    const question = $("question").value.trim();
    if (!question) return;
    const body = { question };
    if ($("as-of").value) body.as_of = $("as-of").value;
    const button = $("ask-button");
    button.disabled = true;
    setStatus($("ask-status"), "Reading the documents…");
    try {
      const answer = await api("POST", "/api/ask", body);
      setStatus($("ask-status"), "");
      showAnswer(answer);
      // The chart plots the answer's values (current and superseded): a topic timeline of the question
      // also holds other numbers that share its words, which belong in the list, not on the same axis.
      const focus = [...(answer.values || []), ...(answer.superseded || []).map((s) => s.value)];
      if (answer.timeline && answer.timeline.length) showTimeline(answer.timeline, "", focus);
      else await timelineFor(question, focus);
    } catch (error) {
      setStatus($("ask-status"), describe(error), true);
    } finally {
      button.disabled = false;
    }
  }

  function showAnswer(answer) {
    const card = $("answer");
    card.hidden = false;
    const value = $("answer-value");
    const values = answer.values || [];
    value.textContent = values.length ? values.join(" · ") : "No answer found";
    value.classList.toggle("none", !values.length);
    $("answer-as-of").textContent = answer.as_of ? "as of " + answer.as_of : "as of an unknown date";
    const conflict = $("answer-conflict");
    conflict.textContent = CONFLICT_WORDS[answer.conflict_type] || answer.conflict_type;
    conflict.className = "conflict " + answer.conflict_type;
    conflict.title = answer.conflict_type;
    $("answer-text").textContent = answer.text || "";

    const citations = $("citations");
    clear(citations);
    for (const c of answer.citations || []) {
      citations.append(
        el(
          "li",
          { class: "citation" },
          el("button", {
            type: "button",
            class: "link cite-link",
            "data-doc": c.doc_id,
            text: "[" + label(c.doc_id, c.external_id) + "] " + (c.date || "undated"),
            onclick: () => openDocument(c.doc_id, { start: c.start, end: c.end }),
          }),
          " ",
          el("span", { class: "cite-meta", text: c.source }),
          el("blockquote", { class: "quote", text: c.quote })
        )
      );
    }
    if (!citations.firstChild) citations.append(el("li", { class: "muted", text: "No sources." }));

    const superseded = $("superseded");
    clear(superseded);
    for (const s of answer.superseded || []) {
      superseded.append(
        el(
          "li",
          {},
          el("span", { class: "old-value", text: s.value }),
          " ",
          el("span", { class: "muted", text: "as of " + (s.as_of || "unknown") + " " }),
          el("button", {
            type: "button",
            class: "link",
            text: "[" + label(s.doc_id, s.external_id) + "]",
            onclick: () => openDocument(s.doc_id, {}),
          }),
          s.reason ? el("div", { class: "muted", text: s.reason }) : null
        )
      );
    }
    $("superseded-box").hidden = !(answer.superseded || []).length;

    // a merged or disputed answer: what each source adds or argues, in its own words
    const parts = $("parts");
    clear(parts);
    for (const part of answer.parts || []) parts.append(el("li", { class: "part", text: part }));
    $("parts-box").hidden = !(answer.parts || []).length;

    const explanation = $("explanation");
    clear(explanation);
    for (const line of answer.explanation || []) explanation.append(el("li", { text: line }));
    $("explanation-box").hidden = !(answer.explanation || []).length;
  }

  // ---------------------------------------------------------------------------------------------------
  // Timeline: an SVG chart of the values over time, and the list of dated events

  async function loadTopic(event) {
    event.preventDefault();
    const topic = $("topic").value.trim();
    if (topic) await timelineFor(topic);
  }

  async function timelineFor(topic, focus) {
    try {
      const entries = await api("GET", "/api/timeline?topic=" + encodeURIComponent(topic));
      showTimeline(entries, "No dated entries for this topic.", focus);
    } catch (error) {
      showTimeline([], describe(error));
    }
  }

  function parseDay(value) {
    if (!value) return null;
    const t = Date.parse(value + "T00:00:00Z");
    return Number.isNaN(t) ? null : t;
  }

  function parseNumber(value) {
    if (typeof value !== "string") return null;
    const m = value.replace(/,/g, "").match(/-?\d+(?:\.\d+)?/);
    if (!m) return null;
    let n = Number(m[0]);
    const rest = value.slice(value.indexOf(m[0].charAt(0)) + m[0].length).toLowerCase();
    if (/^\s*(million|m\b)/.test(rest)) n *= 1e6;
    else if (/^\s*(billion|bn\b)/.test(rest)) n *= 1e9;
    else if (/^\s*(thousand|k\b)/.test(rest)) n *= 1e3;
    return Number.isFinite(n) ? n : null;
  }

  function showTimeline(entries, emptyMessage, focus) {
    const wanted = new Set((focus || []).map(parseNumber).filter((n) => n !== null));
    entries = entries || [];
    const chart = $("chart");
    const events = $("events");
    clear(chart);
    clear(events);
    const oldMore = $("events-more");
    if (oldMore) oldMore.remove();
    $("timeline-empty").hidden = entries.length > 0;
    $("timeline-empty").textContent = emptyMessage || "";
    entries.forEach((e, i) => {
      events.append(
        el(
          "li",
          {},
          el("span", { class: "event-when", text: e.when }),
          e.value ? el("span", { class: "event-value", text: e.value }) : null,
          el("span", { text: e.label + " " }),
          el("button", {
            type: "button",
            class: "link",
            text: "[" + label(e.doc_id, e.external_id) + "]",
            onclick: () => openDocument(e.doc_id, { start: e.start, end: e.end }),
          })
        )
      );
      if (i >= EVENTS_SHOWN) events.lastChild.hidden = true;
    });
    if (entries.length > EVENTS_SHOWN) {
      const more = el("button", {
        type: "button",
        id: "events-more",
        class: "secondary more",
        text: `Show all ${entries.length} entries`,
        onclick: () => {
          for (const li of events.children) li.hidden = false;
          more.remove();
        },
      });
      events.after(more);
    }
    const points = [];
    for (const e of entries) {
      const lo = parseDay(e.earliest);
      const hi = parseDay(e.latest) ?? lo;
      const y = parseNumber(e.value);
      if (lo === null || y === null || (wanted.size && !wanted.has(y))) continue;
      // The same value on the same dates (a story told twice) is one point, linked to its first source.
      const key = `${lo}|${hi}|${y}`;
      if (points.some((p) => p.key === key)) continue;
      points.push({ key, lo, hi, x: (lo + hi) / 2, y, entry: e });
    }
    if (points.length) chart.append(drawChart(points));
  }

  function niceTicks(min, max, count) {
    if (min === max) {
      min = min === 0 ? 0 : min * 0.5;
      max = max === 0 ? 1 : max * 1.5;
    }
    const span = max - min;
    const step0 = Math.pow(10, Math.floor(Math.log10(span / count)));
    const step = [1, 2, 5, 10].map((m) => m * step0).find((s) => span / s <= count) || step0 * 10;
    const ticks = [];
    for (let v = Math.floor(min / step) * step; v <= max + step * 0.001; v += step) ticks.push(v);
    if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
    return ticks;
  }

  function drawChart(points) {
    const W = 960, H = 300, left = 64, right = 24, top = 24, bottom = 36;
    points.sort((a, b) => a.x - b.x);
    const DAY = 86400000;
    let x0 = Math.min(...points.map((p) => p.lo));
    let x1 = Math.max(...points.map((p) => p.hi));
    const pad = Math.max((x1 - x0) * 0.05, 20 * DAY);
    x0 -= pad;
    x1 += pad;
    const yTicks = niceTicks(Math.min(0, ...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)), 5);
    const y0 = yTicks[0], y1 = yTicks[yTicks.length - 1];
    const sx = (t) => left + ((t - x0) / (x1 - x0)) * (W - left - right);
    const sy = (v) => top + (1 - (v - y0) / (y1 - y0 || 1)) * (H - top - bottom);
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Values over time" });
    const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, notation: y1 >= 1e6 ? "compact" : "standard" });
    for (const v of yTicks) {
      root.append(svg("line", { class: "grid", x1: left, x2: W - right, y1: sy(v), y2: sy(v) }));
      root.append(svg("text", { class: "tick", x: left - 8, y: sy(v) + 4, "text-anchor": "end", text: fmt.format(v) }));
    }
    // One tick per year, or per quarter when the range is short.
    const first = new Date(x0), last = new Date(x1);
    const years = last.getUTCFullYear() - first.getUTCFullYear();
    const monthStep = years >= 3 ? 12 : years >= 1 ? 3 : 1;
    let cursor = Date.UTC(first.getUTCFullYear(), Math.ceil(first.getUTCMonth() / monthStep) * monthStep, 1);
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    while (cursor <= x1) {
      const d = new Date(cursor);
      if (cursor >= x0) {
        const text = monthStep === 12 ? String(d.getUTCFullYear()) : months[d.getUTCMonth()] + " " + d.getUTCFullYear();
        root.append(svg("line", { class: "axis", x1: sx(cursor), x2: sx(cursor), y1: H - bottom, y2: H - bottom + 5 }));
        root.append(svg("text", { class: "tick", x: sx(cursor), y: H - bottom + 20, "text-anchor": "middle", text }));
      }
      cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthStep, 1);
    }
    root.append(svg("line", { class: "axis", x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }));
    root.append(svg("line", { class: "axis", x1: left, x2: left, y1: top, y2: H - bottom }));
    root.append(
      svg("polyline", { class: "series", points: points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(" ") })
    );
    const placed = [];
    for (const p of points) {
      const e = p.entry;
      const link = svg("a", {
        href: "#",
        class: "point",
        "data-doc": e.doc_id,
        "aria-label": `${e.value}, ${e.when}, source ${label(e.doc_id, e.external_id)}`,
        onclick: (event) => {
          event.preventDefault();
          openDocument(e.doc_id, { start: e.start, end: e.end });
        },
      });
      // The bar spans the interval the date evidence allows; the dot sits at its middle.
      if (sx(p.hi) - sx(p.lo) > 2) {
        link.append(svg("line", { class: "span", x1: sx(p.lo), x2: sx(p.hi), y1: sy(p.y), y2: sy(p.y) }));
      }
      link.append(svg("circle", { class: "hit", cx: sx(p.x), cy: sy(p.y), r: 16 }));
      link.append(svg("circle", { class: "dot", cx: sx(p.x), cy: sy(p.y), r: 6 }));
      const lx = sx(p.x), ly = sy(p.y);
      const crowded = placed.some((q) => Math.abs(q.x - lx) < 48 && Math.abs(q.y - (ly - 12)) < 14);
      const labelY = crowded ? ly + 22 : ly - 12;
      placed.push({ x: lx, y: labelY });
      link.append(svg("text", { class: "label", x: lx, y: labelY, "text-anchor": "middle", text: e.value }));
      link.append(svg("title", { text: `${e.value} — ${e.when} — ${e.label}` }));
      root.append(link);
    }
    return root;
  }

  // ---------------------------------------------------------------------------------------------------
  // Documents

  async function loadDocuments() {
    try {
      const page = await api("GET", `/api/documents?offset=${state.offset}&limit=${PAGE_SIZE}`);
      state.total = page.total;
      renderDocuments(page);
    } catch (error) {
      $("library-range").textContent = describe(error);
    }
  }

  function renderDocuments(page) {
    const body = $("documents");
    clear(body);
    for (const d of page.documents) {
      const confidence = Math.round((d.confidence || 0) * 100);
      const bar = el("span");
      bar.style.width = confidence + "%";
      body.append(
        el(
          "tr",
          {},
          el(
            "td",
            {},
            el("button", {
              type: "button",
              class: "link doc-title",
              "data-doc": d.id,
              text: docName(d),
              onclick: () => openDocument(d.id, {}),
            }),
            el("span", { class: "doc-source", text: d.source })
          ),
          el("td", { class: "date-cell", text: d.date || "undated" }),
          el("td", { text: GRANULARITY_WORDS[d.granularity] || d.granularity }),
          el("td", {}, el("span", { class: "confidence" }, el("span", { class: "meter" }, bar), confidence + "%"))
        )
      );
    }
    if (!page.documents.length) {
      body.append(el("tr", {}, el("td", { colspan: 4, class: "muted", text: "No documents yet: drop some files above." })));
    }
    const end = page.offset + page.documents.length;
    $("library-range").textContent = page.total ? `${page.offset + 1}–${end} of ${page.total}` : "";
    $("doc-count").textContent = page.total === 1 ? "1 document" : `${page.total} documents`;
    $("prev-page").disabled = page.offset === 0;
    $("next-page").disabled = end >= page.total;
  }

  // ---------------------------------------------------------------------------------------------------
  // Upload with progress (XMLHttpRequest reports upload progress; fetch does not)

  function upload(files) {
    files = Array.from(files || []);
    if (!files.length) return;
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    const box = $("upload");
    const bar = $("upload-progress");
    const status = $("upload-status");
    const rejected = $("upload-rejected");
    box.hidden = false;
    clear(rejected);
    bar.value = 0;
    setStatus(status, `Sending ${files.length} file${files.length === 1 ? "" : "s"}…`);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) bar.value = Math.round((event.loaded / event.total) * 100);
    };
    xhr.upload.onload = () => {
      bar.value = 100;
      setStatus(status, "Reading, dating and indexing…");
    };
    xhr.onerror = () => setStatus(status, "The upload failed: the server could not be reached.", true);
    xhr.onload = () => {
      let data = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status !== 200 || !data) {
        if (xhr.status === 401) askForToken();
        setStatus(status, (data && data.error && data.error.message) || `The upload failed (${xhr.status}).`, true);
        return;
      }
      const parts = [`${data.added} added`, `${data.unchanged} unchanged`, `${data.rejected.length} rejected`];
      if (data.redated) parts.push(`${data.redated} re-dated from other documents`);
      setStatus(status, parts.join(", "), data.rejected.length > 0 && data.added === 0 && data.unchanged === 0);
      for (const r of data.rejected) rejected.append(el("li", { text: `${r.source}: ${r.reason}` }));
      state.offset = 0;
      loadDocuments();
    };
    xhr.send(form);
  }

  function setUpDropzone() {
    const zone = $("dropzone");
    const input = $("file-input");
    input.addEventListener("change", () => {
      upload(input.files);
      input.value = "";
    });
    for (const name of ["dragenter", "dragover"]) {
      zone.addEventListener(name, (event) => {
        event.preventDefault();
        zone.classList.add("over");
      });
    }
    for (const name of ["dragleave", "drop"]) {
      zone.addEventListener(name, (event) => {
        event.preventDefault();
        zone.classList.remove("over");
      });
    }
    zone.addEventListener("drop", (event) => upload(event.dataTransfer && event.dataTransfer.files));
    // A file dropped next to the zone must not make the browser navigate away to it.
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => event.preventDefault());
  }

  // ---------------------------------------------------------------------------------------------------
  // Document viewer: the text with the cited span in <mark>, and the date with its evidence

  function highlighted(text, ranges) {
    // Ranges earlier in the list win where they overlap; the result is built from text nodes and <mark>s.
    const kept = [];
    for (const r of ranges) {
      if (!(r.start >= 0 && r.end > r.start && r.end <= text.length)) continue;
      if (kept.some((k) => r.start < k.end && k.start < r.end)) continue;
      kept.push(r);
    }
    kept.sort((a, b) => a.start - b.start);
    const out = [];
    let at = 0;
    for (const r of kept) {
      if (r.start > at) out.push(document.createTextNode(text.slice(at, r.start)));
      out.push(el("mark", { class: r.cls, title: r.title || null, text: text.slice(r.start, r.end) }));
      at = r.end;
    }
    if (at < text.length) out.push(document.createTextNode(text.slice(at)));
    return out;
  }

  async function openDocument(docId, span) {
    let doc;
    try {
      doc = await api("GET", "/api/documents/" + encodeURIComponent(docId));
    } catch (error) {
      setStatus($("ask-status"), describe(error), true);
      return;
    }
    const date = doc.date || {};
    $("viewer-title").textContent = docName(doc);
    $("viewer-source").textContent = doc.source + (doc.external_id ? " · " + doc.external_id : "");
    const urlBox = $("viewer-url");
    clear(urlBox);
    const href = safeUrl(doc.url);
    if (href) urlBox.append(el("a", { href, target: "_blank", rel: "noopener noreferrer", text: doc.url }));
    else if (doc.url) urlBox.textContent = doc.url;

    $("viewer-date").textContent = date.value || "undated";
    const meta = [GRANULARITY_WORDS[date.granularity] || date.granularity];
    if (typeof date.confidence === "number") meta.push(`confidence ${Math.round(date.confidence * 100)}%`);
    if (date.rule) meta.push(`rule ${date.rule}`);
    if (date.earliest && date.latest && date.earliest !== date.latest) meta.push(`between ${date.earliest} and ${date.latest}`);
    $("viewer-date-meta").textContent = meta.join(" · ");
    $("viewer-explanation").textContent = doc.explanation || "";
    const conflicts = $("viewer-conflicts");
    clear(conflicts);
    for (const c of date.conflicts || []) conflicts.append(el("li", { text: c }));

    const evidence = $("viewer-evidence");
    clear(evidence);
    const ranges = [];
    if (span && span.start !== undefined) ranges.push({ start: span.start, end: span.end, cls: "cited", title: "cited" });
    for (const e of date.evidence || []) {
      const bounds = [e.earliest, e.latest].filter(Boolean);
      const quote = e.start >= 0 && e.end > e.start ? doc.text.slice(e.start, e.end) : "";
      evidence.append(
        el(
          "li",
          {},
          el("span", { class: "rule", text: e.rule }),
          " ",
          el("span", { text: e.note }),
          bounds.length ? el("div", { class: "muted", text: bounds.join(" … ") }) : null,
          quote ? el("div", { class: "quote", text: quote }) : null
        )
      );
      if (quote) ranges.push({ start: e.start, end: e.end, cls: "evidence-span", title: "date evidence: " + e.rule });
    }
    if (!evidence.firstChild) evidence.append(el("li", { class: "muted", text: "No evidence recorded." }));

    const body = $("viewer-text");
    clear(body);
    append(body, highlighted(doc.text, ranges));
    const dialog = $("viewer");
    if (!dialog.open) dialog.showModal();
    body.scrollTop = 0;
    const cited = body.querySelector("mark.cited") || body.querySelector("mark");
    if (cited) cited.scrollIntoView({ block: "center" });
  }

  // ---------------------------------------------------------------------------------------------------
  // Start

  function start() {
    $("ask-form").addEventListener("submit", ask);
    $("topic-form").addEventListener("submit", loadTopic);
    $("viewer-close").addEventListener("click", () => $("viewer").close());
    $("viewer").addEventListener("click", (event) => {
      if (event.target === $("viewer")) $("viewer").close();
    });
    $("prev-page").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE_SIZE);
      loadDocuments();
    });
    $("next-page").addEventListener("click", () => {
      state.offset += PAGE_SIZE;
      loadDocuments();
    });
    $("token-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const token = $("token-input").value.trim();
      if (!token) return;
      sessionStorage.setItem(TOKEN_KEY, token);
      $("token-banner").hidden = true;
      loadDocuments();
    });
    setUpDropzone();
    loadDocuments();
    document.body.dataset.ready = "true";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
