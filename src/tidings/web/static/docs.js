// Offline API reference: renders /openapi.json with plain DOM calls (no CDN, no framework).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "class") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // `code` spans of the descriptions become <code> elements; everything else stays plain text.
  function rich(text) {
    return String(text || "").split("`").map((part, i) => (i % 2 ? el("code", { text: part }) : part));
  }

  function refName(schema) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.type === "array") return refName(schema.items) + "[]";
    if (schema.anyOf) return schema.anyOf.map(refName).join(" | ");
    return schema.format ? `${schema.type} (${schema.format})` : schema.type || "object";
  }

  function operation(path, method, op) {
    const params = (op.parameters || []).map((p) =>
      el("li", {}, el("code", { text: p.name }), ` (${p.in}${p.required ? ", required" : ""}) `, refName(p.schema))
    );
    const body = op.requestBody
      ? Object.entries(op.requestBody.content || {}).map(([type, c]) =>
          el("li", {}, el("code", { text: type }), " ", refName(c.schema))
        )
      : [];
    const responses = Object.entries(op.responses || {}).map(([status, r]) => {
      const schema = r.content && r.content["application/json"] && r.content["application/json"].schema;
      return el("li", {}, el("strong", { text: status }), " ", rich(r.description), schema ? " — " + refName(schema) : "");
    });
    return el(
      "section",
      { class: "card" },
      el("h2", {}, el("code", { text: method.toUpperCase() + " " + path })),
      el("p", { class: "answer-text" }, rich(op.summary)),
      op.description ? el("p", { class: "muted" }, rich(op.description)) : null,
      params.length ? [el("h3", { text: "Parameters" }), el("ul", {}, params)] : null,
      body.length ? [el("h3", { text: "Request body" }), el("ul", {}, body)] : null,
      el("h3", { text: "Responses" }),
      el("ul", {}, responses)
    );
  }

  async function start() {
    const token = sessionStorage.getItem("tidings.token");
    const response = await fetch("/openapi.json", { headers: token ? { Authorization: "Bearer " + token } : {} });
    if (!response.ok) {
      $("api-description").textContent = `Could not load /openapi.json (${response.status}).`;
      return;
    }
    const spec = await response.json();
    $("api-title").textContent = `${spec.info.title} ${spec.info.version}`;
    $("api-description").replaceChildren(...rich(spec.info.description).map((n) => (n instanceof Node ? n : document.createTextNode(n))));
    const ops = $("operations");
    for (const [path, methods] of Object.entries(spec.paths || {})) {
      for (const [method, op] of Object.entries(methods)) ops.append(operation(path, method, op));
    }
    const schemas = $("schemas");
    for (const [name, schema] of Object.entries((spec.components && spec.components.schemas) || {})) {
      const rows = Object.entries(schema.properties || {}).map(([prop, s]) =>
        el("li", {}, el("code", { text: prop }), " ", refName(s), (schema.required || []).includes(prop) ? " (required)" : "")
      );
      schemas.append(el("details", {}, el("summary", {}, el("code", { text: name })), el("ul", {}, rows)));
    }
  }

  start();
})();
