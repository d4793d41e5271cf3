// ctkg web page: contact-point search and a SPARQL editor over the catalogue.
// Plain JavaScript, no libraries; every value from the server is inserted as text, never as HTML.
// URLs are relative to the page, so it works at / and behind a proxy under a sub-path.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const prefixes = JSON.parse($("prefix-data").textContent || "{}");
  const catalogue = JSON.parse($("catalogue-data").textContent || "[]");
  const byName = new Map(catalogue.map((q) => [q.name, q]));
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  // numbers and booleans read as what they are; other datatypes (dates, gYear) are shown
  const PLAIN_TYPES = new Set(["integer", "decimal", "double", "boolean"].map((t) => XSD + t));
  const RESULT_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
  let selected = null; // the catalogue query loaded in the editor, while its text is unchanged

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === "") continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setStatus(node, text, isError) {
    node.textContent = text;
    node.classList.toggle("error", Boolean(isError));
  }

  async function errorText(response) {
    const body = await response.text();
    try {
      const data = JSON.parse(body);
      if (data && data.error) return data.error;
    } catch (_) { /* plain text */ }
    return body.trim() || response.statusText;
  }

  // ---- contact search -------------------------------------------------------------------

  // the lookup marks matched words as [word]; show them as <mark>, still as text nodes
  function highlight(text) {
    return text.split(/\[([^\]]+)\]/).map((part, i) => (i % 2 ? el("mark", {}, part) : part));
  }

  function contactCard(person, rank) {
    const org = person.organization
      ? person.organization + (person.organization_acronym ? ` (${person.organization_acronym})` : "")
      : "";
    const details = el("dl", { class: "details" });
    const add = (label, value) => {
      if (!value) return;
      details.append(el("dt", {}, label), el("dd", {}, value));
    };
    add("Organisation", org);
    if (person.telephone) {
      add("Telephone", person.telephone_uri
        ? el("a", { href: person.telephone_uri, class: "tel" }, person.telephone)
        : person.telephone);
    }
    if (person.fax) add("Fax", person.fax);
    if (person.email) {
      add("Email", el("a", { href: "mailto:" + person.email, class: "email" }, person.email));
    }
    add("Policy area", person.policy_area);
    const reasons = el("ul", { class: "matched", "aria-label": "Why this person matched" });
    for (const reason of person.matched || []) reasons.append(el("li", {}, ...highlight(reason)));
    const name = el("h3", { class: "contact-name" },
      person.honorific ? el("span", { class: "honorific" }, person.honorific + " ") : null,
      el("span", { class: "person-name" }, person.name));
    return el("li", { class: "contact-card", "data-rank": String(rank) },
      name,
      person.title ? el("p", { class: "contact-title" }, person.title) : null,
      details,
      el("p", { class: "matched-label" }, "Matched:"),
      reasons);
  }

  async function searchContacts(event) {
    event.preventDefault();
    const status = $("contact-status");
    const list = $("contact-results");
    const q = $("contact-q").value.trim();
    const limit = $("contact-limit").value || "5";
    list.replaceChildren();
    if (!q) {
      setStatus(status, "Type a topic, an agency, an acronym or a phrase.", true);
      return;
    }
    setStatus(status, "Searching…");
    list.setAttribute("aria-busy", "true");
    try {
      const params = new URLSearchParams({ q, limit });
      const response = await fetch("api/contact?" + params, {
        headers: { Accept: "application/json" },
      });
      if (!response.ok) {
        setStatus(status, await errorText(response), true);
        return;
      }
      const people = await response.json();
      people.forEach((person, i) => list.append(contactCard(person, i + 1)));
      setStatus(status, people.length
        ? `${people.length} contact point${people.length === 1 ? "" : "s"} for “${q}”.`
        : `No contact point matches “${q}”.`);
    } catch (err) {
      setStatus(status, "The server did not answer: " + err.message, true);
    } finally {
      list.removeAttribute("aria-busy");
    }
  }

  // ---- query editor ----------------------------------------------------------------------

  function compact(iri) {
    let best = null;
    for (const [prefix, ns] of Object.entries(prefixes)) {
      if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
    }
    return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
  }

  function cell(term) {
    // each cell holds the value in span.value, then any language tag or datatype
    const value = (text, attrs) => el("span", Object.assign({ class: "value" }, attrs || {}), text);
    if (!term) return el("td", { class: "unbound" });
    if (term.type === "uri") {
      const v = term.value;
      if (v.startsWith("mailto:") || v.startsWith("tel:")) {
        return el("td", {}, el("a", { href: v }, value(v.replace(/^(mailto|tel):/, ""))));
      }
      return el("td", { class: "iri" }, value(compact(v), { title: v }));
    }
    if (term.type === "bnode") return el("td", { class: "bnode" }, value("_:" + term.value));
    if (term.type === "triple") {
      const t = term.value;
      return el("td", { class: "triple" },
        value(`<< ${[t.subject, t.predicate, t.object].map((x) => x.value).join(" ")} >>`));
    }
    const short = term.value.length <= 16 && !/\s/.test(term.value);
    const size = short ? " short" : term.value.length > 60 ? " long" : "";
    const td = el("td", { class: "literal" + size }, value(term.value));
    if (term["xml:lang"]) td.append(el("span", { class: "lang" }, "@" + term["xml:lang"]));
    else if (term.datatype && !PLAIN_TYPES.has(term.datatype)) {
      td.append(el("span", { class: "datatype" }, compact(term.datatype)));
    }
    return td;
  }

  function showTable(data) {
    const table = $("results-table");
    const vars = data.head.vars || [];
    table.tHead.replaceChildren(el("tr", {}, ...vars.map((v) => el("th", { scope: "col" }, v))));
    const rows = data.results.bindings.map(
      (b) => el("tr", {}, ...vars.map((v) => cell(b[v]))));
    table.tBodies[0].replaceChildren(...rows);
    table.hidden = false;
    return rows.length;
  }

  function clearOutput() {
    $("results-table").hidden = true;
    $("results-table").tHead.replaceChildren();
    $("results-table").tBodies[0].replaceChildren();
    $("results-text").hidden = true;
    $("results-text").textContent = "";
  }

  function paramFields(query) {
    const box = $("query-params");
    const fields = $("query-params-fields");
    fields.replaceChildren();
    if (!query || !query.params.length) {
      box.hidden = true;
      return;
    }
    $("query-params-name").textContent = query.title || query.name;
    for (const p of query.params) {
      const id = "param-" + p.name;
      fields.append(el("div", { class: "field" },
        el("label", { for: id }, `${p.name} (${p.type})`),
        el("input", { id, name: p.name, type: "text", value: p.example || "",
                      "aria-describedby": id + "-doc" }),
        el("small", { id: id + "-doc", class: "muted" }, p.doc || "")));
    }
    box.hidden = false;
  }

  function markSelected(name) {
    for (const button of document.querySelectorAll(".catalogue-item")) {
      const on = button.dataset.name === name;
      button.classList.toggle("selected", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
    }
  }

  function loadQuery(name) {
    const query = byName.get(name);
    if (!query) return;
    selected = query;
    $("query-text").value = query.text;
    markSelected(name);
    paramFields(query);
    $("query-mode").textContent = `Catalogue query “${query.name}”` +
      (query.params.length ? " with the parameters above." : ".");
    clearOutput();
    setStatus($("query-status"), "");
    $("query-text").focus();
  }

  function onEdit() {
    if (selected && $("query-text").value !== selected.text) {
      selected = null;
      markSelected(null);
      paramFields(null);
      $("query-mode").textContent = "Edited: runs as typed (parameters are not bound).";
    }
  }

  async function runQuery(event) {
    event.preventDefault();
    const status = $("query-status");
    const text = $("query-text").value;
    clearOutput();
    if (!text.trim()) {
      setStatus(status, "Type a query or pick one from the list.", true);
      return;
    }
    setStatus(status, "Running…");
    $("run-query").disabled = true;
    const started = performance.now();
    try {
      let response;
      if (selected) {
        const params = new URLSearchParams();
        for (const input of $("query-params-fields").querySelectorAll("input")) {
          if (input.value !== "") params.set(input.name, input.value);
        }
        response = await fetch(`api/queries/${encodeURIComponent(selected.name)}?${params}`, {
          headers: { Accept: RESULT_ACCEPT },
        });
      } else {
        response = await fetch("sparql", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded",
                     Accept: RESULT_ACCEPT },
          body: new URLSearchParams({ query: text }),
        });
      }
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        setStatus(status, `Error ${response.status}: ${await errorText(response)}`, true);
        return;
      }
      const type = response.headers.get("Content-Type") || "";
      const truncated = response.headers.get("X-CTKG-Truncated") === "true";
      let summary;
      if (type.includes("json")) {
        const data = await response.json();
        if ("boolean" in data) {
          $("results-text").textContent = data.boolean ? "true" : "false";
          $("results-text").hidden = false;
          summary = `ASK answered ${data.boolean} in ${ms} ms.`;
        } else {
          const n = showTable(data);
          summary = `${n} row${n === 1 ? "" : "s"} in ${ms} ms.`;
        }
      } else {
        $("results-text").textContent = await response.text();
        $("results-text").hidden = false;
        summary = `Graph answer (${type.split(";")[0]}) in ${ms} ms.`;
      }
      if (truncated) summary += " The answer was cut at the server's row limit.";
      setStatus(status, summary);
      $("query-status").scrollIntoView({ block: "start" });
    } catch (err) {
      setStatus(status, "The server did not answer: " + err.message, true);
    } finally {
      $("run-query").disabled = false;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("contact-form").addEventListener("submit", searchContacts);
    $("query-form").addEventListener("submit", runQuery);
    $("query-text").addEventListener("input", onEdit);
    $("query-text").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery(event);
    });
    for (const button of document.querySelectorAll(".catalogue-item")) {
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => loadQuery(button.dataset.name));
    }
  });
})();
