// The search page: the state lives in the URL (/?q=...&country=ke&offset=10), so a search can be
// bookmarked and shared; each change of it asks GET /search and draws the JSON it returns.
"use strict";

const PAGE_SIZE = 10;
// Facet kinds as the JSON names them, and the /search parameter that filters by each.
const FACETS = [
  ["person", "person", "People"],
  ["country", "country", "Countries"],
  ["organisation", "org", "Organisations"],
  ["place", "place", "Places"],
  ["source", "source", "Sources"],  // shown when the index has sources
  ["lang", "lang", "Languages"],
];
const FILTERS = ["person", "country", "org", "place", "source", "lang", "from", "to"];
const KIND_PARAMETER = { person: "person", country: "country", organisation: "org", place: "place" };

const $ = (id) => document.getElementById(id);
const element = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
};

// The text of `text` with the spans `spans` in <mark>: [begin, end) in code points, as the JSON
// gives them (docs/JSON.md), sliced from the text, never by re-parsing markup, so text stays text.
function highlighted(text, spans) {
  const characters = Array.from(text);  // one element per code point
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [begin, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (begin < at || end > characters.length) continue;
    fragment.append(characters.slice(at, begin).join(""));
    fragment.append(element("mark", {}, characters.slice(begin, end).join("")));
    at = end;
  }
  fragment.append(characters.slice(at).join(""));
  return fragment;
}

function currentParameters() {
  return new URLSearchParams(location.search);
}

function go(parameters) {
  history.pushState(null, "", "/?" + parameters.toString());
  run();
}

function withFilter(name, value) {
  const parameters = currentParameters();
  if (name === "from" || name === "to") parameters.delete(name);
  if (!parameters.getAll(name).includes(value)) parameters.append(name, value);
  parameters.delete("offset");
  return parameters;
}

function withoutFilter(name, value) {
  const parameters = currentParameters();
  const kept = parameters.getAll(name).filter((v) => v !== value);
  parameters.delete(name);
  for (const v of kept) parameters.append(name, v);
  parameters.delete("offset");
  return parameters;
}

function drawFilters(parameters, names) {
  const filters = $("filters");
  filters.replaceChildren();
  for (const name of FILTERS) {
    for (const value of parameters.getAll(name)) {
      const label = (names[name + "\t" + value] || value) + " \u00d7";
      const chip = element("button", { type: "button", class: "chip", "data-filter": name,
                                       title: "Remove this filter" }, name + ": " + label);
      chip.addEventListener("click", () => go(withoutFilter(name, value)));
      filters.append(chip);
    }
  }
}

function drawFacets(facets) {
  const aside = $("facets");
  aside.replaceChildren();
  for (const [kind, parameter, title] of FACETS) {
    const values = (facets && facets[kind]) || [];
    if (values.length === 0) continue;
    const list = element("ul");
    for (const value of values.slice(0, 12)) {
      const link = element("a", { href: "?" + withFilter(parameter, value.id).toString(),
                                  "data-facet": kind, "data-id": value.id },
                           element("span", { class: "name" }, value.name),
                           element("span", { class: "count" }, String(value.count)));
      link.addEventListener("click", (event) => {
        event.preventDefault();
        go(withFilter(parameter, value.id));
      });
      list.append(element("li", {}, link));
    }
    aside.append(element("section", { class: "facet", "data-kind": kind },
                         element("h2", {}, title), list));
  }
}

function drawHistogram(dates) {
  const histogram = $("histogram");
  histogram.replaceChildren();
  const months = (dates || []).filter((d) => /^\d{4}-\d{2}$/.test(d.bucket));
  const highest = Math.max(1, ...months.map((d) => d.count));
  for (const month of months) {
    const bar = element("div", { class: "bar", role: "button", tabindex: "0",
                                 "data-month": month.bucket,
                                 title: month.bucket + ": " + month.count + " articles" });
    bar.style.height = Math.round((100 * month.count) / highest) + "%";
    const narrow = () => {
      const parameters = withFilter("from", month.bucket);
      parameters.delete("to");
      parameters.append("to", month.bucket);
      go(parameters);
    };
    bar.addEventListener("click", narrow);
    bar.addEventListener("keydown", (event) => { if (event.key === "Enter") narrow(); });
    histogram.append(bar);
  }
  histogram.hidden = months.length < 2;
}

function drawHit(hit) {
  const title = hit.url
    ? element("a", { href: hit.url, rel: "noopener noreferrer" }, highlighted(hit.title, hit.title_highlights))
    : highlighted(hit.title, hit.title_highlights);
  const meta = [hit.date || "undated", hit.source || hit.author || "", hit.path].filter(Boolean).join(" \u00b7 ");
  const item = element("li", { class: "hit", "data-id": hit.id },
                       element("h3", {}, title),
                       element("div", { class: "meta" }, meta),
                       element("p", { class: "snippet" }, highlighted(hit.snippet, hit.highlights)));
  // "+2 similar: Source A, Source B", as mss-search prints it: each outlet once, else the id.
  const copies = hit.duplicates || [];
  if (copies.length > 0) {
    const names = [...new Set(copies.map((copy) => copy.source || copy.id))];
    item.append(element("div", { class: "meta similar" }, "+" + copies.length + " similar: " + names.join(", ")));
  }
  return item;
}

