// The article view: the text with actors, triggers and quotes highlighted, and each event with its rule.
// The text is cut into segments at every highlight boundary; each segment is a text node in a <span>.

import { append, clear, el, safeLink, QUAD_NAMES } from "./dom.js";

function marksOf(text, events, quotes, times) {
  const marks = [];
  events.forEach((ev) => {
    for (const [side, actor] of [["source", ev.source], ["target", ev.target]]) {
      if (actor && Number.isInteger(actor.start) && actor.end > actor.start) {
        marks.push({ start: actor.start, end: actor.end, cls: `actor ${side}`, event: ev.id });
      }
    }
    const evd = ev.evidence || {};
    if (Number.isInteger(evd.trigger_start) && evd.trigger_end > evd.trigger_start) {
      marks.push({ start: evd.trigger_start, end: evd.trigger_end, cls: "trigger", event: ev.id });
    } else if (evd.trigger && Number.isInteger(evd.start)) {  // older records: find the trigger in the sentence
      const at = text.indexOf(evd.trigger, evd.start);
      if (at >= 0 && at + evd.trigger.length <= evd.end) {
        marks.push({ start: at, end: at + evd.trigger.length, cls: "trigger", event: ev.id });
      }
    }
    if (Number.isInteger(evd.start) && evd.end > evd.start) {
      marks.push({ start: evd.start, end: evd.end, cls: "sentence", event: ev.id });
    }
  });
  quotes.forEach((q) => {
    if (Number.isInteger(q.start) && q.end > q.start) marks.push({ start: q.start, end: q.end, cls: "quote" });
    const sp = q.speaker;
    if (sp && Number.isInteger(sp.start) && sp.end > sp.start) {
      marks.push({ start: sp.start, end: sp.end, cls: "speaker" });
    }
  });
  times.forEach((t) => {
    if (Number.isInteger(t.start) && t.end > t.start) marks.push({ start: t.start, end: t.end, cls: "time" });
  });
  return marks;
}

function segments(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(m.start, text.length)));
    cuts.add(Math.max(0, Math.min(m.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    out.push({ start, end, covering });
  }
  return out;
}

function actorLabel(actor) {
  if (!actor) return "—";
  return actor.code ? `${actor.code} (${actor.text})` : actor.text;
}

export function eventSummary(ev, cameoRoots = {}) {
  const root = cameoRoots[ev.root] ? ` ${cameoRoots[ev.root].toLowerCase()}` : "";
  return `${actorLabel(ev.source)} → ${ev.cameo}${root} → ${actorLabel(ev.target)}`;
}

// data: {article, events, quotes, times}. Returns {focus(eventId)}.
export function renderArticle(container, data, { focus = null, cameoRoots = {} } = {}) {
  clear(container);
  const { article } = data;
  const events = data.events || [];
  const quotes = data.quotes || [];
  const text = article.text || "";
  container.appendChild(el("h2", { class: "article-title" }, article.title || `Article ${article.id}`));
  const meta = el("p", { class: "article-meta" },
    [article.outlet, article.published, `status ${article.status}`].filter(Boolean).join(" · "));
  if (article.url) append(meta, [" · ", safeLink(article.url)]);
  if (article.reason) append(meta, [` · ${article.reason}`]);
  container.appendChild(meta);
  container.appendChild(el("p", { class: "legend-line" },
    el("span", { class: "hl actor source" }, "source"), " ", el("span", { class: "hl actor target" }, "target"),
    " ", el("span", { class: "hl trigger" }, "trigger"), " ", el("span", { class: "hl quote" }, "quote"), " ",
    el("span", { class: "hl speaker" }, "speaker"), " ", el("span", { class: "hl time" }, "time")));

  const body = el("div", { class: "article-text", id: "article-text" });
  const spans = [];
  for (const seg of segments(text, marksOf(text, events, quotes, data.times || []))) {
    const piece = text.slice(seg.start, seg.end);
    const classes = new Set();
    const evIds = new Set();
    for (const m of seg.covering) {
      if (m.event) evIds.add(m.event);
      if (m.cls !== "sentence") m.cls.split(" ").forEach((c) => classes.add(c));
    }
    if (!classes.size && !evIds.size) {
      body.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = el("span", { class: ["hl", ...classes].join(" ") }, piece);
    span.eventIds = evIds;
    span.triggerOf = new Set(seg.covering.filter((m) => m.cls !== "sentence" && m.event).map((m) => m.event));
    spans.push(span);
    body.appendChild(span);
  }
  container.appendChild(body);

  const list = el("ol", { class: "event-list", id: "article-events" });
  const items = new Map();
  events.forEach((ev) => {
    const item = el("li", { class: "event-item", dataset: { event: ev.id }, tabindex: 0 },
      el("div", { class: "event-head" }, el("span", { class: `quad q${ev.quad_class}` },
        QUAD_NAMES[ev.quad_class] || ""), " ", eventSummary(ev, cameoRoots)),
      el("div", { class: "event-detail" },
        `trigger “${(ev.evidence || {}).trigger || ""}” · ${ev.modality} · ${ev.date || "no date"}`
        + ` · Goldstein ${ev.goldstein} · confidence ${ev.confidence}`),
      el("div", { class: "event-rule" }, "rule ", el("code", {}, ev.rule || "")));
    item.addEventListener("click", () => setFocus(ev.id));
    items.set(ev.id, item);
    list.appendChild(item);
  });
  container.appendChild(el("h3", {}, `Events (${events.length})`));
  container.appendChild(events.length ? list : el("p", { class: "muted" }, "No events coded in this text."));
  if (quotes.length) {
    container.appendChild(el("h3", {}, `Quotes (${quotes.length})`));
    container.appendChild(el("ul", { class: "quote-list" }, quotes.map((q) => el("li", {},
      el("strong", {}, q.speaker ? (q.speaker.name || q.speaker.text) : "unknown speaker"),
      q.cue ? ` ${q.cue}: ` : ": ", el("q", {}, q.text), ` (${q.kind})`))));
  }

  function setFocus(eventId) {
    for (const span of spans) {
      span.classList.toggle("in-focus", span.eventIds.has(eventId));
      span.classList.toggle("focus", span.triggerOf.has(eventId));
    }
    for (const [id, item] of items) item.classList.toggle("selected", id === eventId);
    const first = spans.find((s) => s.triggerOf.has(eventId));
    if (first && first.scrollIntoView) first.scrollIntoView({ block: "nearest" });
  }
  if (focus) setFocus(focus);
  return { focus: setFocus };
}
