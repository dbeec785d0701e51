// The eventwire dashboard: filters drive the timeline, the actor network and the event table;
// a row opens its article with the event highlighted; the paste box codes new text live.

import { ApiError, currentToken, get, post, setToken } from "./api.js";
import { renderArticle } from "./article.js";
import { drawNetwork, drawTimeline } from "./charts.js";
import { clear, el, QUAD_NAMES } from "./dom.js";

const PAGE = 25;
const FILTERS = ["actor", "dyad", "source", "target", "root", "quad_class", "plover", "modality", "date_from",
  "date_to", "place", "speaker"];
const state = { offset: 0, total: 0, meta: { cameo_roots: {}, plover_types: [] }, lastArticle: null };
const $ = (id) => document.getElementById(id);

function status(message, isError = false) {
  const node = $("status");
  node.textContent = message || "";
  node.classList.toggle("error", isError);
}

function filters() {
  const form = $("filters");
  const out = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) out[name] = value;
  }
  return out;
}

async function guarded(task) {
  try {
    return await task();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      // a refusal of a token the user has since replaced is stale: it must not ask again
      if (err.token === currentToken()) {
        $("token-form").hidden = false;
        status("This server needs an API token.", true);
      }
    } else {
      status(err.message || String(err), true);
    }
    return null;
  }
}

async function loadMeta() {
  const meta = await get("meta");
  state.meta = meta;
  const rootSelect = $("filters").elements.root;
  const ploverSelect = $("filters").elements.plover;
  for (const select of [rootSelect, ploverSelect]) while (select.options.length > 1) select.remove(1);
  for (const [code, name] of Object.entries(meta.cameo_roots)) {
    rootSelect.appendChild(el("option", { value: code }, `${code} ${name.toLowerCase()}`));
  }
  for (const type of meta.plover_types) ploverSelect.appendChild(el("option", { value: type }, type));
  const summary = await get("stats/summary");
  $("summary").textContent = `${summary.articles} articles · ${summary.events} events · ${summary.quotes} quotes`
    + (summary.first_date ? ` · ${summary.first_date} to ${summary.last_date}` : "");
}

async function loadTimeline() {
  const flt = filters();
  const interval = $("filters").elements.interval.value;
  const data = await get("stats/timeline", { ...flt, interval });
  const who = flt.dyad || flt.actor || [flt.source, flt.target].filter(Boolean).join(" → ") || "all actors";
  state.timelineCaption = `${who}, per ${interval}`;
  state.timelineTotal = data.periods.reduce((sum, p) => sum + p.total, 0);
  $("timeline-caption").textContent = `(${state.timelineCaption})`;
  drawTimeline($("timeline"), data.periods, { title: who });
}

function filterByActor(code) {
  $("filters").elements.actor.value = code;
  refresh();
}

async function loadNetwork() {
  const [data, top] = await Promise.all([get("stats/dyads", { ...filters(), limit: 20 }),
    get("stats/actors", { ...filters(), limit: 10 })]);
  drawNetwork($("network"), data.dyads, filterByActor);
  const list = clear($("top-actors"));
  for (const actor of top.actors) {
    const button = el("button", { type: "button", class: "link", title: actor.name || actor.code,
      dataset: { code: actor.code } }, actor.code);
    button.addEventListener("click", () => filterByActor(actor.code));
    list.appendChild(el("li", {}, button, ` ${actor.name ? `${actor.name} · ` : ""}${actor.events} event${actor.events === 1 ? "" : "s"}`
      + ` (${actor.as_source} as source, ${actor.as_target} as target)`));
  }
}

function actorCell(actor) {
  if (!actor) return el("td", { class: "muted" }, "—");
  return el("td", { title: actor.name || actor.text }, actor.code || actor.text);
}