function drawPager(result, offset) {
  const pager = $("pager");
  pager.replaceChildren();
  const shown = result.hits.length;
  if (offset === 0 && shown >= result.total) return;
  const page = (to) => {
    const parameters = currentParameters();
    if (to > 0) parameters.set("offset", String(to)); else parameters.delete("offset");
    go(parameters);
  };
  const previous = element("button", { type: "button", "data-page": "previous" }, "\u2190 Previous");
  previous.disabled = offset === 0;
  previous.addEventListener("click", () => page(Math.max(0, offset - PAGE_SIZE)));
  const next = element("button", { type: "button", "data-page": "next" }, "Next \u2192");
  next.disabled = offset + shown >= result.total;
  next.addEventListener("click", () => page(offset + PAGE_SIZE));
  pager.append(previous, element("span", {}, "page " + (Math.floor(offset / PAGE_SIZE) + 1)), next);
}

function drawResult(result, parameters) {
  const offset = Number(parameters.get("offset") || 0);
  const names = {};
  for (const [kind, parameter] of FACETS) {
    for (const value of (result.facets && result.facets[kind]) || []) names[parameter + "\t" + value.id] = value.name;
  }
  drawFilters(parameters, names);
  const about = result.exact ? "" : "about ";
  let summary = result.total === 0 ? "No articles found."
    : `${about}${result.total} article${result.total === 1 ? "" : "s"}` +
      (result.hits.length ? `; ${result.hits[0].rank}\u2013${result.hits[result.hits.length - 1].rank} shown` : "");
  if (result.relaxed) summary += ` (${result.strict_total} with every word; then articles with some)`;
  if (result.corrected && result.suggestion) summary += ` Showing results for \u201c${result.suggestion}\u201d.`;
  else if (result.suggestion) summary += ` Did you mean \u201c${result.suggestion}\u201d?`;
  $("summary").textContent = summary;
  $("summary").className = "summary";
  drawFacets(result.facets);
  drawHistogram(result.facets && result.facets.date);
  $("hits").replaceChildren(...result.hits.map(drawHit));
  drawPager(result, offset);
}

function drawError(message) {
  $("summary").textContent = message;
  $("summary").className = "summary error";
  for (const id of ["hits", "facets", "histogram", "pager"]) $(id).replaceChildren();
}

let latest = 0;  // only the newest request draws: answers may come back out of order

async function run() {
  const parameters = currentParameters();
  const q = parameters.get("q") || "";
  $("q").value = q;
  document.title = q ? q + " \u2013 MSS news search" : "MSS news search";
  if (!q.trim()) {
    drawFilters(parameters, {});
    drawError("");
    return;
  }
  const asked = new URLSearchParams(parameters);
  asked.set("limit", String(PAGE_SIZE));
  const ticket = ++latest;
  // aria-busy tells screen readers (and the browser test) that the hits are being replaced.
  $("hits").setAttribute("aria-busy", "true");
  try {
    const response = await fetch("/search?" + asked.toString());
    const body = await response.json();
    if (ticket !== latest) return;
    if (!response.ok) {
      const error = body.error || {};
      drawError((error.character ? `At character ${error.character}: ` : "") + (error.message || response.statusText));
      return;
    }
    drawResult(body, parameters);
  } catch (failure) {
    if (ticket === latest) drawError("The server did not answer: " + failure.message);
  } finally {
    if (ticket === latest) $("hits").setAttribute("aria-busy", "false");
  }
}

// Completions of entity names for the last word typed; choosing one adds it as a filter.
let suggestTimer = null;
function suggest() {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const list = $("suggestions");
    const word = $("q").value.split(/\s+/).pop();
    if (word.length < 2 || word.includes(":")) { list.hidden = true; return; }
    try {
      const response = await fetch("/suggest?limit=8&q=" + encodeURIComponent(word));
      const body = await response.json();
      list.replaceChildren(...(body.completions || []).map((entity) => {
        const item = element("li", { "data-kind": entity.kind, "data-id": entity.id },
                             entity.name, element("span", { class: "kind" }, entity.kind + " \u00b7 " + entity.articles));
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          const words = $("q").value.split(/\s+/);
          words.pop();
          const parameters = withFilter(KIND_PARAMETER[entity.kind], entity.id);
          const rest = words.join(" ").trim();
          if (rest) parameters.set("q", rest); else parameters.set("q", parameters.get("q") || entity.name);
          list.hidden = true;
          go(parameters);
        });
        return item;
      }));
      list.hidden = list.children.length === 0;
    } catch (_) {
      list.hidden = true;
    }
  }, 150);
}

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  $("suggestions").hidden = true;
  const parameters = currentParameters();
  parameters.set("q", $("q").value);
  parameters.delete("offset");
  go(parameters);
});
$("q").addEventListener("input", suggest);
$("q").addEventListener("blur", () => { $("suggestions").hidden = true; });
window.addEventListener("popstate", run);
run();