async function loadEvents() {
  const page = await get("events", { ...filters(), limit: PAGE, offset: state.offset });
  state.total = page.total;
  const body = $("events-table").tBodies[0];
  clear(body);
  for (const ev of page.items) {
    const rootName = state.meta.cameo_roots[ev.root] || "";
    const row = el("tr", { class: "event-row", tabindex: 0, dataset: { event: ev.id, article: ev.article_id } },
      el("td", {}, ev.date || ""), actorCell(ev.source),
      el("td", { title: rootName }, `${ev.cameo} ${ev.plover || ""}`), actorCell(ev.target),
      el("td", {}, el("span", { class: `quad q${ev.quad_class}`, title: QUAD_NAMES[ev.quad_class] },
        String(ev.quad_class))),
      el("td", { class: "num" }, String(ev.goldstein)), el("td", {}, ev.modality),
      el("td", {}, (ev.evidence || {}).trigger || ""));
    row.addEventListener("click", () => guarded(() => openArticle(ev.article_id, ev.id)));
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") row.click(); });
    body.appendChild(row);
  }
  if (!page.items.length) body.appendChild(el("tr", {}, el("td", { colspan: 8, class: "muted" }, "No events.")));
  $("events-count").textContent = `(${page.total})`;
  const last = Math.min(state.offset + PAGE, page.total);
  $("page-info").textContent = page.total ? `${state.offset + 1}–${last} of ${page.total}` : "";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = page.next_offset === null;
}

async function openArticle(articleId, eventId) {
  const data = await get(`articles/${encodeURIComponent(articleId)}`);
  $("article-panel").hidden = false;
  renderArticle($("article"), data, { focus: eventId, cameoRoots: state.meta.cameo_roots });
  $("article-panel").scrollIntoView({ block: "start" });
}

// The filters live in the URL (#actor=RUS&interval=week), so a view can be bookmarked and shared.
function saveHash() {
  const params = new URLSearchParams(filters());
  const interval = $("filters").elements.interval.value;
  if (interval !== "month") params.set("interval", interval);
  const hash = params.toString();
  if (hash !== window.location.hash.slice(1)) window.history.replaceState(null, "", `${window.location.pathname}${hash ? `#${hash}` : ""}`);
}

function loadHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const form = $("filters");
  for (const name of [...FILTERS, "interval"]) {
    if (params.has(name) && form.elements[name]) form.elements[name].value = params.get(name);
  }
}

// body[data-busy] marks a refresh in flight: the timeline, network and table load in parallel and land in any order.
async function refresh() {
  document.body.dataset.busy = "1";
  try {
    status("");
    saveHash();
    state.offset = 0;
    await guarded(() => Promise.all([loadTimeline(), loadNetwork(), loadEvents()]));
    const undated = state.total - (state.timelineTotal || 0);
    if (undated > 0) {
      const interval = $("filters").elements.interval.value;
      $("timeline-caption").textContent = `(${state.timelineCaption}; ${undated} of ${state.total} events have no `
        + `date as precise as a ${interval} and are not shown)`;
    }
  } finally {
    delete document.body.dataset.busy;
  }
}

async function codeText(event) {
  event.preventDefault();
  const text = $("code-text").value;
  if (!text.trim()) {
    status("Paste some text to code first.", true);
    return;
  }
  const published = $("code-date").value.trim() || null;
  $("code-button").disabled = true;
  status("Coding…");
  await guarded(async () => {
    const result = await post("code", { text, published });
    renderArticle($("code-result"), result, { cameoRoots: state.meta.cameo_roots });
    status(`Coded: ${result.events.length} events, ${result.quotes.length} quotes, ${result.times.length} times.`);
  });
  $("code-button").disabled = false;
}

function init() {
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  $("reset-filters").addEventListener("click", () => { $("filters").reset(); refresh(); });
  $("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE);
    guarded(loadEvents);
  });
  $("next").addEventListener("click", () => { state.offset += PAGE; guarded(loadEvents); });
  $("close-article").addEventListener("click", () => { $("article-panel").hidden = true; });
  $("code-form").addEventListener("submit", codeText);
  window.addEventListener("hashchange", () => {
    $("filters").reset();
    loadHash();
    refresh();
  });
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    setToken($("token").value.trim());
    $("token-form").hidden = true;
    start();
  });
  start();
}

async function start() {
  await guarded(loadMeta);
  loadHash();
  await refresh();
  document.body.dataset.ready = "1";
}

init();
